// Corrections a person makes to the graph — rename, retype, merge, split, delete an entity or a
// relation, add a relation — as statements about the corpus that can be applied again to any graph
// built from it (after a new article, a rebuild, an extractor upgrade). An entity is named by the
// key and the label it had when the correction was made: it is found by its key, else by that
// label or an alias, so a correction still applies when the extractor's output moves a little.
// Pure functions over a graph; the log that keeps them is log.ts, the replay replay.ts.
import type { EntityType, Evidence, Span } from '../extract/model';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../graph/build';
import { reindexNode } from '../graph/name-index';
import { nameKey, slug } from '../extract/names';

/** An entity as a correction names it: its key then, and its label then. */
export interface EntityRef { key: string; label: string }

/** A sentence of an article that states an added relation, as the evidence of relations is kept. */
export type CitedSentence = Pick<Evidence, 'document' | 'sentence' | 'start' | 'end' | 'text'>;

export type Correction =
  | { kind: 'rename'; entity: EntityRef; label: string }
  | { kind: 'retype'; entity: EntityRef; type: EntityType }
  | { kind: 'merge'; entity: EntityRef; into: EntityRef }
  | { kind: 'split'; entity: EntityRef; aliases: string[]; label: string; type: EntityType }
  | { kind: 'delete-entity'; entity: EntityRef }
  | { kind: 'delete-relation'; source: EntityRef; target: EntityRef }
  | { kind: 'add-relation'; source: EntityRef; target: EntityRef; label: string; evidence?: CitedSentence; note?: string };

export type CorrectionKind = Correction['kind'];

/** The text of a document, for the mentions a split moves (their words say which name they are). */
export type DocumentText = (documentId: string) => string | undefined;

/**
 * Finds the entities corrections name: by key, else by a label or alias. Names are looked up in an
 * index made once per graph (a replay of a thousand corrections must not scan the graph a thousand
 * times) and kept current by the corrections themselves, which tell it the names they give.
 */
export class EntityFinder {
  private byName: Map<string, string[]> | undefined;

  constructor(private readonly graph: KnowledgeGraph) {}

  find(ref: EntityRef): string | undefined {
    if (this.graph.hasNode(ref.key)) return ref.key;
    const wanted = nameKey(ref.label);
    const nodes = this.index().get(wanted);
    // a node listed may since have been dropped or renamed: check it still bears the name
    return nodes?.find((n) => this.graph.hasNode(n) && bears(this.graph.getNodeAttributes(n), wanted));
  }

  /** Records the names a node now bears (after a rename, a merge, a split). */
  noted(node: string): void {
    if (!this.byName) return;
    for (const name of namesOf(this.graph.getNodeAttributes(node))) {
      const list = this.byName.get(name);
      if (!list) this.byName.set(name, [node]);
      else if (!list.includes(node)) list.push(node);
    }
  }

  private index(): Map<string, string[]> {
    if (!this.byName) {
      const byName = new Map<string, string[]>();
      this.graph.forEachNode((n, a) => { for (const name of namesOf(a)) { const list = byName.get(name); if (list) list.push(n); else byName.set(name, [n]); } });
      this.byName = byName;
    }
    return this.byName;
  }
}

const namesOf = (a: Pick<NodeAttributes, 'label' | 'aliases'>): Set<string> => new Set([a.label, ...a.aliases].map(nameKey));
const bears = (a: NodeAttributes, name: string) => nameKey(a.label) === name || a.aliases.some((x) => nameKey(x) === name);

/** The node a correction means: the same key, else the one whose label or alias is its label. */
export function findEntity(graph: KnowledgeGraph, ref: EntityRef): string | undefined {
  return new EntityFinder(graph).find(ref);
}

/**
 * Applies one correction. Returns the key of the entity it is about (the one renamed, merged into,
 * made by a split, deleted; a relation's source), or false when it no longer applies (an entity it
 * names is gone).
 */
