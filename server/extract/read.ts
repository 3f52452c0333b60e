// Stage 1: a .txt, .md or .html file → plain text, a map from every plain character back to
// its source offset, the blocks (paragraphs, headings) the text is made of, and the article's
// metadata as the text itself states it. Markup is removed here so that no later stage can
// mistake "**Vasily Yegorov" for a name.

export type DocumentFormat = 'txt' | 'md' | 'html';
export type BlockKind = 'heading' | 'paragraph' | 'meta';

export interface Block { start: number; end: number; kind: BlockKind }

export interface DocumentMetadata { title?: string; author?: string; date?: string; url?: string }

export interface ReadDocument {
  /** the document's id: its file name without extension, or given by the caller */
  id: string;
  format: DocumentFormat;
  /** plain text: what the sentences, mentions and evidence offsets refer to */
  text: string;
  /** sourceOffsets[i] is the offset in the original source of text[i] */
  sourceOffsets: Int32Array;
  blocks: Block[];
  metadata: DocumentMetadata;
}

/** Builds plain text one piece at a time, remembering where each character came from. */
class PlainTextBuilder {
  private text = '';
  private offsets: number[] = [];

  get length(): number { return this.text.length; }

  push(text: string, sourceStart: number, mapEach = true): void {
    this.text += text;
    for (let i = 0; i < text.length; i++) this.offsets.push(mapEach ? sourceStart + i : sourceStart);
  }

  charAt(i: number): string { return this.text[i] ?? ''; }

  lastChar(): string { return this.charAt(this.text.length - 1); }

  build(): { text: string; sourceOffsets: Int32Array } {
    return { text: this.text, sourceOffsets: Int32Array.from(this.offsets) };
  }
}

export function formatOf(fileName: string): DocumentFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'md';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  return 'txt';
}

export function readDocument(id: string, source: string, format: DocumentFormat): ReadDocument {
  const normalized = source.replace(/^\uFEFF/, '');
  if (format === 'html') return readHtml(id, normalized);
  if (format === 'md') return readMarkdown(id, normalized);
  return readText(id, normalized);
}

// ---------------------------------------------------------------- plain text

/** A .txt file: a line is a block, unless the file is hard-wrapped prose (then blank lines part blocks). */
function readText(id: string, source: string): ReadDocument {
  const lines = splitLines(source);
  const hardWrapped = looksHardWrapped(lines.map((l) => l.text));
  const out = new PlainTextBuilder();
  const blocks: Block[] = [];
  let blockStart = -1;
  const closeBlock = () => {
    if (blockStart >= 0) blocks.push({ start: blockStart, end: out.length, kind: 'paragraph' });
    blockStart = -1;
  };
  for (const line of lines) {
    if (!line.text.trim()) { closeBlock(); continue; }
    if (blockStart >= 0 && hardWrapped) out.push(' ', line.start, false);
    else {
      closeBlock();
      if (out.length) out.push('\n', line.start, false);
      blockStart = out.length;
    }
    out.push(line.text, line.start);
    if (!hardWrapped) closeBlock();
  }
  closeBlock();
  const built = out.build();
  return { id, format: 'txt', ...built, blocks, metadata: metadataFromBlocks(built.text, blocks) };
}

