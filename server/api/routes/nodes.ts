// One entity, and its ego network.
import { Router } from 'express';
import { corpusFor, type Deps } from '../app';
import { ApiError, parse, quote } from '../errors';
import { GraphSelector, NeighborsQuery, NodeParams } from '../schemas';
import { neighbors, nodeDetail } from '../../graph/queries';
import { AnswerCache } from '../freshness';
import type { KnowledgeGraph } from '../../graph/build';

export function requireNode(graph: KnowledgeGraph, id: string, field = 'id'): string {
  if (!graph.hasNode(id)) throw new ApiError(404, 'not_found', `No entity with ${field} ${quote(id)}`);
  return id;
}

export function nodesRouter(deps: Deps): Router {
  const router = Router();
  // an id from before ids were ASCII ("łodz") is sent on to the node's id now ("lodz")
  router.get(['/nodes/:id', '/nodes/:id/neighbors'], (req, res, next) => {
    const q = parse(GraphSelector, req.query, 'query');
    const corpus = corpusFor(deps, q.graph);
    const id = req.params.id as string;
    const current = corpus.graph.hasNode(id) ? undefined : corpus.currentId(id);
    if (!current) return next();
    const url = new URL(req.originalUrl, 'http://x');
    url.pathname = url.pathname.replace(`/nodes/${encodeURIComponent(id)}`, `/nodes/${encodeURIComponent(current)}`);
    res.redirect(308, url.pathname + url.search);
  });
  // answers made once per version of the graph: a popular entity is served from memory
  const answers = new AnswerCache();
  router.get('/nodes/:id', (req, res) => {
    const { id } = parse(NodeParams, req.params, 'path');
    const c = corpusFor(deps, parse(GraphSelector, req.query, 'query').graph);
    requireNode(c.graph, id);
    res.type('application/json').send(answers.get(c, req.originalUrl, () => nodeDetail(c.graph, id)));
  });
  router.get('/nodes/:id/neighbors', (req, res) => {
    const { id } = parse(NodeParams, req.params, 'path');
    const q = parse(NeighborsQuery, req.query, 'query');
    const c = corpusFor(deps, q.graph);
    requireNode(c.graph, id);
    res.type('application/json').send(answers.get(c, req.originalUrl, () => ({ center: id, depth: q.depth, direction: q.direction, ...neighbors(c.graph, id, q) })));
  });
  return router;
}
