// Layout, metrics and communities, computed once and stored as node attributes, with graphology's
// own packages. Everything is seeded, so the same graph gets the same positions and communities
// on every start.
import { seededRandom } from '../util/random';
import type Graph from 'graphology';
import circlepack from 'graphology-layout/circlepack';
import { componentIterations, layoutByComponents } from './layout';
import pagerank from 'graphology-metrics/centrality/pagerank';
import betweenness from 'graphology-metrics/centrality/betweenness';
import louvain from 'graphology-communities-louvain';

export interface AnalyzedAttributes {
  x: number;
  y: number;
  degree: number;
  pagerank: number;
  /** null where the graph was too large to compute it in reasonable time */
  betweenness: number | null;
  community: number;
}

export interface AnalyzeOptions {
  seed: number;
  /** betweenness costs O(V·(V + E)) (Brandes: a search from every node): above this much work it is left out (null) */
  betweennessMaxWork: number;
  /** above this many nodes the layout packs communities instead of running ForceAtlas2 */
  forceLayoutMaxNodes: number;
  /** keep the x and y the nodes have (an imported graph laid out elsewhere) */
  keepPositions?: boolean;
  /**
   * Lay out only these nodes anew: the others keep their place, their components settle from where
   * they were (the layout after a change). Absent: everything is laid out anew.
   */
  fresh?: ReadonlySet<string>;
}

/** Bumped whenever what analyzeGraph() stores changes, so stored graphs are analyzed again. */
export const ANALYSIS_VERSION = 3;

export const DEFAULT_ANALYZE_OPTIONS: AnalyzeOptions = { seed: 42, betweennessMaxWork: 2e8, forceLayoutMaxNodes: 50_000 };

export interface AnalysisReport { layoutIterations: number; betweenness: boolean; communities: number; ms: Record<string, number> }

/** The work of Brandes's betweenness: a breadth-first search (V + E) from each of V nodes. */
export const betweennessWork = (nodes: number, edges: number): number => nodes * (nodes + edges);

/** Computes and stores layout, degree, PageRank, betweenness and Louvain communities (in place). */
export function analyzeGraph(graph: Graph, options: Partial<AnalyzeOptions> = {}): AnalysisReport {
  const o = { ...DEFAULT_ANALYZE_OPTIONS, ...options };
  const ms: Record<string, number> = {};
  const time = <T>(name: string, fn: () => T): T => {
    const t = performance.now();
    const r = fn();
    ms[name] = Math.round(performance.now() - t);
    return r;
  };

  // communities first: very large graphs are laid out by them
  let communities = 0;
  time('communities', () => {
    if (graph.size === 0) { graph.forEachNode((n) => graph.setNodeAttribute(n, 'community', 0)); communities = graph.order ? 1 : 0; return; }
    const result = louvain.detailed(graph, { rng: seededRandom(o.seed), getEdgeWeight: 'weight' });
    graph.forEachNode((n) => graph.setNodeAttribute(n, 'community', result.communities[n] ?? 0));
    communities = result.count;
  });
  time('layout', () => {
    if (o.keepPositions) return;
    if (graph.order > o.forceLayoutMaxNodes) {
      // ForceAtlas2 would take minutes here: circles of communities, packed, are readable at once
      circlepack.assign(graph, { hierarchyAttributes: ['community'], rng: seededRandom(o.seed), scale: Math.sqrt(graph.order) * 10 });
      return;
    }
    // each connected component on its own, packed side by side: unrelated stories stay apart
    layoutByComponents(graph, { seed: o.seed, fresh: o.fresh });
  });
  time('degree', () => graph.forEachNode((n) => graph.setNodeAttribute(n, 'degree', graph.degree(n))));
  time('pagerank', () => {
    if (!graph.order) return;
    try {
      pagerank.assign(graph, { getEdgeWeight: graph.size ? 'weight' : null });
    } catch {
      // it did not converge (a rare shape of graph): every node gets the same share rather than none
      graph.forEachNode((n) => graph.setNodeAttribute(n, 'pagerank', 1 / graph.order));
    }
  });
  // V·(V + E), not V·E: 100,000 nodes without edges still cost 10¹⁰ steps (graphology's brandes fails on an empty graph)
  const withBetweenness = graph.order > 0 && betweennessWork(graph.order, graph.size) <= o.betweennessMaxWork;
  time('betweenness', () => {
    if (withBetweenness) betweenness.assign(graph, { normalized: true, getEdgeWeight: null, nodeCentralityAttribute: 'betweenness' });
    else graph.forEachNode((n) => graph.setNodeAttribute(n, 'betweenness', null));
  });
  const layoutIterations = o.keepPositions || graph.order > o.forceLayoutMaxNodes ? 0 : componentIterations(graph.order, false);
  graph.setAttribute('analysis', { version: ANALYSIS_VERSION, seed: o.seed, layoutIterations, betweenness: withBetweenness, communities });
  return { layoutIterations, betweenness: withBetweenness, communities, ms };
}
