// The API's contract: the zod schema of every request and every response, and the table of
// routes the OpenAPI document is generated from. Routes validate with these schemas; tests parse
// every route's real answer with its response schema; the explorer imports the types (z.infer)
// and nothing else of the server. This module imports only zod, so that the explorer's type
// check reads nothing of the server beyond it.
import { z } from 'zod';

// ——— shared vocabularies (the server's own lists are checked equal to these: api/contract-check.ts)

export const ENTITY_TYPES = ['person', 'organization', 'place', 'event', 'work', 'other'] as const;
export const EXPORT_FORMATS = ['gexf', 'gexf-1.2', 'graphml', 'json', 'csv'] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);

const id = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

// ——— requests

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

const typeList = z.string().max(200).optional()
  .transform((s) => (s ? s.split(',').map((t) => t.trim()).filter(Boolean) : undefined))
  .pipe(z.array(EntityTypeSchema).optional());

export const NeighborsQuery = GraphSelector.extend({
  depth: z.coerce.number().int().min(1).max(3).default(1),
  direction: z.enum(['in', 'out', 'both']).default('both'),
  types: typeList,
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
  types: typeList,
  /** Wikidata properties: only the edges typed with one of them ("P131,P17") */
  relations: z.string().max(400).optional()
    .transform((s) => (s ? s.split(',').map((t) => t.trim()).filter(Boolean) : undefined))
    .pipe(z.array(z.string().regex(/^P\d+$/, 'must be a Wikidata property id such as P131')).optional()),
  minConfidence: MinConfidence,
});

/** An article posted as JSON. */
/**
 * The view on screen, for "what you see is what you export": the nodes drawn with their positions,
 * sizes and colours on screen, and the edges drawn. Everything else comes from the graph.
 */
export const ExportViewBody = z.object({
  format: z.enum(EXPORT_FORMATS).default('gexf'),
  graph: z.string().optional(),
  /** what the view shows, for the file name: an entity's id, a filter */
  name: z.string().max(120).optional(),
  nodes: z.array(z.object({ key: z.string(), x: z.number(), y: z.number(), size: z.number().positive().optional(), color: z.string().max(40).optional() })).max(1_000_000),
  edges: z.array(z.string()).max(5_000_000),
});

/** Positions a person made in the page (ForceAtlas2, dragging), saved so that exports and other pages use them. */
export const LayoutBody = z.object({
  graph: z.string().min(1).max(100).optional(),
  positions: z.array(z.object({ key: z.string(), x: z.number().finite(), y: z.number().finite() })).min(1).max(1_000_000),
});
export const LayoutResult = z.object({ updated: z.number().int().nonnegative(), unknown: z.number().int().nonnegative() });

export const ArticleBody = z.object({
  text: z.string().max(2 * 1024 * 1024),
  title: z.string().trim().min(1).max(300).optional(),
  author: z.string().trim().min(1).max(300).optional(),
  date: z.string().trim().min(1).max(40).optional(),
  url: z.string().trim().max(2000).optional(),
  format: z.enum(['txt', 'md', 'html']).default('md'),
});

export const ImportQuery = z.object({ name: z.string().trim().min(1).max(80).optional() });

// ——— corrections (requests)

const label = z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters');

export const EditEntityBody = z.object({ label: label.optional(), type: EntityTypeSchema.optional() })
  .refine((b) => b.label !== undefined || b.type !== undefined, 'give a label, a type or both');
export const MergeBody = z.object({ into: id });
export const SplitBody = z.object({ aliases: z.array(z.string().min(1).max(300)).min(1, 'name at least one alias').max(1000), label: label.optional(), type: EntityTypeSchema.optional() });
export const AddRelationBody = z.object({
  source: id, target: id,
  label: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  evidence: z.object({ document: id, start: z.number().int().nonnegative(), end: z.number().int().positive() }).optional(),
  note: z.string().max(2000).optional(),
});
export const RelationParams = z.object({ key: z.string().min(1).max(500) });
export const CorrectionParams = z.object({ id });
export const CorrectionsQuery = z.object({ format: z.enum(['json', 'jsonl']).default('json') });
export const MergeSuggestionsQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(50) });

