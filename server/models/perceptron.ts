// The averaged perceptron over hashed features: a trainer that stores, per feature, only the
// classes it was ever updated for (a linked list of entries), and a compact read-only model for
// inference (quantized weights, only the features that kept a non-zero weight).
import { HashIndex } from './hashing';
import { MAX_FEATURES, WasmScorer } from './scorer';

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
 * Weights as a compact model: entries whose weight is below `prune` × the largest are dropped, the
 * rest quantized to 8 bits on a square-root scale against the largest (fine steps for the many
 * small weights, coarse for the few large ones: no loss of accuracy on EWT dev or Re-DocRED).
 */
export function compactRows(nClasses: number, rows: Map<number, ArrayLike<number>>, prune = 0): Perceptron {
  let max = 0;
  for (const a of rows.values()) for (let c = 0; c < nClasses; c++) max = Math.max(max, Math.abs(a[c]!));
  const scale = max > 0 ? 32767 / max : 1;
  const threshold = prune * max;
  const keys: number[] = [];
  const offsets: number[] = [0];
  const entries: number[] = [];
  for (const [feature, a] of [...rows].sort((x, y) => x[0] - y[0])) {
    const start = entries.length;
    for (let c = 0; c < nClasses; c++) {
      if (Math.abs(a[c]!) < threshold) continue;
      const byte = byteOf(Math.round(a[c]! * scale));
      if (byte !== 0) entries.push(entryOf(c, byte));
    }
    if (entries.length > start) { keys.push(feature); offsets.push(entries.length); }
  }
  return Perceptron.fromKeys(nClasses, keys, offsets, Uint16Array.from(entries));
}

/** A weight on the 16-bit scale as a signed byte on the square-root scale. */
export const byteOf = (w: number): number => Math.sign(w) * Math.round(Math.sqrt(Math.abs(w) / 32767) * 127);

/** Each byte's weight back on the 16-bit scale, indexed by the byte's two's complement. */
const WEIGHT_OF_BYTE = Int16Array.from({ length: 256 }, (_, i) => {
  const q = (i << 24) >> 24;
  return Math.sign(q) * Math.round((q / 127) ** 2 * 32767);
});

/** An entry: a class and its weight's byte in 16 bits, as the weights file stores them. */
const entryOf = (cls: number, byte: number): number => (cls << 8) | (byte & 0xff);

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

/** a feature with weights for more than 1/DENSE_SHARE of the classes gets a dense row */
const DENSE_SHARE = 6;

const CHUNK_BITS = 14;
const CHUNK_ROWS = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_ROWS - 1;

/**
 * A trained model, read-only: feature hash → (class, 8-bit weight) entries, scored in WebAssembly
 * (scorer.wat). A lookup touches an open-addressing slot holding the key beside where its weights
 * are. A feature with weights for few classes keeps them sparse, as entries; one with weights for
 * many classes (the common ones: "the word on the stack is a noun") gets a dense row, added eight
 * classes at a time with SIMD: several times faster than scattered entries.
 */
export class Perceptron {
  private scorer: WasmScorer;

  /**
   * The features as the weights file keeps them, in ascending order of key: keyDeltas each key's
   * difference from the one before as a varint, counts each feature's number of entries, entries
   * each the class in the high byte and the weight's byte (two's complement, square-root scale) in
   * the low one. Taken as they are so that a load decodes them in one pass, into the scorer's memory.
   */
  constructor(
    readonly nClasses: number,
    readonly keyDeltas: Uint8Array,
    readonly counts: Uint8Array,
    readonly entries: Uint16Array,
  ) {
    if (nClasses > 255) throw new Error('at most 255 classes');
    if (entries.length >= 1 << 24) throw new Error('too many weights for the packed layout');
    const nKeys = counts.length;
    // a load of at most 3/4: linear probing stays short
    let slotCount = 16;
    while (slotCount * 3 < nKeys * 4) slotCount <<= 1;
    let denseRows = 0, total = 0;
    for (let i = 0; i < nKeys; i++) {
      if (counts[i]! * DENSE_SHARE > nClasses) denseRows++;
      total += counts[i]!;
    }
    if (total !== entries.length) throw new Error('the entries do not match their counts');
    // sparse features point into a copy of all the entries (one block copy, faster than picking)
    const scorer = new WasmScorer({ nClasses, slotCount, entryCount: entries.length, denseRows }, WEIGHT_OF_BYTE);
    scorer.entries.set(entries);
    // locals, not fields, in the loop below: this runs once per load over millions of entries
    const { slots, dense, rowStride } = scorer;
    const slotMask = slotCount - 1, slotShift = 32 - Math.log2(slotCount);
    let row = 0, from = 0, at = 0, key = 0, last = -1, wrapped = false;
    for (let i = 0; i < nKeys; i++) {
      let d = 0, scale = 1, byte;
      do { byte = keyDeltas[at++]!; d += (byte & 127) * scale; scale *= 128; } while (byte & 128);
      key += d;
      // keys in ascending order fill the table front to back: a key goes to its first slot or
      // just past the key before it, where probing would find room, until the last keys wrap
      // round to the front (from then on they probe)
      let s = Math.max(key >>> slotShift, last + 1);
      if (s > slotMask || wrapped) {
        wrapped = true;
        s = key >>> slotShift;
        while (slots[2 * s] !== 0) s = (s + 1) & slotMask;
      }
      last = s;
      slots[2 * s] = key;
      const count = counts[i]!, to = from + count;
      if (count * DENSE_SHARE > nClasses) {
        const base = row * rowStride;
        for (let e = from; e < to; e++) { const x = entries[e]!; dense[base + (x >>> 8)] = WEIGHT_OF_BYTE[x & 255]!; }
        slots[2 * s + 1] = (row++ << 8) >>> 0;
      } else {
        slots[2 * s + 1] = ((from << 8) | count) >>> 0;
      }
      from = to;
    }
    this.scorer = scorer;
  }

