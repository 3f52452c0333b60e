// The whole graph and its statistics.
import { Router } from 'express';
import { corpusFor, type Deps } from '../app';
import { parse } from '../errors';
import { GraphQuery, GraphSelector } from '../contract';
import { confident, graphStats, nodeSummary } from '../../graph/queries';
import type { EdgeAttributes } from '../../graph/build';

export function graphRouter(deps: Deps): Router {
  const router = Router();
  // serialized once per graph: the graph changes only when the corpus does
  const cache = new WeakMap<object, { version: number; minConfidence: number; body: string }>();
  router.get('/graph', (req, res) => {
    const q = parse(GraphQuery, req.query, 'query');
    const c = corpusFor(deps, q.graph);
    const minConfidence = q.minConfidence ?? 0;
    let cached = cache.get(c);
    if (!cached || cached.version !== c.version || cached.minConfidence !== minConfidence) {
      const g = c.graph.export();
      const edges = minConfidence ? g.edges.filter((e) => confident(e.attributes as EdgeAttributes, minConfidence)) : g.edges;
      cached = { version: c.version, minConfidence, body: JSON.stringify({ ...g, edges, nodes: g.nodes.map((n) => ({ key: n.key, attributes: nodeSummary(c.graph, n.key) })) }) };
      cache.set(c, cached);
    }
    res.type('application/json').send(cached.body);
  });
  router.get('/stats', (req, res) => {
    res.json(graphStats(corpusFor(deps, parse(GraphSelector, req.query, 'query').graph).graph));
  });
  return router;
}
