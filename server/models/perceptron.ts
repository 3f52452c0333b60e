// The averaged perceptron over hashed features: a trainer that stores, per feature, only the
// classes it was ever updated for (a linked list of entries), and a compact read-only model for
// inference (quantized weights, only the features that kept a non-zero weight).
import { HashIndex } from './hashing';
import { DenseRows } from './dense-rows';

/**
 * Weights that learn: a dense row of class weights per feature, made at the feature's first update
 * (rows are read whole when scoring, so they lie together in memory), and the running sum that
 * averaging needs (Daumé's trick: avg = w − u/c).
 */
export class PerceptronTrainer {
  private rows = new HashIndex(1 << 18);
  private w: Float32Array[] = [];
  private u: Float32Array[] = [];
  private nRows = 0;
  /** the number of decisions seen so far: averaging weighs each weight by how long it stood */
  private clock = 1;

  constructor(readonly nClasses: number) {
    if (nClasses > 255) throw new Error('at most 255 classes');
  }

  /** Adds the current (non-averaged) weights of the features to scores (which the caller zeroes). */
  score(features: ArrayLike<number>, n: number, scores: Float64Array): void {
    const C = this.nClasses;
    for (let f = 0; f < n; f++) {
      const row = this.rows.get(features[f]!);
      if (row < 0) continue;
      const w = this.w[row >>> CHUNK_BITS]!;
      const base = (row & CHUNK_MASK) * C;
      for (let c = 0; c < C; c++) scores[c]! += w[base + c]!;
    }
  }

  /** Moves the weights towards `good` and away from `bad` for these features. */
  update(features: ArrayLike<number>, n: number, good: number, bad: number, amount = 1): void {
    if (good === bad) return;
    const C = this.nClasses;
    for (let f = 0; f < n; f++) {
      const row = this.rowOf(features[f]!);
      const w = this.w[row >>> CHUNK_BITS]!, u = this.u[row >>> CHUNK_BITS]!;
      const base = (row & CHUNK_MASK) * C;
      w[base + good]! += amount; u[base + good]! += this.clock * amount;
      w[base + bad]! -= amount; u[base + bad]! -= this.clock * amount;
    }
  }

  /** One decision made: call once per prediction, updated or not. */
  tick(): void { this.clock++; }

  private rowOf(feature: number): number {
    let row = this.rows.get(feature);
    if (row >= 0) return row;
    row = this.nRows++;
    if ((row & CHUNK_MASK) === 0) {
      this.w.push(new Float32Array(CHUNK_ROWS * this.nClasses));
      this.u.push(new Float32Array(CHUNK_ROWS * this.nClasses));
    }
    this.rows.set(feature, row);
    return row;
  }

  /**
   * The averaged weights as a compact model: entries whose averaged weight is below `prune` × the
   * largest are dropped, the rest quantized to 16 bits.
   */
  compact(prune = 0): Perceptron {
    return compactRows(this.nClasses, this.averagedRows(), prune);
  }

  /** Each feature's averaged weights. */
  averagedRows(): Map<number, Float64Array> {
    const C = this.nClasses;
    const out = new Map<number, Float64Array>();
    this.rows.forEach((feature, row) => {
      const w = this.w[row >>> CHUNK_BITS]!, u = this.u[row >>> CHUNK_BITS]!;
      const base = (row & CHUNK_MASK) * C;
      const a = new Float64Array(C);
      for (let c = 0; c < C; c++) a[c] = w[base + c]! - u[base + c]! / this.clock;
      out.set(feature, a);
    });
    return out;
  }
}

/**
 * Weights as a compact model: entries whose weight is below `prune` × the largest are dropped,
 * the rest quantized to 16 bits; features in ascending order, as the weights file keeps them.
 */
export function compactRows(nClasses: number, rows: Map<number, ArrayLike<number>>, prune = 0): Perceptron {
  let max = 0;
  for (const a of rows.values()) for (let c = 0; c < nClasses; c++) max = Math.max(max, Math.abs(a[c]!));
  const scale = max > 0 ? 32767 / max : 1;
  const threshold = prune * max;
  const keys: number[] = [];
  const offsets: number[] = [0];
  const classes: number[] = [];
  const weights: number[] = [];
  for (const [feature, a] of rows) {
    const start = classes.length;
    for (let c = 0; c < nClasses; c++) {
      const q = Math.round(a[c]! * scale);
      if (q === 0 || Math.abs(a[c]!) < threshold) continue;
      classes.push(c);
      weights.push(q);
    }
    if (classes.length > start) { keys.push(feature); offsets.push(classes.length); }
  }
  return new Perceptron(nClasses, Uint32Array.from(keys), Uint32Array.from(offsets), Uint8Array.from(classes), Int16Array.from(weights));
}

