// The service as a process: a data folder it cannot use is said in one line; SIGTERM ends it
// within seconds even while a worker is reading an article, and nothing of that article is kept.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pathologicalText } from '../../bench/pathological';

const root = path.resolve(import.meta.dirname, '../..');
const main = path.join(root, 'server/main.ts');

describe('the service process', () => {
  it('says in one line that DATA_DIR is not a folder it can use, and stops', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-notdir-'));
    const file = path.join(dir, 'a-file');
    writeFileSync(file, 'x');
    const r = spawnSync(process.execPath, ['--import', 'tsx', main], { env: { ...process.env, DATA_DIR: file, PORT: '0' }, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([`DATA_DIR ${file} is not a folder`]);
  }, 40_000);

  it('ends within a few seconds on SIGTERM while a worker is reading an article, keeping nothing of it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-term-'));
    cpSync(path.join(root, 'graph-data/articles'), path.join(dir, 'articles'), { recursive: true });
    const child = spawn(process.execPath, ['--import', 'tsx', main], { env: { ...process.env, DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', EXTRACT_WORKERS: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
    const port = await new Promise<number>((resolve, reject) => {
      createInterface({ input: child.stdout! }).on('line', (line) => { const m = /listening on http:\/\/[^:]+:(\d+)/.exec(line); if (m) resolve(Number(m[1])); });
      child.once('exit', (code) => reject(new Error(`the service stopped (${code})`)));
    });
    const before = readdirSync(path.join(dir, 'articles')).sort();
    // an article that takes the worker many seconds
    void fetch(`http://127.0.0.1:${port}/api/documents`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: pathologicalText('prose', 1024 * 1024) }).catch(() => {});
    await new Promise((f) => setTimeout(f, 2500));
    const listed = await (await fetch(`http://127.0.0.1:${port}/api/documents`)).json() as { pending: { state: string }[] };
    expect(listed.pending.map((p) => p.state)).toEqual(['extracting']);
    const stopping = performance.now();
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(performance.now() - stopping).toBeLessThan(5000);
    expect(code).toBe(0);
    expect(readdirSync(path.join(dir, 'articles')).sort()).toEqual(before);
  }, 60_000);
});
