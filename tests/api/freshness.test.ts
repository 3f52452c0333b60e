// The graph's answers carry its version as ETag (304 when current), are kept until it changes, and
// are compressed.
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import http from 'node:http';
import { createApp } from '../../server/api/app';
import { CorpusStore } from '../../server/store/corpus-store';

async function fresh() {
  const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-fresh-'));
  cpSync(path.resolve(import.meta.dirname, '../../graph-data/articles'), path.join(dir, 'articles'), { recursive: true });
  const store = await CorpusStore.open(dir, { analysisDelayMs: 10 });
  return { store, app: createApp({ corpus: () => store.corpus, store, log: () => {} }) };
}

/** The body as the server sent it, with its Content-Encoding. */
function fetchRaw(url: string, encoding: string): Promise<{ encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('answers tagged with the graph\'s version', () => {
  it('answers 304 to a client whose copy is current, and the full answer once the graph changed', async () => {
    const { app, store } = await fresh();
    const first = await request(app).get('/api/nodes/nikita-khrushchev').expect(200);
    const tag = first.headers.etag as string;
    expect(tag).toMatch(/^W\/"/);
    const again = await request(app).get('/api/nodes/nikita-khrushchev').set('if-none-match', tag).expect(304);
    expect(again.text).toBe('');
    await request(app).get('/api/graph').set('if-none-match', tag).expect(304);
    await request(app).get('/api/nodes/nikita-khrushchev/neighbors').set('if-none-match', tag).expect(304);
    // a change: the tag moves on, and the kept answers are made again with what changed
    const before = first.body.relations.length as number;
    expect((await request(app).get('/api/search?q=zorvan').expect(200)).body.results).toEqual([]);
    await store.add({ text: 'Nikita Khrushchev praised Zorvan Kettle in Karvensk Town.', format: 'txt' });
    const changed = await request(app).get('/api/nodes/nikita-khrushchev').set('if-none-match', tag).expect(200);
    expect(changed.headers.etag).not.toBe(tag);
    expect(JSON.stringify(changed.body)).toContain('Zorvan Kettle');
    expect(changed.body.relations.length).toBeGreaterThanOrEqual(before);
    expect((await request(app).get('/api/search?q=zorvan').expect(200)).body.results.map((h: { label: string }) => h.label)).toEqual(['Zorvan Kettle']);
    await store.flush();
  });

  it('tags no answer that depends on more than the graph, and no unknown graph', async () => {
    const { app } = await fresh();
    expect((await request(app).get('/api/documents').expect(200)).headers.etag).toBeUndefined();
    const r = await request(app).get('/api/graph?graph=nope').expect(404);
    expect(r.headers.etag).toBeUndefined();
  });

  it('compresses with brotli or gzip, as the client asks', async () => {
    const { app } = await fresh();
    // over a socket, to see the bytes as sent (the test client would decompress them)
    const server = app.listen(0);
    try {
      const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/api/graph`;
      const br = await fetchRaw(url, 'br');
      expect(br.encoding).toBe('br');
      const graph = JSON.parse(zlib.brotliDecompressSync(br.body).toString('utf8'));
      expect(graph.nodes.length).toBeGreaterThan(10);
      const gz = await fetchRaw(url, 'gzip');
      expect(gz.encoding).toBe('gzip');
      expect(zlib.gunzipSync(gz.body).toString('utf8')).toBe(JSON.stringify(graph));
      expect(gz.body.length).toBeLessThan(Buffer.byteLength(JSON.stringify(graph)) / 3);
    } finally {
      server.close();
    }
    const plain = await request(app).get('/api/graph').set('accept-encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
  });
});
