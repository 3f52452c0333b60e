// Extractions → one graphology graph. Node keys are slugs of the labels; an entity named in
// several documents is one node whose mentions and documents say where each name came from.
import Graph from 'graphology';
import type { Entity, Evidence, Extraction, EntityType, Span } from '../extract/model';
import { nameKey } from '../extract/names';

export interface NodeAttributes {
  label: string;
  type: EntityType;
  aliases: string[];
  mentions: Span[];
  documents: string[];
}

export interface EdgeAttributes {
  label: string;
  predicates: string[];
  weight: number;
  evidence: Evidence[];
  years: number[];
  documents: string[];
}

export interface GraphAttributes {
  documents: { id: string; title?: string; author?: string; date?: string; url?: string }[];
  /** set by analyzeGraph(): how the layout and metrics were computed */
  analysis?: { version: number; seed: number; layoutIterations: number; betweenness: boolean; communities: number };
}

export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createKnowledgeGraph(): KnowledgeGraph {
  return new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'directed', multi: false, allowSelfLoops: false });
}

/** Merges one document's extraction into the graph (in place) and returns the graph. */
export function mergeExtraction(graph: KnowledgeGraph, x: Extraction): KnowledgeGraph {
  const docs = graph.getAttribute('documents') ?? [];
  const { id, title, author, date, url } = x.document;
  graph.setAttribute('documents', [...docs.filter((d) => d.id !== id), { id, title, author, date, url }]);
  const keyOf = new Map<string, string>();
  for (const e of x.entities) keyOf.set(e.id, mergeEntity(graph, e, x.document.id));
  for (const r of x.relations) {
    const source = keyOf.get(r.source), target = keyOf.get(r.target);
    if (!source || !target || source === target) continue;
    const existing = graph.edge(source, target);
    if (existing) {
      const a = graph.getEdgeAttributes(existing);
      const evidence = [...a.evidence, ...r.evidence];
      graph.replaceEdgeAttributes(existing, edgeAttributes(evidence));
    } else {
      graph.addDirectedEdgeWithKey(`${source}->${target}`, source, target, edgeAttributes(r.evidence));
    }
  }
  return graph;
}

/** Builds a graph from extractions. */
export function buildGraph(extractions: Extraction[]): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  graph.setAttribute('documents', []);
  for (const x of extractions) mergeExtraction(graph, x);
  return graph;
}

function edgeAttributes(evidence: Evidence[]): EdgeAttributes {
  const counts = new Map<string, number>();
  for (const ev of evidence) counts.set(ev.predicate, (counts.get(ev.predicate) ?? 0) + 1);
  const predicates = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p);
  return {
    label: predicates[0] ?? 'related to',
    predicates,
    weight: evidence.length,
    evidence,
    years: [...new Set(evidence.flatMap((ev) => ev.years))].sort(),
    documents: [...new Set(evidence.map((ev) => ev.document))],
  };
}

/** Finds the node an entity belongs to — same key, or a label or alias shared with a node of the same type — or adds one. */
function mergeEntity(graph: KnowledgeGraph, e: Entity, documentId: string): string {
  let key: string | undefined = graph.hasNode(e.id) && compatible(graph.getNodeAttribute(e.id, 'type'), e.type) ? e.id : undefined;
  if (!key) {
    const names = new Set([e.label, ...e.aliases].map(nameKey));
    key = graph.findNode((_, a) => compatible(a.type, e.type) && [a.label, ...a.aliases].some((n) => names.has(nameKey(n)) && nameKey(n).includes(' ')));
  }
  if (!key) {
    let id = e.id;
    for (let n = 2; graph.hasNode(id); n++) id = `${e.id}-${n}`;
    graph.addNode(id, { label: e.label, type: e.type, aliases: [...e.aliases], mentions: [...e.mentions], documents: [documentId] });
    return id;
  }
  const a = graph.getNodeAttributes(key);
  const label = e.label.length > a.label.length && nameKey(e.label).includes(nameKey(a.label).split(' ').pop()!) ? e.label : a.label;
  const aliases = [...new Set([a.label, ...a.aliases, e.label, ...e.aliases])].filter((n) => n !== label);
  graph.mergeNodeAttributes(key, {
    label, aliases,
    mentions: [...a.mentions.filter((m) => m.document !== documentId), ...e.mentions],
    documents: [...new Set([...a.documents, documentId])],
  });
  return key;
}

const compatible = (a: EntityType, b: EntityType) => a === b || a === 'other' || b === 'other';
