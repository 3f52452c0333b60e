// Corrections at scale: 1,000 corrections of every kind replayed onto the graph of 500 articles
// (what every extraction, rebuild and restart without a current graph.json does), and an undo
// through the store (the graph built again from the stored extractions, the log replayed onto it).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extract, EXTRACTOR_VERSION } from '../server/extract/index';
import { buildGraph, type KnowledgeGraph } from '../server/graph/build';
import type { Correction, EntityRef } from '../server/corrections/apply';
import type { LoggedCorrection } from '../server/corrections/log';
import { replayLog } from '../server/corrections/replay';
import { mergeSuggestions } from '../server/corrections/suggestions';
import { CorpusStore } from '../server/store/corpus-store';
import { sourceHash, type StoredExtraction } from '../server/store/corpus';
import { seededRandom } from '../server/util/random';

const CORRECTIONS = 1_000;

/** A mix of corrections a person might make, drawn from the graph (seeded: the same each run). */
function someCorrections(graph: KnowledgeGraph, n: number): Correction[] {
  const random = seededRandom(13);
  const nodes = graph.nodes();
  const edges = graph.edges();
  const ref = (key: string): EntityRef => ({ key, label: graph.getNodeAttribute(key, 'label') });
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  const out: Correction[] = [];
  const kinds = ['rename', 'retype', 'merge', 'delete-relation', 'add-relation', 'delete-entity', 'split'] as const;
  for (let i = 0; i < n; i++) {
    const kind = kinds[i % kinds.length]!;
    const a = pick(nodes), b = pick(nodes);
    switch (kind) {
      case 'rename': out.push({ kind, entity: ref(a), label: `${graph.getNodeAttribute(a, 'label')} (renamed ${i})` }); break;
      case 'retype': out.push({ kind, entity: ref(a), type: pick(['person', 'organization', 'place', 'event', 'work', 'other'] as const) }); break;
      case 'merge': out.push({ kind, entity: ref(a), into: ref(b) }); break;
      case 'delete-relation': { const e = pick(edges); const [s, t] = graph.extremities(e); out.push({ kind, source: ref(s), target: ref(t) }); break; }
      case 'add-relation': out.push({ kind, source: ref(a), target: ref(b), label: 'related by hand' }); break;
      case 'delete-entity': out.push({ kind, entity: ref(a) }); break;
      case 'split': {
        const withAliases = nodes.filter((x) => graph.getNodeAttribute(x, 'aliases').length > 0);
        const c = pick(withAliases);
        const alias = graph.getNodeAttribute(c, 'aliases')[0]!;
        out.push({ kind, entity: ref(c), aliases: [alias], label: alias, type: graph.getNodeAttribute(c, 'type') });
        break;
      }
    }
  }
  return out;
}

export async function benchCorrections(root: string): Promise<void> {
  const dev = path.join(root, '..', 'shared', 'eval', 'redocred-dev');
  const sources = existsSync(dev)
    ? readdirSync(dev).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ id: f.slice(0, -4), source: readFileSync(path.join(dev, f), 'utf8') }))
    : Array.from({ length: 500 }, (_, i) => ({ id: `report-${i}`, source: `Inspector Halvard Nummi${i} of the Tampere Police visited Tampere and met Governor Saila Ranta${i % 40}.` }));
  const extractions: StoredExtraction[] = sources.map(({ id, source }) => ({ ...extract({ id, source, format: 'txt' }), extractorVersion: EXTRACTOR_VERSION, hash: sourceHash(source) }));
  const texts = new Map(extractions.map((x) => [x.document.id, x.document.text]));
  const textOf = (id: string) => texts.get(id);
  const base = buildGraph(extractions);
  const entries: LoggedCorrection[] = someCorrections(base, CORRECTIONS).map((correction, i) => ({ id: `c${i}`, at: new Date(0).toISOString(), correction }));
  console.log(`corrections · ${CORRECTIONS.toLocaleString('en')} corrections (renames, retypes, merges, splits, deletions, added relations) on ${sources.length} articles: ${base.order.toLocaleString('en')} entities, ${base.size.toLocaleString('en')} relations`);
  const runs: number[] = [];
  let applied = 0;
  for (let r = 0; r < 5; r++) {
    const graph = base.copy();
    const t = performance.now();
    const applies = replayLog(graph, entries, textOf);
    runs.push(performance.now() - t);
    applied = [...applies.values()].filter(Boolean).length;
  }
  runs.sort((a, b) => a - b);
  console.log(`  replay onto the built graph: ${runs[2]!.toFixed(0)} ms median of 5 (best ${runs[0]!.toFixed(0)} ms; target < 1,000 ms); ${applied} of ${CORRECTIONS} applied (the rest name entities an earlier correction took away)`);

  // an undo through the store: the stored extractions read, the graph built, the log replayed
  const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-corrections-'));
  try {
    mkdirSync(path.join(dir, 'articles')); mkdirSync(path.join(dir, 'extracted'));
    for (const x of extractions) {
      writeFileSync(path.join(dir, 'articles', `${x.document.id}.txt`), sources.find((s) => s.id === x.document.id)!.source);
      writeFileSync(path.join(dir, 'extracted', `${x.document.id}.json`), JSON.stringify(x));
    }
    writeFileSync(path.join(dir, 'corrections.jsonl'), entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
    let t = performance.now();
    const store = await CorpusStore.open(dir, { analysisDelayMs: 3_600_000 });
    console.log(`  a start with no graph.json (extractions read, graph built, log replayed, layout and metrics): ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
    await store.undoCorrection('c500');
    console.log(`  undo one correction through the store (extractions read, graph built, log replayed, positions kept): ${(performance.now() - t).toFixed(0)} ms`);
    t = performance.now();
    const suggestions = mergeSuggestions(store.corpus.graph, 50);
    console.log(`  merge suggestions over the corrected graph: ${(performance.now() - t).toFixed(0)} ms (${suggestions.length} shown, best: ${suggestions.slice(0, 3).map((s) => s.reason).join('; ')})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
