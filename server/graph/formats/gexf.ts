// A streaming GEXF writer, for 1.3 and 1.2draft. graphology-gexf's write() builds the whole
// document in memory (about 1 GB for 500,000 edges), declares a wrong viz namespace in its
// default output ("http:///www.gexf.net/1.1draft/viz") and adds an xsi:schemaLocation that the
// official 1.3 schema rejects; this writer yields the document in chunks instead, with the
// namespaces each version's schema expects, and carries what the explorer shows: positions,
// sizes, type colours, labels and the entity and relation attributes. (graphology-gexf stays the
// reader, for import.)
import type Graph from 'graphology';
import { ChunkBuffer, xmlAttr, xmlNumber, xmlText } from './xml';
import { colorOfType, hexToRgb, parseColor } from '../palette';

export type GexfVersion = '1.3' | '1.2draft';

const NAMESPACES: Record<GexfVersion, { gexf: string; viz: string; version: string }> = {
  '1.3': { gexf: 'http://gexf.net/1.3', viz: 'http://gexf.net/1.3/viz', version: '1.3' },
  '1.2draft': { gexf: 'http://www.gexf.net/1.2draft', viz: 'http://www.gexf.net/1.2draft/viz', version: '1.2' },
};

const NODE_ATTRIBUTES = [
  ['type', 'string'], ['aliases', 'liststring'], ['mentions', 'integer'], ['documents', 'liststring'],
  ['degree', 'integer'], ['pagerank', 'double'], ['betweenness', 'double'], ['community', 'integer'], ['confidence', 'double'],
] as const;
const EDGE_ATTRIBUTES = [['predicates', 'liststring'], ['relation', 'string'], ['confidence', 'double'], ['curated', 'boolean'], ['evidence', 'string'], ['sentences', 'integer'], ['years', 'liststring'], ['documents', 'liststring']] as const;

/** Lists as GEXF liststring values: items joined by "|" (a "|" inside an item becomes "¦"). */
export const listValue = (xs: unknown): string => (Array.isArray(xs) ? xs.map((x) => String(x).replace(/\|/g, '¦')).join('|') : '');

interface NodeLike { label?: unknown; type?: unknown; aliases?: unknown; mentions?: unknown[]; mentionCount?: unknown; documents?: unknown; degree?: unknown; pagerank?: unknown; betweenness?: unknown; community?: unknown; confidence?: unknown; x?: unknown; y?: unknown; size?: unknown; color?: unknown }
interface EdgeLike { label?: unknown; weight?: unknown; predicates?: unknown; relation?: unknown; confidence?: unknown; curated?: unknown; evidence?: { text?: unknown }[]; years?: unknown; documents?: unknown }

/** Node sizes from PageRank, scaled to the graph: 4 to 40. */
export function sizeScale(graph: Graph): (a: NodeLike) => number {
  let max = 0;
  graph.forEachNode((_n, a) => { const p = Number((a as NodeLike).pagerank); if (Number.isFinite(p) && p > max) max = p; });
  return (a) => {
    if (typeof a.size === 'number' && Number.isFinite(a.size)) return a.size;
    const p = Number(a.pagerank);
    return max > 0 && Number.isFinite(p) ? 4 + 36 * Math.sqrt(p / max) : 8;
  };
}

/** The node's own colour where it has one (an imported graph), else its type's. */
export function nodeColor(a: NodeLike): { r: number; g: number; b: number; a?: number } {
  const own = parseColor(a.color);
  if (own) return own;
  const [r, g, b] = hexToRgb(colorOfType(a.type as string))!;
  return { r, g, b };
}

