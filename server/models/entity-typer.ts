// The entity typer's weights (weights/entity-types.bin.gz, rebuilt by `npm run train`), loaded once.
import { fileURLToPath } from 'node:url';
import { decodeBundle, encodeBundle, optionalWeights, perceptronArrays, perceptronFrom } from './weights-file';
import { ENTITY_CLASSES, type EntityTyperModel } from '../extract/entity-types';

export const ENTITY_TYPER_WEIGHTS = fileURLToPath(new URL('./weights/entity-types.bin.gz', import.meta.url));

interface EntityTyperMeta { classes: string[]; temperature: number; dropAbove?: number; trainedOn: string[]; scores?: unknown }

export function encodeEntityTyper(m: EntityTyperModel, extra: { trainedOn: string[]; scores?: unknown }): Buffer {
  const meta: EntityTyperMeta = { classes: [...ENTITY_CLASSES], temperature: m.temperature, dropAbove: m.dropAbove, ...extra };
  return encodeBundle({ meta, arrays: perceptronArrays('entities', m.model) });
}

export function decodeEntityTyper(gz: Buffer): EntityTyperModel {
  const bundle = decodeBundle(gz);
  const meta = bundle.meta as EntityTyperMeta;
  if (meta.classes.join() !== ENTITY_CLASSES.join()) throw new Error(`entity typer weights have classes ${meta.classes.join(', ')}; this code expects ${ENTITY_CLASSES.join(', ')}`);
  return { temperature: meta.temperature, dropAbove: meta.dropAbove, model: perceptronFrom(bundle, 'entities', meta.classes.length) };
}

/** The shipped entity typer; null before `npm run train` has first written it (the rules' types stand). */
export const entityTyper = optionalWeights(ENTITY_TYPER_WEIGHTS, decodeEntityTyper);
