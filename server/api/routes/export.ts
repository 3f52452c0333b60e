// Exports: GEXF 1.3 and 1.2draft, GraphML, JSON and Neo4j CSV, of the whole graph, an entity's
// ego network or the entities of some types. Streamed: the response is written as it is made.
import express, { Router } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { corpusFor, type Deps } from '../app';
import { parse } from '../errors';
import { ExportQuery, ExportViewBody } from '../contract';
import { DEFAULT_LIMITS } from '../../config';
import { requireNode } from './nodes';
import { selectSubgraph, selectView } from '../../graph/select';
import { EXPORTS, exportFileName } from '../../graph/formats/index';

export function exportRouter(deps: Deps): Router {
  const router = Router();
  router.get('/export', async (req, res) => {
    const q = parse(ExportQuery, req.query, 'query');
    const graph = corpusFor(deps, q.graph).graph;
    if (q.node) requireNode(graph, q.node, 'node');
    const selected = selectSubgraph(graph, { node: q.node, depth: q.depth, direction: q.direction, types: q.types, relations: q.relations, minConfidence: q.minConfidence });
    const spec = EXPORTS[q.format];
    const parts = [q.graph ?? 'graph', ...(q.node ? [q.node, `depth-${q.depth}`] : []), ...(q.types ? [q.types.join('-')] : [])];
    res.setHeader('Content-Type', spec.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${exportFileName(q.format, parts)}"`);
    await pipeline(Readable.from(spec.write(selected)), res);
  });
  // the view on screen: the page sends what it draws (a body, as the list of nodes is long)
  router.post('/export', express.json({ limit: deps.importLimit ?? DEFAULT_LIMITS.import }), async (req, res) => {
    const body = parse(ExportViewBody, req.body, 'body');
    const graph = corpusFor(deps, body.graph).graph;
    const view = selectView(graph, body);
    const spec = EXPORTS[body.format];
    res.setHeader('Content-Type', spec.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${exportFileName(body.format, [...(body.name ? [body.name] : []), 'view'])}"`);
    await pipeline(Readable.from(spec.write(view)), res);
  });
  return router;
}
