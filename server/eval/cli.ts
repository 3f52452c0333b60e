// npm run eval -- GOLD_DIR [--articles DIR] [--worst N] [--json]
// Extracts each article that a gold file of GOLD_DIR names and prints the guidelines' figures.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extract, formatOf } from '../extract/index';
import { buildGraph } from '../graph/build';
import { GoldSchema, scoreGraph, summarize, type Score, type SerializedGraph } from './score';

async function findArticle(name: string, dirs: string[]): Promise<string | undefined> {
  for (const d of dirs) {
    const p = path.join(d, name);
    try { await fs.access(p); return p; } catch { /* next */ }
  }
  return undefined;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { articles: { type: 'string' }, worst: { type: 'string' }, json: { type: 'boolean' } } });
  const goldDir = positionals[0];
  if (!goldDir) { console.error('usage: npm run eval -- GOLD_DIR [--articles DIR] [--worst N] [--json]'); return 2; }
  const dirs = [values.articles, goldDir, path.join(goldDir, '..', 'articles')].filter((d): d is string => !!d);
  const golds = (await fs.readdir(goldDir)).filter((f) => f.endsWith('.gold.json')).sort();
  if (!golds.length) { console.error(`eval: no *.gold.json files in ${goldDir}`); return 2; }
  const scores: (Score & { name: string; f1: number })[] = [];
  let words = 0;
  const started = performance.now();
  for (const g of golds) {
    const gold = GoldSchema.parse(JSON.parse(await fs.readFile(path.join(goldDir, g), 'utf8')));
    const articlePath = await findArticle(gold.document, dirs);
    if (!articlePath) { console.error(`eval: ${g}: article ${gold.document} not found`); return 2; }
    const source = await fs.readFile(articlePath, 'utf8');
    words += source.split(/\s+/).length;
    const graph = buildGraph([extract({ id: path.basename(articlePath).replace(/\.[^.]+$/, ''), source, format: formatOf(articlePath) })]).export() as unknown as SerializedGraph;
    const s = scoreGraph(graph, gold, source);
    const one = summarize([s]);
    scores.push({ ...s, name: g.replace('.gold.json', ''), f1: one.entity.f1 });
  }
  const seconds = (performance.now() - started) / 1000;
  const figures = summarize(scores);
  if (values.json) { console.log(JSON.stringify(figures)); return 0; }
  const worst = Number(values.worst ?? 0);
  for (const s of [...scores].sort((a, b) => a.f1 - b.f1).slice(0, worst)) {
    console.log(`${s.name} F1 ${s.f1}\n  missed: ${s.missed.join('; ')}\n  spurious: ${s.spurious.join('; ')}\n  duplicates: ${s.duplicateList.join('; ')}\n  types: ${s.typeErrors.join('; ')}\n  missed relations: ${s.missedPairs.join('; ')}`);
  }
  const f = figures;
  console.log(`${f.documents} documents, ${words} words in ${seconds.toFixed(1)} s`);
  console.log(`entity P ${f.entity.precision} R ${f.entity.recall} F1 ${f.entity.f1} · duplicates ${f.duplicates} · types ${f.typeAccuracy} · relations R ${f.relationRecall} P ${f.relationPrecision} · labels ${f.labelAccuracy} · typed relations R ${f.typedRelationRecall} P ${f.typedRelationPrecision} · grounded ${f.grounded} · nodes ${f.nodes} · edges ${f.edges}`);
  return 0;
}

main().then((code) => { process.exitCode = code; }, (err) => { console.error(err); process.exitCode = 1; });
