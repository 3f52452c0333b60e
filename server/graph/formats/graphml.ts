// A streaming GraphML writer (graphology-graphml only parses): typed keys for the entity and
// relation attributes, positions and colours, as networkx, Gephi, yEd and Neo4j read them.
import type Graph from 'graphology';
import { ChunkBuffer, xmlAttr, xmlNumber, xmlText } from './xml';
import { nodeColor, sizeScale } from './gexf';

const NODE_KEYS = [
  ['label', 'string'], ['type', 'string'], ['aliases', 'string'], ['mentions', 'int'], ['documents', 'string'],
  ['degree', 'int'], ['pagerank', 'double'], ['betweenness', 'double'], ['community', 'int'], ['confidence', 'double'],
  ['x', 'double'], ['y', 'double'], ['size', 'double'], ['color', 'string'],
] as const;
const EDGE_KEYS = [['label', 'string'], ['weight', 'double'], ['predicates', 'string'], ['relation', 'string'], ['confidence', 'double'], ['curated', 'boolean'], ['evidence', 'string'], ['years', 'string'], ['documents', 'string']] as const;

const join = (xs: unknown) => (Array.isArray(xs) ? xs.map(String).join('|') : '');
const hex = (c: { r: number; g: number; b: number }) => `#${[c.r, c.g, c.b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;

export function* graphmlChunks(graph: Graph): Generator<string> {
  const out = new ChunkBuffer();
  out.push('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n');
  for (const [id, type] of NODE_KEYS) out.push(`  <key id="n_${id}" for="node" attr.name="${id}" attr.type="${type}"/>\n`);
  for (const [id, type] of EDGE_KEYS) out.push(`  <key id="e_${id}" for="edge" attr.name="${id}" attr.type="${type}"/>\n`);
  out.push(`  <graph id="G" edgedefault="${graph.type === 'undirected' ? 'undirected' : 'directed'}">\n`);
  const size = sizeScale(graph);
  const data = (key: string, value: unknown) => `<data key="${key}">${xmlText(value)}</data>`;
  for (const { node, attributes } of graph.nodeEntries()) {
    const a = attributes as Record<string, unknown> & { mentions?: unknown[] };
    out.push(`    <node id="${xmlAttr(node)}">`);
    out.push(data('n_label', a.label ?? node) + data('n_type', a.type ?? 'other') + data('n_aliases', join(a.aliases)));
    out.push(data('n_mentions', Math.round(Number(a.mentionCount ?? a.mentions?.length ?? 0)) || 0) + data('n_documents', join(a.documents)));
    out.push(data('n_degree', Math.round(Number(a.degree ?? graph.degree(node))) || 0));
    if (a.pagerank != null) out.push(data('n_pagerank', xmlNumber(a.pagerank)));
    if (a.betweenness != null) out.push(data('n_betweenness', xmlNumber(a.betweenness)));
    if (a.community != null) out.push(data('n_community', Math.round(Number(a.community)) || 0));
    if (a.confidence != null) out.push(data('n_confidence', xmlNumber(a.confidence)));
    out.push(data('n_x', xmlNumber(a.x)) + data('n_y', xmlNumber(a.y)) + data('n_size', xmlNumber(size(a), 8)) + data('n_color', hex(nodeColor(a))));
    out.push('</node>\n');
    if (out.full) yield out.take();
  }
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    const a = attributes as Record<string, unknown> & { evidence?: { text?: unknown }[] };
    out.push(`    <edge id="${xmlAttr(edge)}" source="${xmlAttr(source)}" target="${xmlAttr(target)}">`);
    if (a.label != null) out.push(data('e_label', a.label));
    out.push(data('e_weight', xmlNumber(a.weight ?? 1, 1)) + data('e_predicates', join(a.predicates)));
    if (typeof a.relation === 'string') out.push(data('e_relation', a.relation));
    if (a.confidence != null) out.push(data('e_confidence', xmlNumber(a.confidence)));
    if (a.curated === true) out.push(data('e_curated', 'true'));
    if (a.evidence?.[0]?.text != null) out.push(data('e_evidence', a.evidence[0].text));
    out.push(data('e_years', join(a.years)) + data('e_documents', join(a.documents)) + '</edge>\n');
    if (out.full) yield out.take();
  }
  out.push('  </graph>\n</graphml>\n');
  yield out.take();
}
