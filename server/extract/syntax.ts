// Stage 2b: the syntactic backbone. Each sentence's tokens become UD-style words (contractions split
// as the treebanks split them: "didn't" → "did" "n't", "Russia's" stays two tokens as the pipeline
// already splits it), the learned tagger and parser read them, and every token gets its UPOS, XPOS,
// lemma, head token and dependency label. Later stages read relations off this tree.
import { analyzeSentence, type SyntaxModels, syntaxModels } from '../models/syntax';
import { datelineEnd, type Sentence, type Token } from './nlp';
import { repairSyntax, retagBeforeParsing } from './syntax-repairs';
import { hyphenSyllable } from './names';

/** Longer stretches are parsed in pieces: the parser is linear, but a run-on "sentence" says little. */
const MAX_PARSE_WORDS = 250;

const CLITIC = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$/i;

/** The UD words of one token: its text, or its stem and clitic. */
export function wordsOfToken(text: string): string[] {
  const m = CLITIC.exec(text);
  if (!m || !/\p{L}$/u.test(m[1]!)) return [text];
  return [m[1]!, m[2]!];
}

/** Tags and parses every sentence, setting each token's `syntax`. */
export function addSyntax(tokens: Token[], sentences: Sentence[], models: SyntaxModels = syntaxModels()): void {
  for (const s of sentences) {
    // a dateline ("OSLO —", "NAPLES, Italy (AP) —") is parsed apart: read with the sentence, its
    // capitals become the subject and the sentence's own subject an oblique
    const dateline = datelineEnd(tokens, s);
    const bodyStart = dateline >= 0 ? dateline + 1 : s.tokenStart;
    if (dateline >= 0) parseStretch(tokens, s.tokenStart, bodyStart, models);
    for (let from = bodyStart; from < s.tokenEnd; from += MAX_PARSE_WORDS) {
      parseStretch(tokens, from, Math.min(s.tokenEnd, from + MAX_PARSE_WORDS), models);
    }
    repairSyntax(tokens, s);
  }
}

function parseStretch(tokens: Token[], from: number, to: number, models: SyntaxModels): void {
  const { forms, read, tokenOfWord } = wordsOfTokens(tokens, from, to);
  const syntax = analyzeSentence(read, models, retagBeforeParsing);
  for (let k = 0; k < forms.length; k++) {
    const t = tokenOfWord[k]!;
    const headWord = syntax.heads[k]! - 1;
    const headToken = headWord < 0 ? -1 : tokenOfWord[headWord]!;
    // a token split into words takes the word whose head lies outside it (the first, if several)
    if (headToken === t || (tokens[t]!.syntax && tokenOfWord[k - 1] === t)) continue;
    tokens[t]!.syntax = { upos: syntax.upos[k]!, xpos: syntax.xpos[k]!, lemma: syntax.lemmas[k]!, head: headToken, deprel: syntax.deprels[k]! };
  }
}

/** The UD words of a stretch of tokens, the forms the tagger reads for them, and the token each came from. */
export function wordsOfTokens(tokens: Token[], from: number, to: number): { forms: string[]; read: string[]; tokenOfWord: number[] } {
  const forms: string[] = [], read: string[] = [];
  const tokenOfWord: number[] = [];
  for (let t = from; t < to; t++) {
    for (const w of wordsOfToken(tokens[t]!.text)) { forms.push(w); read.push(formRead(tokens, t, w)); tokenOfWord.push(t); }
  }
  return { forms, read, tokenOfWord };
}

/**
 * The form the tagger reads for a word of token t: the word, but a romanised name's second syllable
 * capitalised ("Lee Jae-yong" read as "Jae-Yong"): in lower case the tagger takes "yong" for a
 * verb, and the parse of the rest of the sentence goes wrong with it.
 */
function formRead(tokens: Token[], t: number, text: string): string {
  const hyphen = tokens[t - 1], first = tokens[t - 2], before = tokens[t - 3];
  if (hyphen?.text !== '-' || hyphen.spaceBefore || !first?.cap || !before?.cap || !first.spaceBefore || !hyphenSyllable(tokens, t)) return text;
  return text[0]!.toUpperCase() + text.slice(1);
}
