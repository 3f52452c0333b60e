// Attacks from the issue, each a regression test: keys that are object properties, writes from
// other sites, a rebound host name, headers over plain http, formula cells, names run together.
import { beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { strFromU8, unzipSync } from 'fflate';
import { seedApp } from './setup';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ImportedGraphs } from '../../server/store/graphs';
import { createApp } from '../../server/api/app';
import { readConfig } from '../../server/config';
import { extract } from '../../server/extract/index';
import { createKnowledgeGraph } from '../../server/graph/build';
import { SearchIndex } from '../../server/graph/search';

let ctx: Awaited<ReturnType<typeof seedApp>>;
beforeAll(async () => { ctx = await seedApp(); });

const PROTO_GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes>
<node id="a" label="=HYPERLINK(&quot;http://x&quot;)"/><node id="__proto__" label="Proto"/><node id="constructor" label="Constructor"/><node id="prototype" label="Prototype"/><node id="constructor_" label="Taken"/>
</nodes><edges><edge id="1" source="a" target="__proto__"/><edge id="2" source="__proto__" target="constructor"/><edge id="3" source="constructor" target="prototype"/><edge id="4" source="a" target="constructor_"/></edges></graph></gexf>`;

describe('keys from outside are data', () => {
  it('imports a graph whose node ids are "__proto__", "constructor" and "prototype", and keeps answering everything', async () => {
    const r = await request(ctx.app).post('/api/graphs?name=proto').set('content-type', 'application/xml').send(PROTO_GEXF).expect(201);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).previous).toBeUndefined();
    const g = await request(ctx.app).get(`/api/graph?graph=${r.body.id}`).expect(200);
    const keys = g.body.nodes.map((n: { key: string }) => n.key).sort();
    expect(keys).toEqual(['__proto___', 'a', 'constructor_', 'constructor__', 'prototype']);
    expect(g.body.edges).toHaveLength(4);
    const detail = await request(ctx.app).get(`/api/nodes/__proto___?graph=${r.body.id}`).expect(200);
    expect(detail.body.label).toBe('Proto');
    await request(ctx.app).get(`/api/nodes/constructor__/neighbors?graph=${r.body.id}`).expect(200);
    // the corpus and everything else still works
    await request(ctx.app).get('/api/nodes/nikita-khrushchev').expect(200);
    await request(ctx.app).get('/api/nodes/nikita-khrushchev/neighbors').expect(200);
    await request(ctx.app).get('/api/search?q=stalin').expect(200);
    await request(ctx.app).get('/api/export?format=gexf').expect(200);
    await request(ctx.app).post('/api/graphs?name=again').set('content-type', 'application/xml').send(PROTO_GEXF).expect(201);
  });

  it('gives an entity named "Constructor" a key that is no object property', () => {
    const x = extract({ id: 'c', source: 'The band Constructor played in Oslo with Anna Berg.', format: 'txt' });
    const ids = x.entities.map((e) => e.id);
    expect(ids).toContain('constructor_');
    for (const id of ids) expect(id in Object.prototype).toBe(false);
  });

  it('neutralises spreadsheet formulas in CSV cells', async () => {
    const r = await request(ctx.app).post('/api/graphs?name=formula').set('content-type', 'application/xml').send(PROTO_GEXF).expect(201);
    const zip = await request(ctx.app).get(`/api/export?format=csv&graph=${r.body.id}`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    const nodes = strFromU8(unzipSync(new Uint8Array(zip.body as Buffer))['nodes.csv']!);
    expect(nodes).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(nodes).not.toMatch(/(^|,)"=/m);
  });
});

describe('writes come from this service\'s pages or from programs', () => {
  it('refuses a cross-site text/plain POST, as a page on another site can send without a preflight', async () => {
    const r = await request(ctx.app).post('/api/graphs').set('content-type', 'text/plain').set('origin', 'https://evil.example').send(PROTO_GEXF).expect(403);
    expect(r.body.error.code).toBe('cross_site');
    await request(ctx.app).post('/api/documents').set('content-type', 'text/plain').set('sec-fetch-site', 'cross-site').send('Anna Berg lives in Oslo.').expect(403);
    await request(ctx.app).post('/api/graphs').set('content-type', 'text/plain').set('origin', 'null').send(PROTO_GEXF).expect(403);
  });

  it('accepts its own pages and programs without an Origin', async () => {
    const own = await request(ctx.app).post('/api/graphs?name=own').set('host', 'example.test:3000').set('origin', 'http://example.test:3000').set('content-type', 'application/xml').send(PROTO_GEXF);
    expect(own.status).toBe(201);
    await request(ctx.app).post('/api/graphs?name=curl').set('content-type', 'application/xml').send(PROTO_GEXF).expect(201);
  });

  it('answers only to its host names when told them (a page that rebinds its name to this address is refused)', async () => {
    const app = createApp({ corpus: () => ctx.corpus, allowedHosts: readConfig({ HOST: '127.0.0.1' }, '/tmp').allowedHosts, log: () => {} });
    await request(app).get('/api/graph').set('host', 'localhost:3000').expect(200);
    await request(app).get('/api/graph').set('host', '127.0.0.1:3000').expect(200);
    const r = await request(app).get('/api/graph').set('host', 'attacker.example').expect(421);
    expect(r.body.error.code).toBe('unknown_host');
    // on 0.0.0.0 (a LAN) any name, unless ALLOWED_HOSTS says which
    expect(readConfig({ HOST: '0.0.0.0' }, '/tmp').allowedHosts).toBeUndefined();
    expect(readConfig({ HOST: '0.0.0.0', ALLOWED_HOSTS: 'kg.lan, 192.168.1.5' }, '/tmp').allowedHosts).toEqual(['kg.lan', '192.168.1.5']);
  });
});

describe('quotas', () => {
  it('refuses imports past the count or the bytes the service keeps with 507, and keeps what it has', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-quota-'));
    const graphs = await new ImportedGraphs(path.join(dir, 'graphs'), { graphs: 2, bytes: 1024 ** 2 }).load();
    const app = createApp({ corpus: () => ctx.corpus, graphs, log: () => {} });
    const post = () => request(app).post('/api/graphs').set('content-type', 'application/xml').send(PROTO_GEXF);
    await post().expect(201);
    await post().expect(201);
    const r = await post().expect(507);
    expect(r.body.error.code).toBe('quota_exceeded');
    expect(graphs.list()).toHaveLength(2);
    const small = await new ImportedGraphs(path.join(dir, 'small'), { graphs: 10, bytes: 500 }).load();
    const r2 = await request(createApp({ corpus: () => ctx.corpus, graphs: small, log: () => {} })).post('/api/graphs').set('content-type', 'application/xml').send(PROTO_GEXF).expect(507);
    expect(r2.body.error.message).toMatch(/MB/);
    expect(readdirSync(dir)).not.toContain('small');
  });

  it('keys the edges of an import so that no two pairs share one', async () => {
    const gexf = `<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes>