/** The GEXF document for a graph, in chunks of about 64 KB. */
export function* gexfChunks(graph: Graph, version: GexfVersion = '1.3', description = 'Knowledge graph extracted by Ariadne'): Generator<string> {
  const ns = NAMESPACES[version];
  const out = new ChunkBuffer();
  const date = new Date().toISOString().slice(0, 10);
  out.push(`<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="${ns.gexf}" xmlns:viz="${ns.viz}" version="${ns.version}">\n`);
  out.push(`  <meta lastmodifieddate="${date}"><creator>Ariadne</creator><description>${xmlText(description)}</description></meta>\n`);
  out.push(`  <graph defaultedgetype="${graph.type === 'undirected' ? 'undirected' : 'directed'}" mode="static">\n`);
  out.push('    <attributes class="node" mode="static">\n');
  for (const [id, type] of NODE_ATTRIBUTES) out.push(`      <attribute id="${id}" title="${id}" type="${type}"/>\n`);
  out.push('    </attributes>\n    <attributes class="edge" mode="static">\n');
  for (const [id, type] of EDGE_ATTRIBUTES) out.push(`      <attribute id="${id}" title="${id}" type="${type}"/>\n`);
  out.push(`    </attributes>\n    <nodes count="${graph.order}">\n`);
  const size = sizeScale(graph);
  for (const { node, attributes } of graph.nodeEntries()) {
    const a = attributes as NodeLike;
    out.push(`      <node id="${xmlAttr(node)}" label="${xmlAttr(a.label ?? node)}"><attvalues>`);
    out.push(`<attvalue for="type" value="${xmlAttr(a.type ?? 'other')}"/>`);
    out.push(`<attvalue for="aliases" value="${xmlAttr(listValue(a.aliases))}"/>`);
    out.push(`<attvalue for="mentions" value="${Math.round(Number(a.mentionCount ?? a.mentions?.length ?? 0)) || 0}"/>`);
    out.push(`<attvalue for="documents" value="${xmlAttr(listValue(a.documents))}"/>`);
    out.push(`<attvalue for="degree" value="${Math.round(Number(a.degree ?? graph.degree(node))) || 0}"/>`);
    if (a.pagerank != null) out.push(`<attvalue for="pagerank" value="${xmlNumber(a.pagerank)}"/>`);
    if (a.betweenness != null) out.push(`<attvalue for="betweenness" value="${xmlNumber(a.betweenness)}"/>`);
    if (a.community != null) out.push(`<attvalue for="community" value="${Math.round(Number(a.community)) || 0}"/>`);
    if (a.confidence != null) out.push(`<attvalue for="confidence" value="${xmlNumber(a.confidence)}"/>`);
    const c = nodeColor(a);
    out.push(`</attvalues><viz:size value="${xmlNumber(size(a), 8)}"/>`);
    out.push(`<viz:position x="${xmlNumber(a.x)}" y="${xmlNumber(a.y)}" z="0"/>`);
    out.push(`<viz:color r="${c.r}" g="${c.g}" b="${c.b}"${c.a !== undefined ? ` a="${c.a}"` : ''}/></node>\n`);
    if (out.full) yield out.take();
  }
  out.push(`    </nodes>\n    <edges count="${graph.size}">\n`);
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    const a = attributes as EdgeLike;
    const weight = Number(a.weight ?? 1);
    out.push(`      <edge id="${xmlAttr(edge)}" source="${xmlAttr(source)}" target="${xmlAttr(target)}"`);
    if (a.label != null) out.push(` label="${xmlAttr(a.label)}"`);
    out.push(` weight="${Number.isFinite(weight) && weight >= 0 ? weight : 1}"><attvalues>`);
    out.push(`<attvalue for="predicates" value="${xmlAttr(listValue(a.predicates))}"/>`);
    if (typeof a.relation === 'string') out.push(`<attvalue for="relation" value="${xmlAttr(a.relation)}"/>`);
    if (a.confidence != null) out.push(`<attvalue for="confidence" value="${xmlNumber(a.confidence)}"/>`);
    // added or confirmed by a person (a correction)
    if (a.curated === true) out.push('<attvalue for="curated" value="true"/>');
    const first = a.evidence?.[0]?.text;
    if (first != null) out.push(`<attvalue for="evidence" value="${xmlAttr(first)}"/>`);
    out.push(`<attvalue for="sentences" value="${a.evidence?.length ?? 0}"/>`);
    out.push(`<attvalue for="years" value="${xmlAttr(listValue(a.years))}"/>`);
    out.push(`<attvalue for="documents" value="${xmlAttr(listValue(a.documents))}"/>`);
    out.push('</attvalues></edge>\n');
    if (out.full) yield out.take();
  }
  out.push('    </edges>\n  </graph>\n</gexf>\n');
  yield out.take();
}
