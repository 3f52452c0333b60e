// One entity, and its ego network.
import { Router } from 'express';
import { corpusFor, type Deps } from '../app';
import { ApiError, parse, quote } from '../errors';
import { GraphSelector, NeighborsQuery, NodeParams } from '../schemas';
import { neighbors, nodeDetail } from '../../graph/queries';
import type { KnowledgeGraph } from '../../graph/build';

export function requireNode(graph: KnowledgeGraph, id: string, field = 'id'): string {
  if (!graph.hasNode(id)) throw new ApiError(404, 'not_found', `No entity with ${field} ${quote(id)}`);
  return id;
}

export function nodesRouter(deps: Deps): Router {
  const router = Router();
  router.get('/nodes/:id', (req, res) => {
    const { id } = parse(NodeParams, req.params, 'path');
    const graph = corpusFor(deps, parse(GraphSelector, req.query, 'query').graph).graph;
    res.json(nodeDetail(graph, requireNode(graph, id)));
  });
  router.get('/nodes/:id/neighbors', (req, res) => {
    const { id } = parse(NodeParams, req.params, 'path');
    const q = parse(NeighborsQuery, req.query, 'query');
    const graph = corpusFor(deps, q.graph).graph;
    res.json({ center: requireNode(graph, id), depth: q.depth, direction: q.direction, ...neighbors(graph, id, q) });
  });
  return router;
}
