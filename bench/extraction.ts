// Extraction speed: the Re-DocRED dev documents (from ../shared/eval when present, else the
// bundled articles repeated) extracted in one process, warm, on one core.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extract, formatOf } from '../server/extract/index';

interface Doc { id: string; source: string; format: 'txt' | 'md' | 'html' }

function corpus(root: string): { name: string; docs: Doc[] } {
  const dev = path.join(root, '..', 'shared', 'eval', 'redocred-dev');
  if (existsSync(dev)) {
    const docs = readdirSync(dev).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ id: f.slice(0, -4), source: readFileSync(path.join(dev, f), 'utf8'), format: 'txt' as const }));
    return { name: `Re-DocRED dev (${docs.length} documents)`, docs };
  }
  const dir = path.join(root, 'graph-data', 'articles');
  const articles = readdirSync(dir).map((f) => ({ id: f, source: readFileSync(path.join(dir, f), 'utf8'), format: formatOf(f) }));
  const docs = Array.from({ length: 50 }, () => articles).flat();
  return { name: `bundled articles ×50 (${docs.length} documents)`, docs };
}

export function benchExtraction(root: string): void {
  const { name, docs } = corpus(root);
  const words = docs.reduce((n, d) => n + d.source.split(/\s+/).filter(Boolean).length, 0);
  const coldStart = performance.now();
  extract(docs[0]!); // loads the model and the gazetteers
  const cold = performance.now() - coldStart;
  for (const d of docs) extract(d); // warm-up pass
  const runs: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    for (const d of docs) extract(d);
    runs.push(performance.now() - t);
  }
  const best = Math.min(...runs);
  const median = runs.sort((a, b) => a - b)[1]!;
  console.log(`extraction · ${name}, ${words.toLocaleString('en')} words`);
  console.log(`  first call (model and gazetteers load): ${cold.toFixed(0)} ms`);
  console.log(`  warm: ${Math.round(words / (median / 1000)).toLocaleString('en')} words/s median of 3 (best ${Math.round(words / (best / 1000)).toLocaleString('en')}), ${(median / docs.length).toFixed(2)} ms per document`);
  console.log(`  target: ≥ 40,000 words/s on one core (the whole pipeline, parser included)`);
}
