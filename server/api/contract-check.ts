// The contract (contract.ts) imports nothing of the server, so its vocabularies are written out
// there; here the compiler holds them equal to the server's own.
import type { ENTITY_TYPES as MODEL_TYPES } from '../extract/model';
import type { EXPORT_FORMATS as FORMATS } from '../graph/formats/index';
import type { ENTITY_TYPES, EXPORT_FORMATS } from './contract';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const ENTITY_TYPES_AGREE: Same<(typeof MODEL_TYPES)[number], (typeof ENTITY_TYPES)[number]> = true;
export const EXPORT_FORMATS_AGREE: Same<(typeof FORMATS)[number], (typeof EXPORT_FORMATS)[number]> = true;
export const CORRECTIONS_AGREE: Same<import('../corrections/apply').Correction, import('zod').infer<typeof import('./contract').Correction>> = true;
export const CHANGE_REASONS_AGREE: Same<import('../store/corpus-store').ChangeReason | 'connected', import('zod').infer<typeof import('./contract').GraphChangeEvent>['reason']> = true;
