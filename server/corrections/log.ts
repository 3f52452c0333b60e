// The corrections log: graph-data/corrections.jsonl, one entry a line (an id, a time, the
// correction), appended and flushed to disk before the append returns. A crash can leave at most
// a partial last line: reading keeps every whole entry before it and says what it skipped.
// Undoing an entry rewrites the log without it, atomically (a temporary file renamed over it).
import { promises as fs } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { writeFileAtomic } from '../store/atomic';
import type { Correction } from './apply';

export interface LoggedCorrection { id: string; at: string; correction: Correction }

export interface LogContents { entries: LoggedCorrection[]; skipped: { line: number; reason: string }[] }

const isEntry = (x: unknown): x is LoggedCorrection => {
  const e = x as Partial<LoggedCorrection> | null;
  return !!e && typeof e.id === 'string' && typeof e.at === 'string' && !!e.correction && typeof e.correction === 'object' && typeof (e.correction as { kind?: unknown }).kind === 'string';
};

export class CorrectionsLog {
  private writing: Promise<unknown> = Promise.resolve();

  constructor(readonly file: string) {}

  static inDataDir(dataDir: string): CorrectionsLog { return new CorrectionsLog(path.join(dataDir, 'corrections.jsonl')); }

  /** Every whole entry, in order; a line that is not one is skipped and named (a crash's partial last line). */
  async read(): Promise<LogContents> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], skipped: [] };
      throw err;
    }
    const entries: LoggedCorrection[] = [];
    const skipped: LogContents['skipped'] = [];
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const x: unknown = JSON.parse(line);
        if (isEntry(x)) entries.push(x);
        else skipped.push({ line: i + 1, reason: 'not a correction' });
      } catch {
        skipped.push({ line: i + 1, reason: 'not whole JSON (an interrupted write)' });
      }
    });
    return { entries, skipped };
  }

  /** Appends a correction (one at a time, flushed before it returns). */
  append(correction: Correction): Promise<LoggedCorrection> {
    const entry: LoggedCorrection = { id: randomUUID(), at: new Date().toISOString(), correction };
    return this.serial(async () => {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      // a partial last line (a crash) must not swallow this entry: start on a line of its own
      const tail = await this.lastByte();
      const handle = await fs.open(this.file, 'a');
      try {
        await handle.write(`${tail !== undefined && tail !== '\n' ? '\n' : ''}${JSON.stringify(entry)}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
      return entry;
    });
  }

  /** Takes one entry out (undo); false when there is none with that id. */
  remove(id: string): Promise<boolean> {
    return this.serial(async () => {
      const { entries } = await this.read();
      const kept = entries.filter((e) => e.id !== id);
      if (kept.length === entries.length) return false;
      await writeFileAtomic(this.file, kept.map((e) => `${JSON.stringify(e)}\n`).join(''));
      return true;
    });
  }

  private async lastByte(): Promise<string | undefined> {
    try {
      const handle = await fs.open(this.file, 'r');
      try {
        const { size } = await handle.stat();
        if (!size) return undefined;
        const buffer = Buffer.alloc(1);
        await handle.read(buffer, 0, 1, size - 1);
        return buffer.toString('utf8');
      } finally {
        await handle.close();
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writing.then(work);
    this.writing = run.catch(() => {});
    return run;
  }
}
