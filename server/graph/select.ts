// The part of a graph an export asks for: an entity's ego network, entities of some types, or
// the whole graph. A copy with every attribute, so formats can write it as they would the whole.
import { subgraph } from 'graphology-operators';
import type { EntityType } from '../extract/model';
import type { KnowledgeGraph } from './build';
import { confident, egoNodes, type Direction } from './queries';

export interface Selection {
  node?: string; depth?: number; direction?: Direction; types?: EntityType[];
  /** keep only edges typed with one of these Wikidata properties ("P131") */
  relations?: string[];
  /** keep only edges at least this likely (edges without a confidence stay) */
  minConfidence?: number;
}

export function selectSubgraph(graph: KnowledgeGraph, s: Selection): KnowledgeGraph {
  if (!s.node && !s.types?.length && !s.relations?.length && !s.minConfidence) return graph;
  let keep: Set<string>;
  if (s.node) {
    keep = new Set(egoNodes(graph, s.node, { depth: s.depth ?? 1, direction: s.direction ?? 'both', types: s.types, limit: Infinity, minConfidence: s.minConfidence }).hops.keys());
  } else if (s.types?.length) {
    keep = new Set(graph.filterNodes((_n, a) => s.types!.includes(a.type)));
  } else keep = new Set(graph.nodes());
  const sub = subgraph(graph, keep) as KnowledgeGraph;
  sub.replaceAttributes({ ...graph.getAttributes() });
  if (s.relations?.length) {
    const wanted = new Set(s.relations);
    sub.forEachEdge((e, a) => { if (!a.relation || !wanted.has(a.relation)) sub.dropEdge(e); });
  }
  if (s.minConfidence) sub.forEachEdge((e, a) => { if (!confident(a, s.minConfidence)) sub.dropEdge(e); });
  return sub;
}

/** What a view on screen shows: its nodes (with the positions, sizes and colours drawn) and edges. */
export interface View {
  nodes: { key: string; x: number; y: number; size?: number; color?: string }[];
  edges: string[];
}

/**
 * The graph as a view shows it: only its nodes and edges (those the graph has; an unknown key is
 * left out), every attribute kept, with the view's positions, sizes and colours.
 */
export function selectView(graph: KnowledgeGraph, view: View): KnowledgeGraph {
  const nodes = view.nodes.filter((n) => graph.hasNode(n.key));
  const sub = subgraph(graph, nodes.map((n) => n.key)) as KnowledgeGraph;
  sub.replaceAttributes({ ...graph.getAttributes() });
  for (const { key, x, y, size, color } of nodes) {
    sub.mergeNodeAttributes(key, { x, y, ...(size !== undefined ? { size } : {}), ...(color !== undefined ? { color } : {}) } as never);
  }
  const drawn = new Set(view.edges);
  sub.forEachEdge((e) => { if (!drawn.has(e)) sub.dropEdge(e); });
  return sub;
}
