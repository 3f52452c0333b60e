// Part-of-speech tagging: a greedy left-to-right averaged perceptron that predicts UPOS and the
// Penn Treebank XPOS together (one class per pair seen in training), from the word, its affixes
// and shape, its neighbours and the tags already given to the words before it.
import { Perceptron, type PerceptronTrainer } from './perceptron';
import { encodeTemplates, templateBuilder, templateFeatures } from './templates';
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

/** The values the tagger's features combine: the word, its neighbours, the tags before it. */
const ATOM_NAMES = [
  'one', 'norm', 'suf1', 'suf2', 'suf3', 'suf4', 'pre1', 'pre2', 'pre3', 'shape', 'exact', 'cap', 'first',
  'cluster', 'coarse', 'prev1', 'prev2',
  'm1norm', 'm2norm', 'p1norm', 'p2norm', 'm1suf3', 'p1suf3', 'p2suf3', 'm1shape', 'p1shape',
  'm1cluster', 'p1cluster', 'p1coarse',
] as const;
const { A, t } = templateBuilder(ATOM_NAMES);

/**
 * The feature templates. The last three are for words the clusters know, and only those: they
 * are left out (scored over the first TAGGER_ALWAYS) for the others.
 */
const TAGGER_TEMPLATES = [
  t(1, 'one'), t(2, 'norm'), t(3, 'suf1'), t(4, 'suf2'), t(5, 'suf3'), t(6, 'suf4'), t(7, 'pre1'), t(8, 'pre2'), t(9, 'pre3'),
  t(10, 'shape'), t(11, 'm1norm'), t(12, 'p1norm'), t(13, 'm2norm'), t(14, 'p2norm'),
  t(15, 'prev1'), t(16, 'prev2', 'prev1'), t(17, 'prev1', 'norm'), t(18, 'm1suf3'), t(19, 'p1suf3'), t(20, 'exact'),
  t(21, 'first', 'cap'), t(22, 'norm', 'p1norm'), t(23, 'm1norm', 'norm'), t(24, 'prev1', 'suf3'),
  t(25, 'p1shape'), t(26, 'm1shape'), t(27, 'prev1', 'p1norm'), t(28, 'm1norm', 'norm', 'p1norm'),
  t(29, 'suf3', 'p1suf3'), t(30, 'shape', 'first'), t(31, 'prev1', 'shape'), t(32, 'p2suf3'),
  t(36, 'm1cluster'), t(37, 'p1cluster'), t(38, 'coarse', 'p1coarse'),
  // known words only
  t(33, 'cluster'), t(34, 'coarse'), t(35, 'prev1', 'cluster'),
];
export const TAGGER_FEATURES = TAGGER_TEMPLATES.length;
const TAGGER_ALWAYS = TAGGER_FEATURES - 3;
export const ENCODED_TAGGER_TEMPLATES = encodeTemplates(TAGGER_TEMPLATES);

/** Writes the atoms of word i, given the classes (1-based, or START) of the two words before it. */
export function taggerAtoms(words: WordInfo[], i: number, prev1: number, prev2: number, a: Int32Array): void {
  const w = words[i]!;
  const m1 = i >= 1 ? words[i - 1] : undefined, m2 = i >= 2 ? words[i - 2] : undefined;
  const p1 = i + 1 < words.length ? words[i + 1] : undefined, p2 = i + 2 < words.length ? words[i + 2] : undefined;
  a[A.one] = 1; a[A.norm] = w.norm;
  a[A.suf1] = w.suffix[0]; a[A.suf2] = w.suffix[1]; a[A.suf3] = w.suffix[2]; a[A.suf4] = w.suffix[3];
  a[A.pre1] = w.prefix[0]; a[A.pre2] = w.prefix[1]; a[A.pre3] = w.prefix[2];
  a[A.shape] = w.shape; a[A.exact] = w.exact; a[A.cap] = w.cap ? 1 : 0; a[A.first] = i === 0 ? 1 : 0;
  a[A.cluster] = w.cluster; a[A.coarse] = w.coarse; a[A.prev1] = prev1; a[A.prev2] = prev2;
  a[A.m1norm] = m1 ? m1.norm : NONE; a[A.m2norm] = m2 ? m2.norm : NONE;
  a[A.p1norm] = p1 ? p1.norm : NONE; a[A.p2norm] = p2 ? p2.norm : NONE;
  a[A.m1suf3] = m1 ? m1.suffix[2] : NONE; a[A.p1suf3] = p1 ? p1.suffix[2] : NONE; a[A.p2suf3] = p2 ? p2.suffix[2] : NONE;
  a[A.m1shape] = m1 ? m1.shape : NONE; a[A.p1shape] = p1 ? p1.shape : NONE;
  a[A.m1cluster] = m1 ? m1.cluster : -1; a[A.p1cluster] = p1 ? p1.cluster : -1; a[A.p1coarse] = p1 ? p1.coarse : -1;
}

