// extract(): an article's text → its entities and relations, each grounded in sentences.
// Pure: no file or network I/O; the caller reads the file.
import { readDocument, type DocumentFormat, type ReadDocument } from './read';
import { analyze, type Sentence, type Token } from './nlp';
import { addSyntax } from './syntax';
import { findMentions } from './mentions';
import { resolveEntities } from './resolve';
import { datelineRelations, nationalityRelations, titleRelations, whoseRoleRelations, extractRelations, isDateline, sentenceEvidence, DEFAULT_RELATION_OPTIONS, type RelationOptions } from './relations';
import { typeRelations } from './relation-types';
import { relationTyper } from '../models/relation-typer';
import { typeEntities, type EntityTyperModel } from './entity-types';
import { entityTyper } from '../models/entity-typer';
import { syntaxModels } from '../models/syntax';
import { scoreRelations } from './relation-confidence';
import { resolvePronouns } from './pronouns';
import { resolveDescriptions } from './descriptions';
import { applyTreePredicates, treeRelations } from './predicates';
import { relationScorer } from '../models/relation-scorer';
import { statedRelations } from './stated';
import type { Entity, Extraction, Mention, Relation } from './model';
import { extractorVersion } from './version';

/** A hash of the extractor's code and weights: stored extractions made by another are redone. */
export const EXTRACTOR_VERSION = extractorVersion();

export interface ExtractInput {
  /** the document's id (its file name without extension, by convention) */
  id: string;
  source: string;
  format: DocumentFormat;
}

/** Everything the stages produce, before relations are typed: what training reads too. */
export interface DocumentAnalysis {
  doc: ReadDocument;
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  entityOf: Map<Mention, Entity>;
  relations: Relation[];
}

/** A document read, parsed and its names resolved into entities: what every later stage reads. */
export type ResolvedDocument = Omit<DocumentAnalysis, 'relations'>;

export function resolveDocument(input: ExtractInput): ResolvedDocument {
  const doc = readDocument(input.id, input.source, input.format);
  const { tokens, sentences } = analyze(doc.text, doc.blocks);
  addSyntax(tokens, sentences);
  const mentions = findMentions(doc.text, { tokens, sentences });
  const { entities, entityOfMention: entityOf } = resolveEntities(doc.id, doc.text, mentions);
  return { doc, tokens, sentences, mentions, entities, entityOf };
}

/** The learned entity types (the shipped model unless one is given; null keeps the rules' types), then the relations. */
export function relateDocument(r: ResolvedDocument, options: RelationOptions = DEFAULT_RELATION_OPTIONS, typer: EntityTyperModel | null = entityTyper()): DocumentAnalysis {
  if (typer) {
    const dropped = typeEntities(r.entities, r.entityOf, r.tokens, typer, syntaxModels().tagger.clusters);
    if (dropped.size) {
      r = { ...r, entities: r.entities.filter((e) => !dropped.has(e)), entityOf: new Map([...r.entityOf].filter(([, e]) => !dropped.has(e))) };
      r = { ...r, mentions: r.mentions.filter((m) => r.entityOf.has(m)) };
    }
  }
  // a dateline ("STOCKHOLM — …") says where the story was filed, not what its sentence relates
  const named = r.mentions.filter((m) => !isDateline(r.tokens, r.sentences[m.sentence]!, m));
  const namedSet = new Set(named);
  const namedEntityOf = new Map([...r.entityOf].filter(([m]) => namedSet.has(m)));
  // pronouns join the mentions only after the rules (which read only the possessive ones: "Her daughter X"): the tree's relations, the predicates, the relation typer and the scorer read them
  const pronouns = resolvePronouns(r.tokens, r.sentences, named, namedEntityOf);
  const ruleRelations = extractRelations(r.doc.id, r.doc.text, r.tokens, r.sentences, named, namedEntityOf, options, pronouns.entityOf);
  const descriptions = resolveDescriptions(r.tokens, r.sentences, named, namedEntityOf);
  const mentions = [...named, ...pronouns.mentions, ...descriptions.mentions];
  const entityOf = new Map([...namedEntityOf, ...pronouns.entityOf, ...descriptions.entityOf]);
  // the rules' neighbours, then what the tree states that they missed
  const candidates = treeRelations(ruleRelations, r.tokens, r.sentences, mentions, entityOf, (s, predicate) => sentenceEvidence(r.doc.id, r.doc.text, r.tokens, s, predicate));
  const read = applyTreePredicates(candidates, r.tokens, r.sentences, mentions, entityOf);
  const titled = whoseRoleRelations(r.doc.id, r.doc.text, r.tokens, r.sentences, named, namedEntityOf,
    titleRelations(r.doc.id, r.doc.text, r.tokens, r.sentences, named, namedEntityOf, read));
  const all = datelineRelations(r.doc.id, r.doc.text, r.tokens, r.sentences, r.mentions, r.entityOf,
    nationalityRelations(r.doc.id, r.doc.text, r.tokens, r.sentences, named, namedEntityOf, titled));
  const relations = options.throughPronouns ? all : statedRelations(all, entityOf);
  return { ...r, mentions, entityOf, relations };
}

export function analyzeDocument(input: ExtractInput, options: RelationOptions = DEFAULT_RELATION_OPTIONS): DocumentAnalysis {
  return relateDocument(resolveDocument(input), options);
}

export function extract(input: ExtractInput, options: RelationOptions = DEFAULT_RELATION_OPTIONS): Extraction {
  const a = analyzeDocument(input, options);
  const { doc, tokens, sentences, entities } = a;
  const typed = typeRelations(a, relationTyper(), (s, predicate) => sentenceEvidence(doc.id, doc.text, tokens, s, predicate));
  const scorer = relationScorer();
  const relations = scorer ? scoreRelations(typed, a, scorer) : typed;
  return {
    document: {
      id: doc.id, format: doc.format, ...doc.metadata, text: doc.text,
      sentences: sentences.map((s) => ({ index: s.index, start: s.start, end: s.end })),
    },
    entities,
    relations,
  };
}

export type { Extraction, Entity, Relation, Evidence, EntityType, Span } from './model';
export { ENTITY_TYPES } from './model';
export { formatOf } from './read';
