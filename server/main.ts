// The service: reads its configuration, loads graph-data/, listens.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createApp } from './api/app';
import { answerClientError } from './api/errors';
import { ConfigError, readConfig, type Config } from './config';
import { CorpusStore } from './store/corpus-store';
import { dataDirProblem } from './store/data-dir';
import { ExtractionPool } from './extract/pool';
import { ImportedGraphs } from './store/graphs';
import { ANALYSIS_WORKER, type AnalysisAnswer, type AnalysisSnapshot } from './graph/analysis-snapshot';
import { runOnce } from './util/workers';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (line: string) => console.log(`${new Date().toISOString()} ${line}`);
let config: Config;
try {
  config = readConfig(process.env, root);
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(2);
}
const { host, port, dataDir } = config;

const problem = await dataDirProblem(dataDir);
if (problem) { console.error(problem); process.exit(2); }
const started = performance.now();
// added articles are read on worker threads, within a budget of time and memory: the service keeps answering
const pool = new ExtractionPool(config.extraction.workers, { timeoutMs: config.extraction.timeoutMs, maxMemoryMb: config.extraction.maxMemoryMb });
// and the layout and metrics after a change are computed on a worker thread too
const analyze = (snapshot: AnalysisSnapshot) => runOnce<AnalysisSnapshot, AnalysisAnswer>(ANALYSIS_WORKER, snapshot, { timeoutMs: config.importBudget.timeoutMs });
const store = await CorpusStore.open(dataDir, { log, extract: (input) => pool.extract(input), analyze });
const corpus = store.corpus;
// articles that `kg add` or `kg remove` change in the data folder reach this service too
await store.watchDataDir();
log(`corpus ${dataDir}: ${corpus.documents.size} documents, ${corpus.graph.order} entities, ${corpus.graph.size} relations (ready in ${Math.round(performance.now() - started)} ms)`);
const graphs = await new ImportedGraphs(path.join(dataDir, 'graphs'), config.graphQuota).load(log);
const staticDir = path.join(root, 'dist', 'client');
if (!existsSync(path.join(staticDir, 'index.html'))) log(`no built explorer in ${staticDir}: run "npm run build" (npm start does) — the API works without it`);
const app = createApp({
  corpus: () => store.corpus, store, graphs, log, staticDir,
  corsOrigin: config.corsOrigin, apiToken: config.apiToken, allowedHosts: config.allowedHosts, trustProxy: config.trustProxy,
  bodyLimit: config.limits.body, articleLimit: config.limits.article, importLimit: config.limits.import, importBudget: config.importBudget,
});
const server = app.listen(port, host, () => {
  const bound = (server.address() as { port: number } | null)?.port ?? port; // PORT=0: the one the system gave
  log(`Ariadne listening on http://${host.includes(':') ? `[${host}]` : host}:${bound}${config.allowedHosts ? '' : ' (any host name; set ALLOWED_HOSTS to restrict)'}`);
});
server.on('clientError', answerClientError);
server.on('error', (err) => { log(`cannot listen on ${host}:${port}: ${err.message}`); process.exit(1); });
process.on('unhandledRejection', (err) => log(`unhandled rejection: ${(err as Error)?.stack ?? err}`));
// a busy worker is ended, not waited for: the article it was reading was not stored yet
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => { server.close(); void pool.close().then(() => store.flush()).finally(() => process.exit(0)); });
