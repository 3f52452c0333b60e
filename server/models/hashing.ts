// Feature hashing: a feature is a 32-bit hash of its template and the values it combines, so no
// string is built per feature and the model stores only the hashes it saw. 0 is reserved (empty slot).

/** FNV-1a over a string's UTF-16 code units, mixed; a word's hash is computed once per token. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

/** murmur3's finaliser: spreads every input bit over the output. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combines a running hash with one more value (murmur3's block step). */
export function mix(h: number, v: number): number {
  let k = Math.imul(v | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** The final hash of a feature: never 0, which marks an empty slot. */
export function finish(h: number): number {
  return fmix(h) || 1;
}

export const feature1 = (t: number, a: number): number => finish(mix(mix(0x9747b28c, t), a));
export const feature2 = (t: number, a: number, b: number): number => finish(mix(mix(mix(0x9747b28c, t), a), b));
export const feature3 = (t: number, a: number, b: number, c: number): number => finish(mix(mix(mix(mix(0x9747b28c, t), a), b), c));
export const feature4 = (t: number, a: number, b: number, c: number, d: number): number =>
  finish(mix(mix(mix(mix(mix(0x9747b28c, t), a), b), c), d));

/** Open-addressing map from a non-zero 32-bit key to a non-negative int (linear probing, doubling). */
export class HashIndex {
  private keys: Uint32Array;
  private values: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    let cap = 1 << 4;
    while (cap < capacity * 2) cap <<= 1;
    this.keys = new Uint32Array(cap);
    this.values = new Int32Array(cap);
    this.mask = cap - 1;
  }

  get(key: number): number {
    let i = key & this.mask;
    for (;;) {
      const k = this.keys[i]!;
      if (k === key) return this.values[i]!;
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    let i = key & this.mask;
    for (;;) {
      const k = this.keys[i]!;
      if (k === key) { this.values[i] = value; return; }
      if (k === 0) { this.keys[i] = key; this.values[i] = value; this.size++; return; }
      i = (i + 1) & this.mask;
    }
  }

  /** Calls fn for every key and its value. */
  forEach(fn: (key: number, value: number) => void): void {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i]) fn(this.keys[i]!, this.values[i]!);
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i]) this.set(keys[i]!, values[i]!);
  }
}
