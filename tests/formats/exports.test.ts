import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { extract } from '../../server/extract/index';
import { buildGraph, createKnowledgeGraph, type KnowledgeGraph } from '../../server/graph/build';
import { analyzeGraph } from '../../server/graph/analyze';
import { EXPORTS, type ExportFormat } from '../../server/graph/formats/index';
import { importGraph } from '../../server/graph/formats/import';
import { neo4jCsv, relationshipType } from '../../server/graph/formats/csv';
import { TYPE_COLORS } from '../../server/graph/palette';
import { hasNetworkx, hasXmllint, python, xmllintRelaxNg } from './tools';

const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-formats-'));
const schema13 = path.resolve(import.meta.dirname, '../fixtures/gexf-1.3/gexf.rng');
const schema12 = path.resolve(import.meta.dirname, '../fixtures/gexf-1.2draft/gexf.rng');

const source = readFileSync(new URL('../../graph-data/articles/secret-speech.md', import.meta.url), 'utf8');
const seed = buildGraph([extract({ id: 'secret-speech', source, format: 'md' })]);
analyzeGraph(seed);

const render = (graph: KnowledgeGraph, format: ExportFormat): string => {
  const parts = [...EXPORTS[format].write(graph)];
  return parts.map((p) => (typeof p === 'string' ? p : Buffer.from(p).toString('latin1'))).join('');
};
const save = (name: string, text: string) => { const f = path.join(dir, name); writeFileSync(f, text); return f; };

/** A graph whose names and sentences hold what XML must escape or cannot hold. */
function trickyGraph(): KnowledgeGraph {
  const g = createKnowledgeGraph();
  g.setAttribute('documents', []);
  g.addNode('a&b', { label: 'Tom & "Jerry" <cats> 🐈', type: 'person', aliases: ['T|J', "O'Neil"], mentions: [], documents: ['d'] });
  g.addNode('ctl', { label: 'Bell\u0007 and tab\there', type: 'place', aliases: [], mentions: [], documents: ['d'] });
  g.addDirectedEdgeWithKey('e1', 'a&b', 'ctl', { label: 'met <at> & "in"', predicates: ['met'], weight: 2, years: [1956], documents: ['d'], evidence: [{ document: 'd', sentence: 0, start: 0, end: 5, text: 'He said: "A & B < C" 🙂\u0001', predicate: 'met', years: [] }] });
  analyzeGraph(g);
  return g;
}

describe('GEXF 1.3', () => {
  it.runIf(hasXmllint)('validates against the official GEXF 1.3 RELAX NG schema', () => {
    const r = xmllintRelaxNg(schema13, save('seed-1.3.gexf', render(seed, 'gexf')));
    expect(r.output).toContain('validates');
    expect(r.ok).toBe(true);
  });

  it('carries positions, sizes, type colours, labels and the attributes', () => {
    const xml = render(seed, 'gexf');
    const stalin = seed.getNodeAttributes('josef-stalin') as unknown as { x: number; y: number };
    const node = new RegExp(`<node id="josef-stalin" label="Josef Stalin">(.*?)</node>`).exec(xml)![1]!;
    expect(node).toContain('<attvalue for="type" value="person"/>');
    expect(node).toContain('<attvalue for="aliases" value="Stalin"/>');
    expect(node).toMatch(/<attvalue for="pagerank" value="[\d.e-]+"\/>/);
    expect(node).toContain(`<viz:position x="${stalin.x}" y="${stalin.y}" z="0"/>`);
    expect(node).toContain('<viz:color r="78" g="121" b="167"/>'); // the explorer's person colour
    expect(TYPE_COLORS.person).toBe('#4e79a7');
    expect(xml).toMatch(/<edge id="nikita-khrushchev-&gt;josef-stalin" source="nikita-khrushchev" target="josef-stalin" label="attacked" weight="2">/);
    expect(xml).toContain('Khrushchev attacked his predecessor Josef Stalin');
  });

  it.runIf(hasXmllint)('escapes markup, keeps emoji, drops what XML cannot hold, and stays valid', () => {
    const xml = render(trickyGraph(), 'gexf');
    expect(xml).not.toMatch(/[\u0001\u0007]/);
    expect(xml).toContain('Tom &amp; &quot;Jerry&quot; &lt;cats&gt; 🐈');
    expect(xmllintRelaxNg(schema13, save('tricky.gexf', xml)).ok).toBe(true);
  });
});