<node id="a->b" label="AB"/><node id="c" label="C"/><node id="a" label="A"/><node id="b->c" label="BC"/></nodes>
<edges><edge id="1" source="a->b" target="c"/><edge id="2" source="a" target="b->c"/></edges></graph></gexf>`;
    const r = await request(ctx.app).post('/api/graphs?name=arrows').set('content-type', 'application/xml').send(gexf).expect(201);
    const g = await request(ctx.app).get(`/api/graph?graph=${r.body.id}`).expect(200);
    expect(g.body.edges).toHaveLength(2);
    expect(new Set(g.body.edges.map((e: { key: string }) => e.key)).size).toBe(2);
  });
});

describe('the token', () => {
  it('is checked before a body is read: a write without it is refused even with a body past the JSON limit', async () => {
    const app = createApp({ corpus: () => ctx.corpus, apiToken: 'secret', log: () => {}, bodyLimit: '1kb' });
    const r = await request(app).post('/api/documents').set('content-type', 'application/json').send(JSON.stringify({ text: 'x'.repeat(5000) })).expect(401);
    expect(r.body.error.code).toBe('unauthorized');
  });
});

describe('headers that fit how it is served', () => {
  it('sends no HSTS and no upgrade-insecure-requests over plain http, and both over https through a trusted proxy', async () => {
    const plain = await request(ctx.app).get('/api/graph').expect(200);
    expect(plain.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const app = createApp({ corpus: () => ctx.corpus, trustProxy: 'loopback', log: () => {} });
    const secure = await request(app).get('/api/graph').set('x-forwarded-proto', 'https').expect(200);
    expect(secure.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    expect(secure.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    // without trusting a proxy, the header is anyone's to send
    const untrusted = await request(ctx.app).get('/api/graph').set('x-forwarded-proto', 'https').expect(200);
    expect(untrusted.headers['strict-transport-security']).toBeUndefined();
  });

  it('answers every unknown path with a JSON 404', async () => {
    const r = await request(ctx.app).get('/no/such/page').expect(404);
    expect(r.body.error.code).toBe('not_found');
  });

  it('says in one line what is wrong with the configuration', () => {
    expect(() => readConfig({ PORT: 'eighty' }, '/tmp')).toThrow(/^configuration: PORT="eighty" /);
    expect(() => readConfig({ CORS_ORIGIN: 'not a url' }, '/tmp')).toThrow(/CORS_ORIGIN/);
    expect(readConfig({}, '/srv').dataDir).toBe('/srv/graph-data');
  });
});

describe('names run together', () => {
  it('makes no entity of 400 capitalised words strung together', () => {
    const names = Array.from({ length: 400 }, (_, i) => `Name${String.fromCharCode(65 + (i % 26))}x${i}`).join(' ');
    const x = extract({ id: 'strung', source: `Yesterday ${names} met Anna Berg in Oslo.`, format: 'txt' });
    for (const e of x.entities) expect(e.label.length).toBeLessThanOrEqual(200);
  });

  it('indexes a label of 20,000 words (an imported graph may hold one) with a bounded number of keys', () => {
    const graph = createKnowledgeGraph();
    graph.addNode('long', { label: Array.from({ length: 20000 }, (_, i) => `word${i}`).join(' '), type: 'other', aliases: [], mentions: [], documents: [] } as never);
    const index = new SearchIndex(graph);
    expect(index.size).toBeLessThanOrEqual(14);
    expect(index.search('word0 word1', { limit: 5 }).map((h) => h.id)).toEqual(['long']);
    expect(index.search('word3 word4', { limit: 5 }).map((h) => h.id)).toEqual(['long']);
  });
});
