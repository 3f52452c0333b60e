// createApp(): the Express application, without listen(), so tests can drive it with supertest.
import express from 'express';
import helmet from 'helmet';
import compression from 'compression';
import zlib from 'node:zlib';
import type { Corpus } from '../store/corpus';
import type { ImportedGraphs } from '../store/graphs';
import type { CorpusStore } from '../store/corpus-store';
import { exportRouter } from './routes/export';
import { eventsRouter } from './routes/events';
import { vocabularyRouter } from './routes/vocabulary';
import { layoutRouter } from './routes/layout';
import { graphsRouter } from './routes/graphs';
import { ApiError, errorHandler, notFoundRoute, quote } from './errors';
import { openApiDocument } from './openapi';
import { allowedHosts, isWrite, sameSiteWrites } from './guards';
import { requireToken } from './auth';
import { DEFAULT_LIMITS } from '../config';
import { conditionalOnVersion } from './freshness';
import { graphRouter } from './routes/graph';
import { searchRouter } from './routes/search';
import { nodesRouter } from './routes/nodes';
import { pathRouter } from './routes/path';
import { documentsRouter } from './routes/documents';
import { correctionsRouter } from './routes/corrections';

export interface Deps {
  /** the current corpus (a function: the corpus may be replaced while the app runs) */
  corpus: () => Corpus;
  /** where articles are added and removed (without it, the corpus is read-only) */
  store?: CorpusStore;
  /** with a token, every write (POST, DELETE) needs "Authorization: Bearer <token>", checked before its body is read */
  apiToken?: string;
  /** graphs imported from GEXF or GraphML files, served with ?graph=<id> */
  graphs?: ImportedGraphs;
  /** the largest GEXF or GraphML file accepted for import */
  importLimit?: string;
  /** the time and memory reading one imported file may take */
  importBudget?: { timeoutMs?: number; maxMemoryMb?: number };
  /** where request and error lines go */
  log?: (line: string) => void;
  /** an origin allowed to call the API from a browser (CORS); none by default */
  corsOrigin?: string;
  /** the largest request body accepted */
  bodyLimit?: string;
  /** the largest article accepted (as text or JSON) */
  articleLimit?: string;
  /** the built explorer (dist/client), served at / */
  staticDir?: string;
  /** host names the service answers to (undefined: any) */
  allowedHosts?: string[];
  /** Express's "trust proxy": whose X-Forwarded-Proto says a request came over https */
  trustProxy?: string | number | boolean;
}

const CSP = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'], // ForceAtlas2 runs in a worker made from a blob
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
};

export function createApp(deps: Deps): express.Express {
  const log = deps.log ?? ((line: string) => console.log(line));
  const app = express();
  app.disable('x-powered-by');
  // no hashed ETag: the graph's answers are tagged with its version instead (freshness.ts)
  app.set('etag', false);
  app.set('query parser', 'simple'); // no nested objects from ?a[b]=c
  if (deps.trustProxy !== undefined) app.set('trust proxy', deps.trustProxy);
  // over plain http (a LAN address, no proxy) neither HSTS nor upgrade-insecure-requests: they
  // would send the browser to an https that is not there; over https both come back
  const plain = helmet({ contentSecurityPolicy: { directives: { ...CSP, 'upgrade-insecure-requests': null } }, strictTransportSecurity: false });
  const secure = helmet({ contentSecurityPolicy: { directives: { ...CSP, 'upgrade-insecure-requests': [] } } });
  app.use((req, res, next) => (req.secure ? secure : plain)(req, res, next));
  // one line per request
  app.use((req, res, next) => {
    const started = performance.now();
    res.on('finish', () => log(`${req.method} ${req.originalUrl.slice(0, 200)} ${res.statusCode} ${(performance.now() - started).toFixed(1)}ms`));
    next();
  });
  if (deps.corsOrigin) {
    app.use((req, res, next) => {
      res.setHeader('Access-Control-Allow-Origin', deps.corsOrigin!);
      res.setHeader('Vary', 'Origin');
      if (req.method === 'OPTIONS') { res.setHeader('Access-Control-Allow-Methods', 'GET,POST,PUT,PATCH,DELETE'); res.setHeader('Access-Control-Allow-Headers', 'Content-Type,Authorization'); res.sendStatus(204); return; }
      next();
    });
  }
  // before any body is read: the host name, no writes from other sites, the token of every write
  const token = requireToken(deps.apiToken);
  app.use(allowedHosts(deps.allowedHosts), sameSiteWrites(deps.corsOrigin), (req, res, next) => (isWrite(req) ? token(req, res, next) : next()));
  // gzip or brotli (brotli at a quality that costs little time) for answers over 1 kB
  app.use(compression({ threshold: 1024, brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } } }));
  // JSON bodies up to the body limit; the view export reads its own (a large view's node list is long)
  const json = express.json({ limit: deps.bodyLimit ?? DEFAULT_LIMITS.body });
  app.use((req, res, next) => (req.method === 'POST' && req.path === '/api/export' ? next() : json(req, res, next)));

  app.get('/healthz', (_req, res) => { res.json({ status: 'ok' }); });
  const api = express.Router();
  // the graph's answers carry its version as ETag: 304 when the client's copy is current
  api.use(['/graph', '/stats', '/nodes', '/path', '/search'], conditionalOnVersion((graph) => corpusFor(deps, graph)));
  api.use(graphRouter(deps), searchRouter(deps), nodesRouter(deps), pathRouter(deps), documentsRouter(deps), exportRouter(deps), graphsRouter(deps), eventsRouter(deps), vocabularyRouter(), layoutRouter(deps), correctionsRouter(deps));
  const openapi = openApiDocument();
  api.get('/openapi.json', (_req, res) => { res.json(openapi); });
  api.use(notFoundRoute);
  app.use('/api', api);
  if (deps.staticDir) app.use(express.static(deps.staticDir, { index: 'index.html', maxAge: '1h', setHeaders: (res, file) => { if (file.endsWith('index.html')) res.setHeader('Cache-Control', 'no-cache'); } }));
  // every other path: the same JSON 404 as the API's
  app.use(notFoundRoute);
  app.use(errorHandler(log));
  return app;
}

/** The corpus a request reads: the main one, or an imported graph named by ?graph=. */
export function corpusFor(deps: Deps, graphId: string | undefined): Corpus {
  if (!graphId || graphId === 'main') return deps.corpus();
  const imported = deps.graphs?.get(graphId);
  if (!imported) throw new ApiError(404, 'not_found', `No graph with id ${quote(graphId)}`);
  return imported;
}
