// CoNLL-U: the Universal Dependencies file format. Reading keeps every line a writer needs to give
// the same file back (comments, multi-word token lines, empty nodes); the syntactic words are what
// the tagger and parser see.

/** One syntactic word (a line whose ID is an integer). */
export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 for the root; -1 when the file leaves it blank (`_`) */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

/** A line that is not a word: a comment, a multi-word token range (`3-4`) or an empty node (`8.1`). */
export interface ConlluExtraLine {
  /** the word id it stands before (words.length + 1 for the end of the sentence) */
  before: number;
  line: string;
}

export interface ConlluSentence {
  comments: string[];
  words: ConlluWord[];
  /** multi-word token and empty node lines, kept to write them back where they were */
  extra: ConlluExtraLine[];
}

export class ConlluError extends Error {
  constructor(message: string, readonly line: number) {
    super(`CoNLL-U line ${line}: ${message}`);
  }
}

const blank = (v: string | undefined): string => (v === undefined || v === '' ? '_' : v);

/** Parses CoNLL-U text. Word lines need at least ID and FORM; missing columns read as `_`. */
export function parseConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence = { comments: [], words: [], extra: [] };
  const flush = () => {
    if (current.words.length || current.comments.length || current.extra.length) sentences.push(current);
    current = { comments: [], words: [], extra: [] };
  };
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (!line.trim()) { flush(); continue; }
    if (line.startsWith('#')) {
      if (current.words.length || current.extra.length) flush(); // a comment opens a new sentence
      current.comments.push(line);
      continue;
    }
    const cols = line.split('\t');
    const id = cols[0]!.trim();
    if (/^\d+[-.]\d+$/.test(id)) { current.extra.push({ before: current.words.length + 1, line }); continue; }
    if (!/^\d+$/.test(id)) throw new ConlluError(`"${id}" is not a word id`, n + 1);
    if (cols.length < 2 || !cols[1]) throw new ConlluError('a word line needs a FORM column', n + 1);
    const expected = current.words.length + 1;
    if (Number(id) !== expected) throw new ConlluError(`word id ${id} where ${expected} was expected`, n + 1);
    const headText = blank(cols[6]);
    current.words.push({
      id: Number(id), form: cols[1]!, lemma: blank(cols[2]), upos: blank(cols[3]), xpos: blank(cols[4]),
      feats: blank(cols[5]), head: /^\d+$/.test(headText) ? Number(headText) : -1, deprel: blank(cols[7]),
      deps: blank(cols[8]), misc: blank(cols[9]),
    });
  }
  flush();
  return sentences.filter((s) => s.words.length > 0 || s.comments.length > 0);
}

/** Writes sentences as CoNLL-U: ten tab-separated columns per word, a blank line after each sentence. */
export function writeConllu(sentences: ConlluSentence[]): string {
  const out: string[] = [];
  for (const s of sentences) {
    out.push(...s.comments);
    let e = 0;
    for (const w of s.words) {
      while (e < s.extra.length && s.extra[e]!.before <= w.id) out.push(s.extra[e++]!.line);
      out.push([w.id, w.form, w.lemma, w.upos, w.xpos, w.feats, w.head < 0 ? '_' : w.head, w.deprel, w.deps, w.misc].join('\t'));
    }
    while (e < s.extra.length) out.push(s.extra[e++]!.line);
    out.push('');
  }
  return out.join('\n') + (out.length ? '\n' : '');
}
