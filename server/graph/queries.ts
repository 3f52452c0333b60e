// Queries over the knowledge graph, as plain functions in graphology's style: the ego network
// of an entity, the shortest path between two, an entity's relations grouped by predicate, and
// the graph's statistics. No HTTP here.
import { WIKIDATA_PROPERTIES } from '../extract/lexicons/wikidata-properties';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from './build';
import type { AnalyzedAttributes } from './analyze';
import type { Evidence, EntityType } from '../extract/model';

export type Direction = 'in' | 'out' | 'both';

export type ServedNode = NodeAttributes & Partial<AnalyzedAttributes>;

/** Node attributes as served in lists and subgraphs: mention spans become a count. */
export function nodeSummary(graph: KnowledgeGraph, id: string) {
  const a = graph.getNodeAttributes(id) as ServedNode;
  // built field by field: a rest spread over every attribute costs more on a hot path
  return {
    label: a.label, type: a.type, aliases: a.aliases, documents: a.documents, mentionCount: a.mentions?.length ?? 0,
    x: a.x, y: a.y, degree: a.degree, pagerank: a.pagerank, betweenness: a.betweenness, community: a.community,
    confidence: a.confidence,
  };
}

/** Edge attributes as served in subgraphs: the evidence becomes a count (the node and path endpoints carry it). */
export function edgeSummary(a: EdgeAttributes) {
  return { label: a.label, relation: a.relation, confidence: a.confidence, ...(a.curated ? { curated: true } : {}), predicates: a.predicates, weight: a.weight, years: a.years, documents: a.documents, evidenceCount: a.evidence?.length ?? 0 };
}

export interface NeighborsOptions {
  depth: number; direction: Direction; types?: EntityType[]; limit: number;
  /** edges less likely than this are neither followed nor served */
  minConfidence?: number;
}

/** Does an edge meet a confidence floor? An edge without a confidence (an imported graph's) always does. */
export const confident = (a: EdgeAttributes, min: number | undefined): boolean => !min || a.confidence === undefined || a.confidence >= min;

/**
 * The nodes of the ego network around `id` with their distance in hops: every node within
 * `depth` hops (following edges out, in or both ways) whose type is among `types`, the closest
 * first, at most `limit` of them besides the centre.
 */
export function egoNodes(graph: KnowledgeGraph, id: string, o: NeighborsOptions): { hops: Map<string, number>; truncated: boolean } {
  const typeOk = (n: string) => !o.types?.length || o.types.includes(graph.getNodeAttribute(n, 'type'));
  const step = (n: string, visit: (m: string) => void) => {
    if (!o.minConfidence) {
      if (o.direction === 'out') graph.forEachOutNeighbor(n, visit);
      else if (o.direction === 'in') graph.forEachInNeighbor(n, visit);
      else graph.forEachNeighbor(n, visit);
      return;
    }
    const along = (_e: string, a: EdgeAttributes, source: string, target: string) => { if (confident(a, o.minConfidence)) visit(source === n ? target : source); };
    if (o.direction === 'out') graph.forEachOutEdge(n, along);
    else if (o.direction === 'in') graph.forEachInEdge(n, along);
    else graph.forEachEdge(n, along);
  };
  const hops = new Map<string, number>([[id, 0]]);
  let frontier = [id];
  let truncated = false;
  for (let d = 1; d <= o.depth && frontier.length && !truncated; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      step(n, (m) => {
        if (truncated || hops.has(m) || !typeOk(m)) return;
        if (hops.size > o.limit) { truncated = true; return; }
        hops.set(m, d);
        next.push(m);
      });
      if (truncated) break;
    }
    frontier = next;
  }
  return { hops, truncated };
}

/** The ego network around `id` as a serialized subgraph, and whether `limit` cut it short. */
export function neighbors(graph: KnowledgeGraph, id: string, o: NeighborsOptions) {
  const { hops: depthOf, truncated } = egoNodes(graph, id, o);
  // serialized directly: building a graphology instance per request costs more than the query
  const nodes: { key: string; attributes: ReturnType<typeof nodeSummary> & { hops: number } }[] = [];
  for (const [key, hops] of depthOf) nodes.push({ key, attributes: { ...nodeSummary(graph, key), hops } });
  const edges: { key: string; source: string; target: string; attributes: ReturnType<typeof edgeSummary> }[] = [];
  for (const n of depthOf.keys()) {
    graph.forEachOutEdge(n, (key, attributes, source, target) => { if (depthOf.has(target) && confident(attributes, o.minConfidence)) edges.push({ key, source, target, attributes: edgeSummary(attributes) }); });
  }
  return { graph: { attributes: {}, options: SUBGRAPH_OPTIONS, nodes, edges }, truncated, total: depthOf.size };
}

const SUBGRAPH_OPTIONS = { type: 'directed', multi: false, allowSelfLoops: false } as const;

