import { beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { seedApp } from './setup';
import { createApp } from '../../server/api/app';
import { readXmlGraph } from '../../server/graph/formats/read-xml-graph';
import { hasXmllint, xmllintRelaxNg } from '../formats/tools';

let ctx: Awaited<ReturnType<typeof seedApp>>;
beforeAll(async () => { ctx = await seedApp({ importLimit: '20kb' }); });

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

const GEPHI_GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta lastmodifieddate="2024-01-01"><creator>Gephi 0.10</creator></meta>
  <graph defaultedgetype="undirected" mode="static">
    <attributes class="node" mode="static"><attribute id="modularity_class" title="Modularity Class" type="integer"/></attributes>
    <nodes>
      <node id="0" label="Ada Lovelace"><attvalues><attvalue for="modularity_class" value="1"/></attvalues><viz:size value="12.0"/><viz:position x="10.5" y="-3.25" z="0.0"/><viz:color r="200" g="10" b="20"/></node>
      <node id="1" label="Charles Babbage"><viz:size value="8.0"/><viz:position x="-4.0" y="7.0" z="0.0"/><viz:color r="10" g="200" b="20"/></node>
      <node id="2" label="Analytical Engine"><viz:size value="5.0"/><viz:position x="1.0" y="1.0" z="0.0"/><viz:color r="10" g="10" b="200"/></node>
    </nodes>
    <edges>
      <edge id="0" source="0" target="1" weight="2.0"/>
      <edge id="1" source="1" target="2" label="designed"/>
    </edges>
  </graph>
</gexf>`;

describe('GET /api/export', () => {
  it.runIf(hasXmllint)('downloads GEXF 1.3 of the whole graph with a file name, valid against the schema', async () => {
    const r = await request(ctx.app).get('/api/export?format=gexf').expect(200);
    expect(r.headers['content-type']).toMatch(/^application\/gexf\+xml/);
    expect(r.headers['content-disposition']).toBe('attachment; filename="ariadne-graph.gexf"');
    const text = r.text;
    expect((text.match(/<node /g) ?? []).length).toBe(ctx.corpus.graph.order);
    const file = path.join(ctx.dir, 'api.gexf');
    writeFileSync(file, text);
    expect(xmllintRelaxNg(path.resolve(import.meta.dirname, '../fixtures/gexf-1.3/gexf.rng'), file).ok).toBe(true);
  });

  it("exports an entity's ego network and a filtered graph", async () => {
    const ego = await request(ctx.app).get('/api/export?format=json&node=nikita-khrushchev&depth=1').expect(200);
    expect(ego.headers['content-disposition']).toContain('ariadne-graph-nikita-khrushchev-depth-1.json');
    const keys = ego.body.nodes.map((n: { key: string }) => n.key);
    expect(keys).toContain('josef-stalin');
    expect(keys.length).toBe(ctx.corpus.graph.neighbors('nikita-khrushchev').length + 1);
    expect(ego.body.edges[0].attributes.evidence.length).toBeGreaterThan(0);
    const people = await request(ctx.app).get('/api/export?format=json&types=person').expect(200);
    expect(people.body.nodes.every((n: { attributes: { type: string } }) => n.attributes.type === 'person')).toBe(true);
  });

  it('exports GraphML, GEXF 1.2draft and a Neo4j CSV zip', async () => {
    await request(ctx.app).get('/api/export?format=graphml').expect(200).expect('content-disposition', /\.graphml"$/);
    const g12 = await request(ctx.app).get('/api/export?format=gexf-1.2').expect(200);
    expect(g12.text).toContain('xmlns="http://www.gexf.net/1.2draft"');
    const csv = await request(ctx.app).get('/api/export?format=csv').buffer(true).parse(binary).expect(200).expect('content-type', 'application/zip');
    const files = unzipSync(new Uint8Array(csv.body as Buffer));
    expect(Object.keys(files).sort()).toEqual(['nodes.csv', 'relationships.csv']);
    expect(strFromU8(files['relationships.csv']!)).toMatch(/^:START_ID,:END_ID,:TYPE/);
  });

  it.runIf(hasXmllint)('exports the view on screen: exactly the nodes and edges given, at the positions, sizes and colours given', async () => {
    const graph = ctx.corpus.graph;
    const [a, b] = ['nikita-khrushchev', 'josef-stalin'];
    const edge = graph.edge(a, b) ?? graph.edge(b, a)!;
    const other = graph.edges().find((e) => e !== edge && graph.extremities(e).every((n) => n === a || n === b || n === 'moscow'));
    const view = {
      format: 'gexf', name: 'nikita-khrushchev-depth-1',
      nodes: [{ key: a, x: 10.5, y: -4, size: 13, color: '#123456' }, { key: b, x: -3, y: 8.25, size: 6, color: '#abcdef' }, { key: 'moscow', x: 0, y: 0 }, { key: 'no-such-entity', x: 1, y: 1 }],
      edges: [edge],
    };
    // a read, though a POST: no token asked even where writes need one
    const guarded = createApp({ corpus: () => ctx.corpus, apiToken: 'secret', log: () => {} });
    const r = await request(guarded).post('/api/export').send(view).expect(200);
    expect(r.headers['content-disposition']).toBe('attachment; filename="ariadne-nikita-khrushchev-depth-1-view.gexf"');
    const file = path.join(ctx.dir, 'view.gexf');
    writeFileSync(file, r.text);
    expect(xmllintRelaxNg(path.resolve(import.meta.dirname, '../fixtures/gexf-1.3/gexf.rng'), file).ok).toBe(true);
    const nodes = new Map<string, Record<string, unknown>>();
    const edges: [string, string][] = [];
    readXmlGraph(r.text, { node: (id, at) => nodes.set(id, at), edge: (s, t) => edges.push([s, t]) });
    expect([...nodes.keys()].sort()).toEqual([b, 'moscow', a].sort());
    expect(nodes.get(a)).toMatchObject({ x: 10.5, y: -4, size: 13, color: 'rgb(18,52,86)' });
    expect(nodes.get(b)).toMatchObject({ x: -3, y: 8.25, size: 6 });
    expect(edges).toEqual([graph.extremities(edge)]);
    if (other) expect(edges).not.toContainEqual(graph.extremities(other));
    const graphml = await request(ctx.app).post('/api/export').send({ ...view, format: 'graphml', name: undefined }).expect(200);
    expect(graphml.headers['content-disposition']).toBe('attachment; filename="ariadne-view.graphml"');
    await request(ctx.app).post('/api/export').send({ ...view, nodes: [{ key: a }] }).expect(400);
  });

  it('400 for an unknown format, 404 for an unknown entity', async () => {
    const bad = await request(ctx.app).get('/api/export?format=pdf').expect(400);
    expect(bad.body.error.issues[0].field).toBe('format');
    await request(ctx.app).get('/api/export?node=nobody').expect(404);
  });
});

describe('POST /api/graphs', () => {
  it('imports a GEXF file that Gephi wrote, keeping positions and colours, and serves it', async () => {
    const r = await request(ctx.app).post('/api/graphs?name=Computing pioneers').set('content-type', 'application/gexf+xml').send(GEPHI_GEXF).expect(201);
    expect(r.body).toMatchObject({ id: 'computing-pioneers', nodes: 3, edges: 2, format: 'gexf', positions: 'kept' });
    const node = await request(ctx.app).get('/api/nodes/0?graph=computing-pioneers').expect(200);
    expect(node.body).toMatchObject({ label: 'Ada Lovelace', position: { x: 10.5, y: -3.25 } });
    const search = await request(ctx.app).get('/api/search?q=babb&graph=computing-pioneers').expect(200);
    expect(search.body.results[0].label).toBe('Charles Babbage');
    const whole = await request(ctx.app).get('/api/graph?graph=computing-pioneers').expect(200);
    expect(whole.body.nodes.find((n: { key: string }) => n.key === '0').attributes).toMatchObject({ x: 10.5, y: -3.25 });
    const gexf = await request(ctx.app).get('/api/export?graph=computing-pioneers&format=gexf').expect(200);
    expect(gexf.text).toContain('<viz:color r="200" g="10" b="20"/>');
    const list = await request(ctx.app).get('/api/graphs').expect(200);
    expect(list.body.graphs.map((g: { id: string }) => g.id)).toEqual(['main', 'computing-pioneers']);
  });

  it('imports GraphML, and lays out a graph that came without positions', async () => {
    const graphml = `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d0" for="node" attr.name="label" attr.type="string"/><graph edgedefault="directed"><node id="a"><data key="d0">Alpha</data></node><node id="b"><data key="d0">Beta</data></node><edge source="a" target="b"/></graph></graphml>`;
    const r = await request(ctx.app).post('/api/graphs?name=tiny').set('content-type', 'application/xml').send(graphml).expect(201);
    expect(r.body).toMatchObject({ nodes: 2, edges: 1, format: 'graphml', positions: 'computed' });
    const node = await request(ctx.app).get(`/api/nodes/a?graph=${r.body.id}`).expect(200);
    expect(node.body.position).toEqual({ x: expect.any(Number), y: expect.any(Number) });
  });

  it('refuses malformed XML, a file over the limit and edges to unknown nodes, and loses nothing', async () => {
    const before = readdirSync(path.join(ctx.dir, 'graphs')).sort();
    const malformed = await request(ctx.app).post('/api/graphs').set('content-type', 'application/xml').send('<gexf><graph><nodes><node id="1"></nodes>').expect(400);
    expect(malformed.body.error.message).toMatch(/malformed XML/);
    const dangling = GEPHI_GEXF.replace('target="2" label="designed"', 'target="99" label="designed"');
    const d = await request(ctx.app).post('/api/graphs').set('content-type', 'application/xml').send(dangling).expect(400);
    expect(d.body.error.message).toMatch(/inexisting node|not found/);
    await request(ctx.app).post('/api/graphs').set('content-type', 'application/xml').send(`<gexf>${' '.repeat(30_000)}</gexf>`).expect(413);
    const notGraph = await request(ctx.app).post('/api/graphs').set('content-type', 'application/xml').send('<html><body/></html>').expect(400);
    expect(notGraph.body.error.message).toContain('<html>');
    await request(ctx.app).post('/api/graphs').set('content-type', 'image/png').send(Buffer.from([1, 2, 3])).expect(415);
    expect(readdirSync(path.join(ctx.dir, 'graphs')).sort()).toEqual(before);
    await request(ctx.app).get('/api/nodes/0?graph=computing-pioneers').expect(200);
    await request(ctx.app).get('/api/nodes/josef-stalin').expect(200);
  });

  it('answers 404 for an unknown graph', async () => {
    const r = await request(ctx.app).get('/api/stats?graph=nope').expect(404);
    expect(r.body.error.message).toContain('nope');
  });
});
