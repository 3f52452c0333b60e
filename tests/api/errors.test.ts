import { beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { seedApp } from './setup';
import { createApp } from '../../server/api/app';

let ctx: Awaited<ReturnType<typeof seedApp>>;
beforeAll(async () => { ctx = await seedApp({ bodyLimit: '1kb' }); });

const expectError = (body: { error: { code: string; message: string; issues: unknown[] } }, code: string) => {
  expect(body.error.code).toBe(code);
  expect(body.error.message).toEqual(expect.any(String));
  expect(Array.isArray(body.error.issues)).toBe(true);
};

describe('bad input gets a clear answer and the service keeps running', () => {
  it('400 naming the field for a missing or malformed parameter', async () => {
    let r = await request(ctx.app).get('/api/search').expect(400);
    expectError(r.body, 'invalid_request');
    expect(r.body.error.issues[0].field).toBe('q');
    r = await request(ctx.app).get('/api/nodes/josef-stalin/neighbors?depth=7&direction=sideways').expect(400);
    expect(r.body.error.issues.map((i: { field: string }) => i.field).sort()).toEqual(['depth', 'direction']);
    r = await request(ctx.app).get('/api/nodes/josef-stalin/neighbors?types=person,planet').expect(400);
    expect(r.body.error.message).toContain('types');
    r = await request(ctx.app).get('/api/search?q=x&limit=abc').expect(400);
    expect(r.body.error.issues[0].field).toBe('limit');
    r = await request(ctx.app).get('/api/path?from=josef-stalin').expect(400);
    expect(r.body.error.issues[0].field).toBe('to');
  });

  it('404 saying which entity or document is unknown, for odd ids too', async () => {
    for (const id of ['../../etc/passwd', 'nobody', 'Ünïcødé-名前-🙂', '%00', ' ']) {
      const r = await request(ctx.app).get(`/api/nodes/${encodeURIComponent(id)}`).expect(404);
      expectError(r.body, 'not_found');
      expect(r.body.error.message).toContain(JSON.stringify(id).slice(1, 10));
    }
    const doc = await request(ctx.app).get('/api/documents/..%2F..%2Fpackage.json').expect(404);
    expectError(doc.body, 'not_found');
    const p = await request(ctx.app).get('/api/path?from=josef-stalin&to=nobody').expect(404);
    expect(p.body.error.message).toBe('No entity "nobody" (the "to" parameter)');
    // no path: the entities named by their labels, as a reader knows them
    const graph = ctx.corpus.graph;
    const [a, b] = graph.nodes().filter((n) => graph.degree(n) === 0).concat(graph.nodes().filter((n) => graph.degree(n) > 0)).slice(0, 2);
    const none = await request(ctx.app).get(`/api/path?from=${a}&to=${b}`).expect(404);
    expect(none.body.error.message).toBe(`No path connects ${graph.getNodeAttribute(a!, 'label')} and ${graph.getNodeAttribute(b!, 'label')}`);
  });

  it('400 for a very long id or query', async () => {
    const long = 'x'.repeat(5000);
    expectError((await request(ctx.app).get(`/api/nodes/${long}`).expect(400)).body, 'invalid_request');
    expectError((await request(ctx.app).get(`/api/search?q=${long}`).expect(400)).body, 'invalid_request');
  });

  it('404 JSON, never an HTML page, for an unknown route under /api', async () => {
    const r = await request(ctx.app).get('/api/no/such/thing?x=1').expect(404).expect('content-type', /json/);
    expectError(r.body, 'not_found');
    expect(r.body.error.message).toBe('No such endpoint: GET "/api/no/such/thing"');
    await request(ctx.app).post('/api/search').expect(404).expect('content-type', /json/);
  });

  it('413 for a body over the limit and 400 for malformed JSON', async () => {
    const big = await request(ctx.app).post('/api/search').set('content-type', 'application/json').send(JSON.stringify({ x: 'y'.repeat(5000) })).expect(413);
    expectError(big.body, 'payload_too_large');
    const bad = await request(ctx.app).post('/api/search').set('content-type', 'application/json').send('{"x": ').expect(400);
    expectError(bad.body, 'invalid_json');
  });

  it('500 with a generic message, the stack only in the log', async () => {
    const logs: string[] = [];
    const app = createApp({ corpus: () => { throw new Error('secret internal detail'); }, log: (l) => logs.push(l) });
    const r = await request(app).get('/api/stats').expect(500);
    expectError(r.body, 'internal_error');
    expect(JSON.stringify(r.body)).not.toContain('secret internal detail');
    expect(logs.some((l) => l.includes('secret internal detail'))).toBe(true);
  });

  it('still answers after all of that', async () => {
    await request(ctx.app).get('/healthz').expect(200);
    await request(ctx.app).get('/api/nodes/josef-stalin').expect(200);
  });
});
