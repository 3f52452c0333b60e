// Which nodes bear which names: so that merging an article's entities into a large graph looks
// names up instead of scanning every node (an addition then costs the same at any corpus size).
import type { KnowledgeGraph, NodeAttributes } from './build';
import { nameKey } from '../extract/names';

type Index = Map<string, Set<string>>;

export interface NameIndex {
  /** multi-word names (label and aliases) → nodes */
  names: Index;
  /** last word of a multi-word person's label → nodes */
  surnames: Index;
  /** one-word person labels → nodes */
  single: Index;
}

const indexes = new WeakMap<KnowledgeGraph, NameIndex>();

const put = (index: Index, key: string, node: string) => { let s = index.get(key); if (!s) index.set(key, (s = new Set())); s.add(node); };
const drop = (index: Index, key: string, node: string) => { const s = index.get(key); if (s) { s.delete(node); if (!s.size) index.delete(key); } };

function entries(a: Pick<NodeAttributes, 'label' | 'aliases' | 'type'>): [keyof NameIndex, string][] {
  const out: [keyof NameIndex, string][] = [];
  for (const n of [a.label, ...(a.aliases ?? [])]) { const k = nameKey(n); if (k.includes(' ')) out.push(['names', k]); }
  if (a.type === 'person') {
    const words = nameKey(a.label).split(' ');
    out.push(words.length > 1 ? ['surnames', words[words.length - 1]!] : ['single', words[0]!]);
  }
  return out;
}

export function nameIndex(graph: KnowledgeGraph): NameIndex {
  let index = indexes.get(graph);
  if (!index) {
    index = { names: new Map(), surnames: new Map(), single: new Map() };
    const built = index;
    graph.forEachNode((n, a) => { for (const [which, k] of entries(a)) put(built[which], k, n); });
    indexes.set(graph, index);
    follow(graph);
  }
  return index;
}

const followed = new WeakSet<KnowledgeGraph>();

/**
 * The index follows the graph through graphology's events, as sigma does: a node added is indexed,
 * a node dropped or a graph cleared (a rebuild replaces everything) makes it be built again on
 * next use. Renames are reindexed by the merge that makes them (reindexNode), which knows the old names.
 */
function follow(graph: KnowledgeGraph): void {
  if (followed.has(graph)) return;
  followed.add(graph);
  const forget = () => indexes.delete(graph);
  graph.on('cleared', forget);
  graph.on('nodeDropped', forget);
  graph.on('nodeAdded', ({ key }) => {
    const index = indexes.get(graph);
    if (index) for (const [which, k] of entries(graph.getNodeAttributes(key))) put(index[which], k, key);
  });
}

/** Records a node's names (after it was added or its names changed); `before` are the names it had. */
export function reindexNode(graph: KnowledgeGraph, node: string, before?: Pick<NodeAttributes, 'label' | 'aliases' | 'type'>): void {
  const index = indexes.get(graph);
  if (!index) return; // built on first use, from the graph as it is then
  if (before) for (const [which, k] of entries(before)) drop(index[which], k, node);
  for (const [which, k] of entries(graph.getNodeAttributes(node))) put(index[which], k, node);
}

