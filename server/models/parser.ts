// Dependency parsing: a greedy arc-hybrid transition system with the root at the end of the buffer
// (Ballesteros & Nivre 2013), so every sequence of legal transitions yields one projective tree with a
// single root. An averaged perceptron scores labelled transitions from rich non-local features
// (Zhang & Nivre 2011): words and tags of the stack and buffer, their children, labels, distance and
// valency. It learns with a dynamic oracle (Goldberg & Nivre 2013): after any transition, it knows
// which next transitions lose no more gold arcs, so it can learn from its own mistakes.
import { feature2, hashString } from './hashing';
import { encodeTemplates, templateBuilder, templateFeatures } from './templates';
import type { Perceptron, PerceptronTrainer } from './perceptron';
import { normalizeWord } from './words';
import { NO_CLUSTERS, type WordClusters } from './clusters';

export interface ParserModel {
  /** the dependency labels; transition 0 is SHIFT, 1+l LEFT-ARC with label l, 1+L+l RIGHT-ARC */
  labels: string[];
  model: Perceptron;
  clusters: WordClusters;
}

/** What the parser reads of each word: its form and predicted tags. */
export interface ParserInput { forms: string[]; upos: string[]; xpos: string[] }

/** heads[i] is the 1-based index of word i's head, 0 for the root; deprels its label. */
export interface Parse { heads: number[]; deprels: string[] }

export const SHIFT = 0;
const NONE = 0x4e4f4e45;
const ROOT = 0x524f4f54;

/** The words as hashes, with the root at index n. */
export interface SentenceCodes { n: number; w: Int32Array; p: Int32Array; u: Int32Array; c: Int32Array }

export function encodeSentence(input: ParserInput, clusters: WordClusters = NO_CLUSTERS): SentenceCodes {
  const n = input.forms.length;
  const w = new Int32Array(n + 1), p = new Int32Array(n + 1), u = new Int32Array(n + 1), c = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const normal = normalizeWord(input.forms[i]!);
    w[i] = hashString(normal);
    p[i] = hashString(input.xpos[i]!);
    u[i] = hashString(input.upos[i]!);
    c[i] = clusters.fineOfNormal(normal);
  }
  w[n] = ROOT; p[n] = ROOT; u[n] = ROOT; c[n] = ROOT;
  return { n, w, p, u, c };
}

/** A configuration: the stack, the front of the buffer, and the arcs made so far. */
export class ParseState {
  readonly stack: Int32Array;
  sp = 0;
  /** front of the buffer: words b..n-1, then the root n */
  b = 0;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  readonly lc1: Int32Array; readonly lc2: Int32Array; readonly rc1: Int32Array; readonly rc2: Int32Array;
  readonly nl: Int32Array; readonly nr: Int32Array;
  /** the sets of labels of left and right children, as bit sets over the first 32 and next 32 labels */
  readonly lset: Int32Array; readonly rset: Int32Array;

  constructor(readonly n: number) {
    const a = () => new Int32Array(n + 1).fill(-1);
    this.stack = new Int32Array(n + 1);
    this.heads = a(); this.labels = a();
    this.lc1 = a(); this.lc2 = a(); this.rc1 = a(); this.rc2 = a();
    this.nl = new Int32Array(n + 1); this.nr = new Int32Array(n + 1);
    this.lset = new Int32Array(2 * (n + 1)); this.rset = new Int32Array(2 * (n + 1));
  }

  get terminal(): boolean { return this.sp === 0 && this.b === this.n; }
  s(k: number): number { return this.sp > k ? this.stack[this.sp - 1 - k]! : -1; }

  canShift(): boolean { return this.b < this.n; }
  canLeft(): boolean { return this.sp >= 1 && (this.b < this.n || this.sp === 1); }
  canRight(): boolean { return this.sp >= 2; }

  /** Applies transition t (assumed legal) with nLabels labels. */
  apply(t: number, nLabels: number): void {
    if (t === SHIFT) { this.stack[this.sp++] = this.b++; return; }
    const left = t <= nLabels;
    const label = left ? t - 1 : t - 1 - nLabels;
    const d = this.stack[--this.sp]!;
    const h = left ? this.b : this.stack[this.sp - 1]!;
    this.attach(h, d, label);
  }

