import { beforeEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { snapshot } from '../files';
import { createApp } from '../../server/api/app';
import { CorpusStore } from '../../server/store/corpus-store';

const SECOND = `# Putin and the museum\n\nPutin praised Vladimir Medinsky in Moscow. The Gulag History Museum was closed by the Moscow government.\n\nZorvan Kettle, a historian, criticised Medinsky.`;

async function fresh(options: { apiToken?: string } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-docs-'));
  cpSync(path.resolve(import.meta.dirname, '../../graph-data/articles'), path.join(dir, 'articles'), { recursive: true });
  const store = await CorpusStore.open(dir, { analysisDelayMs: 10 });
  const app = createApp({ corpus: () => store.corpus, store, log: () => {}, apiToken: options.apiToken });
  return { dir, store, app };
}

/** Every file under a folder with its hash: "byte for byte what it was". */

let ctx: Awaited<ReturnType<typeof fresh>>;
beforeEach(async () => { ctx = await fresh(); });

describe('adding articles', () => {
  it('takes JSON, extracts, merges across documents and answers 201 with what changed', async () => {
    const r = await request(ctx.app).post('/api/documents').send({ text: SECOND, author: 'A. Writer', url: 'https://example.org/a' }).expect(201);
    expect(r.body).toMatchObject({ id: 'putin-and-the-museum', duplicate: false, title: 'Putin and the museum' });
    expect(r.body.entitiesAdded.map((e: { label: string }) => e.label)).toContain('Zorvan Kettle');
    const updated = r.body.entitiesUpdated.map((e: { id: string }) => e.id);
    expect(updated).toEqual(expect.arrayContaining(['vladimir-putin', 'vladimir-medinsky', 'gulag-history-museum']));
    expect(r.body.relationsAdded).toBeGreaterThan(0);
    // "Putin" here and "Vladimir Putin" in the seed article are one node, which says where each mention came from
    const putin = await request(ctx.app).get('/api/nodes/vladimir-putin').expect(200);
    expect(putin.body.documents.sort()).toEqual(['putin-and-the-museum', 'secret-speech']);
    const search = await request(ctx.app).get('/api/search?q=kettle').expect(200);
    expect(search.body.results[0].label).toBe('Zorvan Kettle');
    const docs = await request(ctx.app).get('/api/documents').expect(200);
    expect(docs.body.documents.find((d: { id: string }) => d.id === 'putin-and-the-museum')).toMatchObject({ author: 'A. Writer', url: 'https://example.org/a' });
    const graph = await request(ctx.app).get('/api/graph').expect(200);
    expect(graph.body.nodes.some((n: { key: string }) => n.key === 'zorvan-kettle')).toBe(true);
  });

  it('takes text/markdown and text/html bodies; scripts and tags of HTML are stripped', async () => {
    await request(ctx.app).post('/api/documents').set('content-type', 'text/markdown').send(SECOND).expect(201);
    const html = '<html><head><title>Borvik report</title><script>alert(1)</script></head><body><p>Lena Borvik visited Helsinki in <b>June</b>.</p></body></html>';
    const r = await request(ctx.app).post('/api/documents').set('content-type', 'text/html').send(html).expect(201);
    const doc = await request(ctx.app).get(`/api/documents/${r.body.id}`).expect(200);
    expect(doc.body.text).not.toContain('alert');
    expect(doc.body.text).not.toContain('<b>');
    expect(doc.body.title).toBe('Borvik report');
  });

  it('recognises the same article posted twice', async () => {
    const first = await request(ctx.app).post('/api/documents').send({ text: SECOND }).expect(201);
    const again = await request(ctx.app).post('/api/documents').set('content-type', 'text/plain').send(`${SECOND}\n`).expect(200);
    expect(again.body).toMatchObject({ id: first.body.id, duplicate: true });
    expect((await request(ctx.app).get('/api/documents')).body.documents).toHaveLength(2);
  });

  it('stores markup in a title and text as text', async () => {
    const text = 'Anna Lind met <img src=x onerror=alert(1)> Olof Palme in Stockholm.';
    const r = await request(ctx.app).post('/api/documents').send({ title: '<script>alert(1)</script> News', text, format: 'txt' }).expect(201);
    const doc = await request(ctx.app).get(`/api/documents/${r.body.id}`).expect(200);
    expect(doc.body.title).toBe('<script>alert(1)</script> News');
    expect(doc.body.text).toContain('<img src=x onerror=alert(1)>');
    expect(readFileSync(path.join(ctx.dir, 'articles', `${r.body.id}.txt`), 'utf8')).toBe(text); // the article as given
  });
});

describe('removing articles', () => {
  it('drops what only the article supported; the rest loses its mentions and evidence', async () => {
    const added = await request(ctx.app).post('/api/documents').send({ text: SECOND }).expect(201);
    const r = await request(ctx.app).delete(`/api/documents/${added.body.id}`).expect(200);
    expect(r.body.entitiesRemoved).toBeGreaterThan(0);
    await request(ctx.app).get('/api/nodes/zorvan-kettle').expect(404);
    const putin = await request(ctx.app).get('/api/nodes/vladimir-putin').expect(200);
    expect(putin.body.documents).toEqual(['secret-speech']);
    const all = putin.body.relations.flatMap((g: { relations: { evidence: { document: string }[] }[] }) => g.relations.flatMap((x) => x.evidence));
    expect(all.every((e: { document: string }) => e.document === 'secret-speech')).toBe(true);
    expect(readdirSync(path.join(ctx.dir, 'articles'))).toEqual(['secret-speech.md']);
    await request(ctx.app).delete(`/api/documents/${added.body.id}`).expect(404);
  });
});

describe('bad input: a clear error and nothing lost', () => {
  it('400 for empty or blank text, 413 over 2 MB, 415 for binary or an unknown type, 400 for invalid UTF-8; the corpus on disk unchanged', async () => {
    await ctx.store.flush();
    await new Promise((r) => setTimeout(r, 50));
    const before = snapshot(ctx.dir);
    const cases: [request.Test, number, string][] = [
      [request(ctx.app).post('/api/documents').send({ text: '' }), 400, 'empty'],
      [request(ctx.app).post('/api/documents').set('content-type', 'text/plain').send('   \n\t  '), 400, 'white space'],
      [request(ctx.app).post('/api/documents').set('content-type', 'text/plain').send('a'.repeat(2 * 1024 * 1024 + 10)), 413, ''],
      [request(ctx.app).post('/api/documents').set('content-type', 'text/plain').send(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])), 415, 'binary'],
      [request(ctx.app).post('/api/documents').set('content-type', 'text/plain').send(Buffer.from([0x41, 0xff, 0xfe, 0x42])), 400, 'UTF-8'],
      [request(ctx.app).post('/api/documents').set('content-type', 'image/png').send(Buffer.from([1, 2, 3])), 415, 'application/json'],
      [request(ctx.app).post('/api/documents').send({ title: 'no text' }), 400, 'text'],
      [request(ctx.app).delete('/api/documents/nope'), 404, 'nope'],
    ];
    for (const [req, status, words] of cases) {
      const r = await req;
      expect(r.status, JSON.stringify(r.body)).toBe(status);
      expect(r.body.error.message).toContain(words);
    }
    expect(snapshot(ctx.dir)).toEqual(before);
    await request(ctx.app).get('/api/nodes/josef-stalin').expect(200);
  });

  it('asks for the token when API_TOKEN is set, and reading stays open', async () => {
    const locked = await fresh({ apiToken: 's3cret' });
    await request(locked.app).post('/api/documents').send({ text: SECOND }).expect(401);
    await request(locked.app).post('/api/documents').set('authorization', 'Bearer wrong').send({ text: SECOND }).expect(401);
    await request(locked.app).delete('/api/documents/secret-speech').expect(401);
    await request(locked.app).post('/api/documents').set('authorization', 'Bearer s3cret').send({ text: SECOND }).expect(201);
    await request(locked.app).get('/api/documents').expect(200);
  });
});

