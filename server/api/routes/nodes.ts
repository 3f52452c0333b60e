// One entity, and its ego network.
import { Router, type Request, type Response } from 'express';
import type { Corpus } from '../../store/corpus';
import { corpusFor, type Deps } from '../app';
import { ApiError, parse, quote } from '../errors';
import { GraphSelector, NeighborsQuery, NodeParams } from '../contract';
import { neighbors, nodeDetail } from '../../graph/queries';
import { AnswerCache } from '../freshness';
import type { KnowledgeGraph } from '../../graph/build';

export function requireNode(graph: KnowledgeGraph, id: string, field = 'id'): string {
  if (!graph.hasNode(id)) throw new ApiError(404, 'not_found', field === 'id' ? `No entity ${quote(id)}` : `No entity ${quote(id)} (the "${field}" parameter)`);
  return id;
}

export function nodesRouter(deps: Deps): Router {
  const router = Router();
  // answers made once per version of the graph: a popular entity is served from memory, before
  // its request is even parsed again (the first answer to the same URL validated it)
  const answers = new AnswerCache();
  const corpusOf = (req: Request) => corpusFor(deps, typeof req.query.graph === 'string' ? req.query.graph : undefined);
  const served = (req: Request, res: Response): boolean => {
    const hit = answers.peek(corpusOf(req), req.originalUrl);
    if (hit !== undefined) res.type('application/json').send(hit);
    return hit !== undefined;
  };
  /** The node, or a redirect for an id of an earlier version ("łodz" → "lodz"), or 404. */
  const found = (c: Corpus, id: string, req: Request, res: Response): boolean => {
    if (c.graph.hasNode(id)) return true;
    const current = c.currentId(id);
    if (!current) requireNode(c.graph, id);
    const url = new URL(req.originalUrl, 'http://x');
    res.redirect(308, url.pathname.replace(`/nodes/${encodeURIComponent(id)}`, `/nodes/${encodeURIComponent(current!)}`) + url.search);
    return false;
  };
  router.get('/nodes/:id', (req, res) => {
    if (served(req, res)) return;
    const { id } = parse(NodeParams, req.params, 'path');
    const c = corpusFor(deps, parse(GraphSelector, req.query, 'query').graph);
    if (!found(c, id, req, res)) return;
    res.type('application/json').send(answers.get(c, req.originalUrl, () => nodeDetail(c.graph, id)));
  });
  router.get('/nodes/:id/neighbors', (req, res) => {
    if (served(req, res)) return;
    const { id } = parse(NodeParams, req.params, 'path');
    const q = parse(NeighborsQuery, req.query, 'query');
    const c = corpusFor(deps, q.graph);
    if (!found(c, id, req, res)) return;
    res.type('application/json').send(answers.get(c, req.originalUrl, () => ({ center: id, depth: q.depth, direction: q.direction, ...neighbors(c.graph, id, q) })));
  });
  return router;
}
