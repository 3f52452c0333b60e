// The seed article's corpus in a temporary data folder, and the app over it.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../server/api/app';
import { loadCorpus } from '../../server/store/corpus';
import { ImportedGraphs } from '../../server/store/graphs';

export async function seedApp(options: { bodyLimit?: string; importLimit?: string } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-api-'));
  cpSync(path.resolve(import.meta.dirname, '../../graph-data/articles'), path.join(dir, 'articles'), { recursive: true });
  const { corpus, report } = await loadCorpus(dir);
  const logs: string[] = [];
  const graphs = await new ImportedGraphs(path.join(dir, 'graphs')).load();
  const app = createApp({ corpus: () => corpus, graphs, log: (l) => logs.push(l), ...options });
  return { app, corpus, graphs, report, logs, dir };
}
