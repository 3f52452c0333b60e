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

interface Entry { key: string; node: string; kind: 'form' | 'word'; label: boolean }

export interface SearchHit { id: string; label: string; type: EntityType; score: number; matched: string }

export class SearchIndex {
  private entries: Entry[] = [];

  constructor(private graph: KnowledgeGraph) {
    graph.forEachNode((node, a) => this.addNode(node, a.label, a.aliases ?? []));
    this.entries.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  }

  private addNode(node: string, label: string, aliases: string[]): void {
    const seen = new Set<string>();
    for (const [i, name] of [label, ...aliases].entries()) {
      const form = foldForSearch(name);
      if (!form || seen.has(form)) continue;
      seen.add(form);
      this.entries.push({ key: form, node, kind: 'form', label: i === 0 });
      const compact = form.replace(/ /g, '');
      if (compact !== form) this.entries.push({ key: compact, node, kind: 'form', label: i === 0 });
      const words = form.split(' ');
      for (let w = 1; w < words.length; w++) this.entries.push({ key: words.slice(w).join(' '), node, kind: 'word', label: i === 0 });
    }
  }

  private lowerBound(q: string): number {
    let lo = 0, hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.entries[mid]!.key < q) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  search(query: string, o: { type?: EntityType; limit: number }): SearchHit[] {
    const q = foldForSearch(query);
    if (!q) return [];
    const best = new Map<string, { score: number; matched: string }>();
    const cap = 5_000; // enough candidates for any page of results
    for (let i = this.lowerBound(q), seen = 0; i < this.entries.length && seen < cap; i++, seen++) {
      const e = this.entries[i]!;
      if (!e.key.startsWith(q)) break;
      if (o.type && this.graph.getNodeAttribute(e.node, 'type') !== o.type) continue;
      const exact = e.key === q;
      // exact beats prefix, a whole name beats a word inside it, the label beats an alias
      const score = (exact ? 100 : 60) + (e.kind === 'form' ? 20 : 0) + (e.label ? 5 : 0) - Math.min(10, (e.key.length - q.length) / 4);
      const prev = best.get(e.node);
      if (!prev || score > prev.score) best.set(e.node, { score, matched: e.key });
    }
    const hits: SearchHit[] = [];
    for (const [id, { score, matched }] of best) {
      const a = this.graph.getNodeAttributes(id) as { label: string; type: EntityType; pagerank?: number };
      hits.push({ id, label: a.label, type: a.type, score: Math.round((score + Math.min(5, (a.pagerank ?? 0) * 100)) * 100) / 100, matched });
    }
    return hits.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label)).slice(0, o.limit);
  }
}
