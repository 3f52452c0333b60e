import { describe, expect, it } from 'vitest';
import { readXmlGraph, GraphFileError, type Attributes } from '../../server/graph/formats/read-xml-graph';
import { importGraph, ImportError } from '../../server/graph/formats/import';

function read(source: string) {
  const nodes: [string, Attributes][] = [];
  const edges: [string, string, Attributes][] = [];
  const format = readXmlGraph(source, { node: (id, a) => nodes.push([id, a]), edge: (s, t, a) => edges.push([s, t, a]) });
  return { format, nodes: new Map(nodes), edges };
}

describe('reading GEXF and GraphML as a stream', () => {
  it('casts GEXF attribute values by their declared type, applies defaults and reads viz', () => {
    const { format, nodes, edges } = read(`<?xml version="1.0"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph defaultedgetype="directed">
  <attributes class="node">
    <attribute id="0" title="founded" type="integer"/>
    <attribute id="aliases" title="Aliases" type="liststring"/>
    <attribute id="active" title="active" type="boolean"><default>true</default></attribute>
  </attributes>
  <attributes class="edge"><attribute id="score" type="double"/></attributes>
  <nodes>
    <node id="a" label="Acme"><attvalues><attvalue for="0" value="1901"/><attvalue for="aliases" value="[ACME, &quot;Acme Corp&quot;]"/></attvalues>
      <viz:position x="1.5" y="-2"/><viz:color hex="#ff0000"/><viz:size value="3"/></node>
    <node id="b" label="Bo"><attvalues><attvalue for="aliases" value="B|Bo B."/><attvalue for="active" value="false"/></attvalues></node>
  </nodes>
  <edges><edge source="a" target="b" label="owns" weight="2.5"><attvalues><attvalue for="score" value="0.25"/></attvalues></edge></edges>
</graph></gexf>`);
    expect(format).toBe('gexf');
    expect(nodes.get('a')).toEqual({ label: 'Acme', founded: 1901, aliases: ['ACME', 'Acme Corp'], active: true, x: 1.5, y: -2, color: '#ff0000', size: 3 });
    expect(nodes.get('b')).toEqual({ label: 'Bo', aliases: ['B', 'Bo B.'], active: false });
    expect(edges).toEqual([['a', 'b', { label: 'owns', weight: 2.5, score: 0.25 }]]);
  });

  it('reads GraphML keys (for one class or all), colours from r, g, b, and edges before their nodes', () => {
    const { format, nodes, edges } = read(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="r" attr.type="int"/><key id="d2" for="node" attr.name="g" attr.type="int"/><key id="d3" for="node" attr.name="b" attr.type="int"/>
  <key id="d4" for="all" attr.name="note" attr.type="string"/>
  <key id="d5" for="edge" attr.name="weight" attr.type="double"><default>1.5</default></key>
  <graph edgedefault="undirected">
    <edge source="x" target="y"><data key="d4">first</data></edge>
    <node id="x"><data key="d0">Ex</data><data key="d1">255</data><data key="d2">16</data><data key="d3">0</data></node>
    <node id="y"><data key="d0">Why</data><data key="d4">a note</data></node>
  </graph></graphml>`);
    expect(format).toBe('graphml');
    expect(nodes.get('x')).toEqual({ label: 'Ex', color: '#ff1000' });
    expect(nodes.get('y')).toEqual({ label: 'Why', note: 'a note' });
    expect(edges).toEqual([['x', 'y', { note: 'first', weight: 1.5 }]]);
  });

  it('refuses malformed XML and other roots with the reason', () => {
    expect(() => read('<gexf><graph><nodes><node id="1"></nodes>')).toThrow(/malformed XML/);
    expect(() => read('<html><body/></html>')).toThrow(new GraphFileError('not a GEXF or GraphML file (its root element is <html>)'));
    expect(() => read('')).toThrow(/malformed XML/);
  });

  it('does not expand entities a document declares (no "billion laughs")', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<gexf><graph><nodes><node id="n" label="&b;"/></nodes></graph></gexf>`;
    let label: unknown;
    try {
      label = read(laughs).nodes.get('n')?.label;
    } catch (err) {
      expect(err).toBeInstanceOf(GraphFileError);
      return;
    }
    expect(String(label).length).toBeLessThan(20);
  });

  it('reads a file nested 200,000 elements deep without a document tree, and answers', () => {
    const depth = 200_000;
    const deep = `<gexf><graph><nodes><node id="a" label="A"/></nodes>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</graph></gexf>`;
    const { nodes } = read(deep);
    expect([...nodes.keys()]).toEqual(['a']);
  });
});

describe('importing a graph file', () => {
  it('refuses a node id given twice and an edge to a node the file lacks, naming them', () => {
    const twice = '<gexf><graph><nodes><node id="a"/><node id="a"/></nodes></graph></gexf>';
    expect(() => importGraph(twice)).toThrow(new ImportError('the node "a" appears twice'));
    const dangling = '<gexf><graph><nodes><node id="a"/></nodes><edges><edge source="a" target="zz"/></edges></graph></gexf>';
    expect(() => importGraph(dangling)).toThrow(/node not found in the file: "zz"/);
  });

  it('gives ids that are object properties, and an id one of those keys would take, keys of their own', () => {
    const { graph } = importGraph(`<gexf><graph><nodes>
      <node id="__proto__" label="P"/><node id="__proto___" label="Q"/><node id="constructor" label="C"/>
    </nodes><edges><edge source="__proto__" target="__proto___"/><edge source="constructor" target="__proto__"/></edges></graph></gexf>`);
    expect(graph.order).toBe(3);
    const byLabel = new Map(graph.mapNodes((key, a) => [a.label, key] as const));
    expect(new Set(byLabel.values()).size).toBe(3);
    expect(graph.hasEdge(byLabel.get('P')!, byLabel.get('Q')!)).toBe(true);
    expect(graph.hasEdge(byLabel.get('C')!, byLabel.get('P')!)).toBe(true);
    expect(({} as Record<string, unknown>).label).toBeUndefined();
  });
});