/** Graphology's bidirectional search, over edges taken either way: relations read both ways. */
function undirectedView(graph: KnowledgeGraph): KnowledgeGraph {
  return new Proxy(graph, {
    get(target, prop) {
      if (prop === 'inboundNeighbors' || prop === 'outboundNeighbors') return (n: string) => target.neighbors(n);
      const v = Reflect.get(target, prop, target);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

export interface PathHop { from: string; to: string; edge: string; predicate: string; direction: 'forward' | 'backward'; evidence: Evidence[] }

/** The shortest path between two entities with the evidence of every hop, or null where none exists. */
export function shortestPath(graph: KnowledgeGraph, from: string, to: string) {
  const nodes = from === to ? [from] : bidirectional(undirectedView(graph), from, to);
  if (!nodes) return null;
  const hops: PathHop[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const a = nodes[i]!, b = nodes[i + 1]!;
    const forward = graph.edge(a, b);
    const edge = forward ?? graph.edge(b, a)!;
    const attrs = graph.getEdgeAttributes(edge);
    hops.push({ from: a, to: b, edge, predicate: attrs.label, direction: forward ? 'forward' : 'backward', evidence: attrs.evidence ?? [] });
  }
  return { nodes: nodes.map((n) => ({ id: n, ...nodeSummary(graph, n) })), hops, length: hops.length };
}

export interface RelationView {
  edge: string;
  direction: 'out' | 'in';
  other: { id: string; label: string; type: EntityType };
  weight: number;
  /** the Wikidata property of the relation, with its name ("P19", "place of birth") */
  relation?: { id: string; name: string };
  /** how likely the relation is to be true, where the models gave one */
  confidence?: number;
  evidence: Evidence[];
  /** added or confirmed by a person, with their note */
  curated?: boolean;
  note?: string;
}

/** An entity with its relations grouped by predicate, strongest first. */
export function nodeDetail(graph: KnowledgeGraph, id: string) {
  const a = graph.getNodeAttributes(id) as ServedNode;
  const groups = new Map<string, RelationView[]>();
  const add = (edge: string, attrs: EdgeAttributes, direction: 'out' | 'in', other: string) => {
    const view: RelationView = {
      edge, direction, weight: attrs.weight ?? 1, evidence: attrs.evidence ?? [],
      ...(attrs.relation ? { relation: { id: attrs.relation, name: WIKIDATA_PROPERTIES[attrs.relation]?.name ?? attrs.relation } } : {}),
      ...(attrs.confidence !== undefined ? { confidence: attrs.confidence } : {}),
      ...(attrs.curated ? { curated: true } : {}),
      ...(attrs.note ? { note: attrs.note } : {}),
      other: { id: other, label: graph.getNodeAttribute(other, 'label'), type: graph.getNodeAttribute(other, 'type') },
    };
    const predicate = attrs.label ?? 'related to';
    if (!groups.has(predicate)) groups.set(predicate, []);
    groups.get(predicate)!.push(view);
  };
  graph.forEachOutEdge(id, (e, attrs, _s, t) => add(e, attrs, 'out', t));
  graph.forEachInEdge(id, (e, attrs, s) => add(e, attrs, 'in', s));
  const relations = [...groups.entries()]
    .map(([predicate, items]) => ({ predicate, relations: items.sort((x, y) => y.weight - x.weight) }))
    .sort((x, y) => y.relations.length - x.relations.length || x.predicate.localeCompare(y.predicate));
  return {
    id, label: a.label, type: a.type, aliases: a.aliases ?? [], documents: a.documents ?? [],
    ...(a.confidence !== undefined ? { confidence: a.confidence } : {}),
    mentionCount: a.mentions?.length ?? 0,
    metrics: { degree: a.degree ?? graph.degree(id), pagerank: a.pagerank ?? null, betweenness: a.betweenness ?? null, community: a.community ?? null },
    position: a.x !== undefined && a.y !== undefined ? { x: a.x, y: a.y } : null,
    relations,
  };
}

/** Counts by type and predicate, the top entities by PageRank, the number of communities. */
export function graphStats(graph: KnowledgeGraph, top = 10) {
  const byType: Record<string, number> = {};
  const communities = new Set<number>();
  const ranked: { id: string; label: string; type: string; pagerank: number }[] = [];
  graph.forEachNode((n, attrs) => {
    const a = attrs as ServedNode;
    byType[a.type] = (byType[a.type] ?? 0) + 1;
    if (a.community !== undefined) communities.add(a.community);
    ranked.push({ id: n, label: a.label, type: a.type, pagerank: a.pagerank ?? 0 });
  });
  const byPredicate: Record<string, number> = {};
  graph.forEachEdge((_e, attrs) => { const p = attrs.label ?? 'related to'; byPredicate[p] = (byPredicate[p] ?? 0) + 1; });
  ranked.sort((a, b) => b.pagerank - a.pagerank || a.label.localeCompare(b.label));
  return {
    nodes: graph.order, edges: graph.size, byType,
    byPredicate: Object.fromEntries(Object.entries(byPredicate).sort((a, b) => b[1] - a[1])),
    topByPagerank: ranked.slice(0, top), communities: communities.size,
    documents: (graph.getAttribute('documents') ?? []).length,
  };
}
