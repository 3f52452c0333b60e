// What the analysis of a graph needs, as typed arrays that cross to a worker thread cheaply (its
// nodes, positions, edges and weights), and what it answers (positions and metrics per node).
// The service takes a snapshot, the worker analyzes a graph rebuilt from it, the service applies
// the answer if the graph has not changed meanwhile: layout and metrics never run on the request path.
import Graph from 'graphology';
import { analyzeGraph, type AnalyzeOptions } from './analyze';

/** The worker thread that runs analyzeSnapshot (see util/workers.ts runOnce). */
export const ANALYSIS_WORKER = new URL('./analysis-worker.ts', import.meta.url);

export interface AnalysisSnapshot {
  nodes: string[];
  /** NaN where a node has no position yet */
  x: Float64Array;
  y: Float64Array;
  sources: Uint32Array;
  targets: Uint32Array;
  weights: Float64Array;
  /** the nodes to lay out anew (the others keep their place); null: all of them */
  fresh: string[] | null;
  options: Partial<Pick<AnalyzeOptions, 'seed' | 'keepPositions'>>;
}

export interface AnalysisAnswer {
  x: Float64Array;
  y: Float64Array;
  degree: Uint32Array;
  pagerank: Float64Array;
  /** NaN where betweenness was left out */
  betweenness: Float64Array;
  community: Int32Array;
  analysis: unknown;
}

const finiteOr = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

export function snapshotOf(graph: Graph, fresh: ReadonlySet<string> | null, options: AnalysisSnapshot['options'] = {}): AnalysisSnapshot {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((n, i) => [n, i]));
  const x = new Float64Array(nodes.length), y = new Float64Array(nodes.length);
  nodes.forEach((n, i) => {
    const a = graph.getNodeAttributes(n);
    x[i] = finiteOr(a.x, NaN);
    y[i] = finiteOr(a.y, NaN);
  });
  const sources = new Uint32Array(graph.size), targets = new Uint32Array(graph.size), weights = new Float64Array(graph.size);
  let e = 0;
  graph.forEachEdge((_key, a, s, t) => {
    sources[e] = index.get(s)!;
    targets[e] = index.get(t)!;
    weights[e++] = finiteOr(a.weight, 1);
  });
  return { nodes, x, y, sources, targets, weights, fresh: fresh ? [...fresh].filter((n) => index.has(n)) : null, options };
}

/** Runs the analysis over a snapshot (in the worker). */
export function analyzeSnapshot(s: AnalysisSnapshot): AnalysisAnswer {
  const graph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  s.nodes.forEach((n, i) => graph.addNode(n, Number.isNaN(s.x[i]!) ? {} : { x: s.x[i], y: s.y[i] }));
  for (let e = 0; e < s.sources.length; e++) graph.addEdge(s.nodes[s.sources[e]!]!, s.nodes[s.targets[e]!]!, { weight: s.weights[e] });
  analyzeGraph(graph, { ...s.options, fresh: s.fresh ? new Set(s.fresh) : undefined });
  const n = s.nodes.length;
  const answer: AnalysisAnswer = {
    x: new Float64Array(n), y: new Float64Array(n), degree: new Uint32Array(n), pagerank: new Float64Array(n),
    betweenness: new Float64Array(n), community: new Int32Array(n), analysis: graph.getAttribute('analysis'),
  };
  s.nodes.forEach((key, i) => {
    const a = graph.getNodeAttributes(key);
    answer.x[i] = finiteOr(a.x, 0);
    answer.y[i] = finiteOr(a.y, 0);
    answer.degree[i] = finiteOr(a.degree, 0);
    answer.pagerank[i] = finiteOr(a.pagerank, 0);
    answer.betweenness[i] = finiteOr(a.betweenness, NaN);
    answer.community[i] = finiteOr(a.community, 0);
  });
  return answer;
}

/** Applies an answer to the graph the snapshot was taken of (the caller checks it is unchanged). */
export function applyAnalysis(graph: Graph, s: AnalysisSnapshot, a: AnalysisAnswer): void {
  s.nodes.forEach((key, i) => {
    if (!graph.hasNode(key)) return;
    graph.mergeNodeAttributes(key, {
      x: a.x[i], y: a.y[i], degree: a.degree[i], pagerank: a.pagerank[i],
      betweenness: Number.isNaN(a.betweenness[i]!) ? null : a.betweenness[i], community: a.community[i],
    });
  });
  graph.setAttribute('analysis', a.analysis);
}
