// Adding articles one by one through the API: documents per second, and how the time of one
// addition grows with the corpus (it should not: the merge is incremental). Then the layout and
// metrics of the whole corpus on a worker thread, anew and after one more article, with the longest
// pause of the event loop meanwhile (it should stay short: the layout must not block requests).
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import http from 'node:http';
import { createApp } from '../server/api/app';
import { CorpusStore } from '../server/store/corpus-store';
import { ANALYSIS_WORKER, type AnalysisAnswer, type AnalysisSnapshot } from '../server/graph/analysis-snapshot';
import { runOnce } from '../server/util/workers';

/** The longest gap between two turns of the event loop while `work` runs (a 1 ms ticker). */
async function longestPause<T>(work: () => Promise<T>): Promise<{ result: T; pauseMs: number; ms: number }> {
  let last = performance.now(), longest = 0;
  const ticker = setInterval(() => { const now = performance.now(); longest = Math.max(longest, now - last); last = now; }, 1);
  const t = performance.now();
  try {
    const result = await work();
    return { result, pauseMs: longest, ms: performance.now() - t };
  } finally {
    clearInterval(ticker);
  }
}

export async function benchCorpus(root: string): Promise<void> {
  const dev = path.join(root, '..', 'shared', 'eval', 'redocred-dev');
  const texts = existsSync(dev)
    ? readdirSync(dev).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(dev, f), 'utf8'))
    : Array.from({ length: 200 }, (_, i) => `Report ${i}\nInspector Halvard Nummi${i} visited Tampere and met Governor Saila Ranta${i}.`);
  const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-corpus-'));
  cpSync(path.join(root, 'graph-data', 'articles'), path.join(dir, 'articles'), { recursive: true });
  const analyze = (snapshot: AnalysisSnapshot) => runOnce<AnalysisSnapshot, AnalysisAnswer>(ANALYSIS_WORKER, snapshot);
  const store = await CorpusStore.open(dir, { analysisDelayMs: 60_000, analyze });
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
    const first = await longestPause(() => store.flush());
    console.log(`corpus · ${texts.length} articles added one by one through POST /api/documents`);
    console.log(`  ${(texts.length / total).toFixed(1)} documents/s (${total.toFixed(1)} s); corpus now ${store.corpus.documents.size} documents, ${store.corpus.graph.order} entities, ${store.corpus.graph.size} relations`);
    const bucket = Math.max(1, Math.round(texts.length / 5));
    const rows: string[] = [];
    for (let i = 0; i < times.length; i += bucket) {
      const slice = times.slice(i, i + bucket).sort((a, b) => a - b);
      rows.push(`${i + 1}–${i + slice.length}: median ${slice[Math.floor(slice.length / 2)]!.toFixed(1)} ms`);
    }
    console.log(`  one addition, by corpus size: ${rows.join(' · ')}`);
    console.log(`  then layout, metrics and graph.json once (debounced after the last change), on a worker thread: ${(first.ms / 1000).toFixed(1)} s, longest event-loop pause ${first.pauseMs.toFixed(0)} ms (target < 50 ms)`);
    const one = 'The Lakeside Rowing Club of Bled elected Tina Novak its president. Novak rowed for Slovenia at the Sydney Olympics.';
    await fetch(`http://127.0.0.1:${port}/api/documents`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: one });
    const again = await longestPause(() => store.flush());
    console.log(`  one more article, then the same (its entities laid out, the rest kept in place): ${(again.ms / 1000).toFixed(1)} s, longest event-loop pause ${again.pauseMs.toFixed(0)} ms`);
    // the whole graph as the page loads it, plain and compressed
    const sizes: string[] = [];
    for (const encoding of ['identity', 'gzip', 'br']) {
      const t = performance.now();
      const bytes = await rawBytes(`http://127.0.0.1:${port}/api/graph`, encoding);
      sizes.push(`${encoding} ${(bytes / 1e6).toFixed(2)} MB in ${Math.round(performance.now() - t)} ms`);
    }
    console.log(`  GET /api/graph of this corpus: ${sizes.join(' · ')}`);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The bytes of an answer as sent, with this Accept-Encoding. */
function rawBytes(url: string, encoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      let n = 0;
      res.on('data', (c: Buffer) => { n += c.length; });
      res.on('end', () => resolve(n));
    }).on('error', reject);
  });
}

/** Reads while a 1.5 MB article is read on a worker thread: how long each waits. */
export async function benchUpload(root: string): Promise<void> {
  const { ExtractionPool } = await import('../server/extract/pool');
  const { pathologicalText } = await import('./pathological');
  const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-upload-'));
  cpSync(path.join(root, 'graph-data', 'articles'), path.join(dir, 'articles'), { recursive: true });
  const pool = new ExtractionPool(1, { timeoutMs: 300_000 });
  await pool.extract({ id: 'warm', source: 'Anna Berg lives in Oslo.', format: 'txt' });
  const store = await CorpusStore.open(dir, { analysisDelayMs: 60_000, extract: (input) => pool.extract(input) });
  const app = createApp({ corpus: () => store.corpus, store, log: () => {} });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as AddressInfo;
  try {
    const base = `http://127.0.0.1:${port}`;
    const started = performance.now();
    let done = false;
    const upload = fetch(`${base}/api/documents`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: pathologicalText('prose', 1.5 * 1024 * 1024) })
      .then((r) => r.status).finally(() => { done = true; });
    const latencies: number[] = [];
    let failed = 0;
    const reads = ['/api/nodes/nikita-khrushchev/neighbors', '/api/search?q=stal', '/api/nodes/josef-stalin', '/api/documents'];
    for (let i = 0; !done; i++) {
      const t = performance.now();
      const r = await fetch(`${base}${reads[i % reads.length]}`).catch(() => undefined);
      if (!r || !r.ok) failed++;
      await r?.arrayBuffer();
      latencies.push(performance.now() - t);
      await new Promise((f) => setTimeout(f, 10));
    }
    const status = await upload;
    latencies.sort((a, b) => a - b);
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1);
    console.log('upload · a 1.5 MB article added while a client reads (extraction on a worker thread)');
    console.log(`  answered ${status} after ${((performance.now() - started) / 1000).toFixed(1)} s; ${latencies.length} reads meanwhile, ${failed} failed: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${latencies[latencies.length - 1]!.toFixed(1)} ms (target p99 < 50 ms)`);
  } finally {
    server.close();
    await pool.close();
    await store.flush().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}
