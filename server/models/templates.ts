// Feature templates as data: a template is a number and up to four atoms (values read off a
// tagger's or parser's state: "the word on top of the stack", "its tag"), and its feature is the
// hash of the number and the atoms' values, exactly as feature1..feature4 in hashing.ts make it.
// The parser writes its atoms and lets WebAssembly (scorer.wat) hash and score them in one call;
// training hashes the same templates here.
import { finish, mix } from './hashing';

/** seed, atom count, four atom indices */
export const TEMPLATE_INTS = 6;
const SEED = 0x9747b28c;

/** A template: its number, then the indices of the atoms it combines. */
export type Template = [number, ...number[]];

/**
 * Templates by name: `A` the index of each atom, `t(id, ...names)` a template over named atoms
 * (a tagger or parser lists its atoms' names once, and its templates read like the features).
 */
export function templateBuilder<N extends string>(names: readonly N[]): { A: Record<N, number>; t: (id: number, ...atoms: N[]) => Template } {
  const A = Object.fromEntries(names.map((name, i) => [name, i])) as Record<N, number>;
  return { A, t: (id, ...atoms) => [id, ...atoms.map((a) => A[a])] };
}

/** The templates laid out as scorer.wat reads them: the seed (the number mixed in), the count, the atoms. */
export function encodeTemplates(templates: Template[]): Int32Array {
  const out = new Int32Array(templates.length * TEMPLATE_INTS);
  templates.forEach(([id, ...atoms], t) => {
    if (atoms.length < 1 || atoms.length > 4) throw new Error(`template ${id}: 1 to 4 atoms`);
    out[t * TEMPLATE_INTS] = mix(SEED, id);
    out[t * TEMPLATE_INTS + 1] = atoms.length;
    atoms.forEach((a, j) => { out[t * TEMPLATE_INTS + 2 + j] = a; });
  });
  return out;
}

/** The features of the first n encoded templates over the atoms, in JavaScript. */
export function templateFeatures(encoded: Int32Array, n: number, atoms: Int32Array, out: Uint32Array): number {
  for (let t = 0; t < n; t++) {
    const base = t * TEMPLATE_INTS;
    let h = encoded[base]!;
    const count = encoded[base + 1]!;
    for (let j = 0; j < count; j++) h = mix(h, atoms[encoded[base + 2 + j]!]!);
    out[t] = finish(h);
  }
  return n;
}
