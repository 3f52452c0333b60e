import { beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { seedApp } from './setup';

let ctx: Awaited<ReturnType<typeof seedApp>>;
beforeAll(async () => { ctx = await seedApp(); });

describe('the graph service on the seed article', () => {
  it('answers /healthz', async () => {
    const r = await request(ctx.app).get('/healthz').expect(200);
    expect(r.body).toEqual({ status: 'ok' });
  });

  it('serves the whole graph with layout and metrics on every node', async () => {
    const r = await request(ctx.app).get('/api/graph').expect(200).expect('content-type', /json/);
    expect(r.body.nodes.length).toBeGreaterThan(30);
    for (const n of r.body.nodes) {
      expect(n.attributes).toMatchObject({ x: expect.any(Number), y: expect.any(Number), degree: expect.any(Number), pagerank: expect.any(Number), betweenness: expect.any(Number), community: expect.any(Number) });
    }
    expect(r.body.edges[0].attributes.evidence[0].text).toEqual(expect.any(String));
  });

  it('lays the graph out the same way on every start', async () => {
    const again = await seedApp();
    const pos = (c: typeof ctx) => c.corpus.graph.mapNodes((n, a) => `${n}:${(a as unknown as { x: number }).x.toFixed(6)}`).sort();
    expect(pos(again)).toEqual(pos(ctx));
  });

  it('finds entities by prefix, by a word, without diacritics and through aliases', async () => {
    const first = async (q: string) => (await request(ctx.app).get('/api/search').query({ q }).expect(200)).body.results[0];
    expect(await first('khrush')).toMatchObject({ id: 'nikita-khrushchev', label: 'Nikita Khrushchev', type: 'person', score: expect.any(Number) });
    expect((await first('USSR')).label).toBe('Soviet Union');
    expect((await first('medinsky')).label).toBe('Vladimir Medinsky');
    expect((await first('KHRUSHCHËV'.replace('Ë', 'E'))).label).toBe('Nikita Khrushchev');
    const typed = await request(ctx.app).get('/api/search').query({ q: 'moscow', type: 'organization' }).expect(200);
    expect(typed.body.results.every((h: { type: string }) => h.type === 'organization')).toBe(true);
  });

  it("lists Khrushchev's relations by predicate, Stalin among them with the sentence", async () => {
    const r = await request(ctx.app).get('/api/nodes/nikita-khrushchev').expect(200);
    expect(r.body).toMatchObject({ label: 'Nikita Khrushchev', type: 'person', aliases: ['Khrushchev'], documents: ['secret-speech'] });
    expect(r.body.metrics).toMatchObject({ degree: expect.any(Number), pagerank: expect.any(Number) });
    const all = r.body.relations.flatMap((g: { relations: unknown[] }) => g.relations);
    const stalin = all.find((x: { other: { id: string } }) => x.other.id === 'josef-stalin');
    expect(stalin.direction).toBe('out');
    expect(stalin.evidence.map((e: { text: string }) => e.text).join(' ')).toContain('Khrushchev attacked his predecessor Josef Stalin');
  });

  it("gives Khrushchev's ego network with Stalin in it, and depth widens it", async () => {
    const one = await request(ctx.app).get('/api/nodes/nikita-khrushchev/neighbors').expect(200);
    const keys = one.body.graph.nodes.map((n: { key: string }) => n.key);
    expect(keys).toContain('josef-stalin');
    expect(one.body.graph.edges.length).toBeGreaterThan(0);
    const two = await request(ctx.app).get('/api/nodes/nikita-khrushchev/neighbors?depth=2').expect(200);
    expect(two.body.graph.nodes.length).toBeGreaterThan(keys.length);
    const people = await request(ctx.app).get('/api/nodes/nikita-khrushchev/neighbors?depth=2&types=person').expect(200);
    expect(people.body.graph.nodes.every((n: { key: string; attributes: { type: string } }) => n.key === 'nikita-khrushchev' || n.attributes.type === 'person')).toBe(true);
    const incoming = await request(ctx.app).get('/api/nodes/nikita-khrushchev/neighbors?direction=in').expect(200);
    const g = ctx.corpus.graph;
    for (const n of incoming.body.graph.nodes.map((x: { key: string }) => x.key)) {
      if (n !== 'nikita-khrushchev') expect(g.hasDirectedEdge(n, 'nikita-khrushchev'), n).toBe(true);
    }
    expect(incoming.body.graph.nodes.length).toBeLessThan(one.body.graph.nodes.length);
  });

  it('finds the path from Medinsky to Khrushchev with evidence on every hop', async () => {
    const r = await request(ctx.app).get('/api/path?from=vladimir-medinsky&to=nikita-khrushchev').expect(200);
    expect(r.body.nodes[0].id).toBe('vladimir-medinsky');
    expect(r.body.nodes.at(-1).id).toBe('nikita-khrushchev');
    expect(r.body.hops.length).toBe(r.body.nodes.length - 1);
    for (const hop of r.body.hops) expect(hop.evidence.length).toBeGreaterThan(0);
  });

  it('answers 404 with a clear message where no path exists', async () => {
    // Polly Jones, the author, is named only in the byline: she relates to no one
    const r = await request(ctx.app).get('/api/path?from=polly-jones&to=nikita-khrushchev').expect(404);
    expect(r.body.error.code).toBe('no_path');
    expect(r.body.error.message).toBe('No path connects Polly Jones and Nikita Khrushchev');
  });

  it('gives statistics', async () => {
    const r = await request(ctx.app).get('/api/stats').expect(200);
    expect(r.body.nodes).toBe(ctx.corpus.graph.order);
    expect(r.body.edges).toBe(ctx.corpus.graph.size);
    expect(r.body.byType.person).toBeGreaterThan(5);
    expect(Object.keys(r.body.byPredicate).length).toBeGreaterThan(5);
    expect(r.body.topByPagerank[0]).toMatchObject({ id: expect.any(String), pagerank: expect.any(Number) });
    expect(r.body.communities).toBeGreaterThan(0);
  });

  it('lists the documents and gives one with its mention spans', async () => {
    const list = await request(ctx.app).get('/api/documents').expect(200);
    expect(list.body.documents).toEqual([expect.objectContaining({ id: 'secret-speech', author: 'Polly Jones', date: '2026-02-25' })]);
    const doc = await request(ctx.app).get('/api/documents/secret-speech').expect(200);
    expect(doc.body.text).toContain('Secret Speech');
    const m = doc.body.mentions.find((x: { entity: string }) => x.entity === 'vladimir-medinsky');
    expect(doc.body.text.slice(m.start, m.end)).toBe('Vladimir Medinsky');
  });

  it('describes itself in OpenAPI 3.1 with the validated parameters', async () => {
    const r = await request(ctx.app).get('/api/openapi.json').expect(200);
    expect(r.body.openapi).toBe('3.1.0');
    const params = r.body.paths['/api/nodes/{id}/neighbors'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['id', 'depth', 'direction', 'types', 'limit']));
    const depth = r.body.paths['/api/nodes/{id}/neighbors'].get.parameters.find((p: { name: string }) => p.name === 'depth');
    expect(depth.schema).toMatchObject({ minimum: 1, maximum: 3 });
  });

  it('sends security headers and no CORS header by default, and logs one line per request', async () => {
    const before = ctx.logs.length;
    const r = await request(ctx.app).get('/api/stats').expect(200);
    expect(r.headers['content-security-policy']).toContain("default-src 'self'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
    expect(ctx.logs.length).toBe(before + 1);
    expect(ctx.logs.at(-1)).toMatch(/^GET \/api\/stats 200/);
  });
});