export function applyCorrection(graph: KnowledgeGraph, c: Correction, finder = new EntityFinder(graph), textOf: DocumentText = () => undefined): string | false {
  switch (c.kind) {
    case 'rename': {
      const n = finder.find(c.entity);
      if (!n) return false;
      const a = graph.getNodeAttributes(n);
      if (a.label === c.label) return n;
      // the old label stays a name of the entity: search and later articles still find it
      const aliases = [...new Set([...a.aliases, a.label])].filter((x) => x !== c.label);
      setNames(graph, finder, n, { label: c.label, aliases });
      return n;
    }
    case 'retype': {
      const n = finder.find(c.entity);
      if (!n) return false;
      const before = graph.getNodeAttributes(n);
      graph.mergeNodeAttributes(n, { type: c.type });
      reindexNode(graph, n, before);
      return n;
    }
    case 'merge': {
      const from = finder.find(c.entity), into = finder.find(c.into);
      if (!from || !into) return false;
      if (from === into) return into; // merged already (the later extraction named them as one)
      mergeNodes(graph, from, into);
      finder.noted(into);
      return into;
    }
    case 'split': {
      const n = finder.find(c.entity);
      if (!n) return false;
      const created = splitNode(graph, n, c.aliases, c.label, c.type, textOf);
      if (!created) return false;
      finder.noted(created);
      return created;
    }
    case 'delete-entity': {
      const n = finder.find(c.entity);
      if (!n) return false;
      graph.dropNode(n);
      return n;
    }
    case 'delete-relation': {
      const s = finder.find(c.source), t = finder.find(c.target);
      const e = s && t ? graph.edge(s, t) : undefined;
      if (!e) return false;
      graph.dropEdge(e);
      return s!;
    }
    case 'add-relation': {
      const s = finder.find(c.source), t = finder.find(c.target);
      if (!s || !t || s === t) return false;
      addCuratedRelation(graph, s, t, c.label, c.evidence, c.note);
      return s;
    }
  }
}

/** The key of the relation a correction adds (or the one it joins, between the same two entities). */
export const relationKey = (source: string, target: string) => `${source}->${target}`;

function addCuratedRelation(graph: KnowledgeGraph, s: string, t: string, label: string, cited: CitedSentence | undefined, note: string | undefined): void {
  const evidence: Evidence[] = cited ? [{ ...cited, predicate: label, years: [] }] : [];
  const existing = graph.edge(s, t);
  if (existing) {
    // applied again (after an article was added), it must not cite its sentence twice
    const same = (x: Evidence, y: Evidence) => x.document === y.document && x.start === y.start && x.end === y.end && x.predicate === y.predicate;
    graph.updateEdgeAttributes(existing, (a) => ({
      ...a, curated: true, label,
      predicates: [label, ...a.predicates.filter((p) => p !== label)],
      evidence: [...a.evidence, ...evidence.filter((ev) => !a.evidence.some((x) => same(x, ev)))],
      documents: [...new Set([...a.documents, ...evidence.map((e) => e.document)])],
      ...(note ? { note } : {}),
    }));
    return;
  }
  graph.addDirectedEdgeWithKey(relationKey(s, t), s, t, {
    label, predicates: [label], weight: 1, evidence, years: [], documents: evidence.map((e) => e.document),
    curated: true, ...(note ? { note } : {}),
  });
}

function setNames(graph: KnowledgeGraph, finder: EntityFinder, n: string, names: Pick<NodeAttributes, 'label' | 'aliases'>): void {
  const before = graph.getNodeAttributes(n);
  const was = { label: before.label, aliases: before.aliases, type: before.type };
  graph.mergeNodeAttributes(n, names);
  reindexNode(graph, n, was);
  finder.noted(n);
}

/**
 * Merges node `from` into `into`: its label and aliases become aliases, its mentions and documents
 * join, its relations move over (a relation that becomes one `into` already has merges its evidence).
 */
export function mergeNodes(graph: KnowledgeGraph, from: string, into: string): void {
  const a = graph.getNodeAttributes(from), b = graph.getNodeAttributes(into);
  const was = { label: b.label, aliases: b.aliases, type: b.type };
  graph.mergeNodeAttributes(into, {
    aliases: [...new Set([...b.aliases, a.label, ...a.aliases])].filter((x) => x !== b.label),
    mentions: [...b.mentions, ...a.mentions],
    documents: [...new Set([...b.documents, ...a.documents])],
  });
  reindexNode(graph, into, was);
  for (const e of graph.edges(from)) {
    const [s, t] = graph.extremities(e);
    const attrs = graph.getEdgeAttributes(e);
    graph.dropEdge(e);
    moveRelation(graph, s === from ? into : s, t === from ? into : t, attrs);
  }
  graph.dropNode(from);
}

