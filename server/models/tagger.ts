// Part-of-speech tagging: a greedy left-to-right averaged perceptron that predicts UPOS and the
// Penn Treebank XPOS together (one class per pair seen in training), from the word, its affixes
// and shape, its neighbours and the tags already given to the words before it.
import { feature1, feature2, feature3 } from './hashing';
import type { Perceptron, PerceptronTrainer } from './perceptron';
import { wordInfo, type WordInfo } from './words';
import type { WordClusters } from './clusters';

export interface TaggerModel {
  /** class → "UPOS XPOS" */
  tags: string[];
  model: Perceptron;
  clusters: WordClusters;
}

export interface Tagged { upos: string[]; xpos: string[] }

const NONE = 0x5f5f5f5f;
const START = 0x53544152;
export const TAGGER_FEATURES = 38;

/** The features of word i, given the classes of the two words before it. */
export function taggerFeatures(words: WordInfo[], i: number, prev1: number, prev2: number, out: Uint32Array): number {
  const w = words[i]!;
  const at = (k: number) => words[i + k];
  const m1 = at(-1), m2 = at(-2), p1 = at(1), p2 = at(2);
  const norm = (x: WordInfo | undefined) => (x ? x.norm : NONE);
  let n = 0;
  out[n++] = feature1(1, 1);
  out[n++] = feature1(2, w.norm);
  out[n++] = feature1(3, w.suffix[0]);
  out[n++] = feature1(4, w.suffix[1]);
  out[n++] = feature1(5, w.suffix[2]);
  out[n++] = feature1(6, w.suffix[3]);
  out[n++] = feature1(7, w.prefix[0]);
  out[n++] = feature1(8, w.prefix[1]);
  out[n++] = feature1(9, w.prefix[2]);
  out[n++] = feature1(10, w.shape);
  out[n++] = feature1(11, norm(m1));
  out[n++] = feature1(12, norm(p1));
  out[n++] = feature1(13, norm(m2));
  out[n++] = feature1(14, norm(p2));
  out[n++] = feature1(15, prev1);
  out[n++] = feature2(16, prev2, prev1);
  out[n++] = feature2(17, prev1, w.norm);
  out[n++] = feature1(18, m1 ? m1.suffix[2] : NONE);
  out[n++] = feature1(19, p1 ? p1.suffix[2] : NONE);
  out[n++] = feature1(20, w.exact);
  out[n++] = feature2(21, i === 0 ? 1 : 0, w.cap ? 1 : 0);
  out[n++] = feature2(22, w.norm, norm(p1));
  out[n++] = feature2(23, norm(m1), w.norm);
  out[n++] = feature2(24, prev1, w.suffix[2]);
  out[n++] = feature1(25, p1 ? p1.shape : NONE);
  out[n++] = feature1(26, m1 ? m1.shape : NONE);
  out[n++] = feature2(27, prev1, norm(p1));
  out[n++] = feature3(28, norm(m1), w.norm, norm(p1));
  out[n++] = feature2(29, w.suffix[2], p1 ? p1.suffix[2] : NONE);
  out[n++] = feature2(30, w.shape, i === 0 ? 1 : 0);
  out[n++] = feature2(31, prev1, w.shape);
  out[n++] = feature1(32, p2 ? p2.suffix[2] : NONE);
  if (w.cluster) {
    out[n++] = feature1(33, w.cluster);
    out[n++] = feature1(34, w.coarse);
    out[n++] = feature2(35, prev1, w.cluster);
  }
  out[n++] = feature1(36, m1 ? m1.cluster : -1);
  out[n++] = feature1(37, p1 ? p1.cluster : -1);
  out[n++] = feature2(38, w.coarse, p1 ? p1.coarse : -1);
  return n;
}

/**
 * Tags a sentence. With a trainer and gold classes, learns from its mistakes as it goes (the
 * history of the words after a mistake is the gold one, which converges faster).
 */
export function tagClasses(
  words: WordInfo[],
  model: Perceptron | PerceptronTrainer,
  learn?: { gold: number[] },
): number[] {
  const out = new Uint32Array(TAGGER_FEATURES);
  const scores = new Float64Array(model.nClasses);
  const classes: number[] = [];
  let prev1 = START, prev2 = START;
  for (let i = 0; i < words.length; i++) {
    const n = taggerFeatures(words, i, prev1, prev2, out);
    scores.fill(0);
    model.score(out, n, scores);
    let best = 0;
    for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
    if (learn) {
      const trainer = model as PerceptronTrainer;
      const gold = learn.gold[i]!;
      if (best !== gold) trainer.update(out, n, gold, best);
      trainer.tick();
      best = gold;
    }
    classes.push(best);
    prev2 = prev1;
    prev1 = best + 1;
  }
  return classes;
}

export function tag(model: TaggerModel, forms: string[]): Tagged {
  const classes = tagClasses(forms.map((f) => wordInfo(f, model.clusters)), model.model);
  const upos: string[] = [];
  const xpos: string[] = [];
  for (const c of classes) {
    const [u, x] = model.tags[c]!.split(' ');
    upos.push(u!);
    xpos.push(x!);
  }
  return { upos, xpos };
}
