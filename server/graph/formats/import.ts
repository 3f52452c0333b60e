// Import of GEXF and GraphML files that other tools wrote (Gephi, networkx, yEd): parsed with
// graphology-gexf and graphology-graphml over a strict XML parser, then brought to the shape the
// service serves (label, type, aliases, positions, colours kept where present). A malformed file
// is refused with its reason; nothing half-read is kept.
import Graph from 'graphology';
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { ENTITY_TYPES, type EntityType } from '../../extract/model';
import { KindedError } from '../../errors';
import { createKnowledgeGraph, type KnowledgeGraph } from '../build';
import { isObjectProperty, safeKey } from '../keys';
import { runOnce, WorkerBudgetError, type OneShotOptions } from '../../util/workers';

export class ImportError extends KindedError {
  constructor(message: string) { super('invalid_graph', message); }
}

export type ImportFormat = 'gexf' | 'graphml';

/** The graph types the parsers build: multi, so parallel edges in the file do not fail the parse. */
class ParsedGraph extends Graph {
  constructor(options?: Record<string, unknown>) { super({ ...options, multi: true }); }
}

function strictXml(source: string): Document {
  const problems: string[] = [];
  const record = (level: string) => (msg: string) => problems.push(`${level}: ${String(msg).split('\n')[0]}`);
  const doc = new DOMParser({ errorHandler: { warning: () => {}, error: record('error'), fatalError: record('fatal error') } }).parseFromString(source, 'text/xml');
  if (problems.length || !doc?.documentElement) throw new ImportError(`malformed XML (${problems[0] ?? 'no root element'})`);
  return doc as unknown as Document;
}

export function detectFormat(doc: Document): ImportFormat {
  const root = doc.documentElement.localName || doc.documentElement.nodeName;
  if (root === 'gexf') return 'gexf';
  if (root === 'graphml') return 'graphml';
  throw new ImportError(`not a GEXF or GraphML file (its root element is <${root}>)`);
}

/**
 * Node ids that are object properties ("__proto__", "constructor") renamed before the parsers see
 * them (they build graphology graphs, whose adjacency is kept in plain objects): see keys.ts.
 */
function renameObjectPropertyIds(doc: Document): void {
  const elements = (name: string) => Array.from(doc.getElementsByTagNameNS('*', name)) as Element[];
  const nodes = elements('node'), edges = elements('edge');
  const ids = new Set(nodes.map((n) => n.getAttribute('id') ?? ''));
  const renamed = new Map<string, string>();
  for (const id of ids) {
    if (!isObjectProperty(id)) continue;
    const key = safeKey(id, (k) => ids.has(k) || [...renamed.values()].includes(k));
    renamed.set(id, key);
  }
  if (!renamed.size) return;
  for (const n of nodes) { const id = n.getAttribute('id'); if (id !== null && renamed.has(id)) n.setAttribute('id', renamed.get(id)!); }
  for (const e of edges) {
    for (const end of ['source', 'target']) { const v = e.getAttribute(end); if (v !== null && renamed.has(v)) e.setAttribute(end, renamed.get(v)!); }
  }
}

const ENTITY = new Set<string>(ENTITY_TYPES);
const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split('|') : []).filter(Boolean);
const finite = (v: unknown): number | undefined => { const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN; return Number.isFinite(n) ? n : undefined; };

/** Parses a GEXF or GraphML document into a knowledge graph; `hasPositions` says whether every node came with x and y. */
export function importGraph(source: string): { graph: KnowledgeGraph; format: ImportFormat; hasPositions: boolean } {
  if (!source.trim()) throw new ImportError('the file is empty');
  const doc = strictXml(source);
  const format = detectFormat(doc);
  renameObjectPropertyIds(doc);
  let parsed: Graph;
  try {
    parsed = format === 'gexf' ? parseGexf(ParsedGraph as never, doc) : parseGraphml(ParsedGraph as never, doc);
  } catch (err) {
    throw new ImportError(`cannot read this ${format.toUpperCase()} file: ${(err as Error).message.replace(/^graphology-\w+\/parser: /, '')}`);
  }
  const graph = createKnowledgeGraph();
  graph.setAttribute('documents', []);
  let positioned = 0;
  parsed.forEachNode((key, a) => {
    const x = finite(a.x), y = finite(a.y);
    if (x !== undefined && y !== undefined) positioned++;
    const type = typeof a.type === 'string' && ENTITY.has(a.type) ? (a.type as EntityType) : 'other';
    const { label, aliases, documents, mentions, ...rest } = a;
    void mentions;
    graph.addNode(key, {
      ...rest, label: String(label ?? key), type, aliases: asList(aliases), documents: asList(documents), mentions: [],
      ...(x !== undefined && y !== undefined ? { x, y } : {}),
    } as never);
  });
  parsed.forEachEdge((_e, a, source, target) => {
    if (source === target) return; // the service's graphs hold no self-loops
    const weight = finite(a.weight) ?? 1;
    const label = typeof a.label === 'string' && a.label ? a.label : 'related to';
    const existing = graph.edge(source, target);
    if (existing) { graph.updateEdgeAttribute(existing, 'weight', (w) => (w ?? 0) + weight); return; }
    // "a->b" + "c" and "a" + "b->c" would share a key: the second gets a number
    let key = `${source}->${target}`;
    for (let n = 2; graph.hasEdge(key); n++) key = `${source}->${target}#${n}`;
    graph.addDirectedEdgeWithKey(key, source, target, {
      label, predicates: asList(a.predicates).length ? asList(a.predicates) : [label], weight,
      evidence: [], years: asList(a.years).map(Number).filter(Number.isFinite), documents: asList(a.documents),
    });
  });
  return { graph, format, hasPositions: graph.order > 0 && positioned === graph.order };
}

/**
 * importGraph and the analysis of its graph on a worker thread, within a budget of time and memory:
 * the service keeps answering while a large file is read. Past the budget: a KindedError of kind
 * graph_too_costly.
 */
export async function importInWorker(source: string, budget: OneShotOptions = {}): Promise<{ graph: KnowledgeGraph; format: ImportFormat; hasPositions: boolean }> {
  let answer: { graph: ReturnType<KnowledgeGraph["export"]>; format: ImportFormat; hasPositions: boolean };
  try {
    answer = await runOnce(new URL('./import-worker.ts', import.meta.url), source, budget);
  } catch (err) {
    if (err instanceof WorkerBudgetError) throw new KindedError('graph_too_costly', `the file ${err.message} to read`);
    throw err;
  }
  const graph = createKnowledgeGraph();
  graph.import(answer.graph);
  return { graph, format: answer.format, hasPositions: answer.hasPositions };
}
