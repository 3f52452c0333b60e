// The relation scorer's weights (weights/relation-confidence.bin.gz, rebuilt by `npm run train`), loaded once.
import { fileURLToPath } from 'node:url';
import { decodeBundle, encodeBundle, optionalWeights, perceptronArrays, perceptronFrom } from './weights-file';
import type { RelationScorerModel } from '../extract/relation-confidence';

export const RELATION_SCORER_WEIGHTS = fileURLToPath(new URL('./weights/relation-confidence.bin.gz', import.meta.url));

interface ScorerMeta { scale: number; offset: number; floor: number; trainedOn: string[]; scores?: unknown }

export function encodeRelationScorer(m: RelationScorerModel, extra: { trainedOn: string[]; scores?: unknown }): Buffer {
  const meta: ScorerMeta = { scale: m.scale, offset: m.offset, floor: m.floor, ...extra };
  return encodeBundle({ meta, arrays: perceptronArrays('relations', m.model) });
}

export function decodeRelationScorer(gz: Buffer): RelationScorerModel {
  const bundle = decodeBundle(gz);
  const meta = bundle.meta as ScorerMeta;
  return { scale: meta.scale, offset: meta.offset, floor: meta.floor, model: perceptronFrom(bundle, 'relations', 2) };
}

/** The shipped relation scorer; null before `npm run train` has first written it (relations then carry no confidence). */
export const relationScorer = optionalWeights(RELATION_SCORER_WEIGHTS, decodeRelationScorer);