/** Puts a relation between source and target: joined with the one there, if any. */
function moveRelation(graph: KnowledgeGraph, source: string, target: string, attrs: EdgeAttributes): void {
  if (source === target) return; // a relation between two entities that became one: none is left
  const existing = graph.edge(source, target);
  if (existing) {
    graph.updateEdgeAttributes(existing, (x) => ({
      ...x,
      predicates: [...new Set([...x.predicates, ...attrs.predicates])],
      evidence: [...x.evidence, ...attrs.evidence],
      weight: x.weight + attrs.weight,
      years: [...new Set([...x.years, ...attrs.years])],
      documents: [...new Set([...x.documents, ...attrs.documents])],
    }));
    return;
  }
  let key = relationKey(source, target);
  for (let k = 2; graph.hasEdge(key); k++) key = `${relationKey(source, target)}#${k}`;
  graph.addDirectedEdgeWithKey(key, source, target, attrs);
}

/**
 * Splits a node: the names given (of its aliases) go to a new entity with the label and type
 * given, with the mentions whose words are one of those names, and the relations stated in the
 * sentences where only those mentions name it. Returns the new node's key, or undefined when the
 * node bears none of the names any more.
 */
export function splitNode(graph: KnowledgeGraph, node: string, names: string[], label: string, type: EntityType, textOf: DocumentText): string | undefined {
  const a = graph.getNodeAttributes(node);
  const moving = new Set(names.map(nameKey));
  const movedAliases = a.aliases.filter((x) => moving.has(nameKey(x)));
  if (!movedAliases.length) return undefined;
  const moves = (m: Span) => { const text = textOf(m.document)?.slice(m.start, m.end); return text !== undefined && moving.has(nameKey(text)); };
  const moved = a.mentions.filter(moves), kept = a.mentions.filter((m) => !moves(m));
  const documentsOf = (ms: Span[]) => [...new Set(ms.map((m) => m.document))];
  let key = slug(label);
  for (let k = 2; graph.hasNode(key); k++) key = `${slug(label)}-${k}`;
  const was = { label: a.label, aliases: a.aliases, type: a.type };
  graph.mergeNodeAttributes(node, {
    aliases: a.aliases.filter((x) => !moving.has(nameKey(x))),
    mentions: kept,
    // a node keeps the documents it was found in: the ones named only by moved mentions go with them
    documents: kept.length || !moved.length ? [...new Set([...documentsOf(kept), ...a.documents.filter((d) => !moved.some((m) => m.document === d))])] : a.documents,
  });
  reindexNode(graph, node, was);
  const { x, y } = a as unknown as { x?: number; y?: number };
  graph.addNode(key, {
    label, type, aliases: movedAliases.filter((x) => x !== label), mentions: moved, documents: documentsOf(moved),
    ...(typeof x === 'number' && typeof y === 'number' ? { x: x + 1, y: y + 1 } : {}),
  } as NodeAttributes);
  reindexNode(graph, key);
  // a sentence that names the entity only by moved mentions speaks of the new one
  const sentence = (m: Pick<Span, 'document' | 'sentence'>) => `${m.document}#${m.sentence}`;
  const movedIn = new Set(moved.map(sentence)), keptIn = new Set(kept.map(sentence));
  const speaksOfNew = (ev: Evidence) => movedIn.has(sentence(ev)) && !keptIn.has(sentence(ev));
  for (const e of graph.edges(node)) {
    const attrs = graph.getEdgeAttributes(e);
    const going = attrs.evidence.filter(speaksOfNew);
    if (!going.length) continue;
    const [s, t] = graph.extremities(e);
    const staying = attrs.evidence.filter((ev) => !speaksOfNew(ev));
    if (staying.length) graph.replaceEdgeAttributes(e, withEvidence(attrs, staying));
    else graph.dropEdge(e);
    moveRelation(graph, s === node ? key : s, t === node ? key : t, withEvidence(attrs, going));
  }
  return key;
}

/** A relation's attributes over part of its evidence. */
function withEvidence(a: EdgeAttributes, evidence: Evidence[]): EdgeAttributes {
  return {
    ...a, evidence, weight: evidence.length,
    label: evidence.some((e) => e.predicate === a.label) ? a.label : evidence[0]?.predicate ?? a.label,
    predicates: [...new Set(evidence.map((e) => e.predicate))],
    years: [...new Set(evidence.flatMap((e) => e.years))].sort(),
    documents: [...new Set(evidence.map((e) => e.document))],
  };
}

/** Applies corrections in order; returns whether each applied. */
export function replayCorrections(graph: KnowledgeGraph, corrections: readonly Correction[], textOf: DocumentText = () => undefined): boolean[] {
  const finder = new EntityFinder(graph);
  return corrections.map((c) => applyCorrection(graph, c, finder, textOf) !== false);
}
