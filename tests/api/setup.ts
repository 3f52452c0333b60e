// The seed article's corpus in a temporary data folder, and the app over it.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../server/api/app';
import { loadCorpus } from '../../server/store/corpus';
import { ImportedGraphs } from '../../server/store/graphs';

export async function seedApp(options: { bodyLimit?: string; importLimit?: string; articles?: Record<string, string> } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-api-'));
  if (options.articles) {
    mkdirSync(path.join(dir, 'articles'));
    for (const [name, text] of Object.entries(options.articles)) writeFileSync(path.join(dir, 'articles', name), text);
  } else cpSync(path.resolve(import.meta.dirname, '../../graph-data/articles'), path.join(dir, 'articles'), { recursive: true });
  const { corpus, report } = await loadCorpus(dir);
  const logs: string[] = [];
  const graphs = await new ImportedGraphs(path.join(dir, 'graphs')).load();
  const app = createApp({ corpus: () => corpus, graphs, log: (l) => logs.push(l), bodyLimit: options.bodyLimit, importLimit: options.importLimit });
  return { app, corpus, graphs, report, logs, dir };
}