  private attach(h: number, d: number, label: number): void {
    this.heads[d] = h;
    this.labels[d] = label;
    const word = label >> 5, bit = 1 << (label & 31);
    if (d < h) {
      this.nl[h]!++;
      this.lset[2 * h + word]! |= bit;
      if (this.lc1[h]! < 0 || d < this.lc1[h]!) { this.lc2[h] = this.lc1[h]!; this.lc1[h] = d; }
      else if (this.lc2[h]! < 0 || d < this.lc2[h]!) this.lc2[h] = d;
    } else {
      this.nr[h]!++;
      this.rset[2 * h + word]! |= bit;
      if (this.rc1[h]! < 0 || d > this.rc1[h]!) { this.rc2[h] = this.rc1[h]!; this.rc1[h] = d; }
      else if (this.rc2[h]! < 0 || d > this.rc2[h]!) this.rc2[h] = d;
    }
  }
}

/** The values the parser's features combine, read off a configuration: "s0w" the word on top of the stack, "s0lp" the tag of its leftmost child … */
const ATOM_NAMES = [
  's0w', 's0p', 's0u', 's0c', 's1w', 's1p', 's1u', 's1c', 's2p',
  'b0w', 'b0p', 'b0u', 'b0c', 'b1w', 'b1p', 'b1c', 'b2w', 'b2p',
  's0lw', 's0lp', 's0ll', 's0rw', 's0rp', 's0rl', 's0l2w', 's0l2p', 's0l2l', 's0r2w', 's0r2p', 's0r2l',
  's1lp', 's1ll', 's1rw', 's1rp', 's1rl', 's1r2p',
  'b0lw', 'b0lp', 'b0ll', 'b0l2w', 'b0l2p', 'b0l2l',
  'd', 'd1', 's0vr', 's0vl', 'b0vl', 's1vr', 's0rs', 's0ls', 'b0ls', 's1rs', 'rootInReach', 'stackFill',
] as const;
const { A, t } = templateBuilder(ATOM_NAMES);
export const PARSER_ATOMS = ATOM_NAMES.length;

