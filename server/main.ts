// The service: reads the environment, loads graph-data/, listens.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createApp } from './api/app';
import { CorpusStore } from './store/corpus-store';
import { ImportedGraphs } from './store/graphs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 3000);
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, 'graph-data'));

const log = (line: string) => console.log(`${new Date().toISOString()} ${line}`);
const started = performance.now();
const store = await CorpusStore.open(dataDir, { log });
const corpus = store.corpus;
log(`corpus ${dataDir}: ${corpus.documents.size} documents, ${corpus.graph.order} entities, ${corpus.graph.size} relations (ready in ${Math.round(performance.now() - started)} ms)`);
const graphs = await new ImportedGraphs(path.join(dataDir, 'graphs')).load(log);
const staticDir = path.join(root, 'dist', 'client');
if (!existsSync(path.join(staticDir, 'index.html'))) log(`no built explorer in ${staticDir}: run "npm run build" (npm start does) — the API works without it`);
const app = createApp({ corpus: () => store.corpus, store, graphs, log, corsOrigin: process.env.CORS_ORIGIN, staticDir, apiToken: process.env.API_TOKEN || undefined });
const server = app.listen(port, host, () => log(`Ariadne listening on http://${host}:${port}`));
server.on('error', (err) => { log(`cannot listen on ${host}:${port}: ${err.message}`); process.exit(1); });
process.on('unhandledRejection', (err) => log(`unhandled rejection: ${(err as Error)?.stack ?? err}`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => { server.close(); void store.flush().finally(() => process.exit(0)); });
