// Reading an article from disk, with the checks that turn bad input into a clear error.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { formatOf, type DocumentFormat } from '../extract/read';
import { KindedError, type ErrorKind } from '../errors';

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export class InputError extends KindedError {
  constructor(readonly file: string, readonly reason: string, kind: ErrorKind = 'invalid_article') {
    super(kind, `${file}: ${reason}`);
  }
}

export interface ArticleFile { id: string; source: string; format: DocumentFormat; path: string }

/** The id of an article file: its name without extension. */
export const articleId = (file: string): string => path.basename(file).replace(/\.[^.]+$/, '');

export async function readArticleFile(file: string): Promise<ArticleFile> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new InputError(file, 'no such file');
  }
  if (stat.isDirectory()) throw new InputError(file, 'is a directory, not an article file');
  if (!stat.isFile()) throw new InputError(file, 'is not a regular file');
  if (stat.size > MAX_ARTICLE_BYTES) throw new InputError(file, `is ${(stat.size / 1024 / 1024).toFixed(1)} MB; articles may be at most 5 MB`);
  const bytes = await fs.readFile(file);
  const source = decodeArticle(bytes, file);
  return { id: articleId(file), source, format: formatOf(file), path: file };
}

/** UTF-8 text or a clear error: empty, binary and mis-encoded files are refused. */
export function decodeArticle(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new InputError(file, 'is empty');
  if (bytes.includes(0)) throw new InputError(file, 'looks binary (it contains NUL bytes), not text', 'unsupported_media_type');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, 'is not valid UTF-8 text');
  }
  if (!text.trim()) throw new InputError(file, 'holds only white space');
  // control characters other than tab and line breaks mark a binary file
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > Math.max(8, text.length / 1000)) throw new InputError(file, 'looks binary (control characters), not text', 'unsupported_media_type');
  return text;
}