/** The feature templates (Zhang & Nivre 2011, with word clusters): a number and the atoms it combines. */
const PARSER_TEMPLATES = [
  // single words
  t(1, 's0w'), t(2, 's0p'), t(3, 's0w', 's0p'), t(4, 's1w'), t(5, 's1p'), t(6, 's1w', 's1p'),
  t(7, 'b0w'), t(8, 'b0p'), t(9, 'b0w', 'b0p'), t(10, 'b1w'), t(11, 'b1p'), t(12, 'b1w', 'b1p'),
  t(13, 'b2w'), t(14, 'b2p'), t(15, 's2p'), t(16, 's0u'), t(17, 'b0u'),
  // pairs
  t(20, 's0w', 's0p', 'b0w', 'b0p'), t(21, 's0w', 's0p', 'b0w'), t(22, 's0w', 'b0w', 'b0p'),
  t(23, 's0w', 's0p', 'b0p'), t(24, 's0p', 'b0w', 'b0p'), t(25, 's0w', 'b0w'),
  t(26, 's0p', 'b0p'), t(27, 'b0p', 'b1p'), t(28, 's1w', 's1p', 's0w', 's0p'),
  t(29, 's1w', 's0w'), t(30, 's1p', 's0p'), t(31, 's1w', 's0p', 'b0p'),
  t(32, 's1p', 's0w', 'b0p'), t(33, 's0u', 'b0u'), t(34, 's1u', 's0u'),
  t(35, 's1p', 's0w', 's0p'), t(36, 's1w', 's1p', 's0p'),
  // triples of tags
  t(40, 'b0p', 'b1p', 'b2p'), t(41, 's0p', 'b0p', 'b1p'), t(42, 's1p', 's0p', 'b0p'),
  t(43, 's2p', 's1p', 's0p'), t(44, 's0p', 's0lp', 'b0p'), t(45, 's0p', 's0rp', 'b0p'),
  t(46, 's0p', 'b0p', 'b0lp'), t(47, 's1p', 's1rp', 's0p'), t(48, 's1p', 's0p', 's0lp'),
  t(49, 's1p', 's0p', 's0rp'), t(50, 's1p', 's1lp', 's0p'), t(51, 's1p', 's0p', 'b0p', 'b1p'),
  // distance
  t(55, 's0w', 'd'), t(56, 's0p', 'd'), t(57, 'b0w', 'd'), t(58, 'b0p', 'd'),
  t(59, 's0w', 'b0w', 'd'), t(60, 's0p', 'b0p', 'd'), t(61, 's1p', 's0p', 'd1'), t(62, 's1w', 's0w', 'd1'),
  // valency
  t(63, 's0w', 's0vr'), t(64, 's0p', 's0vr'), t(65, 's0w', 's0vl'),
  t(66, 's0p', 's0vl'), t(67, 'b0w', 'b0vl'), t(68, 'b0p', 'b0vl'), t(69, 's1p', 's1vr'),
  // children
  t(70, 's0lw'), t(71, 's0lp'), t(72, 's0ll'), t(73, 's0rw'), t(74, 's0rp'), t(75, 's0rl'),
  t(76, 'b0lw'), t(77, 'b0lp'), t(78, 'b0ll'), t(79, 's1rw', 's1rl'), t(80, 's1rp', 's1rl'), t(81, 's1p', 's1ll'),
  // second children (third-order)
  t(85, 's0l2w'), t(86, 's0l2p'), t(87, 's0l2l'), t(88, 's0r2w'), t(89, 's0r2p'), t(90, 's0r2l'),
  t(91, 'b0l2w'), t(92, 'b0l2p'), t(93, 'b0l2l'),
  t(94, 's0p', 's0lp', 's0l2p'), t(95, 's0p', 's0rp', 's0r2p'), t(96, 'b0p', 'b0lp', 'b0l2p'), t(97, 's1p', 's1rp', 's1r2p'),
  // label sets
  t(100, 's0w', 's0rs'), t(101, 's0p', 's0rs'), t(102, 's0w', 's0ls'),
  t(103, 's0p', 's0ls'), t(104, 'b0w', 'b0ls'), t(105, 'b0p', 'b0ls'), t(106, 's1p', 's1rs'),
  // the root is in reach, and how full the stack is
  t(110, 'rootInReach', 'stackFill', 's0p'),
  // word clusters: what is learned of a word carries to words used alike
  t(120, 's0c'), t(121, 'b0c'), t(122, 's1c'), t(123, 'b1c'),
  t(124, 's0c', 'b0c'), t(125, 's0c', 'b0p'), t(126, 's0p', 'b0c'),
  t(127, 's1c', 's0c'), t(128, 's1c', 's0p'), t(129, 's1p', 's0c'),
  t(130, 's0c', 'b0p', 'b1p'), t(131, 's1p', 's0p', 'b0c'),
];
export const PARSER_FEATURES = PARSER_TEMPLATES.length;
export const ENCODED_PARSER_TEMPLATES = encodeTemplates(PARSER_TEMPLATES);

function distanceBucket(d: number): number {
  if (d <= 4) return d;
  if (d <= 7) return 5;
  if (d <= 10) return 6;
  return 7;
}

/** A token's value in an array, NONE where there is no token. */
const at = (arr: Int32Array, x: number): number => (x < 0 ? NONE : arr[x]!);
const child = (arr: Int32Array, x: number): number => (x < 0 ? -1 : arr[x]!);
const valency = (arr: Int32Array, x: number): number => (x < 0 ? -1 : Math.min(arr[x]!, 4));
const labelSet = (sets: Int32Array, x: number): number => (x < 0 ? NONE : feature2(0, sets[2 * x]!, sets[2 * x + 1]!));