  /** A model from its keys (ascending) and offsets: feature i's entries are entries[offsets[i]..offsets[i + 1]). */
  static fromKeys(nClasses: number, keys: ArrayLike<number>, offsets: ArrayLike<number>, entries: Uint16Array): Perceptron {
    const deltas: number[] = [];
    const counts = new Uint8Array(keys.length);
    let previous = 0;
    for (let i = 0; i < keys.length; i++) {
      let d = keys[i]! - previous;
      if (d <= 0 && i > 0) throw new Error('perceptron keys are not ascending');
      previous = keys[i]!;
      while (d >= 128) { deltas.push((d % 128) | 128); d = Math.floor(d / 128); }
      deltas.push(d);
      const count = offsets[i + 1]! - offsets[i]!;
      if (count > 255) throw new Error('a feature with more than 255 entries');
      counts[i] = count;
    }
    return new Perceptron(nClasses, Uint8Array.from(deltas), counts, entries);
  }

  /** Calls fn with each feature's key and its entries' range [from, to), in ascending order of key. */
  forEachFeature(fn: (key: number, from: number, to: number) => void): void {
    const { keyDeltas, counts } = this;
    let at = 0, key = 0, from = 0;
    for (let i = 0; i < counts.length; i++) {
      let d = 0, scale = 1, byte;
      do { byte = keyDeltas[at++]!; d += (byte & 127) * scale; scale *= 128; } while (byte & 128);
      key += d;
      fn(key, from, from + counts[i]!);
      from += counts[i]!;
    }
  }

  /** The keys (ascending) and offsets: feature i's entries are entries[offsets[i]..offsets[i + 1]). */
  unpacked(): { keys: Uint32Array; offsets: Uint32Array } {
    const keys = new Uint32Array(this.counts.length), offsets = new Uint32Array(this.counts.length + 1);
    let i = 0;
    this.forEachFeature((key, _from, to) => { keys[i++] = key; offsets[i] = to; });
    return { keys, offsets };
  }

  /** Entry e's class. */
  classAt(e: number): number { return this.entries[e]! >>> 8; }

  /** Entry e's weight, on the 16-bit scale. */
  weightAt(e: number): number { return WEIGHT_OF_BYTE[this.entries[e]! & 255]!; }

  /** The atoms scoreTemplates reads, for the caller to write. */
  get atoms(): Int32Array { return this.scorer.atoms; }

  /** the templates last set, so that setting them again per sentence costs nothing */
  private templates?: Int32Array;

  /** Sets the feature templates (templates.ts) that scoreTemplates hashes. */
  useTemplates(encoded: Int32Array): void {
    if (encoded === this.templates) return;
    if (encoded.length > this.scorer.templates.length) throw new Error('too many templates');
    this.scorer.templates.set(encoded);
    this.templates = encoded;
  }

  /** The class scores (padded past nClasses) of the first n templates' features over the atoms. */
  scoreTemplates(n: number): Int32Array {
    this.scorer.scoreTemplates(n);
    return this.scorer.acc;
  }

  /**
   * The class of highest score after scoreTemplates among three ascending, disjoint ranges of
   * classes [lo, hi) less two excluded ones (-1 for none); the first of equals; -1 if none.
   */
  argmaxIn(lo0: number, hi0: number, lo1: number, hi1: number, lo2: number, hi2: number, ex0 = -1, ex1 = -1): number {
    return this.scorer.argmaxIn(lo0, hi0, lo1, hi1, lo2, hi2, ex0, ex1);
  }

  /** The features the first n templates make of the atoms, as scoreTemplates hashes them. */
  templateFeatures(n: number): Uint32Array {
    this.scorer.templateFeatures(n);
    return this.scorer.features.subarray(0, n);
  }

  /** Adds the weights of the features to scores (which the caller zeroes). */
  score(features: ArrayLike<number>, n: number, scores: Float64Array): void {
    const { scorer } = this;
    if (n > MAX_FEATURES) throw new Error(`at most ${MAX_FEATURES} features a decision`);
    if (features !== scorer.features) for (let f = 0; f < n; f++) scorer.features[f] = features[f]!;
    scorer.score(n);
    const acc = scorer.acc;
    for (let c = 0; c < this.nClasses; c++) scores[c]! += acc[c]!;
  }
}
