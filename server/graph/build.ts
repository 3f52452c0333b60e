// Extractions → one graphology graph. Node keys are slugs of the labels; an entity named in
// several documents is one node whose mentions and documents say where each name came from.
import Graph from 'graphology';
import { gazetteer } from '../extract/lexicons/gazetteer';
import type { Entity, Evidence, Extraction, EntityType, Span } from '../extract/model';
import { nameKey } from '../extract/names';
import { nameIndex, reindexNode } from './name-index';

export interface NodeAttributes {
  label: string;
  type: EntityType;
  aliases: string[];
  mentions: Span[];
  documents: string[];
  /** the entity typer's confidence in the type, the highest any document gave */
  confidence?: number;
}

export interface EdgeAttributes {
  label: string;
  /** the Wikidata property most of its sentences state ("P131"), where the relation typer read one */
  relation?: string;
  predicates: string[];
  weight: number;
  evidence: Evidence[];
  years: number[];
  documents: string[];
  /** how likely the relation is: each document's confidence combined as independent witnesses */
  confidence?: number;
  /** added or confirmed by a person (a correction), not only by the extractor */
  curated?: boolean;
  /** a person's note on a relation they added */
  note?: string;
}

export interface GraphAttributes {
  documents: { id: string; title?: string; author?: string; date?: string; url?: string }[];
  /** set by analyzeGraph(): how the layout and metrics were computed */
  analysis?: { version: number; seed: number; layoutIterations: number; betweenness: boolean; communities: number };
  /** set by the replay of the corrections log: which log the graph carries, which entries did not apply */
  corrections?: { log: string; notApplied: string[] };
}

export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createKnowledgeGraph(): KnowledgeGraph {
  return new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'directed', multi: false, allowSelfLoops: false });
}

/** What merging one document changed: which nodes were added or gained mentions, which edges were added or gained evidence. */
export interface MergeReport { nodesAdded: string[]; nodesUpdated: string[]; edgesAdded: string[]; edgesUpdated: string[] }

/** Merges one document's extraction into the graph (in place) and says what changed. */
export function mergeExtraction(graph: KnowledgeGraph, x: Extraction): MergeReport {
  const report: MergeReport = { nodesAdded: [], nodesUpdated: [], edgesAdded: [], edgesUpdated: [] };
  const docs = graph.getAttribute('documents') ?? [];
  const { id, title, author, date, url } = x.document;
  graph.setAttribute('documents', [...docs.filter((d) => d.id !== id), { id, title, author, date, url }]);
  const keyOf = new Map<string, string>();
  // the last names two or more of the document's own names end in: its resolution left a lone one apart
  const lastNames = new Map<string, number>();
  for (const e of x.entities) { const w = nameKey(e.label).split(' '); if (w.length > 1) lastNames.set(w[w.length - 1]!, (lastNames.get(w[w.length - 1]!) ?? 0) + 1); }
  const shared = new Set([...lastNames].filter(([, n]) => n > 1).map(([w]) => w));
  for (const e of x.entities) {
    const order = graph.order;
    const key = mergeEntity(graph, e, x.document.id, shared);
    keyOf.set(e.id, key);
    (graph.order > order ? report.nodesAdded : report.nodesUpdated).push(key);
  }
  for (const r of x.relations) {
    const source = keyOf.get(r.source), target = keyOf.get(r.target);
    if (!source || !target || source === target) continue;
    const existing = graph.edge(source, target);
    if (existing) {
      const a = graph.getEdgeAttributes(existing);
      const evidence = [...a.evidence, ...r.evidence];
      graph.replaceEdgeAttributes(existing, edgeAttributes(evidence, a.label));
      report.edgesUpdated.push(existing);
    } else {
      report.edgesAdded.push(graph.addDirectedEdgeWithKey(`${source}->${target}`, source, target, edgeAttributes(r.evidence, r.label)));
    }
  }
  return report;
}

/** Builds a graph from extractions. */
export function buildGraph(extractions: Extraction[]): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  graph.setAttribute('documents', []);
  for (const x of extractions) mergeExtraction(graph, x);
  return graph;
}

/** Takes one document out of the graph (in place): what only it supported goes, the rest loses its mentions and evidence. */
export function removeDocument(graph: KnowledgeGraph, documentId: string): { nodesRemoved: string[]; edgesRemoved: number } {
  graph.setAttribute('documents', (graph.getAttribute('documents') ?? []).filter((d) => d.id !== documentId));
  let edgesRemoved = 0;
  for (const e of graph.edges()) {
    const a = graph.getEdgeAttributes(e);
    if (!a.documents?.includes(documentId)) continue;
    const evidence = a.evidence.filter((ev) => ev.document !== documentId);
    if (evidence.length) graph.replaceEdgeAttributes(e, edgeAttributes(evidence, a.label));
    else { graph.dropEdge(e); edgesRemoved++; }
  }
  const nodesRemoved: string[] = [];
  for (const n of graph.nodes()) {
    const a = graph.getNodeAttributes(n);
    if (!a.documents.includes(documentId)) continue;
    const documents = a.documents.filter((d) => d !== documentId);
    if (!documents.length) { edgesRemoved += graph.degree(n); graph.dropNode(n); nodesRemoved.push(n); continue; }
    graph.mergeNodeAttributes(n, { documents, mentions: a.mentions.filter((m) => m.document !== documentId) });
  }
  return { nodesRemoved, edgesRemoved };
}