// ——— responses

export const ErrorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), issues: z.array(z.unknown()) }),
});

export const Health = z.object({ status: z.literal('ok') });

const num = z.number();
const nullableNum = z.number().nullable();

/** An entity as served in lists and subgraphs (its mention spans become a count). */
export const NodeSummary = z.object({
  label: z.string(), type: EntityTypeSchema, aliases: z.array(z.string()), documents: z.array(z.string()), mentionCount: num,
  x: num.optional(), y: num.optional(), degree: num.optional(), pagerank: num.optional(), betweenness: nullableNum.optional(),
  community: num.optional(), confidence: num.optional(),
});

/** A relation as served in subgraphs (its evidence becomes a count). */
export const EdgeSummary = z.object({
  label: z.string(), relation: z.string().optional(), confidence: num.optional(), predicates: z.array(z.string()).optional(), curated: z.boolean().optional(),
  weight: num.optional(), years: z.array(num).optional(), documents: z.array(z.string()).optional(), evidenceCount: num,
});

export const Evidence = z.object({
  document: z.string(), sentence: num, start: num, end: num, text: z.string(), predicate: z.string(), years: z.array(num),
  relation: z.string().optional(), confidence: num.optional(),
});

const graphOptions = z.object({ type: z.enum(['directed', 'undirected', 'mixed']), multi: z.boolean(), allowSelfLoops: z.boolean() });

/** A relation as the whole graph serves it: with its evidence. */
export const EdgeAttributes = z.object({
  label: z.string(), predicates: z.array(z.string()), weight: num, evidence: z.array(Evidence), years: z.array(num),
  documents: z.array(z.string()), relation: z.string().optional(), confidence: num.optional(),
  curated: z.boolean().optional(), note: z.string().optional(),
});

/** Graphology's serialized form with the served attributes. */
export const ServedGraph = z.object({
  attributes: z.record(z.string(), z.unknown()),
  options: graphOptions,
  nodes: z.array(z.object({ key: z.string(), attributes: NodeSummary })),
  edges: z.array(z.object({ key: z.string().optional(), source: z.string(), target: z.string(), attributes: EdgeAttributes })),
});

export const Stats = z.object({
  nodes: num, edges: num, byType: z.record(z.string(), num), byPredicate: z.record(z.string(), num),
  topByPagerank: z.array(z.object({ id: z.string(), label: z.string(), type: z.string(), pagerank: num })),
  communities: num, documents: num,
});

export const SearchHit = z.object({ id: z.string(), label: z.string(), type: EntityTypeSchema, score: num, matched: z.string() });
export const SearchResponse = z.object({ query: z.string(), results: z.array(SearchHit) });

export const RelationView = z.object({
  edge: z.string(), direction: z.enum(['out', 'in']),
  other: z.object({ id: z.string(), label: z.string(), type: EntityTypeSchema }),
  weight: num, relation: z.object({ id: z.string(), name: z.string() }).optional(), confidence: num.optional(), evidence: z.array(Evidence),
  /** added or confirmed by a person; with their note */
  curated: z.boolean().optional(), note: z.string().optional(),
});

export const NodeDetail = z.object({
  id: z.string(), label: z.string(), type: EntityTypeSchema, aliases: z.array(z.string()), documents: z.array(z.string()),
  confidence: num.optional(), mentionCount: num,
  metrics: z.object({ degree: num, pagerank: nullableNum, betweenness: nullableNum, community: nullableNum }),
  position: z.object({ x: num, y: num }).nullable(),
  relations: z.array(z.object({ predicate: z.string(), relations: z.array(RelationView) })),
});

