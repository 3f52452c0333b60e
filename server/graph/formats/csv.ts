// CSV for Neo4j's bulk importer (neo4j-admin database import): nodes.csv with :ID and :LABEL,
// relationships.csv with :START_ID, :END_ID and :TYPE, zipped together.
import type Graph from 'graphology';
import { zipSync, strToU8 } from 'fflate';

/**
 * A CSV field: quoted, inner quotes doubled, line breaks kept inside the quotes; text that a
 * spreadsheet would run as a formula ("=HYPERLINK(…)", "+1", "@SUM", a leading tab) starts with
 * an apostrophe, which spreadsheets show as text (OWASP's advice on CSV injection).
 */
export const csvField = (v: unknown): string => {
  const s = String(v ?? '');
  return `"${(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};

/** "attacked predecessor" → "ATTACKED_PREDECESSOR": a relationship type Neo4j accepts without quoting. */
export function relationshipType(predicate: unknown): string {
  const t = String(predicate ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return t && /^[A-Z]/.test(t) ? t : `RELATED${t ? `_${t}` : '_TO'}`;
}

/** "organization" → "Organization": the node label. */
const nodeLabel = (type: unknown) => { const t = String(type ?? 'other'); return t.charAt(0).toUpperCase() + t.slice(1); };
const list = (xs: unknown) => (Array.isArray(xs) ? xs.map((x) => String(x).replace(/;/g, ',')).join(';') : '');

export function neo4jCsv(graph: Graph): { nodes: string; relationships: string } {
  const nodes = ['id:ID,name,:LABEL,aliases:string[],mentions:int,documents:string[],pagerank:double,community:int,x:double,y:double'];
  graph.forEachNode((id, a) => {
    nodes.push([csvField(id), csvField(a.label ?? id), csvField(nodeLabel(a.type)), csvField(list(a.aliases)), a.mentionCount ?? a.mentions?.length ?? 0,
      csvField(list(a.documents)), a.pagerank ?? '', a.community ?? '', a.x ?? '', a.y ?? ''].join(','));
  });
  const relationships = [':START_ID,:END_ID,:TYPE,predicate,weight:int,evidence,years:int[]'];
  graph.forEachEdge((_e, a, source, target) => {
    relationships.push([csvField(source), csvField(target), relationshipType(a.label), csvField(a.label ?? ''), a.weight ?? 1,
      csvField(a.evidence?.[0]?.text ?? ''), csvField(list(a.years))].join(','));
  });
  return { nodes: nodes.join('\n') + '\n', relationships: relationships.join('\n') + '\n' };
}

/** Both files in one zip. */
export function neo4jZip(graph: Graph): Uint8Array {
  const { nodes, relationships } = neo4jCsv(graph);
  return zipSync({ 'nodes.csv': strToU8(nodes), 'relationships.csv': strToU8(relationships) });
}
