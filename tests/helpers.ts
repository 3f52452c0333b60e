import { extract } from '../server/extract/index';
import type { Extraction } from '../server/extract/model';

/** Extracts a small hand-made text given as plain text. */
export const extractText = (text: string, format: 'txt' | 'md' | 'html' = 'txt'): Extraction => extract({ id: 'test', source: text, format });

export const labels = (x: Extraction): string[] => x.entities.map((e) => e.label).sort();

export const entity = (x: Extraction, label: string) => x.entities.find((e) => e.label === label);

/** The relation between two labels in either direction. */
export function relation(x: Extraction, a: string, b: string) {
  const ia = entity(x, a)?.id, ib = entity(x, b)?.id;
  return x.relations.find((r) => (r.source === ia && r.target === ib) || (r.source === ib && r.target === ia));
}