export const NeighborsResponse = z.object({
  center: z.string(), depth: num, direction: z.enum(['in', 'out', 'both']),
  graph: ServedGraph.extend({
    nodes: z.array(z.object({ key: z.string(), attributes: NodeSummary.extend({ hops: num }) })),
    edges: z.array(z.object({ key: z.string(), source: z.string(), target: z.string(), attributes: EdgeSummary })),
  }),
  truncated: z.boolean(), total: num,
});

export const PathResponse = z.object({
  from: z.string(), to: z.string(), length: num,
  nodes: z.array(NodeSummary.extend({ id: z.string() })),
  hops: z.array(z.object({ from: z.string(), to: z.string(), edge: z.string(), predicate: z.string(), direction: z.enum(['forward', 'backward']), evidence: z.array(Evidence) })),
});

const documentMeta = { id: z.string(), title: z.string().optional(), author: z.string().optional(), date: z.string().optional(), url: z.string().optional(), format: z.string() };

export const PendingArticle = z.object({ title: z.string(), characters: num, since: z.string(), state: z.enum(['queued', 'extracting']) });

export const DocumentsResponse = z.object({
  documents: z.array(z.object({ ...documentMeta, characters: num, sentences: num })),
  pending: z.array(PendingArticle),
});

export const DocumentView = z.object({
  ...documentMeta, text: z.string(),
  sentences: z.array(z.object({ index: num, start: num, end: num })),
  mentions: z.array(z.object({ entity: z.string(), label: z.string(), type: z.string(), start: num, end: num, sentence: num })),
});

const EntityRef = z.object({ id: z.string(), label: z.string(), type: EntityTypeSchema });

export const AddResult = z.object({
  id: z.string(), duplicate: z.boolean(), title: z.string().optional(),
  entitiesAdded: z.array(EntityRef), entitiesUpdated: z.array(EntityRef), relationsAdded: num, relationsUpdated: num,
});

export const RemoveResult = z.object({ id: z.string(), entitiesRemoved: num, relationsRemoved: num });

/**
 * What GET /api/events sends (Server-Sent Events, each event's data as JSON): "graph" when the
 * corpus changed (an article added or removed, the layout and metrics recomputed, the corpus rebuilt
 * or changed on disk by another process), with the version the graph's answers now carry; "pending"
 * when the queue of articles being read changed.
 */
export const GraphChangeEvent = z.object({
  version: num,
  reason: z.enum(['connected', 'added', 'removed', 'analyzed', 'rebuilt', 'synced', 'laid out', 'corrected']),
  documents: num, entities: num, relations: num,
});
export const PendingEvent = z.object({ pending: z.array(PendingArticle) });

/** The words and colours the explorer shows: each entity type's colour, each relation type's name. */
export const Vocabulary = z.object({
  types: z.array(z.object({ type: EntityTypeSchema, color: z.string() })),
  relations: z.array(z.object({ id: z.string(), name: z.string(), label: z.string() })),
});

export const GraphInfo = z.object({ id: z.string(), name: z.string(), nodes: num, edges: num, format: z.string().optional(), imported: z.string().optional() });
export const GraphsResponse = z.object({ graphs: z.array(GraphInfo) });
export const ImportResult = GraphInfo.extend({ positions: z.enum(['kept', 'computed']) });

// ——— corrections (responses)

const entityAt = z.object({ key: z.string(), label: z.string() });

/** A correction as the log keeps it: what it changes, naming entities by their key and label then. */
export const Correction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rename'), entity: entityAt, label: z.string() }),
  z.object({ kind: z.literal('retype'), entity: entityAt, type: EntityTypeSchema }),
  z.object({ kind: z.literal('merge'), entity: entityAt, into: entityAt }),
  z.object({ kind: z.literal('split'), entity: entityAt, aliases: z.array(z.string()), label: z.string(), type: EntityTypeSchema }),
  z.object({ kind: z.literal('delete-entity'), entity: entityAt }),
  z.object({ kind: z.literal('delete-relation'), source: entityAt, target: entityAt }),
  z.object({
    kind: z.literal('add-relation'), source: entityAt, target: entityAt, label: z.string(), note: z.string().optional(),
    evidence: z.object({ document: z.string(), sentence: num, start: num, end: num, text: z.string() }).optional(),
  }),
]);