/** Writes the atoms of a configuration. */
export function parserAtoms(c: SentenceCodes, s: ParseState, a: Int32Array): void {
  const { w, p, u } = c;
  const labels = s.labels;
  const s0 = s.s(0), s1 = s.s(1), s2 = s.s(2);
  const b0 = s.b <= s.n ? s.b : -1;
  const b1 = s.b + 1 <= s.n ? s.b + 1 : -1;
  const b2 = s.b + 2 <= s.n ? s.b + 2 : -1;
  const s0l = child(s.lc1, s0), s0l2 = child(s.lc2, s0), s0r = child(s.rc1, s0), s0r2 = child(s.rc2, s0);
  const s1l = child(s.lc1, s1), s1r = child(s.rc1, s1), s1r2 = child(s.rc2, s1);
  const b0l = child(s.lc1, b0), b0l2 = child(s.lc2, b0);
  a[A.s0w] = at(w, s0); a[A.s0p] = at(p, s0); a[A.s0u] = at(u, s0); a[A.s0c] = at(c.c, s0);
  a[A.s1w] = at(w, s1); a[A.s1p] = at(p, s1); a[A.s1u] = at(u, s1); a[A.s1c] = at(c.c, s1);
  a[A.s2p] = at(p, s2);
  a[A.b0w] = at(w, b0); a[A.b0p] = at(p, b0); a[A.b0u] = at(u, b0); a[A.b0c] = at(c.c, b0);
  a[A.b1w] = at(w, b1); a[A.b1p] = at(p, b1); a[A.b1c] = at(c.c, b1);
  a[A.b2w] = at(w, b2); a[A.b2p] = at(p, b2);
  a[A.s0lw] = at(w, s0l); a[A.s0lp] = at(p, s0l); a[A.s0ll] = at(labels, s0l);
  a[A.s0rw] = at(w, s0r); a[A.s0rp] = at(p, s0r); a[A.s0rl] = at(labels, s0r);
  a[A.s0l2w] = at(w, s0l2); a[A.s0l2p] = at(p, s0l2); a[A.s0l2l] = at(labels, s0l2);
  a[A.s0r2w] = at(w, s0r2); a[A.s0r2p] = at(p, s0r2); a[A.s0r2l] = at(labels, s0r2);
  a[A.s1lp] = at(p, s1l); a[A.s1ll] = at(labels, s1l);
  a[A.s1rw] = at(w, s1r); a[A.s1rp] = at(p, s1r); a[A.s1rl] = at(labels, s1r); a[A.s1r2p] = at(p, s1r2);
  a[A.b0lw] = at(w, b0l); a[A.b0lp] = at(p, b0l); a[A.b0ll] = at(labels, b0l);
  a[A.b0l2w] = at(w, b0l2); a[A.b0l2p] = at(p, b0l2); a[A.b0l2l] = at(labels, b0l2);
  a[A.d] = s0 >= 0 && b0 >= 0 ? distanceBucket(b0 - s0) : 0;
  a[A.d1] = s0 >= 0 && s1 >= 0 ? distanceBucket(s0 - s1) : 0;
  a[A.s0vr] = valency(s.nr, s0); a[A.s0vl] = valency(s.nl, s0); a[A.b0vl] = valency(s.nl, b0); a[A.s1vr] = valency(s.nr, s1);
  a[A.s0rs] = labelSet(s.rset, s0); a[A.s0ls] = labelSet(s.lset, s0); a[A.b0ls] = labelSet(s.lset, b0); a[A.s1rs] = labelSet(s.rset, s1);
  a[A.rootInReach] = b0 === s.n ? 1 : 0;
  a[A.stackFill] = Math.min(s.sp, 3);
}

const atomsForTraining = new Int32Array(PARSER_ATOMS);

/** The features of a configuration, hashed here (training; parsing hashes them in WebAssembly). */
export function parserFeatures(c: SentenceCodes, s: ParseState, out: Uint32Array): number {
  parserAtoms(c, s, atomsForTraining);
  return templateFeatures(ENCODED_PARSER_TEMPLATES, PARSER_FEATURES, atomsForTraining, out);
}

/**
 * The legal transitions of a state as three ranges of classes [lo, hi) less two excluded ones:
 * SHIFT, then LEFT and RIGHT with any label but "root" — and LEFT onto the root with "root" only.
 */
