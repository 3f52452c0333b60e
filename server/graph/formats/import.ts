// Import of GEXF and GraphML files that other tools wrote (Gephi, networkx, yEd): read as a stream
// of XML events (read-xml-graph.ts), then brought to the shape the service serves (label, type,
// aliases, positions, colours kept where present). A malformed file is refused with its reason;
// nothing half-read is kept.
import { ENTITY_TYPES, type EntityType } from '../../extract/model';
import { KindedError } from '../../errors';
import { createKnowledgeGraph, type KnowledgeGraph } from '../build';
import { isObjectProperty } from '../keys';
import { runOnce, WorkerBudgetError, type OneShotOptions } from '../../util/workers';
import { GraphFileError, readXmlGraph, type Attributes, type GraphFormat } from './read-xml-graph';

export class ImportError extends KindedError {
  constructor(message: string) { super('invalid_graph', message); }
}

export type ImportFormat = GraphFormat;

const ENTITY = new Set<string>(ENTITY_TYPES);
const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split('|') : []).filter(Boolean);
const finite = (v: unknown): number | undefined => { const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN; return Number.isFinite(n) ? n : undefined; };

/** Parses a GEXF or GraphML document into a knowledge graph; `hasPositions` says whether every node came with x and y. */
export function importGraph(source: string): { graph: KnowledgeGraph; format: ImportFormat; hasPositions: boolean } {
  if (!source.trim()) throw new ImportError('the file is empty');
  const graph = createKnowledgeGraph();
  graph.setAttribute('documents', []);
  // ids that are object properties ("__proto__", "constructor") get another key (see keys.ts), and
  // so does a later id that one of those keys took; edges name nodes by their ids in the file
  const keyOf = new Map<string, string>();
  const renamed = new Set<string>();
  let positioned = 0;
  const addNode = (id: string, a: Attributes) => {
    let key = id;
    if (isObjectProperty(id) || renamed.has(id)) {
      key = `${id}_`;
      while (isObjectProperty(key) || graph.hasNode(key)) key += '_';
      keyOf.set(id, key);
      renamed.add(key);
    } else if (graph.hasNode(id)) {
      throw new ImportError(`the node "${id}" appears twice`);
    }
    const x = finite(a.x), y = finite(a.y);
    if (x !== undefined && y !== undefined) positioned++;
    const type = typeof a.type === 'string' && ENTITY.has(a.type) ? (a.type as EntityType) : 'other';
    const { label, aliases, documents, mentions, ...rest } = a;
    void mentions;
    graph.addNode(key, {
      ...rest, label: String(label ?? id), type, aliases: asList(aliases), documents: asList(documents), mentions: [],
      ...(x !== undefined && y !== undefined ? { x, y } : {}),
    } as never);
  };
  const addEdge = (sourceId: string, targetId: string, a: Attributes) => {
    const [source, target] = [sourceId, targetId].map((id) => keyOf.get(id) ?? id) as [string, string];
    for (const [id, key] of [[sourceId, source], [targetId, target]]) {
      if (!graph.hasNode(key!)) throw new ImportError(`an edge ends at a node not found in the file: "${id}"`);
    }
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
  };
  let format: ImportFormat;
  try {
    format = readXmlGraph(source, { node: addNode, edge: addEdge });
  } catch (err) {
    if (err instanceof GraphFileError) throw new ImportError(err.message);
    throw err;
  }
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