/** An edge's attributes from its evidence; of predicates said equally often, `preferred` (the extractor's or the edge's label) leads. */
function edgeAttributes(evidence: Evidence[], preferred?: string): EdgeAttributes {
  const counts = new Map<string, number>();
  for (const ev of evidence) counts.set(ev.predicate, (counts.get(ev.predicate) ?? 0) + 1);
  const predicates = [...counts.entries()].sort((a, b) => b[1] - a[1] || Number(b[0] === preferred) - Number(a[0] === preferred)).map(([p]) => p);
  const relations = new Map<string, number>();
  for (const ev of evidence) if (ev.relation) relations.set(ev.relation, (relations.get(ev.relation) ?? 0) + 1);
  const relation = [...relations.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const confidence = combinedConfidence(evidence);
  return {
    label: predicates[0] ?? 'related to',
    ...(relation ? { relation } : {}),
    ...(confidence !== undefined ? { confidence } : {}),
    predicates,
    weight: evidence.length,
    evidence,
    years: [...new Set(evidence.flatMap((ev) => ev.years))].sort(),
    documents: [...new Set(evidence.map((ev) => ev.document))],
  };
}

/**
 * An edge's confidence from its evidence: each document's relation is a witness, and the edge is
 * false only if every witness is (1 − Π(1 − cᵢ)). Undefined when no evidence carries one.
 */
export function combinedConfidence(evidence: Evidence[]): number | undefined {
  const byDocument = new Map<string, number>();
  for (const ev of evidence) if (ev.confidence !== undefined) byDocument.set(ev.document, Math.max(byDocument.get(ev.document) ?? 0, ev.confidence));
  if (!byDocument.size) return undefined;
  let allFalse = 1;
  for (const c of byDocument.values()) allFalse *= 1 - c;
  return Math.round((1 - allFalse) * 1000) / 1000;
}

/** Finds the node an entity belongs to — same key, or a label or alias shared with a node of the same type — or adds one. */
function mergeEntity(graph: KnowledgeGraph, e: Entity, documentId: string, sharedLastNames: ReadonlySet<string> = new Set()): string {
  let key: string | undefined = graph.hasNode(e.id) && compatible(graph.getNodeAttribute(e.id, 'type'), e) ? e.id : undefined;
  const index = nameIndex(graph);
  if (!key) {
    // a multi-word name in common with a node of a compatible type
    for (const n of [e.label, ...e.aliases].map(nameKey).filter((k) => k.includes(' '))) {
      for (const node of index.names.get(n) ?? []) if (compatible(graph.getNodeAttribute(node, 'type'), e)) { key = node; break; }
      if (key) break;
    }
  }
  if (!key && (e.type === 'person' || unsure(e) || surnameLike(e))) key = personBySurname(graph, e, documentId, sharedLastNames);
  if (!key) {
    let id = e.id;
    for (let n = 2; graph.hasNode(id); n++) id = `${e.id}-${n}`;
    graph.addNode(id, { label: e.label, type: e.type, aliases: [...e.aliases], mentions: [...e.mentions], documents: [documentId], ...(e.confidence !== undefined ? { confidence: e.confidence } : {}) });
    reindexNode(graph, id);
    return id;
  }
  const a = graph.getNodeAttributes(key);
  const before = { label: a.label, aliases: a.aliases, type: a.type };
  const label = e.label.length > a.label.length && nameKey(e.label).includes(nameKey(a.label).split(' ').pop()!) ? e.label : a.label;
  const aliases = [...new Set([a.label, ...a.aliases, e.label, ...e.aliases])].filter((n) => n !== label);
  graph.mergeNodeAttributes(key, {
    label, aliases,
    mentions: [...a.mentions.filter((m) => m.document !== documentId), ...e.mentions],
    documents: [...new Set([...a.documents, documentId])],
    ...(e.confidence !== undefined && e.type === a.type ? { confidence: Math.max(a.confidence ?? 0, e.confidence) } : {}),
  });
  reindexNode(graph, key, before);
  return key;
}

/** An entity typed with less confidence than this joins a node of its name whatever the node's type. */
const SURE_TYPE = 0.75;
const unsure = (e: Entity) => (e.confidence ?? 1) < SURE_TYPE;
/** A one-word name that no gazetteer knows as a place may be a surname, whatever its document's typer said. */
function surnameLike(e: Entity): boolean {
  const key = nameKey(e.label);
  const g = gazetteer();
  return !key.includes(' ') && !g.countries.has(key) && !g.cities.has(key) && !g.regions.has(key);
}
const compatible = (a: EntityType, e: Entity) => a === e.type || a === 'other' || e.type === 'other' || unsure(e);

/**
 * Across documents, "Putin" in one and "Vladimir Putin" in another are one person: a one-word
 * name joins the one person whose last name it is, and a full name joins a one-word node of its
 * last name. Where two people fit, nothing is merged.
 */
function personBySurname(graph: KnowledgeGraph, e: Entity, documentId: string, sharedLastNames: ReadonlySet<string>): string | undefined {
  const words = nameKey(e.label).split(' ');
  const surname = words[words.length - 1]!;
  const index = nameIndex(graph);
  // (not a node of the entity's own document where two of its names end in the surname: "Timber"
  // beside the brothers Quinten and Jurriën Timber, one of whom its typer did not take for a person)
  const ambiguousHere = words.length === 1 && sharedLastNames.has(surname);
  const candidates = [...((words.length === 1 ? index.surnames : index.single).get(surname) ?? [])]
    .filter((node) => !ambiguousHere || !(graph.getNodeAttribute(node, 'documents') as string[]).includes(documentId));
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** Moves the graph's nodes to the given positions; returns how many it has and how many it lacks. */
export function setPositions(graph: KnowledgeGraph, positions: { key: string; x: number; y: number }[]): { updated: number; unknown: number } {
  let updated = 0;
  for (const { key, x, y } of positions) {
    if (!graph.hasNode(key)) continue;
    graph.mergeNodeAttributes(key, { x, y } as never);
    updated++;
  }
  return { updated, unknown: positions.length - updated };
}
