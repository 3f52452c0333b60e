import { describe, expect, it } from 'vitest';
import { ParseState, SHIFT, legalMask, transitionCosts, projectivize, toParse } from '../../server/models/parser';
import { seededRandom } from '../../server/util/random';

const LABELS = ['root', 'nsubj', 'obj', 'det'];
const ROOT = 0;
const N_LABELS = LABELS.length;
const N_CLASSES = 1 + 2 * N_LABELS;

/** Heads (0-based, root = n) of a projective tree: "the dog chased a cat" */
const DOG = { heads: Int32Array.from([1, 2, 5, 4, 2]), labels: Int32Array.from([3, 1, 0, 3, 2]) };

function legal(s: ParseState): number[] {
  const mask = new Uint8Array(N_CLASSES);
  legalMask(s, N_LABELS, ROOT, mask);
  return [...mask.keys()].filter((t) => mask[t]);
}

/** Follows the oracle: always a zero-cost transition. */
function oracleParse(heads: Int32Array, labels: Int32Array, pick: (options: number[]) => number): ParseState {
  const s = new ParseState(heads.length);
  const mask = new Uint8Array(N_CLASSES);
  const costs = new Int32Array(N_CLASSES);
  while (!s.terminal) {
    legalMask(s, N_LABELS, ROOT, mask);
    costs.fill(0);
    transitionCosts(s, heads, labels, N_LABELS, mask, costs);
    const free = [...mask.keys()].filter((t) => mask[t] && costs[t] === 0);
    expect(free.length).toBeGreaterThan(0);
    s.apply(pick(free), N_LABELS);
  }
  return s;
}

describe('the arc-hybrid transition system', () => {
  it('makes a tree with one root from any sequence of legal transitions', () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(random() * 12);
      const s = new ParseState(n);
      let steps = 0;
      while (!s.terminal) {
        const options = legal(s);
        expect(options.length).toBeGreaterThan(0);
        s.apply(options[Math.floor(random() * options.length)]!, N_LABELS);
        steps++;
      }
      expect(steps).toBe(2 * n);
      const { heads, deprels } = toParse(s, LABELS);
      expect(heads.filter((h) => h === 0)).toHaveLength(1);
      expect(deprels[heads.indexOf(0)]).toBe('root');
      // every word reaches the root without a cycle
      for (let i = 0; i < n; i++) {
        let x = i + 1, hops = 0;
        while (x !== 0 && hops++ <= n) x = heads[x - 1]!;
        expect(x).toBe(0);
      }
    }
  });

  it('allows "root" only onto the root, and nothing else there', () => {
    const s = new ParseState(1);
    expect(legal(s)).toEqual([SHIFT]);
    s.apply(SHIFT, N_LABELS);
    expect(legal(s)).toEqual([1 + ROOT]);
  });

  it('the dynamic oracle reproduces a projective gold tree with its labels', () => {
    const s = oracleParse(DOG.heads, DOG.labels, (free) => free[0]!);
    expect(Array.from(s.heads.subarray(0, 5))).toEqual(Array.from(DOG.heads));
    expect(Array.from(s.labels.subarray(0, 5))).toEqual(Array.from(DOG.labels));
  });

  it('reproduces random projective trees whichever zero-cost transition it takes', () => {
    const random = seededRandom(3);
    for (let trial = 0; trial < 100; trial++) {
      const n = 2 + Math.floor(random() * 10);
      const heads = randomProjectiveTree(n, random);
      const labels = Int32Array.from(heads, (h) => (h === n ? ROOT : 1 + Math.floor(random() * 3)));
      const s = oracleParse(heads, labels, (free) => free[Math.floor(random() * free.length)]!);
      expect(Array.from(s.heads.subarray(0, n))).toEqual(Array.from(heads));
      expect(Array.from(s.labels.subarray(0, n))).toEqual(Array.from(labels));
    }
  });

  it('after mistakes, still reaches every gold arc that the mistakes left reachable', () => {
    // shift "the" and "dog" (losing the ← dog), then attach "dog" wrongly to "the" (losing dog → chased)
    const s = new ParseState(5);
    const mask = new Uint8Array(N_CLASSES), costs = new Int32Array(N_CLASSES);
    const cost = (t: number) => {
      legalMask(s, N_LABELS, ROOT, mask);
      costs.fill(0);
      transitionCosts(s, DOG.heads, DOG.labels, N_LABELS, mask, costs);
      return costs[t];
    };
    s.apply(SHIFT, N_LABELS);
    expect(cost(SHIFT)).toBe(1);
    s.apply(SHIFT, N_LABELS);
    expect(cost(1 + N_LABELS + 1)).toBe(1);
    s.apply(1 + N_LABELS + 1, N_LABELS); // RIGHT: dog ← the
    while (!s.terminal) {
      legalMask(s, N_LABELS, ROOT, mask);
      costs.fill(0);
      transitionCosts(s, DOG.heads, DOG.labels, N_LABELS, mask, costs);
      const best = [...mask.keys()].filter((t) => mask[t]).sort((a, b) => costs[a]! - costs[b]!)[0]!;
      s.apply(best, N_LABELS);
    }
    let right = 0;
    for (let i = 0; i < 5; i++) if (s.heads[i] === DOG.heads[i]) right++;
    expect(right).toBe(3);
  });

  it('lifts crossing arcs until the tree is projective', () => {
    // 0→2, 1→3 cross: "A hearing is scheduled on the issue today" style
    const heads = Int32Array.from([2, 3, 4, 2]); // n = 4, root = 4
    const p = projectivize(heads);
    expect(Array.from(p)).toEqual([2, 2, 4, 2]);
  });
});

/** A random projective tree over n words (heads 0-based, root at n): built by nesting spans. */
function randomProjectiveTree(n: number, random: () => number): Int32Array {
  const heads = new Int32Array(n);
  const build = (lo: number, hi: number, head: number) => {
    if (lo >= hi) return;
    const r = lo + Math.floor(random() * (hi - lo));
    heads[r] = head;
    build(lo, r, r);
    build(r + 1, hi, r);
  };
  build(0, n, n);
  return heads;
}