describe('GEXF 1.2draft', () => {
  it.runIf(hasXmllint)('validates against the GEXF 1.2draft schema', () => {
    expect(xmllintRelaxNg(schema12, save('seed-1.2.gexf', render(seed, 'gexf-1.2'))).ok).toBe(true);
    expect(xmllintRelaxNg(schema12, save('tricky-1.2.gexf', render(trickyGraph(), 'gexf-1.2'))).ok).toBe(true);
  });

  it.runIf(hasNetworkx)('is read by networkx 2.8 with the same nodes, edges, labels, types and positions', () => {
    const file = save('seed-nx.gexf', render(seed, 'gexf-1.2'));
    const out = JSON.parse(python(`
import json, networkx as nx
g = nx.read_gexf(${JSON.stringify(file)})
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
  "data": {n: [d.get("label"), d.get("type"), d["viz"]["position"]["x"], d["viz"]["position"]["y"], d["viz"]["color"]["r"]] for n, d in g.nodes(data=True)}}))`));
    expect(out.nodes).toBe(seed.order);
    expect(out.edges).toBe(seed.size);
    seed.forEachNode((n, a) => {
      const b = a as unknown as { x: number; y: number };
      const [label, type, x, y] = out.data[n];
      expect([label, type]).toEqual([a.label, a.type]);
      expect(x).toBeCloseTo(b.x, 3);
      expect(y).toBeCloseTo(b.y, 3);
    });
  });
});

describe('GraphML', () => {
  it.runIf(hasNetworkx)('is read by networkx with the same counts and attributes', () => {
    const file = save('seed.graphml', render(seed, 'graphml'));
    const out = JSON.parse(python(`
import json, networkx as nx
g = nx.read_graphml(${JSON.stringify(file)})
e = g.edges["nikita-khrushchev", "josef-stalin"]
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "stalin": g.nodes["josef-stalin"], "edge": e}))`));
    expect(out.nodes).toBe(seed.order);
    expect(out.edges).toBe(seed.size);
    expect(out.stalin).toMatchObject({ label: 'Josef Stalin', type: 'person', aliases: 'Stalin', color: '#4e79a7' });
    expect(out.stalin.pagerank).toBeCloseTo(seed.getNodeAttribute('josef-stalin', 'pagerank' as never) as number, 9);
    expect(out.edge).toMatchObject({ label: 'attacked', weight: 2 });
    expect(out.edge.evidence).toContain('Khrushchev attacked');
  });
});

describe('round trips through our own import', () => {
  for (const format of ['gexf', 'gexf-1.2', 'graphml'] as const) {
    it(`${format}: same nodes, edges, labels, types, aliases, positions and weights`, () => {
      for (const g of [seed, trickyGraph()]) {
        const { graph, hasPositions } = importGraph(render(g, format));
        expect(hasPositions).toBe(true);
        expect(graph.order).toBe(g.order);
        expect(graph.size).toBe(g.size);
        g.forEachNode((n, a) => {
          const b = graph.getNodeAttributes(n) as unknown as { x: number; y: number };
          const o = a as unknown as { x: number; y: number };
          expect(graph.getNodeAttribute(n, 'label')).toBe(a.label.replace(/[\u0001-\u0008]/g, ''));
          expect(graph.getNodeAttribute(n, 'type')).toBe(a.type);
          expect(graph.getNodeAttribute(n, 'aliases')).toEqual(a.aliases.map((x) => x.replace(/\|/g, format === 'graphml' ? '|' : '¦')).flatMap((x) => (format === 'graphml' ? x.split('|') : [x])));
          expect(b.x).toBeCloseTo(o.x, 4);
          expect(b.y).toBeCloseTo(o.y, 4);
        });
        g.forEachEdge((_e, a, s, t) => {
          const e = graph.edge(s, t)!;
          expect(graph.getEdgeAttribute(e, 'label')).toBe(a.label);
          expect(graph.getEdgeAttribute(e, 'weight')).toBe(a.weight);
        });
      }
    });
  }

  it('json: the graphology serialization imports as it was', () => {
    const copy = createKnowledgeGraph();
    copy.import(JSON.parse(render(seed, 'json')));
    expect(copy.export()).toEqual(seed.export());
  });
});

describe('CSV for Neo4j', () => {
  it('writes nodes and relationships with the bulk importer headers, zipped', () => {
    const files = unzipSync(new Uint8Array(Buffer.from(render(seed, 'csv'), 'latin1')));
    const nodes = strFromU8(files['nodes.csv']!).trim().split('\n');
    const rels = strFromU8(files['relationships.csv']!).trim().split('\n');
    expect(nodes[0]).toMatch(/^id:ID,name,:LABEL,/);
    expect(rels[0]).toMatch(/^:START_ID,:END_ID,:TYPE,/);
    expect(nodes).toHaveLength(seed.order + 1);
    expect(rels).toHaveLength(seed.size + 1);
    expect(nodes.some((l) => l.startsWith('"josef-stalin","Josef Stalin","Person"'))).toBe(true);
    expect(rels.some((l) => l.startsWith('"nikita-khrushchev","josef-stalin",ATTACKED,'))).toBe(true);
  });

  it('quotes fields with commas, quotes and line breaks, and makes valid relationship types', () => {
    const { nodes, relationships } = neo4jCsv(trickyGraph());
    expect(nodes).toContain('"Tom & ""Jerry"" <cats> 🐈"');
    expect(relationships).toContain('MET_AT_IN');
    expect(relationshipType('')).toBe('RELATED_TO');
    expect(relationshipType('1956 event')).toBe('RELATED_1956_EVENT');
  });
});
