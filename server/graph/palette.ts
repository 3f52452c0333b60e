// The colour of each entity type, shared by the explorer and the exports (GEXF viz:color), so a
// graph opened in Gephi looks as it did in the browser. Tableau 10, readable on light and dark.
import type { EntityType } from '../extract/model';

export const TYPE_COLORS: Record<EntityType, string> = {
  person: '#4e79a7',
  organization: '#f28e2b',
  place: '#59a14f',
  event: '#e15759',
  work: '#b07aa1',
  other: '#9c9c9c',
};

export const colorOfType = (type: string | undefined): string => TYPE_COLORS[(type ?? 'other') as EntityType] ?? TYPE_COLORS.other;

/** "#4e79a7" → [78, 121, 167]; undefined for anything else. */
export function hexToRgb(hex: string): [number, number, number] | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  return m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : undefined;
}

/** "#abc", "#aabbcc", "rgb(1,2,3)", "rgba(1,2,3,0.5)" → a colour the writers can use. */
export function parseColor(value: unknown): { r: number; g: number; b: number; a?: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(v);
  if (short) return { r: parseInt(short[1]! + short[1], 16), g: parseInt(short[2]! + short[2], 16), b: parseInt(short[3]! + short[3], 16) };
  const rgb = hexToRgb(v);
  if (rgb) return { r: rgb[0], g: rgb[1], b: rgb[2] };
  const fn = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(v);
  if (fn) {
    const c = { r: Math.min(255, +fn[1]!), g: Math.min(255, +fn[2]!), b: Math.min(255, +fn[3]!) };
    return fn[4] !== undefined ? { ...c, a: Math.max(0, Math.min(1, +fn[4])) } : c;
  }
  return undefined;
}
