// The shortest path between two entities, with the evidence of every hop.
import { Router } from 'express';
import { corpusFor, type Deps } from '../app';
import { ApiError, parse } from '../errors';
import { PathQuery } from '../contract';
import { shortestPath } from '../../graph/queries';
import { requireNode } from './nodes';

export function pathRouter(deps: Deps): Router {
  const router = Router();
  router.get('/path', (req, res) => {
    const q = parse(PathQuery, req.query, 'query');
    const graph = corpusFor(deps, q.graph).graph;
    requireNode(graph, q.from, 'from');
    requireNode(graph, q.to, 'to');
    const path = shortestPath(graph, q.from, q.to);
    if (!path) {
      const label = (id: string) => String(graph.getNodeAttribute(id, 'label') ?? id);
      throw new ApiError(404, 'no_path', `No path connects ${label(q.from)} and ${label(q.to)}`);
    }
    res.json({ from: q.from, to: q.to, ...path });
  });
  return router;
}
