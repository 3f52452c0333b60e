// Search over labels and aliases.
import { Router } from 'express';
import { corpusFor, type Deps } from '../app';
import { parse } from '../errors';
import { SearchQuery } from '../contract';

export function searchRouter(deps: Deps): Router {
  const router = Router();
  router.get('/search', (req, res) => {
    const q = parse(SearchQuery, req.query, 'query');
    res.json({ query: q.q, results: corpusFor(deps, q.graph).search.search(q.q, { type: q.type, limit: q.limit }) });
  });
  return router;
}
