// A search index over labels and aliases: exact, prefix and word-prefix matches, folded for
// case, diacritics and dots ("khrush" → Nikita Khrushchev, "USSR" → Soviet Union by its alias
// "U.S.S.R."). Built once; a query is a binary search in a sorted list of keys.
import type { EntityType } from '../extract/model';
import { foldLatin } from '../util/latin';
import type { KnowledgeGraph } from './build';

/** Folds a name or a query: lower case, no diacritics, no dots or quotes, single spaces. */
export function foldForSearch(s: string): string {
  return foldLatin(s).toLowerCase()
    .replace(/['’".]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The longest key indexed (a query is at most as long), and the inner words a name is found by. */
const MAX_KEY = 200;
const MAX_WORD_KEYS = 12;

interface Entry { key: string; node: string; kind: 'form' | 'word'; label: boolean }

export interface SearchHit { id: string; label: string; type: EntityType; score: number; matched: string }

export class SearchIndex {
  private keys: string[] = [];
  private nodes: string[] = [];
  /** the part of each entry's score that does not depend on the query */
  private base: Float64Array = new Float64Array(0);
  /** 1 where the entry is a whole name (base holds a bonus for it that near misses do not get) */
  private whole: Uint8Array = new Uint8Array(0);

  constructor(private graph: KnowledgeGraph) {
    const entries: Entry[] = [];
    graph.forEachNode((node, a) => entries.push(...entriesOf(node, a.label, a.aliases ?? [])));
    entries.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    this.keys = entries.map((e) => e.key);
    this.nodes = entries.map((e) => e.node);
    this.whole = Uint8Array.from(entries, (e) => (e.kind === 'form' ? 1 : 0));
    this.base = Float64Array.from(entries, (e) => {
      const pagerank = (graph.getNodeAttribute(e.node, 'pagerank' as never) as number | undefined) ?? 0;
      // a whole name beats a word inside it, the label beats an alias, central entities rank higher
      return (e.kind === 'form' ? 20 : 0) + (e.label ? 5 : 0) + Math.min(5, pagerank * 100) - Math.min(10, e.key.length / 4);
    });
  }

  /**
   * Adds the nodes whose keys start with a near miss of q: keys that share q's first letter (a slip
   * rarely falls there), scored below every prefix match and lower for each edit.
   */
  private fuzzy(q: string, best: Map<string, number>, matched: Map<string, string>): void {
    const max = typoBudget(q.length);
    if (!max) return;
    const from = this.lowerBound(q[0]!), to = this.lowerBound(q[0]! + '\uffff');
    for (let i = from; i < to; i++) {
      const node = this.nodes[i]!;
      const key = this.keys[i]!;
      const d = prefixDistance(q, key, max);
      if (d === Infinity || d === 0) continue;
      // a near miss of a whole word ("Kruschev" for "khrushchev") beats one of a word's start ("khrushchevka")
      const end = key.indexOf(' ', q.length - max);
      const wholeWord = prefixDistance(q, end < 0 ? key : key.slice(0, end), max) === d && (end < 0 ? key.length : end) <= q.length + max;
      const score = this.base[i]! - 20 * this.whole[i]! + 40 - 10 * d + (wholeWord ? 10 : 0);
      const prev = best.get(node);
      if (prev === undefined || score > prev) { best.set(node, score); matched.set(node, this.keys[i]!); }
    }
  }

  /** How many keys the index holds: bounded by MAX_WORD_KEYS + 2 per name. */
  get size(): number { return this.keys.length; }

  private lowerBound(q: string): number {
    let lo = 0, hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid]! < q) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  search(query: string, o: { type?: EntityType; limit: number }): SearchHit[] {
    const q = foldForSearch(query);
    if (!q) return [];
    // one pass over the entries that start with q, keeping the best score per node
    const from = this.lowerBound(q);
    const to = this.lowerBound(q + '\uffff');
    const best = new Map<string, number>();
    const matched = new Map<string, string>();
    for (let i = from; i < to; i++) {
      const node = this.nodes[i]!;
      const score = this.base[i]! + (this.keys[i]!.length === q.length ? 100 : 60) + Math.min(10, q.length / 4);
      const prev = best.get(node);
      if (prev === undefined || score > prev) { best.set(node, score); matched.set(node, this.keys[i]!); }
    }
    // too few by prefix: names within a few typing slips ("Kruschev", "Khrushchov" → Khrushchev)
    if (best.size < o.limit) this.fuzzy(q, best, matched);
    const ranked = [...best].sort((a, b) => b[1] - a[1]);
    const hits: SearchHit[] = [];
    for (const [id, score] of ranked) {
      const a = this.graph.getNodeAttributes(id);
      if (o.type && a.type !== o.type) continue;
      hits.push({ id, label: a.label, type: a.type, score: Math.round(score * 100) / 100, matched: matched.get(id)! });
      if (hits.length === o.limit) break;
    }
    return hits.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
  }
}

/** The slips a query of this length may hold: none in a short one, one from 4 letters, two from 7. */
export const typoBudget = (length: number): number => (length < 4 ? 0 : length < 7 ? 1 : 2);

/**
 * The fewest edits (insertions, deletions, substitutions, swaps of neighbours) that turn q into a
 * prefix of key — a prefix, because a query is often the start of a name — or Infinity past `max`.
 */
export function prefixDistance(q: string, key: string, max: number): number {
  const n = q.length, m = Math.min(key.length, n + max);
  // rows of the edit-distance table over q (i) and key (j); row[j] = edits for q[0..i) vs key[0..j)
  let prev2 = new Array<number>(m + 1).fill(0), prev = Array.from({ length: m + 1 }, (_, j) => j), row = new Array<number>(m + 1);
  for (let i = 1; i <= n; i++) {
    row[0] = i;
    let low = row[0]!;
    for (let j = 1; j <= m; j++) {
      const cost = q[i - 1] === key[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && q[i - 1] === key[j - 2] && q[i - 2] === key[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = d;
      if (d < low) low = d;
    }
    if (low > max) return Infinity;
    [prev2, prev, row] = [prev, row, prev2];
  }
  // any prefix of the key: the best of the last row
  let best = Infinity;
  for (let j = 0; j <= m; j++) best = Math.min(best, prev[j]!);
  return best <= max ? best : Infinity;
}

/** The keys a node is found by: each name folded, without spaces, and from each inner word on. */
function entriesOf(node: string, label: string, aliases: string[]): Entry[] {
  const out: Entry[] = [];
  const seen = new Set<string>();
  for (const [i, name] of [label, ...aliases].entries()) {
    const form = foldForSearch(name).slice(0, MAX_KEY);
    if (!form || seen.has(form)) continue;
    seen.add(form);
    out.push({ key: form, node, kind: 'form', label: i === 0 });
    const compact = form.replace(/ /g, '');
    if (compact !== form) out.push({ key: compact, node, kind: 'form', label: i === 0 });
    // from each inner word on, within bounds: an index linear in the labels' length, whatever a
    // label holds (an imported graph's, or a run of names an article strung together)
    const words = form.split(' ');
    for (let w = 1; w < Math.min(words.length, MAX_WORD_KEYS + 1); w++) out.push({ key: words.slice(w).join(' ').slice(0, MAX_KEY), node, kind: 'word', label: i === 0 });
  }
  return out;
}
