// Search over labels and aliases.
import { Router } from 'express';
import { corpusFor, type Deps } from '../app';
import { parse } from '../errors';
import { SearchQuery } from '../contract';
import { AnswerCache } from '../freshness';

export function searchRouter(deps: Deps): Router {
  const router = Router();
  // a query asked again (a type-ahead asks the same prefixes often) is answered from memory until the graph changes
  const answers = new AnswerCache();
  router.get('/search', (req, res) => {
    const q = parse(SearchQuery, req.query, 'query');
    const c = corpusFor(deps, q.graph);
    res.type('application/json').send(answers.get(c, req.originalUrl, () => ({ query: q.q, results: c.search.search(q.q, { type: q.type, limit: q.limit }) })));
  });
  return router;
}
