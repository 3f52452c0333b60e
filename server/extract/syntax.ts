// Stage 2b: the syntactic backbone. Each sentence's tokens become UD-style words (contractions split
// as the treebanks split them: "didn't" → "did" "n't", "Russia's" stays two tokens as the pipeline
// already splits it), the learned tagger and parser read them, and every token gets its UPOS, XPOS,
// lemma, head token and dependency label. Later stages read relations off this tree.
import { analyzeSentence, type SyntaxModels, syntaxModels } from '../models/syntax';
import type { Sentence, Token, TokenSyntax } from './nlp';
import { SPEECH_VERBS } from './lexicons/cues';

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
    for (let from = s.tokenStart; from < s.tokenEnd; from += MAX_PARSE_WORDS) {
      parseStretch(tokens, from, Math.min(s.tokenEnd, from + MAX_PARSE_WORDS), models);
    }
    reattachReportedClauses(tokens, s);
    reattachAppositions(tokens, s);
    reattachAgents(tokens, s);
    reattachRelativeClauses(tokens, s);
  }
}

/**
 * "…, said Napoli coach Antonio Conte, who led Chelsea to the title": a clause whose subject is
 * "who" or "which" right after a comma is a relative clause of the name or noun before the comma,
 * where the parser hung it elsewhere (as a clause of the main verb).
 */
export function reattachRelativeClauses(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart + 2; k < s.tokenEnd; k++) {
    const pronoun = tokens[k]!.syntax;
    if (!pronoun || (tokens[k]!.lower !== 'who' && tokens[k]!.lower !== 'which') || !/^nsubj/.test(pronoun.deprel) || tokens[k - 1]!.text !== ',') continue;
    const verb = tokens[pronoun.head]?.syntax;
    // hung from another verb (never the root: the sentence keeps its main verb)
    if (!verb || verb.upos !== 'VERB' || !/^(?:parataxis|ccomp|conj|advcl)$/.test(verb.deprel) || pronoun.head <= k) continue;
    let before = k - 2;
    while (before > s.tokenStart && /^(?:flat|fixed)$/.test(tokens[before]!.syntax?.deprel ?? '')) before = tokens[before]!.syntax!.head;
    const b = tokens[before]?.syntax;
    if (!b || (b.upos !== 'PROPN' && b.upos !== 'NOUN')) continue;
    verb.head = before; verb.deprel = 'acl:relcl';
  }
}

/**
 * "The textbook, written by Nils Dahl, devotes …": the parser sometimes reads "by" as a
 * subordinator and the name after it as a second subject of the main verb. A name after "by" right
 * after a participle is the participle's agent, where the main verb has a subject of its own.
 */
export function reattachAgents(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart + 1; k + 1 < s.tokenEnd; k++) {
    const by = tokens[k]!.syntax, participle = tokens[k - 1]!.syntax;
    if (tokens[k]!.lower !== 'by' || by?.deprel !== 'mark' || participle?.xpos !== 'VBN') continue;
    let n = k + 1;
    while (n < s.tokenEnd && tokens[n]!.syntax?.upos === 'DET') n++;
    const name = tokens[n]?.syntax;
    if (!name || !/^nsubj/.test(name.deprel) || (name.upos !== 'PROPN' && name.upos !== 'NOUN')) continue;
    const verb = name.head;
    let otherSubject = false;
    for (let j = s.tokenStart; j < s.tokenEnd && !otherSubject; j++) otherSubject = j !== n && tokens[j]!.syntax?.head === verb && /^nsubj/.test(tokens[j]!.syntax!.deprel);
    if (!otherSubject) continue;
    name.head = k - 1; name.deprel = 'obl:agent';
    by.head = n; by.deprel = 'case';
  }
}

/**
 * "…a stake in ITA Airways, the Italian carrier that replaced Alitalia": an apposition names a
 * nominal, never a verb; where the parser hung one from a verb, it belongs to the name or noun just
 * before its comma (the head of that name: "Deutsche" of "Deutsche Lufthansa").
 */
export function reattachAppositions(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart + 2; k < s.tokenEnd; k++) {
    const t = tokens[k]!.syntax;
    if (!t || t.deprel !== 'appos' || tokens[t.head]?.syntax?.upos !== 'VERB') continue;
    // the comma that opens the apposition, and the word before it
    let comma = k - 1;
    while (comma > s.tokenStart && tokens[comma]!.text !== ',' && tokens[comma]!.syntax?.head === k) comma--;
    if (tokens[comma]!.text !== ',') continue;
    let before = comma - 1;
    while (before > s.tokenStart && /^(?:flat|fixed)$/.test(tokens[before]!.syntax?.deprel ?? '')) before = tokens[before]!.syntax!.head;
    const b = tokens[before]?.syntax;
    if (!b || (b.upos !== 'PROPN' && b.upos !== 'NOUN') || before === t.head) continue;
    t.head = before;
  }
}

/**
 * "X said on Tuesday that it had bought Y": the parser often hangs the that-clause from the time
 * ("Tuesday") rather than from the verb of saying, as a clause or a relative clause of it; it is
 * what was said (a ccomp of "said").
 */
export function reattachReportedClauses(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k]!.syntax;
    if (!t || (t.deprel !== 'acl' && t.deprel !== 'acl:relcl') || t.upos !== 'VERB') continue;
    const noun = tokens[t.head]?.syntax;
    const verb = noun && /^obl/.test(noun.deprel) ? tokens[noun.head] : undefined;
    if (!verb?.syntax || verb.syntax.upos !== 'VERB' || !SPEECH_VERBS.has(verb.syntax.lemma)) continue;
    let that = false, subject = false;
    for (let j = s.tokenStart; j < k; j++) {
      const d = tokens[j]!.syntax;
      if (d?.head !== k) continue;
      if (d.deprel === 'mark' && tokens[j]!.lower === 'that') that = true;
      if (/^nsubj/.test(d.deprel)) subject = true;
    }
    if (that && subject) { t.head = noun!.head; t.deprel = 'ccomp'; }
  }
}

function parseStretch(tokens: Token[], from: number, to: number, models: SyntaxModels): void {
  const { forms, tokenOfWord } = wordsOfTokens(tokens, from, to);
  const syntax = analyzeSentence(forms, models);
  for (let k = 0; k < forms.length; k++) {
    const t = tokenOfWord[k]!;
    const headWord = syntax.heads[k]! - 1;
    const headToken = headWord < 0 ? -1 : tokenOfWord[headWord]!;
    // a token split into words takes the word whose head lies outside it (the first, if several)
    if (headToken === t || (tokens[t]!.syntax && tokenOfWord[k - 1] === t)) continue;
    tokens[t]!.syntax = { upos: syntax.upos[k]!, xpos: syntax.xpos[k]!, lemma: syntax.lemmas[k]!, head: headToken, deprel: syntax.deprels[k]! };
  }
}

/** The UD words of a stretch of tokens, and the token each came from. */
export function wordsOfTokens(tokens: Token[], from: number, to: number): { forms: string[]; tokenOfWord: number[] } {
  const forms: string[] = [];
  const tokenOfWord: number[] = [];
  for (let t = from; t < to; t++) {
    for (const w of wordsOfToken(tokens[t]!.text)) { forms.push(w); tokenOfWord.push(t); }
  }
  return { forms, tokenOfWord };
}
