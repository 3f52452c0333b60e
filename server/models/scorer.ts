// A perceptron's read-only weights in WebAssembly memory, scored there (scorer.wat): the feature
// lookups, the dense rows added eight classes at a time with SIMD, and the scattered sparse
// entries, in one call per decision.
import { readFileSync } from 'node:fs';
import { TEMPLATE_INTS } from './templates';

const MODULE = new WebAssembly.Module(readFileSync(new URL('./scorer.wasm', import.meta.url)));
const PAGE = 65_536;
/** the most features one decision may have: more than any model has templates */
export const MAX_FEATURES = 1024;
/** the most atoms and templates a model's features may be made of */
export const MAX_ATOMS = 256;
export const MAX_TEMPLATES = 256;

interface ScorerExports {
  memory: WebAssembly.Memory;
  init(
    features: number, acc: number, rowList: number, sparseList: number, wob: number,
    slots: number, slotMask: number, slotShift: number,
    entries: number, dense: number, stride: number, lanes8: number,
  ): void;
  score(n: number): void;
  initTemplates(atoms: number, templates: number): void;
  scoreTemplates(n: number): void;
  templateFeatures(n: number): void;
  argmaxIn(lo0: number, hi0: number, lo1: number, hi1: number, lo2: number, hi2: number, ex0: number, ex1: number): number;
}

/** Sizes of the parts, in the order they are laid out. */
export interface ScorerLayout { nClasses: number; slotCount: number; entryCount: number; denseRows: number }

const align = (x: number, to = 64): number => Math.ceil(x / to) * to;

/** The weights' arrays, views into the module's memory for the model to fill, and the scoring call. */
export class WasmScorer {
  readonly features: Uint32Array;
  /** the class scores of the last call (padded past nClasses) */
  readonly acc: Int32Array;
  /** the values the templates combine, written by the caller before scoreTemplates */
  readonly atoms: Int32Array;
  /** the feature templates (templates.ts), set once per model */
  readonly templates: Int32Array;
  readonly slots: Uint32Array;
  readonly entries: Uint16Array;
  /** dense rows of rowStride 16-bit weights */
  readonly dense: Int16Array;
  readonly rowStride: number;
  private readonly exports: ScorerExports;

  constructor(layout: ScorerLayout, weightOfByte: Int16Array) {
    const lanes8 = Math.ceil(layout.nClasses / 8);
    const at = { features: 0, acc: 0, rowList: 0, sparseList: 0, wob: 0, atoms: 0, templates: 0, slots: 0, entries: 0, dense: 0 };
    let p = 0;
    const take = (bytes: number) => { const here = p; p = align(p + bytes); return here; };
    at.features = take(MAX_FEATURES * 4);
    at.acc = take(lanes8 * 32);
    at.rowList = take(MAX_FEATURES * 4);
    at.sparseList = take(MAX_FEATURES * 8);
    at.wob = take(256 * 4);
    at.atoms = take(MAX_ATOMS * 4);
    at.templates = take(MAX_TEMPLATES * TEMPLATE_INTS * 4);
    at.slots = take(layout.slotCount * 8);
    at.entries = take(layout.entryCount * 2);
    at.dense = take(layout.denseRows * lanes8 * 16);
    this.exports = new WebAssembly.Instance(MODULE, {}).exports as unknown as ScorerExports;
    const have = this.exports.memory.buffer.byteLength;
    if (p > have) this.exports.memory.grow(Math.ceil((p - have) / PAGE));
    const buffer = this.exports.memory.buffer;
    this.features = new Uint32Array(buffer, at.features, MAX_FEATURES);
    this.acc = new Int32Array(buffer, at.acc, lanes8 * 8);
    this.atoms = new Int32Array(buffer, at.atoms, MAX_ATOMS);
    this.templates = new Int32Array(buffer, at.templates, MAX_TEMPLATES * TEMPLATE_INTS);
    new Int32Array(buffer, at.wob, 256).set(weightOfByte);
    this.slots = new Uint32Array(buffer, at.slots, layout.slotCount * 2);
    this.entries = new Uint16Array(buffer, at.entries, layout.entryCount);
    this.rowStride = lanes8 * 8;
    this.dense = new Int16Array(buffer, at.dense, layout.denseRows * this.rowStride);
    this.exports.init(
      at.features, at.acc, at.rowList, at.sparseList, at.wob,
      at.slots, layout.slotCount - 1, 32 - Math.log2(layout.slotCount),
      at.entries, at.dense, lanes8 * 16, lanes8,
    );
    this.exports.initTemplates(at.atoms, at.templates);
  }

  /** Scores the features of the first n templates over the atoms into acc. */
  scoreTemplates(n: number): void {
    this.exports.scoreTemplates(n);
  }

  /** Writes the features of the first n templates over the atoms into features (for checking). */
  templateFeatures(n: number): void {
    this.exports.templateFeatures(n);
  }

  /**
   * The class of highest score in acc among the classes of three ascending, disjoint ranges
   * [lo, hi) less two excluded (-1: none); the first of equals; -1 if there is none.
   */
  argmaxIn(lo0: number, hi0: number, lo1: number, hi1: number, lo2: number, hi2: number, ex0 = -1, ex1 = -1): number {
    return this.exports.argmaxIn(lo0, hi0, lo1, hi1, lo2, hi2, ex0, ex1);
  }

  /** Scores the first n of `features` into acc. */
  score(n: number): void {
    this.exports.score(n);
  }
}
