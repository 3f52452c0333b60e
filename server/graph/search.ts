// A search index over labels and aliases: exact, prefix and word-prefix matches, folded for
// case, diacritics and dots ("khrush" → Nikita Khrushchev, "USSR" → Soviet Union by its alias
// "U.S.S.R."). Built once; a query is a binary search in a sorted list of keys.
import type { EntityType } from '../extract/model';
import type { KnowledgeGraph } from './build';

/** Folds a name or a query: lower case, no diacritics, no dots or quotes, single spaces. */
export function foldForSearch(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
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

  constructor(private graph: KnowledgeGraph) {
    const entries: Entry[] = [];
    graph.forEachNode((node, a) => entries.push(...entriesOf(node, a.label, a.aliases ?? [])));
    entries.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    this.keys = entries.map((e) => e.key);
    this.nodes = entries.map((e) => e.node);
    this.base = Float64Array.from(entries, (e) => {
      const pagerank = (graph.getNodeAttribute(e.node, 'pagerank' as never) as number | undefined) ?? 0;
      // a whole name beats a word inside it, the label beats an alias, central entities rank higher
      return (e.kind === 'form' ? 20 : 0) + (e.label ? 5 : 0) + Math.min(5, pagerank * 100) - Math.min(10, e.key.length / 4);
    });
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
