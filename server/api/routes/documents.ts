// The articles: list, read one with its mention spans, add one, take one out.
import express, { Router } from 'express';
import type { Deps } from '../app';
import { ApiError, parse, quote } from '../errors';
import { ArticleBody, DocumentParams } from '../contract';
import { DEFAULT_LIMITS } from '../../config';
import { decodeArticle, InputError } from '../../io/article-file';
import type { DocumentFormat } from '../../extract/read';
import { ExtractionBudgetError } from '../../extract/pool';

const TEXT_TYPES: Record<string, DocumentFormat> = { 'text/plain': 'txt', 'text/markdown': 'md', 'text/x-markdown': 'md', 'text/html': 'html' };

export function documentsRouter(deps: Deps): Router {
  const { corpus } = deps;
  const router = Router();
  router.get('/documents', (_req, res) => {
    const c = corpus();
    const documents = [...c.documents.values()].map(({ text, sentences, ...meta }) => ({ ...meta, characters: text.length, sentences: sentences.length }));
    res.json({ documents, pending: deps.store?.pending() ?? [] });
  });
  router.get('/documents/:id', (req, res) => {
    const { id } = parse(DocumentParams, req.params, 'path');
    const c = corpus();
    const doc = c.documents.get(id);
    if (!doc) throw new ApiError(404, 'not_found', `No document with id ${quote(id)}`);
    res.json({ ...doc, mentions: c.mentionsIn(id) });
  });
  router.post('/documents', express.raw({ type: Object.keys(TEXT_TYPES), limit: deps.articleLimit ?? DEFAULT_LIMITS.article }), async (req, res) => {
    const store = deps.store;
    if (!store) throw new ApiError(503, 'unavailable', 'This service does not accept articles');
    const type = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    let input: ArticleBody;
    if (Buffer.isBuffer(req.body)) {
      input = { text: decoded(req.body), format: TEXT_TYPES[type] ?? 'txt' };
    } else if (type === 'application/json') {
      input = parse(ArticleBody, req.body, 'body');
      decoded(Buffer.from(input.text, 'utf8')); // the same checks as a file: empty, binary
    } else {
      throw new ApiError(415, 'unsupported_media_type', `Send the article as application/json ({ "text": … }) or as ${Object.keys(TEXT_TYPES).join(', ')}`);
    }
    let result;
    try {
      result = await store.add(input);
    } catch (err) {
      if (err instanceof ExtractionBudgetError) throw ApiError.of(err, `The article was not added: ${err.message}. Nothing was stored.`);
      throw err;
    }
    res.status(result.duplicate ? 200 : 201).json(result);
  });
  router.delete('/documents/:id', async (req, res) => {
    const { id } = parse(DocumentParams, req.params, 'path');
    const store = deps.store;
    if (!store) throw new ApiError(503, 'unavailable', 'This service does not change its articles');
    const result = await store.remove(id);
    if (!result) throw new ApiError(404, 'not_found', `No document with id ${quote(id)}`);
    res.json(result);
  });
  return router;
}

/** The article's text, or a clear error: empty or white space → 400, binary → 415, not UTF-8 → 400. */
function decoded(bytes: Buffer): string {
  try {
    return decodeArticle(bytes, 'the article');
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    throw ApiError.of(err, `The article ${err.reason}`);
  }
}
