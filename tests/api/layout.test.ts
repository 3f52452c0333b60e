import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../server/api/app';
import { CorpusStore } from '../../server/store/corpus-store';
import { ImportedGraphs } from '../../server/store/graphs';
import { readXmlGraph } from '../../server/graph/formats/read-xml-graph';

async function service(apiToken?: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-layout-api-'));
  cpSync(path.resolve(import.meta.dirname, '../../graph-data/articles'), path.join(dir, 'articles'), { recursive: true });
  const store = await CorpusStore.open(dir, { analysisDelayMs: 60_000 });
  const graphs = await new ImportedGraphs(path.join(dir, 'graphs')).load();
  const app = createApp({ corpus: () => store.corpus, store, graphs, apiToken, log: () => {} });
  return { dir, store, graphs, app };
}

describe('PUT /api/layout', () => {
  it('keeps the positions made in a page: the graph, graph.json and the exports use them', async () => {
    const { dir, store, app } = await service();
    const before = (await request(app).get('/api/graph').expect(200)).headers.etag;
    const r = await request(app).put('/api/layout').send({ positions: [{ key: 'josef-stalin', x: 123.5, y: -45.25 }, { key: 'no-such-entity', x: 0, y: 0 }] }).expect(200);
    expect(r.body).toEqual({ updated: 1, unknown: 1 });
    expect(store.corpus.graph.getNodeAttributes('josef-stalin')).toMatchObject({ x: 123.5, y: -45.25 });
    // answers carry a new version, graph.json and the GEXF the position
    expect((await request(app).get('/api/graph').expect(200)).headers.etag).not.toBe(before);
    const saved = JSON.parse(readFileSync(path.join(dir, 'graph.json'), 'utf8')) as { nodes: { key: string; attributes: { x: number; y: number } }[] };
    expect(saved.nodes.find((n) => n.key === 'josef-stalin')!.attributes).toMatchObject({ x: 123.5, y: -45.25 });
    const gexf = await request(app).get('/api/export?format=gexf').expect(200);
    const positions = new Map<string, unknown>();
    readXmlGraph(gexf.text, { node: (id, a) => positions.set(id, [a.x, a.y]), edge: () => {} });
    expect(positions.get('josef-stalin')).toEqual([123.5, -45.25]);
  });

  it('saves into an imported graph and its file; refuses bad bodies, unknown graphs and a missing token', async () => {
    const { dir, app, graphs } = await service('secret');
    const auth = { authorization: 'Bearer secret' };
    const gexf = '<gexf><graph><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>';
    const { body: { id } } = await request(app).post('/api/graphs?name=tiny').set(auth).set('content-type', 'application/xml').send(gexf).expect(201);
    await request(app).put('/api/layout').send({ graph: id, positions: [{ key: 'a', x: 1, y: 2 }] }).expect(401);
    await request(app).put('/api/layout').set(auth).send({ graph: id, positions: [{ key: 'a', x: 1, y: 2 }] }).expect(200, { updated: 1, unknown: 0 });
    expect(graphs.get(id)!.graph.getNodeAttributes('a')).toMatchObject({ x: 1, y: 2 });
    const again = await new ImportedGraphs(path.join(dir, 'graphs')).load();
    expect(again.get(id)!.graph.getNodeAttributes('a')).toMatchObject({ x: 1, y: 2 });
    await request(app).put('/api/layout').set(auth).send({ graph: 'nope', positions: [{ key: 'a', x: 1, y: 2 }] }).expect(404);
    const bad = await request(app).put('/api/layout').set(auth).send({ positions: [{ key: 'a', x: 'left', y: 2 }] }).expect(400);
    expect(bad.body.error.issues[0].field).toContain('positions');
    await request(app).put('/api/layout').set(auth).send({ positions: [] }).expect(400);
  });
});
