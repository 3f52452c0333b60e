// The articles, and one article's text with the spans of every entity mention.
import { Router } from 'express';
import type { Deps } from '../app';
import { ApiError, parse, quote } from '../errors';
import { DocumentParams } from '../schemas';

export function documentsRouter({ corpus }: Deps): Router {
  const router = Router();
  router.get('/documents', (_req, res) => {
    const c = corpus();
    const documents = [...c.documents.values()].map(({ text, sentences, ...meta }) => ({ ...meta, characters: text.length, sentences: sentences.length }));
    res.json({ documents });
  });
  router.get('/documents/:id', (req, res) => {
    const { id } = parse(DocumentParams, req.params, 'path');
    const c = corpus();
    const doc = c.documents.get(id);
    if (!doc) throw new ApiError(404, 'not_found', `No document with id ${quote(id)}`);
    res.json({ ...doc, mentions: c.mentionsIn(id) });
  });
  return router;
}