/** A logged correction: its id (for undo), when it was made, and whether it applies to the graph as it is now. */
export const CorrectionEntry = z.object({ id: z.string(), at: z.string(), correction: Correction, applies: z.boolean(), summary: z.string() });
export const CorrectionsResponse = z.object({ corrections: z.array(CorrectionEntry) });

/** What a correction made: its log entries (a PATCH of label and type makes two) and the entity it leaves. */
export const CorrectionResult = z.object({
  corrections: z.array(CorrectionEntry),
  entity: z.object({ id: z.string(), label: z.string(), type: EntityTypeSchema, aliases: z.array(z.string()) }).optional(),
});
export const UndoResult = z.object({ undone: z.string() });

/** Two entities that are probably one, with why. */
export const MergeSuggestion = z.object({
  a: z.object({ id: z.string(), label: z.string(), type: EntityTypeSchema, mentionCount: num }),
  b: z.object({ id: z.string(), label: z.string(), type: EntityTypeSchema, mentionCount: num }),
  /** the one to keep (the better-attested name) and the one to merge into it */
  keep: z.string(), merge: z.string(),
  score: num, reason: z.string(),
});
export const MergeSuggestionsResponse = z.object({ suggestions: z.array(MergeSuggestion) });

// ——— the routes

type Schema = z.ZodType;

export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI's form: /api/nodes/{id} */
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** request bodies by media type */
  body?: Record<string, Schema>;
  /** responses by status: a schema for JSON, a media type for a download, the events of a stream */
  responses: Record<number, Schema | { download: string } | { events: Record<string, Schema> }>;
  /** needs the API token where one is set */
  write?: boolean;
}

const errors = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, ErrorResponse])) as Record<number, Schema>;
/** Every route may meet these: a host name it does not answer to, a failure of its own. */
const always = errors(421, 500);
/** Every write may meet these too: no token, another site, a body over the limit. */
const writes = errors(401, 403, 413);
const text = z.string();

