// The whole graph and its statistics.
import { Router } from 'express';
import { corpusFor, type Deps } from '../app';
import { parse } from '../errors';
import { GraphSelector } from '../schemas';
import { graphStats, nodeSummary } from '../../graph/queries';

export function graphRouter(deps: Deps): Router {
  const router = Router();
  // serialized once per graph: the graph changes only when the corpus does
  const cache = new WeakMap<object, { version: number; body: string }>();
  router.get('/graph', (req, res) => {
    const c = corpusFor(deps, parse(GraphSelector, req.query, 'query').graph);
    let cached = cache.get(c);
    if (!cached || cached.version !== c.version) {
      const g = c.graph.export();
      cached = { version: c.version, body: JSON.stringify({ ...g, nodes: g.nodes.map((n) => ({ key: n.key, attributes: nodeSummary(c.graph, n.key) })) }) };
      cache.set(c, cached);
    }
    res.type('application/json').send(cached.body);
  });
  router.get('/stats', (req, res) => {
    res.json(graphStats(corpusFor(deps, parse(GraphSelector, req.query, 'query').graph).graph));
  });
  return router;
}
