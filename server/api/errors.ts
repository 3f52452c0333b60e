// One error shape for every failure: { error: { code, message, issues } }. Routes throw ApiError
// (or let zod throw); the error handler turns either into JSON, and the process keeps running.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Duplex } from 'node:stream';
import { KindedError, type ErrorKind } from '../errors';
import { quote } from '../util/quote';

/** The one table of statuses for the kinds of error a user's input can meet. */
export const STATUS_OF_KIND: Record<ErrorKind, number> = {
  invalid_article: 400,
  unsupported_media_type: 415,
  invalid_graph: 400,
  article_too_costly: 422,
  graph_too_costly: 422,
  quota_exceeded: 507,
};
import { z } from 'zod';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly issues: unknown[] = []) {
    super(message);
  }

  /** An error of a user's input, answered with its kind's status and a message for this route. */
  static of(err: KindedError, message = err.message): ApiError {
    return new ApiError(STATUS_OF_KIND[err.kind], err.kind, message);
  }
}

/** Quotes user input in a message (JSON-escaped, shortened): routes take it from here. */
export { quote };

export function parse<S extends z.ZodType>(schema: S, data: unknown, where: 'query' | 'path' | 'body'): z.infer<S> {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({ field: i.path.join('.') || '(root)', message: i.message, code: i.code }));
  const names = [...new Set(issues.map((i) => i.field))].join(', ');
  throw new ApiError(400, 'invalid_request', `Invalid ${where} parameter${issues.length > 1 ? 's' : ''}: ${names} — ${issues[0]!.message}`, issues);
}

export const notFoundRoute: RequestHandler = (req) => {
  // the whole path: a router mounted at /api sees only what follows it
  throw new ApiError(404, 'not_found', `No such endpoint: ${req.method} ${quote(req.originalUrl.split('?')[0]!)}`);
};

export function errorHandler(log: (line: string) => void): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    if (err instanceof ApiError) {
      res.status(err.status).json({ error: { code: err.code, message: err.message, issues: err.issues } });
      return;
    }
    if (err instanceof KindedError) {
      res.status(STATUS_OF_KIND[err.kind]).json({ error: { code: err.kind, message: err.message, issues: [] } });
      return;
    }
    // body-parser's errors carry a status and a type
    const e = err as { status?: number; type?: string; message?: string; stack?: string };
    if (e.type === 'entity.too.large') { res.status(413).json({ error: { code: 'payload_too_large', message: 'The request body is larger than the limit', issues: [] } }); return; }
    if (e.type === 'entity.parse.failed') { res.status(400).json({ error: { code: 'invalid_json', message: 'The request body is not valid JSON', issues: [] } }); return; }
    if (e.status && e.status >= 400 && e.status < 500) { res.status(e.status).json({ error: { code: 'bad_request', message: e.message ?? 'Bad request', issues: [] } }); return; }
    log(`error: ${e.stack ?? String(err)}`);
    res.status(500).json({ error: { code: 'internal_error', message: 'An unexpected error occurred; it has been logged', issues: [] } });
  };
}

/**
 * Errors Node's HTTP parser answers before Express sees the request (headers too large, a malformed
 * request line), answered in the same JSON shape. For the server's "clientError" event.
 */
export function answerClientError(err: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) { socket.destroy(); return; }
  const [status, code, message] = err.code === 'HPE_HEADER_OVERFLOW'
    ? [431, 'headers_too_large', 'The request headers are larger than the limit']
    : [400, 'bad_request', 'The request is malformed'];
  const body = JSON.stringify({ error: { code, message, issues: [] } });
  socket.end(`HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