/** The mean of several trainers' averaged weights: models trained on differently shuffled data, bagged. */
export function ensembleOf(trainers: PerceptronTrainer[], prune = 0): Perceptron {
  const C = trainers[0]!.nClasses;
  const sum = new Map<number, Float64Array>();
  for (const t of trainers) {
    for (const [feature, a] of t.averagedRows()) {
      const s = sum.get(feature) ?? sum.set(feature, new Float64Array(C)).get(feature)!;
      for (let c = 0; c < C; c++) s[c]! += a[c]! / trainers.length;
    }
  }
  return compactRows(C, sum, prune);
}

const SEEN_LOG2 = 24;
const SEEN_BITS = 1 << SEEN_LOG2;

/** a feature with weights for more than 1/DENSE_SHARE of the classes gets a dense row */
const DENSE_SHARE = 6;

const CHUNK_BITS = 14;
const CHUNK_ROWS = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_ROWS - 1;

/**
 * A trained model, read-only: feature hash → (class, quantized weight) pairs. A lookup touches an
 * open-addressing slot holding the key beside where its weights are. A feature with weights for
 * few classes keeps them sparse (class and weight packed in one int); one with weights for many
 * classes (the common ones: "the word on the stack is a noun") keeps a dense row, added with SIMD
 * in WebAssembly (dense-rows.ts): several times faster than scattered entries.
 */
export class Perceptron {
  /** [key, start << 8 | count] per slot (count 0: a dense row at index start); key 0 is an empty slot */
  private slots: Uint32Array;
  private slotMask: number;
  /** a key's first slot is its top bits: keys inserted in sorted order (as the weights file has them) fill the table front to back */
  private slotShift: number;
  /** class << 16 | (weight & 0xffff) */
  private packed: Int32Array;
  /** rows of nClasses weights, added with SIMD */
  private dense: DenseRows;
  /**
   * One bit per hashed key: small enough to stay in the processor's cache, so a feature the model
   * never saw (a quarter of them) costs no trip to main memory.
   */
  private seen: Int32Array;

  constructor(
    readonly nClasses: number,
    readonly keys: Uint32Array,
    readonly offsets: Uint32Array,
    readonly classes: Uint8Array,
    readonly weights: Int16Array,
  ) {
    if (classes.length >= 1 << 24) throw new Error('too many weights for the packed layout');
    let cap = 16, bits = 4;
    while (cap < keys.length * 2) { cap <<= 1; bits++; }
    this.slots = new Uint32Array(cap * 2);
    this.slotMask = cap - 1;
    this.slotShift = 32 - bits;
    this.seen = new Int32Array(SEEN_BITS >>> 5);
    for (let i = 0; i < keys.length; i++) {
      const bit = keys[i]! >>> (32 - SEEN_LOG2);
      this.seen[bit >>> 5]! |= 1 << (bit & 31);
    }
    const isDense = (i: number) => (offsets[i + 1]! - offsets[i]!) * DENSE_SHARE > nClasses;
    let rows = 0;
    for (let i = 0; i < keys.length; i++) if (isDense(i)) rows++;
    this.dense = new DenseRows(rows, nClasses);
    this.packed = new Int32Array(classes.length);
    let row = 0, sparse = 0;
    for (let i = 0; i < keys.length; i++) {
      let s = keys[i]! >>> this.slotShift;
      while (this.slots[2 * s] !== 0) s = (s + 1) & this.slotMask;
      this.slots[2 * s] = keys[i]!;
      if (isDense(i)) {
        for (let e = offsets[i]!; e < offsets[i + 1]!; e++) this.dense.set(row, classes[e]!, weights[e]!);
        this.slots[2 * s + 1] = (row++ << 8) >>> 0;
      } else {
        const start = sparse;
        for (let e = offsets[i]!; e < offsets[i + 1]!; e++) this.packed[sparse++] = (classes[e]! << 16) | (weights[e]! & 0xffff);
        this.slots[2 * s + 1] = ((start << 8) | (sparse - start)) >>> 0;
      }
    }
  }

  /** Adds the weights of the features to scores (which the caller zeroes). */
  score(features: ArrayLike<number>, n: number, scores: Float64Array): void {
    const { slots, slotMask, slotShift, packed, dense, seen } = this;
    let rows = 0;
    for (let f = 0; f < n; f++) {
      const key = features[f]!;
      const bit = key >>> (32 - SEEN_LOG2);
      if ((seen[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
      let s = key >>> slotShift;
      let k = slots[2 * s]!;
      while (k !== key && k !== 0) { s = (s + 1) & slotMask; k = slots[2 * s]!; }
      if (k === 0) continue;
      const v = slots[2 * s + 1]!;
      const count = v & 255;
      if (count === 0) {
        dense.rowList[rows++] = v >>> 8;
        continue;
      }
      for (let e = v >>> 8, end = e + count; e < end; e++) {
        const x = packed[e]!;
        scores[x >>> 16]! += (x << 16) >> 16;
      }
    }
    if (rows) dense.addTo(rows, scores);
  }

  get entries(): number { return this.classes.length; }
}
