// What the current state shows: the nodes and edges that pass the filters and the focus. Pure
// functions over the graph and the state, computed once per state change, read by the reducers.
import type Graph from 'graphology';
import type { ViewState } from '../state';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  /** nodes and edges of the shown path, when there is one */
  pathNodes: Set<string>;
  pathEdges: Set<string>;
}

/** Does an edge pass the edge filters (confidence, minimum weight, predicate, relation type)? */
export function edgePasses(graph: Graph, s: ViewState, e: string): boolean {
  const a = graph.getEdgeAttributes(e);
  if (typeof a.confidence === 'number' && a.confidence < s.minConfidence) return false;
  if ((a.weight ?? 1) < s.minWeight) return false;
  if (s.predicate && !(a.predicates ?? [a.label]).includes(s.predicate)) return false;
  if (s.relation && a.relation !== s.relation) return false;
  return true;
}

/**
 * The relations an overview draws when a graph has more than `budget`: the strongest (most
 * sentences, then those of the most central entities). A hairball of 100,000 lines says nothing,
 * and software WebGL takes seconds per frame to draw it; "Show all" draws them all.
 */
export function strongestEdges(graph: Graph, budget: number): Set<string> | null {
  if (graph.size <= budget) return null;
  const rank = (e: string) => {
    const [s, t] = graph.extremities(e);
    return Number(graph.getEdgeAttribute(e, 'weight') ?? 1) * 1e3 + Math.max(Number(graph.getNodeAttribute(s, 'pagerank') ?? 0), Number(graph.getNodeAttribute(t, 'pagerank') ?? 0)) * 1e3;
  };
  const ranked = graph.edges().map((e) => [e, rank(e)] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Set(ranked.slice(0, budget).map(([e]) => e));
}

/** Adds edges that arrived after the visibility was computed (progressive loading), up to `max` shown. */
export function admitEdges(graph: Graph, s: ViewState, v: Visibility, edges: string[], max = Infinity): void {
  for (const e of edges) {
    if (v.edges.size >= max) return;
    const [source, target] = graph.extremities(e);
    if (v.nodes.has(source) && v.nodes.has(target) && edgePasses(graph, s, e)) v.edges.add(e);
  }
}

/** `only`: the edges an overview keeps (strongestEdges), when it keeps fewer than all. */
export function computeVisibility(graph: Graph, s: ViewState, path: string[] | null, only: Set<string> | null = null): Visibility {
  const nodeOk = (n: string) => {
    const a = graph.getNodeAttributes(n);
    if (s.hiddenTypes.includes(a.type)) return false;
    if (s.document && !(a.documents ?? []).includes(s.document)) return false;
    if (s.community && String(a.community) !== s.community) return false;
    return true;
  };
  const edgeOk = (e: string) => (!only || only.has(e)) && edgePasses(graph, s, e);
  let nodes = new Set(graph.filterNodes(nodeOk));
  if (s.selected && s.focusDepth > 0 && graph.hasNode(s.selected)) {
    // the ego network: breadth-first over visible edges, in the chosen direction
    const reached = new Set([s.selected]);
    let frontier = [s.selected];
    for (let d = 0; d < s.focusDepth; d++) {
      const next: string[] = [];
      for (const n of frontier) {
        const visit = (e: string, _a: unknown, source: string, target: string) => {
          const m = source === n ? target : source;
          if (reached.has(m) || !nodes.has(m) || !edgeOk(e)) return;
          reached.add(m);
          next.push(m);
        };
        if (s.focusDirection === 'out') graph.forEachOutEdge(n, visit);
        else if (s.focusDirection === 'in') graph.forEachInEdge(n, visit);
        else graph.forEachEdge(n, visit);
      }
      frontier = next;
    }
    nodes = reached;
  }
  const edges = new Set(graph.filterEdges((e, _a, source, target) => nodes.has(source) && nodes.has(target) && edgeOk(e)));
  const pathNodes = new Set(path ?? []);
  const pathEdges = new Set<string>();
  if (path) for (let i = 0; i + 1 < path.length; i++) {
    const e = graph.edge(path[i], path[i + 1]) ?? graph.edge(path[i + 1], path[i]);
    if (e) { pathEdges.add(e); nodes.add(path[i]!); nodes.add(path[i + 1]!); edges.add(e); }
  }
  return { nodes, edges, pathNodes, pathEdges };
}
