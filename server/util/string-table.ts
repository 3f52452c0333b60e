// Read-only sets of strings kept as one newline-separated string and a hash table of positions:
// made from a snapshot without a string object per entry, so a table of 275,000 words loads in a
// few milliseconds where a Set of them took a fifth of a second.

/** FNV-1a over a string's UTF-16 units from `from` to `to`. */
function hashOf(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Lines of one string, each read by its number without splitting the whole. */
export class Lines implements Iterable<string> {
  /** where each line starts in the text; one more than the count, for the end of the last */
  protected readonly starts: Int32Array;

  /** The lines of `text`; an empty text has none. */
  constructor(protected readonly text: string) {
    let n = 0;
    if (text.length > 0) { n = 1; for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++; }
    const starts = new Int32Array(n + 1);
    for (let i = 0, at = 0; i < n; i++) {
      starts[i] = at;
      const end = text.indexOf('\n', at);
      at = end < 0 ? text.length + 1 : end + 1;
    }
    starts[n] = text.length + 1;
    this.starts = starts;
  }

  get size(): number { return this.starts.length - 1; }

  /** Line i (from 0). */
  at(i: number): string { return this.text.slice(this.starts[i], this.starts[i + 1]! - 1); }

  *[Symbol.iterator](): Iterator<string> {
    for (let i = 0; i < this.size; i++) yield this.at(i);
  }
}

/** A set of strings, the lines of one string, found through a hash table of their line numbers. */
export class StringTable extends Lines {
  /** slot → line number + 1; 0 is empty */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** The lines of `text` (no entry holds a newline); an empty text holds none. */
  constructor(text: string) {
    super(text);
    const { starts } = this, n = this.size;
    // a load of at most 0.7: probing stays short
    let size = 16;
    while (size * 0.7 < n) size <<= 1;
    const mask = size - 1;
    const slots = new Int32Array(size);
    for (let i = 0; i < n; i++) {
      let s = hashOf(text, starts[i]!, starts[i + 1]! - 1) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = i + 1;
    }
    this.slots = slots; this.mask = mask;
  }

  /** The table of these strings, which must hold no newline. */
  static of(entries: Iterable<string>): StringTable {
    const list = [...entries];
    if (list.some((e) => e.includes('\n'))) throw new Error('a string table entry holds a newline');
    return new StringTable(list.join('\n'));
  }

  /** The entry's line number, -1 when it is not in the table (the first of equal lines). */
  indexOf(word: string): number {
    const { text, starts, slots, mask } = this;
    let s = hashOf(word, 0, word.length) & mask;
    for (let i = slots[s]!; i !== 0; s = (s + 1) & mask, i = slots[s]!) {
      const from = starts[i - 1]!, length = starts[i]! - 1 - from;
      if (length !== word.length) continue;
      let k = 0;
      while (k < length && text.charCodeAt(from + k) === word.charCodeAt(k)) k++;
      if (k === length) return i - 1;
    }
    return -1;
  }

  has(word: string): boolean { return this.indexOf(word) >= 0; }
}
