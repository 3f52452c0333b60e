// Stage 2: sentences and tokens with character offsets and parts of speech, from wink-nlp and its
// English lite model (about 250k words/s here). A sentence never crosses a block (paragraph or
// heading) boundary, whatever the model's sentence splitter says.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Block, BlockKind } from './read';
import { gazetteer } from './lexicons/gazetteer';
import { SENTENCE_OPENERS } from './lexicons/cues';

export interface Token {
  /** index in the document's token list */
  i: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, ADP, …) */
  pos: string;
  /** the token starts with an upper-case letter */
  cap: boolean;
  /** white space before the token (in the text) */
  spaceBefore: boolean;
  /** tags, lemma and dependency from the learned parser (stage 2b, syntax.ts) */
  syntax?: TokenSyntax;
}

/** The syntax of one token; a token split into words (a contraction) takes the word that heads the others. */
export interface TokenSyntax {
  /** Universal POS tag */
  upos: string;
  /** Penn Treebank tag */
  xpos: string;
  lemma: string;
  /** the document index of the head token; -1 for the root of its sentence */
  head: number;
  /** Universal Dependencies relation to the head (with the common subtypes: nsubj:pass, acl:relcl, …) */
  deprel: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** token range [tokenStart, tokenEnd) */
  tokenStart: number;
  tokenEnd: number;
  block: BlockKind;
  /** most words capitalised, as in a headline or a title */
  headline: boolean;
}

export interface Analysis { tokens: Token[]; sentences: Sentence[] }

// only what the extractor reads: sentence boundaries and parts of speech (no entities, sentiment or negation)
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

const CAP = /^\p{Lu}/u;
const HEADLINE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'but', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'vs', 'is']);

/** Tokens and sentences of a plain text whose blocks are given. */
export function analyze(text: string, blocks: Block[]): Analysis {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  const rawToToken: number[] = []; // wink's token index (white space included) → ours
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    rawToToken[k] = tokens.length;
    if (!value.trim()) continue; // white-space tokens carry no words
    let at = text.indexOf(value, cursor);
    if (at < 0 || at - cursor > 64) at = cursor; // wink altered the token: stay aligned as best we can
    const end = Math.min(text.length, at + value.length);
    tokens.push({
      i: tokens.length, start: at, end, text: text.slice(at, end), lower: value.toLowerCase(),
      pos: tags[k] ?? 'X', cap: CAP.test(value), spaceBefore: at > 0 && /\s/.test(text[at - 1]!),
    });
    cursor = end;
    mergeSplitWord(tokens, text);
    rawToToken[k] = tokens.length - 1;
  }

  // sentence boundaries: the model's, plus every block boundary and line break
  const starts = new Set<number>();
  for (const span of doc.sentences().out(its.span) as unknown as [number, number][]) {
    const first = firstWordTokenAtOrAfter(values, span[0]);
    if (first !== undefined) starts.add(first);
  }
  const sentenceStarts = [...starts].map((raw) => rawToToken[raw]!).filter((t) => t !== undefined && t < tokens.length);
  const breakAt = new Set<number>(sentenceStarts);
  for (const t of tokens) {
    const prev = tokens[t.i - 1];
    if (!prev) { breakAt.add(t.i); continue; }
    if (text.slice(prev.end, t.start).includes('\n')) breakAt.add(t.i);
    if (letterEndsSentence(tokens, t.i)) breakAt.add(t.i);
  }
  for (const b of overlongBreaks([...breakAt].sort((x, y) => x - y), tokens)) breakAt.add(b);
  const sortedBreaks = [...breakAt].sort((x, y) => x - y);
  const sentences: Sentence[] = [];
  let bi = 0;
  for (let s = 0; s < sortedBreaks.length; s++) {
    const tokenStart = sortedBreaks[s]!;
    const tokenEnd = sortedBreaks[s + 1] ?? tokens.length;
    if (tokenEnd <= tokenStart) continue;
    const start = tokens[tokenStart]!.start;
    const end = tokens[tokenEnd - 1]!.end;
    while (bi < blocks.length && blocks[bi]!.end <= start) bi++;
    const block = blocks[bi] && blocks[bi]!.start <= start ? blocks[bi]!.kind : 'paragraph';
    sentences.push({ index: sentences.length, start, end, tokenStart, tokenEnd, block, headline: isHeadline(tokens, tokenStart, tokenEnd) });
  }
  return { tokens, sentences };
}