export const ROUTES: RouteSpec[] = [
  { method: 'get', path: '/healthz', summary: 'Liveness', responses: { 200: Health, ...always } },
  { method: 'get', path: '/api/graph', summary: 'The whole graph (graphology serialized form) with layout and metrics; minConfidence leaves out the less likely edges', query: GraphQuery, responses: { 200: ServedGraph, 304: z.never(), ...errors(400, 404), ...always } },
  { method: 'get', path: '/api/stats', summary: 'Counts by type and predicate, top entities by PageRank, communities', query: GraphSelector, responses: { 200: Stats, 304: z.never(), ...errors(400, 404), ...always } },
  { method: 'get', path: '/api/search', summary: 'Ranked matches on labels and aliases: exact and prefix first, then near misses', query: SearchQuery, responses: { 200: SearchResponse, 304: z.never(), ...errors(400, 404), ...always } },
  { method: 'get', path: '/api/nodes/{id}', summary: 'An entity with its relations grouped by predicate and their evidence (an id of an earlier version is redirected, 308)', params: NodeParams, query: GraphSelector, responses: { 200: NodeDetail, 304: z.never(), 308: z.never(), ...errors(400, 404), ...always } },
  { method: 'get', path: '/api/nodes/{id}/neighbors', summary: 'The ego network of an entity', params: NodeParams, query: NeighborsQuery, responses: { 200: NeighborsResponse, 304: z.never(), 308: z.never(), ...errors(400, 404), ...always } },
  { method: 'get', path: '/api/path', summary: 'The shortest path between two entities with the evidence of every hop', query: PathQuery, responses: { 200: PathResponse, 304: z.never(), ...errors(400, 404), ...always } },
  { method: 'get', path: '/api/documents', summary: 'The articles of the corpus, and those still being read', responses: { 200: DocumentsResponse, ...always } },
  { method: 'get', path: '/api/documents/{id}', summary: "One article's text with the spans of every entity mention", params: DocumentParams, responses: { 200: DocumentView, ...errors(400, 404), ...always } },
  {
    method: 'post', path: '/api/documents', summary: 'Add an article: read on a worker thread, merged into the graph', write: true,
    body: { 'application/json': ArticleBody, 'text/plain': text, 'text/markdown': text, 'text/html': text },
    responses: { 201: AddResult, 200: AddResult, ...errors(400, 415, 422, 503), ...writes, ...always },
  },
  { method: 'delete', path: '/api/documents/{id}', summary: 'Take an article out', write: true, params: DocumentParams, responses: { 200: RemoveResult, ...errors(400, 404, 503), ...writes, ...always } },
  {
    method: 'get', path: '/api/export', summary: 'A download of the graph, an ego network or a selection', query: ExportQuery,
    responses: { 200: { download: 'application/gexf+xml, application/graphml+xml, application/json or application/zip' }, ...errors(400, 404), ...always },
  },
  { method: 'get', path: '/api/vocabulary', summary: "Each entity type's colour (the one exports use) and each relation type's name", responses: { 200: Vocabulary, ...always } },
  {
    method: 'get', path: '/api/events', summary: 'Server-Sent Events: the corpus changed ("graph"), the queue of articles being read changed ("pending"); a comment every 20 s keeps the stream open',
    responses: { 200: { events: { graph: GraphChangeEvent, pending: PendingEvent } }, ...always },
  },
  {
    method: 'put', path: '/api/layout', summary: 'Save the positions made in the page (ForceAtlas2, dragging): the graph, its exports and other pages use them; keys the graph lacks are counted, not kept', write: true,
    body: { 'application/json': LayoutBody },
    responses: { 200: LayoutResult, ...errors(400, 404, 503), ...writes, ...always },
  },
  {
    method: 'post', path: '/api/export', summary: 'A download of the view on screen: exactly the nodes and edges given, at the positions, sizes and colours given (a read: no token needed)',
    body: { 'application/json': ExportViewBody },
    responses: { 200: { download: 'application/gexf+xml, application/graphml+xml, application/json or application/zip' }, ...errors(400, 404, 413, 415), ...always },
  },
  { method: 'get', path: '/api/graphs', summary: 'The graphs served: the corpus and the imported ones', responses: { 200: GraphsResponse, ...always } },
  {
    method: 'post', path: '/api/graphs', summary: 'Import a GEXF or GraphML file as a new graph (read on a worker thread)', write: true, query: ImportQuery,
    body: { 'application/xml': text, 'text/xml': text, 'application/gexf+xml': text, 'application/graphml+xml': text },
    responses: { 201: ImportResult, ...errors(400, 415, 422, 503, 507), ...writes, ...always },
  },
  { method: 'patch', path: '/api/nodes/{id}', summary: 'Rename (the old label becomes an alias) or retype an entity: a correction, kept and applied again after every extraction', write: true, params: NodeParams, body: { 'application/json': EditEntityBody }, responses: { 200: CorrectionResult, ...errors(400, 404, 503), ...writes, ...always } },
  { method: 'post', path: '/api/nodes/{id}/merge', summary: 'Merge this entity into another: names, mentions, documents and relations combined', write: true, params: NodeParams, body: { 'application/json': MergeBody }, responses: { 200: CorrectionResult, ...errors(400, 404, 503), ...writes, ...always } },
  { method: 'post', path: '/api/nodes/{id}/split', summary: 'Move some aliases of an entity, with their mentions and relations, to a new entity', write: true, params: NodeParams, body: { 'application/json': SplitBody }, responses: { 201: CorrectionResult, ...errors(400, 404, 503), ...writes, ...always } },
  { method: 'delete', path: '/api/nodes/{id}', summary: 'Delete an entity and its relations (a correction: undo it with DELETE /api/corrections/{id})', write: true, params: NodeParams, responses: { 200: CorrectionResult, ...errors(400, 404, 503), ...writes, ...always } },
  { method: 'post', path: '/api/relations', summary: 'Add a relation between two entities, optionally citing a passage of an article; marked curated', write: true, body: { 'application/json': AddRelationBody }, responses: { 201: CorrectionResult, ...errors(400, 404, 503), ...writes, ...always } },
  { method: 'delete', path: '/api/relations/{key}', summary: "Delete a relation (its key as /api/graph serves it)", write: true, params: RelationParams, responses: { 200: CorrectionResult, ...errors(400, 404, 503), ...writes, ...always } },
  { method: 'get', path: '/api/corrections', summary: 'The corrections in the order they were made, each saying whether it still applies; ?format=jsonl downloads the log', query: CorrectionsQuery, responses: { 200: CorrectionsResponse, ...errors(400), ...always } },
  { method: 'delete', path: '/api/corrections/{id}', summary: 'Undo a correction: the graph becomes what it would be had it never been made', write: true, params: CorrectionParams, responses: { 200: UndoResult, ...errors(400, 404, 503), ...writes, ...always } },
  { method: 'get', path: '/api/suggestions/merges', summary: 'Pairs of entities that are probably one (same type; a name inside the other, a title, a diacritic, a spelling, an acronym), ranked, each with its reason', query: MergeSuggestionsQuery, responses: { 200: MergeSuggestionsResponse, ...errors(400), ...always } },
  { method: 'get', path: '/api/openapi.json', summary: 'This description', responses: { 200: z.record(z.string(), z.unknown()), ...always } },
];