export interface LegalRanges { lo0: number; hi0: number; lo1: number; hi1: number; lo2: number; hi2: number; ex0: number; ex1: number }

export function legalRanges(s: ParseState, nLabels: number, rootLabel: number): LegalRanges {
  const onRoot = s.canLeft() && s.b === s.n;
  return {
    lo0: SHIFT, hi0: s.canShift() ? 1 : 0,
    lo1: onRoot ? 1 + rootLabel : 1, hi1: !s.canLeft() ? 1 : onRoot ? 2 + rootLabel : 1 + nLabels,
    lo2: 1 + nLabels, hi2: s.canRight() ? 1 + 2 * nLabels : 1 + nLabels,
    ex0: onRoot ? -1 : 1 + rootLabel, ex1: 1 + nLabels + rootLabel,
  };
}

/** Transitions legal in a state, as a mask over the classes (training reads it with the costs). */
export function legalMask(s: ParseState, nLabels: number, rootLabel: number, mask: Uint8Array): void {
  const r = legalRanges(s, nLabels, rootLabel);
  mask.fill(0);
  for (const [lo, hi] of [[r.lo0, r.hi0], [r.lo1, r.hi1], [r.lo2, r.hi2]] as const) for (let t = lo; t < hi; t++) mask[t] = 1;
  if (r.ex0 >= 0) mask[r.ex0] = 0;
  mask[r.ex1] = 0;
}

export function argmaxLegal(scores: ArrayLike<number>, mask: Uint8Array): number {
  let best = -1;
  for (let t = 0; t < mask.length; t++) if (mask[t] && (best < 0 || scores[t]! > scores[best]!)) best = t;
  return best;
}

/** The best legal transition by the scores just made. */
function bestLegal(model: Perceptron, s: ParseState, nLabels: number, rootLabel: number): number {
  const r = legalRanges(s, nLabels, rootLabel);
  return model.argmaxIn(r.lo0, r.hi0, r.lo1, r.hi1, r.lo2, r.hi2, r.ex0, r.ex1);
}

/** Parses one sentence greedily. */
export function parse(model: ParserModel, input: ParserInput): Parse {
  const codes = encodeSentence(input, model.clusters);
  const nLabels = model.labels.length;
  const rootLabel = model.labels.indexOf('root');
  const state = new ParseState(codes.n);
  const perceptron = model.model;
  perceptron.useTemplates(ENCODED_PARSER_TEMPLATES);
  const atoms = perceptron.atoms;
  while (!state.terminal) {
    // one legal move, nothing to score (one step in eight): SHIFT onto an empty stack, and the
    // last word onto the root
    if (state.sp === 0) { state.apply(SHIFT, nLabels); continue; }
    if (state.sp === 1 && state.b === state.n) { state.apply(1 + rootLabel, nLabels); continue; }
    parserAtoms(codes, state, atoms);
    perceptron.scoreTemplates(PARSER_FEATURES);
    state.apply(bestLegal(perceptron, state, nLabels, rootLabel), nLabels);
  }
  return toParse(state, model.labels);
}

export function toParse(state: ParseState, labels: string[]): Parse {
  const heads: number[] = [];
  const deprels: string[] = [];
  for (let i = 0; i < state.n; i++) {
    const h = state.heads[i]!;
    heads.push(h === state.n ? 0 : h + 1);
    deprels.push(labels[state.labels[i]!] ?? 'dep');
  }
  return { heads, deprels };
}

// ---- the dynamic oracle ----

/**
 * The cost of each transition: how many gold arcs still reachable it makes unreachable.
 * goldHeads index the words 0..n-1 with the root at n; the gold tree must be projective.
 * Writes into costs (Int32Array of the classes) for the legal transitions.
 */
