// One entity, and its ego network.
import { Router } from 'express';
import type { Deps } from '../app';
import { ApiError, parse, quote } from '../errors';
import { NeighborsQuery, NodeParams } from '../schemas';
import { neighbors, nodeDetail } from '../../graph/queries';
import type { KnowledgeGraph } from '../../graph/build';

export function requireNode(graph: KnowledgeGraph, id: string, field = 'id'): string {
  if (!graph.hasNode(id)) throw new ApiError(404, 'not_found', `No entity with ${field} ${quote(id)}`);
  return id;
}

export function nodesRouter({ corpus }: Deps): Router {
  const router = Router();
  router.get('/nodes/:id', (req, res) => {
    const { id } = parse(NodeParams, req.params, 'path');
    const graph = corpus().graph;
    res.json(nodeDetail(graph, requireNode(graph, id)));
  });
  router.get('/nodes/:id/neighbors', (req, res) => {
    const { id } = parse(NodeParams, req.params, 'path');
    const q = parse(NeighborsQuery, req.query, 'query');
    const graph = corpus().graph;
    res.json({ center: requireNode(graph, id), depth: q.depth, direction: q.direction, ...neighbors(graph, id, q) });
  });
  return router;
}
