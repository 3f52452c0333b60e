// extract(): an article's text → its entities and relations, each grounded in sentences.
// Pure: no file or network I/O; the caller reads the file.
import { readDocument, type DocumentFormat } from './read';
import { analyze } from './nlp';
import { addSyntax } from './syntax';
import { findMentions } from './mentions';
import { resolveEntities } from './resolve';
import { extractRelations, DEFAULT_RELATION_OPTIONS, type RelationOptions } from './relations';
import type { Extraction } from './model';

/** Bumped whenever the extractor's output changes, so stored extractions are redone. */
export const EXTRACTOR_VERSION = 1;

export interface ExtractInput {
  /** the document's id (its file name without extension, by convention) */
  id: string;
  source: string;
  format: DocumentFormat;
}

export function extract(input: ExtractInput, options: RelationOptions = DEFAULT_RELATION_OPTIONS): Extraction {
  const doc = readDocument(input.id, input.source, input.format);
  const { tokens, sentences } = analyze(doc.text, doc.blocks);
  addSyntax(tokens, sentences);
  const mentions = findMentions(doc.text, { tokens, sentences });
  const { entities, entityOfMention } = resolveEntities(doc.id, doc.text, mentions);
  const relations = extractRelations(doc.id, doc.text, tokens, sentences, mentions, entityOfMention, options);
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
