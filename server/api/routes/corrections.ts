// Corrections people make to the graph: rename, retype, merge, split and delete entities, add and
// delete relations, list and undo them, and the merges the graph suggests. Each write becomes an
// entry of graph-data/corrections.jsonl (through the store, as the command line's do) and is
// applied again after every extraction. Refused requests change nothing on disk.
import { Router, type Response } from 'express';
import type { Deps } from '../app';
import { ApiError, parse, quote } from '../errors';
import {
  AddRelationBody, CorrectionParams, CorrectionsQuery, EditEntityBody, MergeBody, MergeSuggestionsQuery, NodeParams,
  RelationParams, SplitBody, type CorrectionResult as CorrectionResultView,
} from '../contract';
import type { CorpusStore, CorrectionResult } from '../../store/corpus-store';
import type { Correction } from '../../corrections/apply';
import type { KnowledgeGraph } from '../../graph/build';
import { CorrectionError, addRelation, deleteEntity, deleteRelation, editEntity, mergeEntities, splitEntity } from '../../corrections/requests';
import { mergeSuggestions } from '../../corrections/suggestions';

export function correctionsRouter(deps: Deps): Router {
  const router = Router();
  const store = (): CorpusStore => {
    if (!deps.store) throw new ApiError(503, 'unavailable', 'This service does not change its corpus');
    return deps.store;
  };
  /** Makes the corrections a request asks for and answers with them and the entity they leave. */
  const correct = async (res: Response, status: number, make: (graph: KnowledgeGraph) => Correction[]) => {
    let result: CorrectionResult;
    try {
      result = await store().correct(make);
    } catch (err) {
      if (err instanceof CorrectionError) throw new ApiError(err.status, err.status === 404 ? 'not_found' : 'invalid_correction', err.message);
      throw err;
    }
    res.status(status).json(view(deps.corpus().graph, result));
  };

  router.patch('/nodes/:id', async (req, res) => {
    const { id } = parse(NodeParams, req.params, 'path');
    const body = parse(EditEntityBody, req.body, 'body');
    await correct(res, 200, (graph) => editEntity(graph, id, body));
  });
  router.post('/nodes/:id/merge', async (req, res) => {
    const { id } = parse(NodeParams, req.params, 'path');
    const { into } = parse(MergeBody, req.body, 'body');
    await correct(res, 200, (graph) => [mergeEntities(graph, id, into)]);
  });
  router.post('/nodes/:id/split', async (req, res) => {
    const { id } = parse(NodeParams, req.params, 'path');
    const body = parse(SplitBody, req.body, 'body');
    await correct(res, 201, (graph) => [splitEntity(graph, id, body)]);
  });
  router.delete('/nodes/:id', async (req, res) => {
    const { id } = parse(NodeParams, req.params, 'path');
    await correct(res, 200, (graph) => [deleteEntity(graph, id)]);
  });
  router.post('/relations', async (req, res) => {
    const body = parse(AddRelationBody, req.body, 'body');
    await correct(res, 201, (graph) => [addRelation(graph, deps.corpus().documents, body)]);
  });
  router.delete('/relations/:key', async (req, res) => {
    const { key } = parse(RelationParams, req.params, 'path');
    await correct(res, 200, (graph) => [deleteRelation(graph, key)]);
  });

  router.get('/corrections', (req, res) => {
    const { format } = parse(CorrectionsQuery, req.query, 'query');
    const list = deps.store?.correctionsList() ?? [];
    if (format === 'jsonl') {
      // the log itself, to carry corrections to another corpus
      res.type('application/x-ndjson').attachment('corrections.jsonl')
        .send(list.map(({ id, at, correction }) => `${JSON.stringify({ id, at, correction })}\n`).join(''));
      return;
    }
    res.json({ corrections: list });
  });
  router.delete('/corrections/:id', async (req, res) => {
    const { id } = parse(CorrectionParams, req.params, 'path');
    if (!(await store().undoCorrection(id))) throw new ApiError(404, 'not_found', `No correction with id ${quote(id)}`);
    res.json({ undone: id });
  });

  router.get('/suggestions/merges', (req, res) => {
    const { limit } = parse(MergeSuggestionsQuery, req.query, 'query');
    res.json({ suggestions: mergeSuggestions(deps.corpus().graph, limit) });
  });
  return router;
}

function view(graph: KnowledgeGraph, result: CorrectionResult): CorrectionResultView {
  const { corrections, entity } = result;
  if (entity === undefined || !graph.hasNode(entity)) return { corrections };
  const a = graph.getNodeAttributes(entity);
  return { corrections, entity: { id: entity, label: a.label, type: a.type, aliases: a.aliases } };
}
