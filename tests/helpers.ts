import { extract } from '../server/extract/index';
import { DEFAULT_RELATION_OPTIONS } from '../server/extract/relations';
import type { Extraction } from '../server/extract/model';

/** Extracts a small hand-made text given as plain text. */
export const extractText = (text: string, format: 'txt' | 'md' | 'html' = 'txt'): Extraction => extract({ id: 'test', source: text, format });

/** …keeping the relations a pronoun ties to one end ("He was born in Hol"), which extract() leaves out by default. */
export const extractThroughPronouns = (text: string): Extraction => extract({ id: 'test', source: text, format: 'txt' }, { ...DEFAULT_RELATION_OPTIONS, throughPronouns: true });

export const labels = (x: Extraction): string[] => x.entities.map((e) => e.label).sort();

export const entity = (x: Extraction, label: string) => x.entities.find((e) => e.label === label);

/** The relation between two labels in either direction. */
export function relation(x: Extraction, a: string, b: string) {
  const ia = entity(x, a)?.id, ib = entity(x, b)?.id;
  return x.relations.find((r) => (r.source === ia && r.target === ib) || (r.source === ib && r.target === ia));
}