// ——— types for the explorer

export type EntityType = z.infer<typeof EntityTypeSchema>;
export type ServedGraph = z.infer<typeof ServedGraph>;
export type NodeSummary = z.infer<typeof NodeSummary>;
export type SearchHit = z.infer<typeof SearchHit>;
export type NodeDetail = z.infer<typeof NodeDetail>;
export type NeighborsResponse = z.infer<typeof NeighborsResponse>;
export type PathResponse = z.infer<typeof PathResponse>;
export type DocumentsResponse = z.infer<typeof DocumentsResponse>;
export type DocumentSummary = DocumentsResponse['documents'][number];
export type DocumentView = z.infer<typeof DocumentView>;
export type AddResult = z.infer<typeof AddResult>;
export type RemoveResult = z.infer<typeof RemoveResult>;
export type GraphChangeEvent = z.infer<typeof GraphChangeEvent>;
export type Vocabulary = z.infer<typeof Vocabulary>;
export type GraphsResponse = z.infer<typeof GraphsResponse>;
export type PendingEvent = z.infer<typeof PendingEvent>;
export type Evidence = z.infer<typeof Evidence>;
export type GraphQuery = z.infer<typeof GraphQuery>;
export type SearchQuery = z.infer<typeof SearchQuery>;
export type NeighborsQuery = z.infer<typeof NeighborsQuery>;
export type PathQuery = z.infer<typeof PathQuery>;
export type ExportQuery = z.infer<typeof ExportQuery>;
export type ArticleBody = z.infer<typeof ArticleBody>;
export type ExportViewBody = z.infer<typeof ExportViewBody>;
export type LayoutBody = z.infer<typeof LayoutBody>;
export type LayoutResult = z.infer<typeof LayoutResult>;
export type CorrectionEntry = z.infer<typeof CorrectionEntry>;
export type CorrectionsResponse = z.infer<typeof CorrectionsResponse>;
export type CorrectionResult = z.infer<typeof CorrectionResult>;
export type MergeSuggestion = z.infer<typeof MergeSuggestion>;
export type MergeSuggestionsResponse = z.infer<typeof MergeSuggestionsResponse>;
export type EditEntityBody = z.infer<typeof EditEntityBody>;
export type SplitBody = z.infer<typeof SplitBody>;
export type AddRelationBody = z.infer<typeof AddRelationBody>;
