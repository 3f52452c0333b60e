// The relation typer's weights (weights/relation-types.bin.gz, rebuilt by `npm run train`), loaded once.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeBundle, encodeBundle, perceptronArrays, perceptronFrom } from './weights-file';
import type { RelationTyperModel } from '../extract/relation-types';

export const RELATION_TYPER_WEIGHTS = fileURLToPath(new URL('./weights/relation-types.bin.gz', import.meta.url));

interface TyperMeta { classes: string[]; threshold: number; newThreshold: number; signatures?: Record<string, string[]>; unreliable?: string[]; trainedOn: string[]; scores?: unknown }

export function encodeRelationTyper(m: RelationTyperModel, extra: { trainedOn: string[]; scores?: unknown }): Buffer {
  const signatures = m.signatures && Object.fromEntries([...m.signatures].map(([p, pairs]) => [p, [...pairs].sort()]));
  const meta: TyperMeta = { classes: m.classes, threshold: m.threshold, newThreshold: m.newThreshold, signatures, ...(m.unreliable ? { unreliable: [...m.unreliable].sort() } : {}), ...extra };
  return encodeBundle({ meta, arrays: perceptronArrays('typer', m.model) });
}

export function decodeRelationTyper(gz: Buffer): RelationTyperModel {
  const bundle = decodeBundle(gz);
  const meta = bundle.meta as TyperMeta;
  const signatures = meta.signatures && new Map(Object.entries(meta.signatures).map(([p, pairs]) => [p, new Set(pairs)]));
  return { classes: meta.classes, threshold: meta.threshold, newThreshold: meta.newThreshold, signatures, ...(meta.unreliable ? { unreliable: new Set(meta.unreliable) } : {}), model: perceptronFrom(bundle, 'typer', meta.classes.length) };
}

let loaded: RelationTyperModel | undefined;

export function relationTyper(): RelationTyperModel {
  return (loaded ??= decodeRelationTyper(readFileSync(RELATION_TYPER_WEIGHTS)));
}
