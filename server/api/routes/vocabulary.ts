// The explorer's words and colours, from the service that also writes them into exports: the page
// shows a type in the colour Gephi will, and a relation type by its Wikidata name.
import { Router } from 'express';
import { TYPE_COLORS } from '../../graph/palette';
import { WIKIDATA_PROPERTIES } from '../../extract/lexicons/wikidata-properties';
import type { EntityType } from '../../extract/model';
import type { Vocabulary } from '../contract';

const VOCABULARY: Vocabulary = {
  types: (Object.entries(TYPE_COLORS) as [EntityType, string][]).map(([type, color]) => ({ type, color })),
  relations: Object.entries(WIKIDATA_PROPERTIES).map(([id, { name, label }]) => ({ id, name, label })),
};

export function vocabularyRouter(): Router {
  const router = Router();
  router.get('/vocabulary', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.json(VOCABULARY);
  });
  return router;
}