/** How many of the templates apply to word i. */
const templatesFor = (w: WordInfo): number => (w.cluster ? TAGGER_FEATURES : TAGGER_ALWAYS);

const atomsForTraining = new Int32Array(ATOM_NAMES.length);

/** The features of word i, given the classes of the two words before it, hashed here (training). */
export function taggerFeatures(words: WordInfo[], i: number, prev1: number, prev2: number, out: Uint32Array): number {
  taggerAtoms(words, i, prev1, prev2, atomsForTraining);
  return templateFeatures(ENCODED_TAGGER_TEMPLATES, templatesFor(words[i]!), atomsForTraining, out);
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
  if (model instanceof Perceptron && !learn) return tagWithScorer(words, model);
  const out = new Uint32Array(TAGGER_FEATURES);
  const scores = new Float64Array(model.nClasses);
  const classes: number[] = [];
  let prev1 = START, prev2 = START;
  for (let i = 0; i < words.length; i++) {
    const n = taggerFeatures(words, i, prev1, prev2, out);
    scores.fill(0);
    model.score(out, n, scores);
    let best = 0;
    for (let c = 1; c < model.nClasses; c++) if (scores[c]! > scores[best]!) best = c;
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

/** Tags with the features hashed and scored in WebAssembly. */
function tagWithScorer(words: WordInfo[], model: Perceptron): number[] {
  model.useTemplates(ENCODED_TAGGER_TEMPLATES);
  const atoms = model.atoms;
  const classes: number[] = [];
  let prev1 = START, prev2 = START;
  for (let i = 0; i < words.length; i++) {
    taggerAtoms(words, i, prev1, prev2, atoms);
    const scores = model.scoreTemplates(templatesFor(words[i]!));
    let best = 0;
    for (let c = 1; c < model.nClasses; c++) if (scores[c]! > scores[best]!) best = c;
    classes.push(best);
    prev2 = prev1;
    prev1 = best + 1;
  }
  return classes;
}

/** Each class's UPOS and XPOS, split once per model. */
const splitTags = new WeakMap<string[], { upos: string[]; xpos: string[] }>();

function tagParts(tags: string[]): { upos: string[]; xpos: string[] } {
  let parts = splitTags.get(tags);
  if (!parts) {
    parts = { upos: [], xpos: [] };
    for (const t of tags) { const [u, x] = t.split(' '); parts.upos.push(u!); parts.xpos.push(x!); }
    splitTags.set(tags, parts);
  }
  return parts;
}

export function tag(model: TaggerModel, forms: string[]): Tagged {
  const words: WordInfo[] = [];
  for (const f of forms) words.push(wordInfo(f, model.clusters));
  const classes = tagClasses(words, model.model);
  const parts = tagParts(model.tags);
  const upos: string[] = [];
  const xpos: string[] = [];
  for (const c of classes) { upos.push(parts.upos[c]!); xpos.push(parts.xpos[c]!); }
  return { upos, xpos };
}
