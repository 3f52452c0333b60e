// Adding articles one by one through the API: documents per second, and how the time of one
// addition grows with the corpus (it should not: the merge is incremental).
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/api/app';
import { CorpusStore } from '../server/store/corpus-store';

export async function benchCorpus(root: string): Promise<void> {
  const dev = path.join(root, '..', 'shared', 'eval', 'redocred-dev');
  const texts = existsSync(dev)
    ? readdirSync(dev).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(dev, f), 'utf8'))
    : Array.from({ length: 200 }, (_, i) => `Report ${i}\nInspector Halvard Nummi${i} visited Tampere and met Governor Saila Ranta${i}.`);
  const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-corpus-'));
  cpSync(path.join(root, 'graph-data', 'articles'), path.join(dir, 'articles'), { recursive: true });
  const store = await CorpusStore.open(dir, { analysisDelayMs: 60_000 });
  const app = createApp({ corpus: () => store.corpus, store, log: () => {} });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as AddressInfo;
  try {
    const times: number[] = [];
    const started = performance.now();
    for (const text of texts) {
      const t = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}/api/documents`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text });
      if (res.status !== 201 && res.status !== 200) throw new Error(`POST answered ${res.status}: ${await res.text()}`);
      times.push(performance.now() - t);
    }
    const total = (performance.now() - started) / 1000;
    const t = performance.now();
    await store.flush();
    const flushMs = performance.now() - t;
    console.log(`corpus · ${texts.length} articles added one by one through POST /api/documents`);
    console.log(`  ${(texts.length / total).toFixed(1)} documents/s (${total.toFixed(1)} s); corpus now ${store.corpus.documents.size} documents, ${store.corpus.graph.order} entities, ${store.corpus.graph.size} relations`);
    const bucket = Math.max(1, Math.round(texts.length / 5));
    const rows: string[] = [];
    for (let i = 0; i < times.length; i += bucket) {
      const slice = times.slice(i, i + bucket).sort((a, b) => a - b);
      rows.push(`${i + 1}–${i + slice.length}: median ${slice[Math.floor(slice.length / 2)]!.toFixed(1)} ms`);
    }
    console.log(`  one addition, by corpus size: ${rows.join(' · ')}`);
    console.log(`  then metrics and graph.json once (debounced after the last change): ${(flushMs / 1000).toFixed(1)} s`);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
