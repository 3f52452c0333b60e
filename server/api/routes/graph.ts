// The whole graph and its statistics.
import { Router } from 'express';
import type { Deps } from '../app';
import { graphStats, nodeSummary } from '../../graph/queries';

export function graphRouter({ corpus }: Deps): Router {
  const router = Router();
  // serialized once per graph: the graph changes only when the corpus does
  const cache = new WeakMap<object, string>();
  router.get('/graph', (_req, res) => {
    const c = corpus();
    let body = cache.get(c.graph);
    if (!body) {
      const g = c.graph.export();
      body = JSON.stringify({ ...g, nodes: g.nodes.map((n) => ({ key: n.key, attributes: nodeSummary(c.graph, n.key) })) });
      cache.set(c.graph, body);
    }
    res.type('application/json').send(body);
  });
  router.get('/stats', (_req, res) => {
    res.json(graphStats(corpus().graph));
  });
  return router;
}
