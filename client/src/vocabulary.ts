// The types' colours and the relation types' names, as the service gives them (GET /api/vocabulary):
// loaded once at start, before anything is drawn.
import type { Vocabulary } from '../../server/api/contract';

const FALLBACK = '#9c9c9c';
let colors = new Map<string, string>();
let relationNames = new Map<string, string>();

export function useVocabulary(v: Vocabulary): void {
  colors = new Map(v.types.map((t) => [t.type, t.color]));
  relationNames = new Map(v.relations.map((r) => [r.id, r.name]));
}

/** The entity types in the order the legend shows them. */
export const entityTypes = (): string[] => [...colors.keys()];

export const typeColor = (type: string | undefined): string => colors.get(type ?? 'other') ?? colors.get('other') ?? FALLBACK;

export const relationName = (id: string): string => relationNames.get(id) ?? '';
