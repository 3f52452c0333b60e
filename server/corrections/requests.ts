// What a person asks for (by the ids the API and the command line show) turned into corrections,
// checked against the graph as it is: an unknown id, a merge into itself, an alias the entity does
// not have, offsets outside the article are refused here, before anything is written.
import type { EntityType } from '../extract/model';
import type { KnowledgeGraph } from '../graph/build';
import type { DocumentRecord } from '../store/corpus';
import type { CitedSentence, Correction, EntityRef } from './apply';
import { nameKey } from '../extract/names';
import { quote } from '../util/quote';

/** A request that cannot become a correction: 404 for something that is not there, 400 otherwise. */
export class CorrectionError extends Error {
  constructor(readonly status: 400 | 404, message: string) { super(message); }
}


export function entityRef(graph: KnowledgeGraph, id: string): EntityRef {
  if (!graph.hasNode(id)) throw new CorrectionError(404, `No entity with id ${quote(id)}`);
  return { key: id, label: graph.getNodeAttribute(id, 'label') };
}

/** PATCH an entity: a new label, a new type, or both (one correction each). */
export function editEntity(graph: KnowledgeGraph, id: string, change: { label?: string; type?: EntityType }): Correction[] {
  const entity = entityRef(graph, id);
  const out: Correction[] = [];
  if (change.label === undefined && change.type === undefined) throw new CorrectionError(400, 'Give a label, a type or both');
  if (change.label !== undefined) {
    const label = change.label.trim();
    if (!label) throw new CorrectionError(400, 'The label must not be empty');
    if (label !== entity.label) out.push({ kind: 'rename', entity, label });
  }
  if (change.type !== undefined && change.type !== graph.getNodeAttribute(id, 'type')) out.push({ kind: 'retype', entity, type: change.type });
  return out;
}

export function mergeEntities(graph: KnowledgeGraph, id: string, into: string): Correction {
  if (id === into) throw new CorrectionError(400, `An entity cannot be merged into itself (${quote(id)})`);
  return { kind: 'merge', entity: entityRef(graph, id), into: entityRef(graph, into) };
}

export function splitEntity(graph: KnowledgeGraph, id: string, request: { aliases: string[]; label?: string; type?: EntityType }): Correction {
  const entity = entityRef(graph, id);
  const a = graph.getNodeAttributes(id);
  if (!request.aliases.length) throw new CorrectionError(400, 'Name at least one alias to move to the new entity');
  const has = new Set(a.aliases.map(nameKey));
  const missing = request.aliases.filter((x) => !has.has(nameKey(x)));
  if (missing.length) throw new CorrectionError(400, `${quote(a.label)} has no alias ${missing.map(quote).join(', ')} (its aliases: ${a.aliases.map(quote).join(', ') || 'none'})`);
  if (request.aliases.length >= a.aliases.length + 1) throw new CorrectionError(400, 'A split must leave the entity a name');
  const label = (request.label ?? request.aliases[0]!).trim();
  if (!label) throw new CorrectionError(400, 'The label must not be empty');
  return { kind: 'split', entity, aliases: request.aliases, label, type: request.type ?? a.type };
}

export function deleteEntity(graph: KnowledgeGraph, id: string): Correction {
  return { kind: 'delete-entity', entity: entityRef(graph, id) };
}

export function deleteRelation(graph: KnowledgeGraph, key: string): Correction {
  if (!graph.hasEdge(key)) throw new CorrectionError(404, `No relation with key ${quote(key)}`);
  const [s, t] = graph.extremities(key);
  return { kind: 'delete-relation', source: entityRef(graph, s), target: entityRef(graph, t) };
}

export interface AddRelationRequest {
  source: string;
  target: string;
  label: string;
  /** a passage of an article that states it: offsets into the article's text */
  evidence?: { document: string; start: number; end: number };
  note?: string;
}

export function addRelation(graph: KnowledgeGraph, documents: Map<string, DocumentRecord>, request: AddRelationRequest): Correction {
  const source = entityRef(graph, request.source), target = entityRef(graph, request.target);
  if (source.key === target.key) throw new CorrectionError(400, 'A relation needs two different entities');
  const label = request.label.trim();
  if (!label) throw new CorrectionError(400, 'The label must not be empty');
  const note = request.note?.trim();
  return {
    kind: 'add-relation', source, target, label,
    ...(request.evidence ? { evidence: citedSentence(documents, request.evidence) } : {}),
    ...(note ? { note } : {}),
  };
}

/** The passage cited, with the sentence it starts in: evidence like the extractor's. */
function citedSentence(documents: Map<string, DocumentRecord>, at: { document: string; start: number; end: number }): CitedSentence {
  const doc = documents.get(at.document);
  if (!doc) throw new CorrectionError(404, `No document with id ${quote(at.document)}`);
  if (!(Number.isInteger(at.start) && Number.isInteger(at.end) && at.start >= 0 && at.end > at.start && at.end <= doc.text.length)) {
    throw new CorrectionError(400, `The offsets ${at.start}–${at.end} are not a passage of ${quote(at.document)} (its text has ${doc.text.length} characters)`);
  }
  const sentence = doc.sentences.find((s) => s.start <= at.start && at.start < s.end)?.index ?? 0;
  return { document: at.document, sentence, start: at.start, end: at.end, text: doc.text.slice(at.start, at.end) };
}
