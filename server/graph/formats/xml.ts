// Text that XML can hold: characters outside XML 1.0 dropped, markup characters escaped.

// XML 1.0 allows tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and the astral planes
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** An attribute value: invalid characters dropped; markup, quotes and white-space controls escaped. */
export function xmlAttr(value: unknown): string {
  return String(value ?? '').replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c]!);
}

/** Element text: invalid characters dropped; markup escaped. */
export function xmlText(value: unknown): string {
  return String(value ?? '').replace(NOT_XML, '').replace(/[&<>]/g, (c) => ESCAPES[c]!);
}

/** A number as XML Schema reads it (no NaN or Infinity). */
export const xmlNumber = (n: unknown, fallback = 0): string => {
  const v = typeof n === 'number' ? n : Number(n);
  return Number.isFinite(v) ? String(v) : String(fallback);
};

/** Collects small strings into large chunks, so a stream is written in few, big writes. */
export class ChunkBuffer {
  private parts: string[] = [];
  private length = 0;
  constructor(private readonly size = 1 << 16) {}
  push(s: string): void { this.parts.push(s); this.length += s.length; }
  get full(): boolean { return this.length >= this.size; }
  take(): string { const s = this.parts.join(''); this.parts = []; this.length = 0; return s; }
}
