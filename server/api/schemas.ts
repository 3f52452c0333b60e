// The request schemas: one source for validation, for the TypeScript types (z.infer) and for the
// OpenAPI description.
import { z } from 'zod';
import { ENTITY_TYPES } from '../extract/model';
import { EXPORT_FORMATS } from '../graph/formats/index';

const id = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

export const EntityTypeSchema = z.enum(ENTITY_TYPES);

/** Which graph a query reads: the corpus by default, or an imported graph by its id. */
export const GraphSelector = z.object({ graph: z.string().min(1).max(100).optional() });

/** Edges the models think less likely than this are left out (0–1; edges without a confidence stay). */
const MinConfidence = z.coerce.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').optional();

export const GraphQuery = GraphSelector.extend({ minConfidence: MinConfidence });

export const SearchQuery = GraphSelector.extend({
  q: z.string().trim().min(1, 'is required').max(200),
  type: EntityTypeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(10),
});

export const NodeParams = z.object({ id });

export const NeighborsQuery = GraphSelector.extend({
  depth: z.coerce.number().int().min(1).max(3).default(1),
  direction: z.enum(['in', 'out', 'both']).default('both'),
  types: z.string().max(200).optional()
    .transform((s) => (s ? s.split(',').map((t) => t.trim()).filter(Boolean) : undefined))
    .pipe(z.array(EntityTypeSchema).optional()),
  limit: z.coerce.number().int().min(1).max(10_000).default(500),
  minConfidence: MinConfidence,
});

export const PathQuery = GraphSelector.extend({ from: id, to: id });

export const DocumentParams = z.object({ id });

export const ExportQuery = GraphSelector.extend({
  format: z.enum(EXPORT_FORMATS).default('gexf'),
  node: id.optional(),
  depth: z.coerce.number().int().min(1).max(3).default(1),
  direction: z.enum(['in', 'out', 'both']).default('both'),
  types: NeighborsQuery.shape.types,
  /** Wikidata properties: only the edges typed with one of them ("P131,P17") */
  relations: z.string().max(400).optional()
    .transform((s) => (s ? s.split(',').map((t) => t.trim()).filter(Boolean) : undefined))
    .pipe(z.array(z.string().regex(/^P\d+$/, 'must be a Wikidata property id such as P131')).optional()),
  minConfidence: MinConfidence,
});

/** An article posted as JSON. */
export const ArticleBody = z.object({
  text: z.string().max(2 * 1024 * 1024),
  title: z.string().trim().min(1).max(300).optional(),
  author: z.string().trim().min(1).max(300).optional(),
  date: z.string().trim().min(1).max(40).optional(),
  url: z.string().trim().max(2000).optional(),
  format: z.enum(['txt', 'md', 'html']).default('md'),
});

export const ImportQuery = z.object({ name: z.string().trim().min(1).max(80).optional() });

export type GraphQuery = z.infer<typeof GraphQuery>;
export type SearchQuery = z.infer<typeof SearchQuery>;
export type NeighborsQuery = z.infer<typeof NeighborsQuery>;
export type PathQuery = z.infer<typeof PathQuery>;
export type ExportQuery = z.infer<typeof ExportQuery>;
export type ArticleBody = z.infer<typeof ArticleBody>;
