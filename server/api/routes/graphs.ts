// Graphs from elsewhere: a GEXF or GraphML file that Gephi (or networkx, yEd…) wrote, imported
// and made explorable beside the corpus graph.
import express, { Router, type RequestHandler } from 'express';
import { corpusFor, type Deps } from '../app';
import { ApiError, parse } from '../errors';
import { ImportQuery } from '../contract';
import { importInWorker } from '../../graph/formats/import';
import { KindedError } from '../../errors';
import { QuotaError } from '../../store/graphs';
import { DEFAULT_LIMITS } from '../../config';

const XML_TYPES = ['application/xml', 'text/xml', 'application/gexf+xml', 'application/graphml+xml', 'text/plain', 'application/octet-stream'];

const refuse = (err: unknown): never => {
  if (err instanceof QuotaError) throw ApiError.of(err, `Cannot import: ${err.message}`);
  throw err;
};

export function graphsRouter(deps: Deps): Router {
  const router = Router();
  router.get('/graphs', (_req, res) => {
    const main = corpusFor(deps, undefined).graph;
    res.json({ graphs: [{ id: 'main', name: 'Corpus', nodes: main.order, edges: main.size }, ...(deps.graphs?.list() ?? [])] });
  });
  // past the quota, refused before the file is read
  const room: RequestHandler = (_req, _res, next) => { try { deps.graphs?.assertRoom(); } catch (err) { refuse(err); } next(); };
  router.post('/graphs', room, express.text({ type: XML_TYPES, limit: deps.importLimit ?? DEFAULT_LIMITS.import }), async (req, res) => {
    if (!deps.graphs) throw new ApiError(503, 'unavailable', 'This service does not store imported graphs');
    const q = parse(ImportQuery, req.query, 'query');
    if (typeof req.body !== 'string') throw new ApiError(415, 'unsupported_media_type', `Send the GEXF or GraphML file as the body, with a Content-Type of ${XML_TYPES.slice(0, 4).join(', ')}`);
    let imported;
    try {
      // read and analyzed on a worker thread, within a budget: reads are answered meanwhile
      imported = await importInWorker(req.body, deps.importBudget);
    } catch (err) {
      if (err instanceof KindedError) throw ApiError.of(err, `Cannot import this file: ${err.message}`);
      throw err;
    }
    const info = await deps.graphs.add(q.name ?? `imported ${imported.format}`, imported.graph, imported.format).catch(refuse);
    res.status(201).json({ ...info, positions: imported.hasPositions ? 'kept' : 'computed' });
  });
  return router;
}