/**
 * "… promoted vitamin A. The Centers for Disease Control …": a capital letter with its full stop
 * after a word in lower case ends a sentence where a capitalised function word follows (an
 * initial follows a name: "Robert F. Kennedy").
 */
function letterEndsSentence(tokens: Token[], k: number): boolean {
  const letter = tokens[k - 1], before = tokens[k - 2], next = tokens[k];
  return !!letter && !!before && !!next && /^\p{Lu}\.$/u.test(letter.text) && /^\p{Ll}/u.test(before.text) && SENTENCE_OPENERS.has(next.text);
}

/**
 * The longest sentence read as one: past it a "sentence" is a list, a table or text without full
 * stops, and every later stage (the parser's features, the pairs of names) would cost more than
 * linearly. Longer ones are cut where a clause may end (";", ",", "and") or else at the limit.
 */
export const MAX_SENTENCE_TOKENS = 120;
const SOFT_BREAKS = new Set([';', ',', ':', 'and', 'or', 'but', '—', '–']);

function overlongBreaks(starts: number[], tokens: Token[]): number[] {
  const out: number[] = [];
  for (let s = 0; s < starts.length; s++) {
    let from = starts[s]!;
    const to = starts[s + 1] ?? tokens.length;
    while (to - from > MAX_SENTENCE_TOKENS) {
      // the last soft break in the second half of the window, else the window's end
      let cut = from + MAX_SENTENCE_TOKENS;
      for (let k = cut - 1; k > from + MAX_SENTENCE_TOKENS / 2; k--) if (SOFT_BREAKS.has(tokens[k]!.lower)) { cut = k + 1; break; }
      out.push(cut);
      from = cut;
    }
  }
  return out;
}

/**
 * wink splits words at letters outside its alphabet ("Stanisław" → "Stanis", "ł", "aw"): glue a
 * token back to the one before when no space or punctuation parts them, keeping a possessive apart.
 */