export function transitionCosts(s: ParseState, goldHeads: Int32Array, goldLabels: Int32Array, nLabels: number, mask: Uint8Array, costs: Int32Array): void {
  const n = s.n;
  const s0 = s.s(0), s1 = s.s(1), b0 = s.b;
  if (mask[SHIFT]) {
    // b0 goes onto the stack: it can no longer take a head below s0 nor dependents on the stack,
    // nor the root (which takes only the last word left on the stack)
    let c = goldHeads[b0] === n && s.sp > 0 ? 1 : 0;
    for (let k = 0; k < s.sp; k++) {
      const x = s.stack[k]!;
      if (goldHeads[x] === b0) c++;
      if (x !== s0 && goldHeads[b0] === x) c++;
    }
    costs[SHIFT] = c;
  }
  if (s0 < 0) return;
  // s0 leaves the stack either way: its dependents still in the buffer are lost
  let depsInBuffer = 0;
  for (let k = b0; k <= n; k++) if (goldHeads[k] === s0) depsInBuffer++;
  const h = goldHeads[s0]!;
  if (s.canLeft()) {
    const lost = h !== b0 && (h === s1 || h > b0) ? 1 : 0;
    const base = depsInBuffer + lost;
    for (let l = 0; l < nLabels; l++) {
      const t = 1 + l;
      if (mask[t]) costs[t] = base + (h === b0 && goldLabels[s0] !== l ? 1 : 0);
    }
  }
  if (s.canRight()) {
    const base = depsInBuffer + (h >= b0 ? 1 : 0);
    for (let l = 0; l < nLabels; l++) {
      const t = 1 + nLabels + l;
      if (mask[t]) costs[t] = base + (h === s1 && goldLabels[s0] !== l ? 1 : 0);
    }
  }
}

/**
 * Makes a tree projective by lifting: while an arc crosses another, the shortest such arc's
 * dependent is attached to its head's head. heads are 0-based with the root at n.
 */
export function projectivize(heads: Int32Array): Int32Array {
  const h = Int32Array.from(heads);
  const n = h.length;
  for (let guard = 0; guard < n * n; guard++) {
    let worst = -1, worstLen = Infinity;
    for (let d = 0; d < n; d++) {
      if (!isProjectiveArc(h, d)) {
        const len = Math.abs(h[d]! - d);
        if (len < worstLen) { worst = d; worstLen = len; }
      }
    }
    if (worst < 0) return h;
    h[worst] = h[h[worst]!]!;
  }
  return h;
}

/** An arc is projective when every word between head and dependent descends from the head. */
function isProjectiveArc(h: Int32Array, d: number): boolean {
  const head = h[d]!;
  const n = h.length;
  const lo = Math.min(head, d), hi = Math.max(head, d);
  for (let k = lo + 1; k < hi; k++) {
    let x = k;
    let steps = 0;
    while (x !== head && x < n && x >= 0 && steps++ <= n) x = h[x]!;
    if (x !== head) return false;
  }
  return true;
}

/** Trains on one sentence; follows its own predictions when explore says so. Returns arcs right. */
export function trainSentence(
  trainer: PerceptronTrainer,
  codes: SentenceCodes,
  goldHeads: Int32Array,
  goldLabels: Int32Array,
  nLabels: number,
  rootLabel: number,
  explore: () => boolean,
): void {
  const state = new ParseState(codes.n);
  const features = new Uint32Array(PARSER_FEATURES);
  const scores = new Float64Array(trainer.nClasses);
  const mask = new Uint8Array(trainer.nClasses);
  const costs = new Int32Array(trainer.nClasses);
  while (!state.terminal) {
    const k = parserFeatures(codes, state, features);
    scores.fill(0);
    trainer.score(features, k, scores);
    legalMask(state, nLabels, rootLabel, mask);
    costs.fill(0);
    transitionCosts(state, goldHeads, goldLabels, nLabels, mask, costs);
    const predicted = argmaxLegal(scores, mask);
    let minCost = Infinity;
    for (let t = 0; t < mask.length; t++) if (mask[t] && costs[t]! < minCost) minCost = costs[t]!;
    let best = -1;
    for (let t = 0; t < mask.length; t++) if (mask[t] && costs[t] === minCost && (best < 0 || scores[t]! > scores[best]!)) best = t;
    if (costs[predicted]! > minCost) trainer.update(features, k, best, predicted);
    trainer.tick();
    state.apply(costs[predicted]! > minCost && !explore() ? best : predicted, nLabels);
  }
}
