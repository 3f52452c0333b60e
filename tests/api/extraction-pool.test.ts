// Articles are read on worker threads: reads are answered while one is read, and an article past
// its budget is refused with 422, leaving nothing behind.
import { afterAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../server/api/app';
import { CorpusStore } from '../../server/store/corpus-store';
import { ExtractionPool } from '../../server/extract/pool';

const pools: ExtractionPool[] = [];
afterAll(() => Promise.all(pools.map((p) => p.close())));

async function fresh(pool: ExtractionPool) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-pool-'));
  cpSync(path.resolve(import.meta.dirname, '../../graph-data/articles'), path.join(dir, 'articles'), { recursive: true });
  const store = await CorpusStore.open(dir, { analysisDelayMs: 10, extract: (input) => pool.extract(input) });
  return { dir, store, app: createApp({ corpus: () => store.corpus, store, log: () => {} }) };
}

/** An article of about n sentences, each naming people and places. */
function longArticle(n: number): string {
  const first = ['Anna', 'Karl', 'Olga', 'Nils', 'Marta', 'Ivan', 'Lena', 'Piotr'];
  const last = ['Berg', 'Venn', 'Dahl', 'Ruud', 'Kovac', 'Lind', 'Strand', 'Holm'];
  const places = ['Oslo', 'Bergen', 'Warsaw', 'Prague', 'Vienna', 'Riga', 'Tallinn', 'Vilnius'];
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = `${first[i % 8]} ${last[(i * 3) % 8]}`, b = `${first[(i + 3) % 8]} ${last[(i * 5 + 1) % 8]}`;
    lines.push(`In ${1900 + (i % 100)}, ${a} met ${b} in ${places[i % 8]}, where they founded a small museum of local history.`);
  }
  return `# A long chronicle\n\n${lines.join(' ')}`;
}

describe('extraction off the event loop', () => {
  it('answers reads while an article is read on a worker, and lists the article as pending meanwhile', async () => {
    const pool = new ExtractionPool(1);
    pools.push(pool);
    await pool.extract({ id: 'warm', source: 'Anna Berg lives in Oslo.', format: 'txt' }); // the worker has loaded its models
    const { app } = await fresh(pool);
    const adding = request(app).post('/api/documents').set('content-type', 'text/markdown').send(longArticle(1500));
    const added = adding.then((r) => r);
    let done = false;
    void added.then(() => { done = true; });
    const latencies: number[] = [];
    let sawPending = false;
    while (!done) {
      const t0 = performance.now();
      const r = await request(app).get('/api/documents').expect(200);
      await request(app).get('/api/search?q=stalin').expect(200);
      latencies.push(performance.now() - t0);
      if (r.body.pending.some((p: { title: string; state: string }) => p.title === 'A long chronicle' && p.state === 'extracting')) sawPending = true;
      await new Promise((f) => setTimeout(f, 20));
    }
    expect((await added).status).toBe(201);
    expect(sawPending).toBe(true);
    expect(latencies.length).toBeGreaterThan(5); // the article took a while, and reads went on meanwhile
    // generous: in this thread the article would block every read for seconds
    expect(Math.max(...latencies)).toBeLessThan(1000);
    expect((await request(app).get('/api/documents').expect(200)).body.pending).toEqual([]);
  }, 120_000);

  it('refuses an article past its time budget with 422, stores nothing, and reads the next one', async () => {
    const pool = new ExtractionPool(1, { timeoutMs: 300 });
    pools.push(pool);
    const { app, dir } = await fresh(pool);
    const before = readdirSync(path.join(dir, 'articles')).sort();
    const r = await request(app).post('/api/documents').set('content-type', 'text/markdown').send(longArticle(3000)).expect(422);
    expect(r.body.error.code).toBe('article_too_costly');
    expect(r.body.error.message).toMatch(/longer than/);
    expect(readdirSync(path.join(dir, 'articles')).sort()).toEqual(before);
    await request(app).get('/api/nodes/nikita-khrushchev').expect(200);
    // the worker that was ended has been replaced
    const next = await pool.extract({ id: 'next', source: 'Anna Berg lives in Oslo.', format: 'txt' }, { timeoutMs: 60_000 });
    expect(next.entities.map((e) => e.label)).toContain('Anna Berg');
  }, 120_000);
});
