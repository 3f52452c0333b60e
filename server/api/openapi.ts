// OpenAPI 3.1, generated from the contract: every route, every method, every status with its schema.
import { z } from 'zod';
import { ROUTES, type RouteSpec } from './contract';

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 304: 'Not modified: the copy named by If-None-Match is current', 308: 'Moved: an id of an earlier version',
  400: 'Invalid request', 401: 'The API token is missing or wrong', 403: 'Refused: a write from another site', 404: 'Not found',
  413: 'The body is larger than the limit', 415: 'Unsupported media type', 421: 'A host name the service does not answer to',
  422: 'Past the time or memory budget', 500: 'An unexpected error (logged)', 503: 'This service does not accept it', 507: 'Past the quota',
};

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });

function parameters(schema: z.ZodObject | undefined, where: 'query' | 'path') {
  if (!schema) return [];
  const s = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, p]) => ({ name, in: where, required: where === 'path' || (s.required ?? []).includes(name), schema: p }));
}

function responses(r: RouteSpec) {
  return Object.fromEntries(Object.entries(r.responses).map(([status, schema]) => {
    const description = STATUS_TEXT[Number(status)] ?? 'Answer';
    if ('events' in schema) {
      const events = Object.entries(schema.events).map(([event, data]) => ({ title: `event: ${event}`, ...json(data) }));
      return [status, { description: `${description}: a stream of events, each one's data JSON of one of these schemas`, content: { 'text/event-stream': { schema: { oneOf: events } } } }];
    }
    if ('download' in schema) return [status, { description: `${description}: a download (${schema.download})`, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } }];
    if (schema instanceof z.ZodNever) return [status, { description }];
    return [status, { description, content: { 'application/json': { schema: json(schema) } } }];
  }));
}

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of ROUTES) {
    paths[r.path] ??= {};
    paths[r.path]![r.method] = {
      summary: r.summary,
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      ...(r.body ? { requestBody: { required: true, content: Object.fromEntries(Object.entries(r.body).map(([type, s]) => [type, { schema: json(s) }])) } } : {}),
      ...(r.write ? { security: [{ bearer: [] }] } : {}),
      responses: responses(r),
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Ariadne graph service', version: '0.2.0', description: 'Knowledge graphs extracted from articles, with the sentences behind every relation.' },
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The API token (API_TOKEN), where one is set' } } },
  };
}