function mergeSplitWord(tokens: Token[], text: string): void {
  const t = tokens[tokens.length - 1]!;
  const prev = tokens[tokens.length - 2];
  if (!prev || prev.end !== t.start || !LETTER_END.test(prev.text) || !LETTER_START.test(t.text)) return;
  if (/^['’]s$/.test(t.text)) return;
  tokens.pop();
  let joined = text.slice(prev.start, t.end);
  // a sentence's last word: "Chişinău." was read as "u." after the split
  const period = /\p{L}\.$/u.test(joined) && !/\..*\./.test(joined);
  if (period) joined = joined.slice(0, -1);
  const possessive = /^(.*\p{L})(['’]s)$/u.exec(joined);
  const wordEnd = possessive ? prev.start + possessive[1]!.length : prev.start + joined.length;
  Object.assign(prev, { end: wordEnd, text: text.slice(prev.start, wordEnd), lower: text.slice(prev.start, wordEnd).toLowerCase(), pos: prev.cap ? 'PROPN' : prev.pos });
  if (period) tokens.push({ i: tokens.length, start: wordEnd, end: wordEnd + 1, text: '.', lower: '.', pos: 'PUNCT', cap: false, spaceBefore: false });
  if (possessive) tokens.push({ i: tokens.length, start: wordEnd, end: t.end, text: possessive[2]!, lower: possessive[2]!.toLowerCase(), pos: 'PART', cap: false, spaceBefore: false });
}

const LETTER_END = /\p{L}$/u;
const LETTER_START = /^\p{L}/u;

function firstWordTokenAtOrAfter(values: string[], raw: number): number | undefined {
  for (let k = raw; k < values.length; k++) if (values[k]!.trim()) return k;
  return undefined;
}

/**
 * A headline capitalises most of its words, verbs and small words too ("Russia Is Still Reckoning
 * With Stalin"): then capitals alone do not make names. A sentence dense with names capitalises
 * only the names, so a capitalised verb or function word after the first word is what tells.
 */
function isHeadline(tokens: Token[], from: number, to: number): boolean {
  let words = 0, caps = 0, capitalisedFunction = 0, lowerVerbs = 0, lowerContent = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!/^\p{L}/u.test(t.text)) continue;
    if (k > from && t.cap && isHeadlineTell(t)) capitalisedFunction++;
    if (HEADLINE_SMALL_WORDS.has(t.lower)) continue;
    words++;
    if (t.cap) caps++;
    else if (t.pos === 'VERB') lowerVerbs++;
    else if (t.pos === 'NOUN' || t.pos === 'ADJ') lowerContent++;
  }
  // a verb or two other words in lower case are running text full of names ("He played for the
  // San Antonio Spurs, Kansas City Kings …"): a headline in title case capitalises them
  return words >= 3 && caps / words >= 0.75 && capitalisedFunction > 0 && lowerVerbs === 0 && lowerContent < 2;
}

/** Small words running text never capitalises mid-sentence but headlines do. */
const HEADLINE_SMALL_CAPS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'must', 'should', 'not', 'no', 'with', 'after', 'before', 'about', 'against', 'over', 'under', 'into', 'from', 'for', 'to', 'on', 'in', 'at', 'of', 'as', 'by', 'and', 'or', 'but', 'its', 'his', 'her', 'their', 'our', 'how', 'why', 'what', 'who', 'when', 'where', 'still', 'now', 'says', 'said', 'gets', 'takes', 'makes']);

/** A capitalised closed-class word, or a capitalised verb that is a dictionary word and no name. */
function isHeadlineTell(t: Token): boolean {
  if (HEADLINE_SMALL_CAPS.has(t.lower)) return true;
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  const g = gazetteer();
  return g.words.has(t.lower) && !g.givenNames.has(t.lower);
}

/**
 * Where a sentence's dateline ends (the dash after it), or -1: a place in capitals, then perhaps
 * its region or country and the agency — "BRUSSELS —", "BRUSSELS (Reuters) —", "NAPLES, Italy (AP) —".
 */
export function datelineEnd(tokens: Token[], s: Sentence): number {
  let k = s.tokenStart;
  const allCaps = (t: Token | undefined) => !!t && /^\p{Lu}[\p{Lu}.'’-]*$/u.test(t.text);
  if (!allCaps(tokens[k]) || !/\p{Lu}{2}/u.test(tokens[k]!.text)) return -1;
  // (a town's name may have a hyphen inside: "PETROPAVLOVSK-KAMCHATSKY, Russia —")
  const innerHyphen = (j: number) => tokens[j]?.text === '-' && !tokens[j]!.spaceBefore && allCaps(tokens[j + 1]) && !tokens[j + 1]!.spaceBefore;
  while (k < s.tokenEnd && (allCaps(tokens[k]) || innerHyphen(k))) k++;
  // ", Italy", ", Calif."
  while (tokens[k]?.text === ',' && tokens[k + 1]?.cap && k + 1 < s.tokenEnd) {
    k += 2;
    while (k < s.tokenEnd && tokens[k]!.cap) k++;
  }
  if (tokens[k]?.text === '(') {
    const close = tokens.slice(k, Math.min(s.tokenEnd, k + 5)).findIndex((t) => t.text === ')');
    if (close < 0) return -1;
    k += close + 1;
  }
  return /^(?:[—–-]|--)$/.test(tokens[k]?.text ?? '') ? k : -1;
}
