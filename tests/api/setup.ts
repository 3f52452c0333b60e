// The seed article's corpus in a temporary data folder, and the app over it.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../server/api/app';
import { loadCorpus } from '../../server/store/corpus';

export async function seedApp(options: { bodyLimit?: string } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-api-'));
  cpSync(path.resolve(import.meta.dirname, '../../graph-data/articles'), path.join(dir, 'articles'), { recursive: true });
  const { corpus, report } = await loadCorpus(dir);
  const logs: string[] = [];
  const app = createApp({ corpus: () => corpus, log: (l) => logs.push(l), ...options });
  return { app, corpus, report, logs, dir };
}