function looksHardWrapped(lines: string[]): boolean {
  const nonEmpty = lines.filter((l) => l.trim());
  if (nonEmpty.length < 4) return false;
  const short = nonEmpty.filter((l) => l.length <= 90 && !/[.!?:"”)]\s*$/.test(l)).length;
  return short / nonEmpty.length > 0.5;
}

function splitLines(source: string): { text: string; start: number }[] {
  const lines: { text: string; start: number }[] = [];
  const re = /([^\r\n]*)(\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) {
    lines.push({ text: m[1]!, start: m.index });
    if (!m[2]) break;
  }
  return lines;
}

// ---------------------------------------------------------------- Markdown

const MD_INLINE = /!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)|<(https?:\/\/[^>\s]+)>|<\/?[a-zA-Z][^>]*>|\*\*|__|\*|`|(?<=^|[\s(])_|_(?=$|[\s.,;:!?)])/g;

function readMarkdown(id: string, source: string): ReadDocument {
  const lines = splitLines(source);
  const out = new PlainTextBuilder();
  const blocks: Block[] = [];
  let block: { start: number; kind: BlockKind } | null = null;
  const closeBlock = () => {
    if (block && out.length > block.start) blocks.push({ start: block.start, end: out.length, kind: block.kind });
    block = null;
  };
  for (const line of lines) {
    const raw = line.text;
    if (!raw.trim() || /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(raw)) { closeBlock(); continue; }
    const heading = /^\s{0,3}(#{1,6})\s+/.exec(raw);
    const listOrQuote = /^\s{0,3}(?:>\s?|[-*+]\s+|\d+[.)]\s+)/.exec(raw);
    const prefix = heading?.[0] ?? listOrQuote?.[0] ?? '';
    const kind: BlockKind = heading ? 'heading' : 'paragraph';
    if (heading || listOrQuote) closeBlock();
    if (block) out.push(' ', line.start - 1, false); // a soft line break inside a paragraph
    else {
      if (out.length) out.push('\n', line.start, false);
      block = { start: out.length, kind };
    }
    pushMarkdownInline(out, raw.slice(prefix.length), line.start + prefix.length);
    if (heading) closeBlock();
  }
  closeBlock();
  const built = out.build();
  const meta = metadataFromBlocks(built.text, blocks);
  return { id, format: 'md', ...built, blocks: markMetaBlocks(built.text, blocks), metadata: meta };
}

function pushMarkdownInline(out: PlainTextBuilder, text: string, sourceStart: number): void {
  let last = 0;
  for (const m of text.matchAll(MD_INLINE)) {
    const at = m.index!;
    if (at > last) out.push(text.slice(last, at), sourceStart + last);
    if (m[1] !== undefined) out.push(m[1], sourceStart + at + 1); // link text
    else if (m[2] !== undefined) out.push(m[2], sourceStart + at + 1); // autolink
    else if (m[0].startsWith('<') && out.lastChar() !== ' ') out.push(' ', sourceStart + at, false); // HTML tag
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last), sourceStart + last);
}

// ---------------------------------------------------------------- HTML

const HTML_BLOCK_TAGS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'section', 'article', 'header', 'footer', 'blockquote', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'pre', 'main', 'aside', 'nav', 'dd', 'dt', 'title']);
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©' };

export function decodeEntity(entity: string): string {
  const body = entity.slice(1, -1);
  if (body.startsWith('#x') || body.startsWith('#X')) return safeCodePoint(parseInt(body.slice(2), 16), entity);
  if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10), entity);
  return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
}

function safeCodePoint(n: number, fallback: string): string {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : fallback;
}

function readHtml(id: string, source: string): ReadDocument {
  const metadata = htmlMetadata(source);
  const out = new PlainTextBuilder();
  const blocks: Block[] = [];
  let blockStart = -1;
  let blockKind: BlockKind = 'paragraph';
  const closeBlock = () => {
    let end = out.length;
    while (end > blockStart && /\s/.test(out.charAt(end - 1))) end--;
    if (blockStart >= 0 && end > blockStart) blocks.push({ start: blockStart, end, kind: blockKind });
    blockStart = -1;
  };
  const pushText = (text: string, at: number) => {
    if (blockStart < 0) {
      const trimmed = text.replace(/^\s+/, '');
      if (!trimmed) return;
      at += text.length - trimmed.length;
      text = trimmed;
      if (out.length) out.push('\n', at, false);
      blockStart = out.length;
    }
    out.push(text, at);
  };
  // walk the source: skipped regions, tags, entities and text
  // scripts, styles and the page's own furniture (head, navigation, footer) are no part of the article
  const token = /<(script|style|noscript|template|svg|head|nav|footer)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\/?([a-zA-Z][a-zA-Z0-9]*)[^>]*>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);|[^<&]+|[<&]/g;
  for (const m of source.matchAll(token)) {
    const at = m.index!;
    const tag = m[2]?.toLowerCase();
    if (m[1] || m[0].startsWith('<!')) continue;
    if (tag) {
      if (HTML_BLOCK_TAGS.has(tag)) { closeBlock(); blockKind = /^h[1-6]$/.test(tag) && !m[0].startsWith('</') ? 'heading' : 'paragraph'; }
      else if (blockStart >= 0 && out.lastChar() !== ' ') out.push(' ', at, false);
      continue;
    }
    if (m[0].startsWith('&') && m[0].length > 1) { pushText(decodeEntity(m[0]).replace(/\u00a0/g, ' '), at); continue; }
    pushText(m[0].replace(/\s/g, ' '), at); // one for one, so offsets stay exact
  }
  closeBlock();
  const built = out.build();
  return { id, format: 'html', ...built, blocks: markMetaBlocks(built.text, blocks), metadata: { ...metadataFromBlocks(built.text, blocks), ...metadata } };
}

function htmlMetadata(source: string): DocumentMetadata {
  const meta = (re: RegExp) => {
    const m = re.exec(source);
    return m?.[1] ? m[1].replace(/&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);/g, decodeEntity).trim() : undefined;
  };
  const result: DocumentMetadata = {};
  const title = meta(/<title[^>]*>([\s\S]*?)<\/title>/i) ?? meta(/<h1[^>]*>([\s\S]*?)<\/h1>/i)?.replace(/<[^>]+>/g, '');
  const author = meta(/<meta\s+[^>]*name=["']author["'][^>]*content=["']([^"']+)["']/i);
  const date = meta(/<meta\s+[^>]*(?:property|name)=["'](?:article:published_time|date|pubdate)["'][^>]*content=["']([^"']+)["']/i) ?? meta(/<time[^>]*datetime=["']([^"']+)["']/i);
  const url = meta(/<link\s+[^>]*rel=["']canonical["'][^>]*href=["']([^"']+)["']/i) ?? meta(/<meta\s+[^>]*property=["']og:url["'][^>]*content=["']([^"']+)["']/i);
  if (title) result.title = title;
  if (author) result.author = author;
  if (date) result.date = normalizeDate(date) ?? date;
  if (url) result.url = url;
  return result;
}

// ---------------------------------------------------------------- metadata

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE_LINE = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?([A-Z][a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$|^(\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4})$|^(\d{4})-(\d{2})-(\d{2})/;

/** "February 25, 2026", "25 February 2026" or "2026-02-25" → "2026-02-25". */
export function normalizeDate(text: string): string | undefined {
  const m = DATE_LINE.exec(text.trim());
  if (!m) return undefined;
  const pad = (n: string | number) => String(n).padStart(2, '0');
  const month = (name: string) => MONTHS.findIndex((mo) => mo.startsWith(name.toLowerCase().slice(0, 3))) + 1;
  if (m[1]) { const mo = month(m[1]); return mo ? `${m[3]}-${pad(mo)}-${pad(m[2]!)}` : undefined; }
  if (m[5]) { const mo = month(m[5]); return mo ? `${m[6]}-${pad(mo)}-${pad(m[4]!)}` : undefined; }
  return `${m[7]}-${m[8]}-${m[9]}`;
}

const BYLINE = /^(?:By|Written by|Author:)\s+(.{2,80})$/;
const URL_LINE = /^(?:(?:Original|Source|Canonical)\s+(?:url|URL|link)\s*:?\s*)?(https?:\/\/\S+)$/;

function metadataFromBlocks(text: string, blocks: Block[]): DocumentMetadata {
  const meta: DocumentMetadata = {};
  const heading = blocks.find((b) => b.kind === 'heading');
  if (heading) meta.title = text.slice(heading.start, heading.end).trim();
  for (const [i, b] of blocks.entries()) {
    const line = text.slice(b.start, b.end).trim();
    if (!meta.author && i < 8) { const m = BYLINE.exec(line); if (m) meta.author = m[1]!.trim(); }
    if (!meta.date && i < 8) { const d = normalizeDate(line); if (d) meta.date = d; }
    if (!meta.url) { const m = URL_LINE.exec(line); if (m) meta.url = m[1]; }
  }
  if (!meta.url) {
    // "Original url:" on its own line, the address on the next
    const idx = blocks.findIndex((b) => /^(?:Original|Source|Canonical)\s+(?:url|link)\s*:?$/i.test(text.slice(b.start, b.end).trim()));
    const next = idx >= 0 ? blocks[idx + 1] : undefined;
    if (next) { const m = /https?:\/\/\S+/.exec(text.slice(next.start, next.end)); if (m) meta.url = m[0]; }
  }
  return meta;
}

/** Bylines, date lines and address lines are metadata: they name people but relate no one. */
function markMetaBlocks(text: string, blocks: Block[]): Block[] {
  return blocks.map((b) => {
    const line = text.slice(b.start, b.end).trim();
    const isMeta = BYLINE.test(line) || normalizeDate(line) !== undefined || URL_LINE.test(line) || /^(?:Original|Source|Canonical)\s+(?:url|link)\s*:?$/i.test(line);
    return isMeta ? { ...b, kind: 'meta' as const } : b;
  });
}