describe('concurrent additions', () => {
  it('lands all of twenty uploads at once, and finds them after a restart', async () => {
    const texts = Array.from({ length: 20 }, (_, i) => `# Report ${i + 1}\n\nInspector Halvard Nummi${i} visited Tampere and met Governor Saila Ranta${i} there.`);
    const answers = await Promise.all(texts.map((text) => request(ctx.app).post('/api/documents').send({ text })));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(20);
    await ctx.store.flush();
    const reopened = await CorpusStore.open(ctx.dir);
    expect(reopened.corpus.documents.size).toBe(21);
    for (const a of answers) expect(reopened.corpus.documents.has(a.body.id)).toBe(true);
    expect(reopened.corpus.graph.hasNode('tampere')).toBe(true);
  });

  it('adds an article after a rebuild in the same process, even where the rebuild dropped entities the article names', async () => {
    const { store, dir } = await fresh();
    await store.add({ text: 'Zorvan Kettle met Miro Dastan in Karvensk Town.', format: 'txt' });
    for (const f of readdirSync(path.join(dir, 'articles'))) if (f.startsWith('zorvan')) rmSync(path.join(dir, 'articles', f));
    await store.rebuild();
    expect(store.corpus.graph.hasNode('miro-dastan')).toBe(false);
    const r = await store.add({ text: 'Miro Dastan praised Zorvan Kettle in Karvensk Town.', format: 'txt' });
    expect(r.entitiesAdded.map((e) => e.id).sort()).toEqual(['karvensk-town', 'miro-dastan', 'zorvan-kettle']);
    await store.flush();
  });
});
