// OpenAPI 3.1, generated from the same zod schemas that validate the requests.
import { z } from 'zod';
import { DocumentParams, GraphQuery, NeighborsQuery, NodeParams, PathQuery, SearchQuery } from './schemas';

type Schema = z.ZodObject<z.ZodRawShape>;

function parameters(schema: Schema, where: 'query' | 'path') {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema: s,
  }));
}

const errorResponse = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const ok = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });

export function openApiDocument() {
  const op = (summary: string, params: ReturnType<typeof parameters>, okText: string, errors: number[] = [400]) => ({
    summary, parameters: params,
    responses: { 200: ok(okText), ...Object.fromEntries(errors.map((s) => [s, errorResponse])) },
  });
  return {
    openapi: '3.1.0',
    info: { title: 'Ariadne graph service', version: '0.1.0', description: 'Knowledge graphs extracted from articles, with the sentences behind every relation.' },
    paths: {
      '/healthz': { get: op('Liveness', [], '{ "status": "ok" }', []) },
      '/api/graph': { get: op('The whole graph (graphology serialized form) with layout and metrics; minConfidence leaves out the less likely edges', parameters(GraphQuery, 'query'), 'Serialized graph', [400]) },
      '/api/stats': { get: op('Counts by type and predicate, top entities by PageRank, communities', [], 'Statistics', []) },
      '/api/search': { get: op('Ranked matches on labels and aliases', parameters(SearchQuery, 'query'), '{ query, results: [{ id, label, type, score }] }') },
      '/api/nodes/{id}': { get: op('An entity with its relations grouped by predicate and their evidence', parameters(NodeParams, 'path'), 'Entity', [400, 404]) },
      '/api/nodes/{id}/neighbors': { get: op('The ego network of an entity', [...parameters(NodeParams, 'path'), ...parameters(NeighborsQuery, 'query')], 'Serialized subgraph', [400, 404]) },
      '/api/path': { get: op('The shortest path between two entities with the evidence of every hop', parameters(PathQuery, 'query'), 'Path', [400, 404]) },
      '/api/documents': { get: op('The articles of the corpus', [], '{ documents }', []) },
      '/api/documents/{id}': { get: op("One article's text with the spans of every entity mention", parameters(DocumentParams, 'path'), 'Document', [400, 404]) },
      '/api/openapi.json': { get: op('This description', [], 'OpenAPI 3.1 document', []) },
    },
    components: {
      schemas: {
        Error: {
          type: 'object', required: ['error'],
          properties: { error: { type: 'object', required: ['code', 'message', 'issues'], properties: { code: { type: 'string' }, message: { type: 'string' }, issues: { type: 'array', items: { type: 'object' } } } } },
        },
      },
    },
  };
}
