// Positions a person made in the page (ForceAtlas2, dragging), saved: the graph takes them, so its
// exports and every page opened afterwards show that layout. A write: the token and same-site
// rules of other writes apply.
import { Router } from 'express';
import type { Deps } from '../app';
import { ApiError, parse, quote } from '../errors';
import { LayoutBody, type LayoutResult } from '../contract';

export function layoutRouter(deps: Deps): Router {
  const router = Router();
  router.put('/layout', async (req, res) => {
    const body = parse(LayoutBody, req.body, 'body');
    let result: LayoutResult | undefined;
    if (!body.graph || body.graph === 'main') {
      if (!deps.store) throw new ApiError(503, 'unavailable', 'This service does not change its corpus');
      result = await deps.store.layOut(body.positions);
    } else {
      if (!deps.graphs) throw new ApiError(404, 'not_found', `No graph ${quote(body.graph)}`);
      result = await deps.graphs.layOut(body.graph, body.positions);
      if (!result) throw new ApiError(404, 'not_found', `No graph ${quote(body.graph)}`);
    }
    res.json(result);
  });
  return router;
}
