// Child processes of the service benchmark, so that the load generator shares neither the
// event loop nor the heap of the service:
//   service-server.ts prepare ORDER SIZE OUT.json → generates and analyzes a synthetic graph,
//       writes it, prints { genMs, analyzeMs, report, ids, words }
//   service-server.ts serve GRAPH.json → the service over that file plus a bare Express route,
//       prints { port, startupMs, rssMB, heapMB } once it listens
import { readFileSync, writeFileSync } from 'node:fs';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/api/app';
import { createKnowledgeGraph } from '../server/graph/build';
import { analyzeGraph } from '../server/graph/analyze';
import { Corpus } from '../server/store/corpus';
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
} else if (mode === 'serve') {
  const started = performance.now();
  const graph = createKnowledgeGraph();
  graph.import(JSON.parse(readFileSync(args[0]!, 'utf8')));
  const corpus = Corpus.fromGraph(graph);
  const app = express();
  app.get('/bare', (_req, res) => { res.json({ ok: true }); });
  app.use(createApp({ corpus: () => corpus, log: () => {} }));
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
