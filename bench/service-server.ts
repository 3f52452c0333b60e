// Child processes of the service benchmark, so that the load generator shares neither the
// event loop nor the heap of the service:
//   service-server.ts prepare ORDER SIZE OUT.json → generates and analyzes a synthetic graph,
//       writes it, prints { genMs, analyzeMs, report, ids, words }
//   service-server.ts serve GRAPH.json [--static] → the service over that file plus a bare
//       Express route (and the built explorer with --static), prints { port, startupMs, rssMB,
//       heapMB } once it listens
//   service-server.ts serve-seed → the same over the bundled articles, with the explorer
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/api/app';
import { createKnowledgeGraph } from '../server/graph/build';
import { analyzeGraph } from '../server/graph/analyze';
import { Corpus, loadCorpus } from '../server/store/corpus';
import { syntheticGraph } from './synthetic';

const [mode, ...args] = process.argv.slice(2);

if (mode === 'prepare') {
  const [order, size, out] = args;
  let t = performance.now();
  const graph = syntheticGraph(Number(order), Number(size));
  const genMs = performance.now() - t;
  t = performance.now();
  const report = analyzeGraph(graph);
  const analyzeMs = performance.now() - t;
  writeFileSync(out!, JSON.stringify(graph.export()));
  const ids = graph.nodes().filter((_, i) => i % 997 === 0);
  const words = ids.map((id) => graph.getNodeAttribute(id, 'label').slice(0, 4).toLowerCase());
  console.log(JSON.stringify({ order: graph.order, size: graph.size, genMs, analyzeMs, report, ids, words }));
} else if (mode === 'serve' || mode === 'serve-seed') {
  const started = performance.now();
  let corpus: Corpus;
  if (mode === 'serve') {
    const graph = createKnowledgeGraph();
    graph.import(JSON.parse(readFileSync(args[0]!, 'utf8')));
    corpus = Corpus.fromGraph(graph);
  } else {
    // the bundled articles, in a temporary copy of graph-data
    const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-seed-'));
    cpSync(path.resolve(import.meta.dirname, '../graph-data/articles'), path.join(dir, 'articles'), { recursive: true });
    corpus = (await loadCorpus(dir)).corpus;
  }
  const app = express();
  app.get('/bare', (_req, res) => { res.json({ ok: true }); });
  const staticDir = mode === 'serve-seed' || args.includes('--static') ? path.resolve(import.meta.dirname, '../dist/client') : undefined;
  app.use(createApp({ corpus: () => corpus, log: () => {}, staticDir }));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0));
  const server = app.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    const mem = process.memoryUsage();
    console.log(JSON.stringify({ port, startupMs: Math.round(performance.now() - started), rssMB: Math.round(mem.rss / 1e6), heapMB: Math.round(mem.heapUsed / 1e6) }));
  });
} else {
  console.error('usage: service-server.ts prepare ORDER SIZE OUT.json | serve GRAPH.json');
  process.exit(2);
}
