// Training the tagger, parser and lemmatizer from UD trees (CoNLL-U sentences).
import type { ConlluSentence } from '../models/conllu';
import { PerceptronTrainer, type Perceptron } from '../models/perceptron';
import { tagClasses, tag, type TaggerModel } from '../models/tagger';
import { encodeSentence, projectivize, trainSentence, type ParserModel } from '../models/parser';
import { trainLemmatizer } from '../models/lemmatizer';
import { wordInfo } from '../models/words';
import { clustersOf, type ClusterTable, type SyntaxModels } from '../models/syntax';
import type { WordClusters } from '../models/clusters';
import { seededRandom, shuffled } from '../util/random';
import { scoreSyntax, type SyntaxScores } from './score-syntax';

export interface SyntaxTrainOptions {
  taggerEpochs: number;
  parserEpochs: number;
  /** folds for jackknifed tags: the parser learns on tags as good as it will see at run time (under 2: gold tags) */
  folds: number;
  /** epochs after which the parser follows its own mistakes (dynamic oracle exploration) */
  exploreAfter: number;
  seed: number;
  /** sentences to pick the best epoch by (the last epoch is kept without) */
  dev?: ConlluSentence[];
  log?: (line: string) => void;
  /** weights below this share of the largest are dropped from the compact model */
  prune: number;
  /** word clusters for the features (none: words stand alone) */
  clusterTable?: ClusterTable;
}

export const DEFAULT_SYNTAX_OPTIONS: SyntaxTrainOptions = { taggerEpochs: 6, parserEpochs: 12, folds: 5, exploreAfter: 1, seed: 1, prune: 0.0046 };

const tagOf = (w: { upos: string; xpos: string }) => `${w.upos} ${w.xpos}`;

/** One class per UPOS+XPOS pair seen, commonest first. */
export function tagClassesOf(sentences: ConlluSentence[]): { tags: string[]; classOf: (w: { upos: string; xpos: string }) => number } {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s.words) counts.set(tagOf(w), (counts.get(tagOf(w)) ?? 0) + 1);
  const tags = [...counts].sort((a, b) => b[1] - a[1]).map(([t]) => t);
  const index = new Map(tags.map((t, i) => [t, i]));
  return { tags, classOf: (w) => index.get(tagOf(w))! };
}

export function trainTagger(
  sentences: ConlluSentence[],
  options: Pick<SyntaxTrainOptions, 'taggerEpochs' | 'seed' | 'prune' | 'log' | 'dev'>,
  clusters: WordClusters,
): TaggerModel {
  const { tags, classOf } = tagClassesOf(sentences);
  const trainer = new PerceptronTrainer(tags.length);
  const random = seededRandom(options.seed);
  const data = sentences.map((s) => ({ words: s.words.map((w) => wordInfo(w.form, clusters)), gold: s.words.map(classOf) }));
  for (let epoch = 0; epoch < options.taggerEpochs; epoch++) {
    for (const s of shuffled(data, random)) tagClasses(s.words, trainer, { gold: s.gold });
    if (options.dev && options.log) {
      const model = { tags, model: trainer.compact(options.prune), clusters };
      options.log(`  tagger epoch ${epoch + 1}: UPOS ${scoreTags(model, options.dev).toFixed(4)} on dev`);
    }
  }
  return { tags, model: trainer.compact(options.prune), clusters };
}

function scoreTags(model: TaggerModel, sentences: ConlluSentence[]): number {
  let right = 0, total = 0;
  for (const s of sentences) {
    const { upos } = tag(model, s.words.map((w) => w.form));
    s.words.forEach((w, i) => { total++; if (upos[i] === w.upos) right++; });
  }
  return right / Math.max(1, total);
}

