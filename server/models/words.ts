// What the tagger and parser know of a word by itself: its normalised form, shape and affixes,
// each hashed once per token.
import { hashString } from './hashing';
import { normalizeWord } from './normalize';
import { NO_CLUSTERS, type WordClusters } from './clusters';

export { normalizeWord };

/** Xxxx, dd-dd, x.x.: letters, digits and the rest, with runs cut to two. */
export function wordShape(form: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of form) {
    const c = shapeOf(ch);
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 2) out += c;
  }
  return out;
}

/** A character's class in a shape: ASCII by its code (most words), the rest by Unicode property. */
function shapeOf(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return 'X';
    if (code >= 97 && code <= 122) return 'x';
    if (code >= 48 && code <= 57) return 'd';
    return ch;
  }
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : ch;
}

export interface WordInfo {
  form: string;
  /** hash of the normalised form */
  norm: number;
  /** hash of the form as written */
  exact: number;
  shape: number;
  /** hashes of the last 1..4 and first 1..3 characters of the normalised form */
  suffix: [number, number, number, number];
  prefix: [number, number, number];
  /** the form starts with a capital */
  cap: boolean;
  /** its fine and coarse word clusters (0 for a word the clusters do not know) */
  cluster: number;
  coarse: number;
}

export function wordInfo(form: string, clusters: WordClusters = NO_CLUSTERS): WordInfo {
  const n = normalizeWord(form);
  const L = n.length;
  const cluster = clusters.fineOfNormal(n);
  return {
    form, norm: hashString(n), exact: hashString(form), shape: hashString(wordShape(form)),
    suffix: [hashString(n.slice(L - 1)), hashString(n.slice(Math.max(0, L - 2))), hashString(n.slice(Math.max(0, L - 3))), hashString(n.slice(Math.max(0, L - 4)))],
    prefix: [hashString(n.slice(0, 1)), hashString(n.slice(0, 2)), hashString(n.slice(0, 3))],
    cap: /^\p{Lu}/u.test(form),
    cluster, coarse: clusters.coarseOfFine(cluster),
  };
}
