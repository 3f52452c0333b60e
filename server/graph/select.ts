// The part of a graph an export asks for: an entity's ego network, entities of some types, or
// the whole graph. A copy with every attribute, so formats can write it as they would the whole.
import { subgraph } from 'graphology-operators';
import type { EntityType } from '../extract/model';
import type { KnowledgeGraph } from './build';
import { egoNodes, type Direction } from './queries';

export interface Selection { node?: string; depth?: number; direction?: Direction; types?: EntityType[] }

export function selectSubgraph(graph: KnowledgeGraph, s: Selection): KnowledgeGraph {
  if (!s.node && !s.types?.length) return graph;
  let keep: Set<string>;
  if (s.node) {
    keep = new Set(egoNodes(graph, s.node, { depth: s.depth ?? 1, direction: s.direction ?? 'both', types: s.types, limit: Infinity }).hops.keys());
  } else {
    keep = new Set(graph.filterNodes((_n, a) => s.types!.includes(a.type)));
  }
  const sub = subgraph(graph, keep) as KnowledgeGraph;
  sub.replaceAttributes({ ...graph.getAttributes() });
  return sub;
}
