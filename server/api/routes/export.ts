// Exports: GEXF 1.3 and 1.2draft, GraphML, JSON and Neo4j CSV, of the whole graph, an entity's
// ego network or the entities of some types. Streamed: the response is written as it is made.
import { Router } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { corpusFor, type Deps } from '../app';
import { parse } from '../errors';
import { ExportQuery } from '../contract';
import { requireNode } from './nodes';
import { selectSubgraph } from '../../graph/select';
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
  return router;
}
