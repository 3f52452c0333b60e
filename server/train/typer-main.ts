// The relation typer's part of `npm run train`: examples from Re-DocRED dev and the extra DocRED
// documents, 5-fold cross-validation on Re-DocRED dev scored by ../shared/eval/score-many.mjs, then
// the model trained on everything and written to server/models/weights/.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { documentExamples, propertyCounts, trainTyper, scoreTyper, type DocredDocument, type TyperExample } from './relation-types';
import { typeRelations } from '../extract/relation-types';
import { sentenceEvidence } from '../extract/relations';
import { buildGraph } from '../graph/build';
import { encodeRelationTyper, RELATION_TYPER_WEIGHTS } from '../models/relation-typer';
import type { DocumentAnalysis } from '../extract/index';

const EPOCHS = Number(process.env.TYPER_EPOCHS ?? 8);
const FOLDS = 5;

export function trainRelationTyper(training: string, log: (line: string) => void): void {
  const read = (name: string) => JSON.parse(gunzipSync(readFileSync(path.join(training, 'docred', name))).toString('utf8')) as DocredDocument[];
  const dev = read('redocred-dev.json.gz');
  const extra = read('docred-extra.json.gz');
  const counts = propertyCounts([...dev, ...extra]);
  const classes = ['none', ...[...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!)];
  const evalDir = path.resolve(training, '..', 'eval', 'redocred-dev');
  log(`relation typer: examples from ${dev.length} + ${extra.length} documents`);
  const devData = dev.map((doc, i) => {
    const name = String(i).padStart(3, '0');
    const textFile = path.join(evalDir, `${name}.txt`);
    const source = existsSync(textFile) ? readFileSync(textFile, 'utf8') : undefined;
    return { name, ...documentExamples(doc, name, source) };
  });
  const extraExamples = extra.flatMap((doc, i) => documentExamples(doc, `extra-${i}`).examples);

  // cross-validation: each fold's documents typed by a model that never saw them
  const out = path.join(tmpdir(), `ariadne-typer-cv-${process.pid}`);
  mkdirSync(out, { recursive: true });
  const thresholds = [-10000, -8000, -6000, -4000, -2000, 0];
  const byThreshold = new Map<number, { right: number; predicted: number; gold: number }>();
  for (let f = 0; f < FOLDS; f++) {
    const train: TyperExample[] = [...extraExamples, ...devData.filter((_, i) => i % FOLDS !== f).flatMap((d) => d.examples)];
    const model = trainTyper(train, classes, { epochs: EPOCHS, seed: 1, threshold: 0, newThreshold: 0 });
    const held = devData.filter((_, i) => i % FOLDS === f);
    for (const t of thresholds) {
      const s = scoreTyper({ ...model, threshold: t }, held.flatMap((d) => d.examples));
      const acc = byThreshold.get(t) ?? { right: 0, predicted: 0, gold: 0 };
      byThreshold.set(t, { right: acc.right + s.right, predicted: acc.predicted + s.predicted, gold: acc.gold + s.gold });
    }
    for (const d of held) writeGraph(out, d.name, d.analysis, { ...model, threshold: THRESHOLD, newThreshold: NEW_THRESHOLD });
    log(`  fold ${f + 1}/${FOLDS}`);
  }
  for (const [t, a] of byThreshold) log(`  threshold ${t}: candidate pairs P ${(a.right / Math.max(1, a.predicted)).toFixed(3)} R ${(a.right / Math.max(1, a.gold)).toFixed(3)}`);
  let scores: unknown;
  if (existsSync(evalDir)) {
    const json = execFileSync(process.execPath, [path.resolve(training, '..', 'eval', 'score-many.mjs'), evalDir, out, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    scores = JSON.parse(json);
    const s = scores as Record<string, unknown>;
    log(`  cross-validated on Re-DocRED dev: ${JSON.stringify({ entity: s.entity, typeAccuracy: s.typeAccuracy, relationRecall: s.relationRecall, relationPrecision: s.relationPrecision, typedRelationRecall: s.typedRelationRecall, typedRelationPrecision: s.typedRelationPrecision })}`);
  }
  rmSync(out, { recursive: true, force: true });

  const model = trainTyper([...extraExamples, ...devData.flatMap((d) => d.examples)], classes, { epochs: EPOCHS, seed: 1, threshold: THRESHOLD, newThreshold: NEW_THRESHOLD });
  writeFileSync(RELATION_TYPER_WEIGHTS, encodeRelationTyper(model, { trainedOn: ['redocred-dev.json.gz', 'docred-extra.json.gz'], scores }));
  log(`  weights: ${RELATION_TYPER_WEIGHTS}`);
}

/** The margin over "none" a property needs: picked on the cross-validation above. */
const THRESHOLD = Number(process.env.TYPER_THRESHOLD ?? -10000);
/** A relation the rules did not find needs more: a wrong new edge costs more than a missing type. */
const NEW_THRESHOLD = Number(process.env.TYPER_NEW_THRESHOLD ?? 0);

function writeGraph(dir: string, name: string, a: DocumentAnalysis, model: Parameters<typeof typeRelations>[1]): void {
  const relations = typeRelations({ ...a, relations: structuredClone(a.relations) }, model, (s, p) => sentenceEvidence(a.doc.id, a.doc.text, a.tokens, s, p));
  const graph = buildGraph([{
    document: { id: a.doc.id, format: a.doc.format, text: a.doc.text, sentences: [] },
    entities: a.entities,
    relations,
  }]);
  writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(graph.export()));
}
