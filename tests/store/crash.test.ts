import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { CorpusStore } from '../../server/store/corpus-store';

describe('a crash in the middle of a write', () => {
  it('leaves the last complete state: every listed article whole, leftovers reported and removed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-crash-'));
    cpSync(path.resolve(import.meta.dirname, '../../graph-data/articles'), path.join(dir, 'articles'), { recursive: true });
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'writer-child.ts')], { env: { ...process.env, DATA_DIR: dir }, stdio: ['ignore', 'pipe', 'inherit'] });
    const added: string[] = [];
    await new Promise<void>((resolve) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        added.push(line.replace(/^added /, ''));
        if (added.length === 3) { child.kill('SIGKILL'); resolve(); }
      });
    });
    await new Promise((r) => child.once('exit', r));

    const leftovers = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'));
    const logs: string[] = [];
    const store = await CorpusStore.open(dir, { log: (l) => logs.push(l) });
    const docs = store.corpus.documents;
    for (const id of added) expect(docs.has(id), id).toBe(true);
    expect(docs.has('secret-speech')).toBe(true);
    // what the graph holds comes from listed documents only, and every listed one has its files
    store.corpus.graph.forEachNode((_n, a) => { for (const d of a.documents) expect(docs.has(d)).toBe(true); });
    for (const id of docs.keys()) {
      expect(readdirSync(path.join(dir, 'articles')).some((f) => f.startsWith(`${id}.`))).toBe(true);
      expect(existsSync(path.join(dir, 'extracted', `${id}.json`))).toBe(true);
    }
    // what an interrupted write left is reported once and removed
    for (const f of leftovers) {
      expect(logs.some((l) => l.includes(path.basename(f)))).toBe(true);
      expect(existsSync(path.join(dir, f))).toBe(false);
    }
    // and it still takes articles
    const r = await store.add({ text: 'Lena Borvik visited Helsinki.', format: 'txt' });
    expect(r.duplicate).toBe(false);
  }, 60_000);
});