/** Each sentence's tags as a tagger trained without it predicts them (k-fold). */
export function jackknifedTags(sentences: ConlluSentence[], options: SyntaxTrainOptions, clusters: WordClusters): { upos: string[]; xpos: string[] }[] {
  const out: { upos: string[]; xpos: string[] }[] = new Array(sentences.length);
  const folds = options.folds;
  for (let f = 0; f < folds; f++) {
    const train = sentences.filter((_, i) => i % folds !== f);
    const model = trainTagger(train, { ...options, dev: undefined, log: undefined }, clusters);
    sentences.forEach((s, i) => { if (i % folds === f) out[i] = tag(model, s.words.map((w) => w.form)); });
    options.log?.(`  jackknife fold ${f + 1}/${folds}`);
  }
  return out;
}

/** Dependency labels as the parser predicts them: every label seen in training. */
export function labelsOf(sentences: ConlluSentence[]): string[] {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s.words) counts.set(w.deprel, (counts.get(w.deprel) ?? 0) + 1);
  const labels = [...counts].sort((a, b) => b[1] - a[1]).map(([l]) => l);
  if (!labels.includes('root')) labels.push('root');
  if (labels.length > 64) throw new Error(`${labels.length} labels: the parser's label sets hold 64`);
  return labels;
}

export function trainParser(
  sentences: ConlluSentence[],
  tags: { upos: string[]; xpos: string[] }[],
  options: SyntaxTrainOptions,
  clusters: WordClusters,
  tagger?: TaggerModel,
): ParserModel {
  const labels = labelsOf(sentences);
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const rootLabel = labelIndex.get('root')!;
  const trainer = new PerceptronTrainer(1 + 2 * labels.length);
  const random = seededRandom(options.seed + 1);
  const data = sentences.map((s, i) => {
    const n = s.words.length;
    // a blank head (or one out of range) goes to the root, so every tree is whole
    const heads = Int32Array.from(s.words, (w) => (w.head > 0 && w.head <= n ? w.head - 1 : n));
    return {
      codes: encodeSentence({ forms: s.words.map((w) => w.form), upos: tags[i]!.upos, xpos: tags[i]!.xpos }, clusters),
      heads: projectivize(heads),
      labels: Int32Array.from(s.words, (w) => labelIndex.get(w.deprel) ?? 0),
    };
  });
  let best: { las: number; model: Perceptron } | undefined;
  for (let epoch = 0; epoch < options.parserEpochs; epoch++) {
    const explore = epoch >= options.exploreAfter ? () => random() < 0.9 : () => false;
    for (const s of shuffled(data, random)) trainSentence(trainer, s.codes, s.heads, s.labels, labels.length, rootLabel, explore);
    if (options.dev && tagger) {
      const model = trainer.compact(options.prune);
      const scores = scoreSyntax({ tagger, parser: { labels, model, clusters }, lemmatizer: { rules: {}, exceptions: {} } }, options.dev);
      options.log?.(`  parser epoch ${epoch + 1}: UAS ${scores.uas.toFixed(4)} LAS ${scores.las.toFixed(4)} on dev`);
      if (!best || scores.las > best.las) best = { las: scores.las, model };
    }
  }
  return { labels, model: best?.model ?? trainer.compact(options.prune), clusters };
}

export function trainSyntax(train: ConlluSentence[], options: SyntaxTrainOptions = DEFAULT_SYNTAX_OPTIONS): SyntaxModels {
  const log = options.log ?? (() => {});
  const clusters = clustersOf(options.clusterTable);
  log('tagger');
  const tagger = trainTagger(train, options, clusters);
  log('jackknifed tags for the parser');
  const tags = options.folds >= 2
    ? jackknifedTags(train, options, clusters)
    : train.map((s) => ({ upos: s.words.map((w) => w.upos), xpos: s.words.map((w) => w.xpos) }));
  log('parser');
  const parser = trainParser(train, tags, options, clusters, tagger);
  const lemmatizer = trainLemmatizer(train.flatMap((s) => s.words));
  return { tagger, parser, lemmatizer, clusterTable: options.clusterTable };
}

export type { SyntaxScores };
