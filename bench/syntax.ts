// Tagging and parsing speed: the EWT test sentences (from ../shared when present, else the bundled
// articles' sentences) tagged, lemmatized and parsed warm on one core; the weights' size and load time.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseConllu } from '../server/models/conllu';
import { analyzeSentence, decodeSyntaxModels, SYNTAX_WEIGHTS } from '../server/models/syntax';
import { readDocument } from '../server/extract/read';
import { analyze } from '../server/extract/nlp';
import { wordsOfTokens } from '../server/extract/syntax';

function sentences(root: string): { name: string; sentences: string[][] } {
  const ewt = path.join(root, '..', 'shared', 'training', 'ud', 'en_ewt-ud-test.conllu.gz');
  if (existsSync(ewt)) {
    return { name: 'EWT test', sentences: parseConllu(gunzipSync(readFileSync(ewt)).toString('utf8')).map((s) => s.words.map((w) => w.form)) };
  }
  const source = readFileSync(path.join(root, 'graph-data', 'articles', 'secret-speech.md'), 'utf8');
  const doc = readDocument('seed', source, 'md');
  const { tokens, sentences: found } = analyze(doc.text, doc.blocks);
  const one = found.map((s) => wordsOfTokens(tokens, s.tokenStart, s.tokenEnd).forms);
  return { name: 'the seed article ×20', sentences: Array.from({ length: 20 }, () => one).flat() };
}

export function benchSyntax(root: string): void {
  const t0 = performance.now();
  const models = decodeSyntaxModels(readFileSync(SYNTAX_WEIGHTS));
  const load = performance.now() - t0;
  const { name, sentences: data } = sentences(root);
  const words = data.reduce((n, s) => n + s.length, 0);
  for (const s of data) analyzeSentence(s, models); // warm-up
  const runs: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    for (const s of data) analyzeSentence(s, models);
    runs.push(performance.now() - t);
  }
  const median = runs.sort((a, b) => a - b)[1]!;
  console.log(`syntax · ${name}, ${words.toLocaleString('en')} words`);
  console.log(`  weights ${(statSync(SYNTAX_WEIGHTS).size / 1e6).toFixed(1)} MB, loaded in ${load.toFixed(0)} ms (target < 300 ms, < 20 MB)`);
  console.log(`  tag + lemmatize + parse, warm: ${Math.round(words / (median / 1000)).toLocaleString('en')} words/s median of 3 (target ≥ 50,000 on one core)`);
}
