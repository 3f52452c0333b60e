// Attachments the parser gets wrong in news and encyclopedic prose, mended on each sentence's tree
// after parsing (syntax.ts): each repair is a function of the sentence's tokens, applied in order
// by repairSyntax, and each one only moves a word where the tree as parsed breaks a rule of UD
// (a verb with two subjects, punctuation that heads a word, a clause hung from the wrong name).
import type { Sentence, Token } from './nlp';
import { ADVERBIAL_MARKS, CALENDAR_WORDS, RELATIVE_SUBJECTS, GERMAN_PLACE_JOINS, GERMAN_PLACE_JOINS_BEFORE_DER, CLAUSE_SUBORDINATORS, FINITE_AUXILIARIES, isHead, KIN_NOUNS, LIST_QUANTIFIERS, MAKER_NOUNS, MAKING_PARTICIPLES, SPEECH_VERBS, TITLE_MODIFIERS, TITLES, PLACE_CLASS_NOUNS } from './lexicons/cues';
import { isKnownPlace } from './lexicons/gazetteer';

/**
 * Tags the parser would build a wrong tree on, mended before it reads them: "an ally of X", whose
 * "ally" the tagger, which met the word seldom, took for an adverb (the parser then hung the whole
 * sentence from "an"). A word between an article and "of" is a noun.
 */
export function retagBeforeParsing(forms: string[], upos: string[], xpos: string[]): void {
  retagArticleNouns(forms, upos, xpos);
  retagGermanPlaceNames(forms, upos, xpos);
}

function retagArticleNouns(forms: string[], upos: string[], xpos: string[]): void {
  for (let k = 1; k + 1 < forms.length; k++) {
    if (upos[k - 1] !== 'DET' || !ARTICLES.has(forms[k - 1]!.toLowerCase()) || forms[k + 1]!.toLowerCase() !== 'of') continue;
    if (!/^(?:ADV|VERB|ADP|SCONJ|PRON|AUX)$/.test(upos[k]!) || !/^\p{Ll}+$/u.test(forms[k]!)) continue;
    upos[k] = 'NOUN';
    xpos[k] = 'NN';
  }
}
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * "Weiden am See", "Bruck an der Leitha": a German town named with its lake, river or region is one
 * proper name (the mentions read it so), not "am" and a verb "See" — which the tagger took them for,
 * and the parser then made the verb of the clause.
 */
function retagGermanPlaceNames(forms: string[], upos: string[], xpos: string[]): void {
  const capital = (k: number) => /^\p{Lu}/u.test(forms[k] ?? '');
  for (let k = 1; k + 1 < forms.length; k++) {
    if (!capital(k - 1) || forms[k - 1] === 'I') continue;
    const joins = GERMAN_PLACE_JOINS.has(forms[k]!) ? 1 : GERMAN_PLACE_JOINS_BEFORE_DER.has(forms[k]!) && forms[k + 1] === 'der' ? 2 : 0;
    if (!joins || !capital(k + joins)) continue;
    for (let j = k - 1; j <= k + joins; j++) { upos[j] = 'PROPN'; xpos[j] = 'NNP'; }
  }
}

/** Mends one sentence's tree in place. */
export function repairSyntax(tokens: Token[], s: Sentence): void {
  retagTitleNouns(tokens, s);
  reattachPossessorsOfVerbs(tokens, s);
  reattachPossessorsOfNames(tokens, s);
  reattachPossessorsBeforeNouns(tokens, s);
  reattachFromPunctuation(tokens, s);
  relabelObjectsWithPrepositions(tokens, s);
  regroupTitledNames(tokens, s);
  reheadTitledNames(tokens, s);
  regroupMakerNames(tokens, s);
  reattachReportedClauses(tokens, s);
  reattachAppositions(tokens, s);
  reattachAgents(tokens, s);
  reattachRelativeClauses(tokens, s);
  reattachLocatingParticiples(tokens, s);
  reattachMakersOfObjects(tokens, s);
  reattachRootRelativeClause(tokens, s);
  reattachFrontedAppositions(tokens, s);
  reattachPossessedParticiples(tokens, s);
  reattachReportedSubjects(tokens, s);
  reattachCoordinatedSubjects(tokens, s);
  reattachCoordinatedClauses(tokens, s);
  reattachPlacesOfVerbs(tokens, s);
  reattachMarkedParticiples(tokens, s);
  reattachPlacesOfObjects(tokens, s);
  reattachClausesAfterSubordinators(tokens, s);
  reattachWhoseClauses(tokens, s);
  reattachHyphenatedParticiples(tokens, s);
  reattachCaseInsidePhrase(tokens, s);
  reattachCaseToNameHead(tokens, s);
  reheadNamedPlaceNouns(tokens, s);
  reattachNamesOfConjunctNouns(tokens, s);
  reattachSubjectsOfReportedClauses(tokens, s);
  reattachPlacesOfDays(tokens, s);
  reattachAgentsOfActiveVerbs(tokens, s);
  retagCoordinatedVerbs(tokens, s);
  relabelNamesAfterCommonNouns(tokens, s);
  reattachNamesUnderPrepositions(tokens, s);
  reattachAgentsWithoutBy(tokens, s);
  reattachForWithoutInfinitive(tokens, s);
  reattachMainVerbsAfterRelativeClauses(tokens, s);
}

/** What a word most plainly does in its clause, to choose which of a span's words stood for the whole. */
const ROLE_RANK = [/^root$/, /^nsubj/, /^obj$/, /^iobj$/, /^obl/, /^nmod/, /^appos$/, /^conj$/];
const roleRank = (deprel: string): number => { const i = ROLE_RANK.findIndex((r) => r.test(deprel)); return i < 0 ? ROLE_RANK.length : i; };

/**
 * "Nvidia chief executive Jensen Huang said …", "Liverpool manager Arne Slot, who succeeded …":
 * a name, a title in lower case and a person's name are one noun phrase headed by the person, the
 * body and the title its compounds (as UD has it). The parser, which saw few such phrases, makes
 * the body a second subject, or the root with the person in apposition; the person takes the
 * place in the clause that the phrase had, and what hung from the body or the title hangs from the
 * person ("who succeeded …").
 */
export function regroupTitledNames(tokens: Token[], s: Sentence): void {
  const isNameWord = (k: number) => k < s.tokenEnd && tokens[k]!.cap && !!tokens[k]!.syntax && tokens[k]!.text !== 'The';
  // (a title in capitals too, between the body's name and the person's: "Ryazan Governor Pavel Malkov")
  const capitalTitleAt = (k: number): boolean => k < s.tokenEnd && tokens[k]!.cap
    && (TITLES.has(tokens[k]!.lower) ? tokens[k + 1]?.cap === true && tokens[k + 1]!.syntax?.upos === 'PROPN' : TITLE_MODIFIERS.has(tokens[k]!.lower) && capitalTitleAt(k + 1));
  const isTitleWord = (k: number) => k < s.tokenEnd && (!tokens[k]!.cap || capitalTitleAt(k)) && (TITLES.has(tokens[k]!.lower) || TITLE_MODIFIERS.has(tokens[k]!.lower));
  for (let a = s.tokenStart; a < s.tokenEnd; a++) {
    if (!isNameWord(a) || (a > s.tokenStart && isNameWord(a - 1))) continue;
    let t = a;
    while (isNameWord(t) && !(t > a && capitalTitleAt(t))) t++;
    if (!tokens.slice(a, t).some((x) => x.syntax!.upos === 'PROPN')) continue;
    let b = t;
    while (b < t + 3 && isTitleWord(b)) b++;
    if (b === t || !TITLES.has(tokens[b - 1]!.lower)) continue;
    let end = b;
    while (end < s.tokenEnd && isNameWord(end) && tokens[end]!.syntax!.upos === 'PROPN') end++;
    if (end === b) continue;
    const inSpan = (k: number) => k >= a && k < end;
    // the word of the span the rest of the sentence hung it from
    let top = -1;
    for (let k = a; k < end; k++) {
      const x = tokens[k]!.syntax!;
      if (inSpan(x.head) || x.deprel === 'punct') continue;
      if (top < 0 || roleRank(x.deprel) < roleRank(tokens[top]!.syntax!.deprel)) top = k;
    }
    if (top < 0) continue;
    // (the sentence's arcs, to put back if the regrouping would close a loop)
    const saved = tokens.slice(s.tokenStart, s.tokenEnd).map((x) => x.syntax && { head: x.syntax.head, deprel: x.syntax.deprel });
    const person = tokens[b]!.syntax!, title = b - 1;
    const { head: outerHead, deprel: outerRole } = tokens[top]!.syntax!;
    person.head = outerHead; person.deprel = outerRole;
    for (let k = b + 1; k < end; k++) { tokens[k]!.syntax!.head = b; tokens[k]!.syntax!.deprel = 'flat'; }
    tokens[title]!.syntax!.head = b; tokens[title]!.syntax!.deprel = 'compound';
    for (let k = t; k < title; k++) { tokens[k]!.syntax!.head = title; tokens[k]!.syntax!.deprel = tokens[k]!.syntax!.upos === 'ADJ' ? 'amod' : 'compound'; }
    tokens[t - 1]!.syntax!.head = title; tokens[t - 1]!.syntax!.deprel = 'compound';
    for (let k = a; k < t - 1; k++) { tokens[k]!.syntax!.head = t - 1; tokens[k]!.syntax!.deprel = 'compound'; }
    // what hung from the body or the title now hangs from the person
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if (!inSpan(k) && tokens[k]!.syntax && inSpan(tokens[k]!.syntax!.head)) tokens[k]!.syntax!.head = b;
    // (never a loop: where the span's place lay below it, the tree stays as parsed)
    if (outerHead >= 0 && descendsFrom(tokens, outerHead, b)) {
      saved.forEach((x, i) => { if (x) { tokens[s.tokenStart + i]!.syntax!.head = x.head; tokens[s.tokenStart + i]!.syntax!.deprel = x.deprel; } });
      continue;
    }
    a = end - 1;
  }
}

/**
 * "its takeover of Pringles maker Kellanova", "TikTok owner ByteDance": the body named after a
 * maker's or owner's noun heads the phrase (the noun its compound, the product the noun's), where
 * the parser made the noun the head and the body its flat part, so that the takeover was of
 * Pringles.
 */
export function regroupMakerNames(tokens: Token[], s: Sentence): void {
  for (let n = s.tokenStart + 1; n + 1 < s.tokenEnd; n++) {
    const noun = tokens[n]!.syntax;
    if (!noun || noun.upos !== 'NOUN' || tokens[n]!.cap || !MAKER_NOUNS.has(tokens[n]!.lower)) continue;
    const product = tokens[n - 1]!.syntax, body = tokens[n + 1]!.syntax;
    if (!product || !body || !tokens[n - 1]!.cap || !tokens[n + 1]!.cap || body.upos !== 'PROPN' || body.head !== n || !/^(?:flat|appos|compound)$/.test(body.deprel)) continue;
    // (the noun under the product, in a headline: "takeover of Pringles ← maker ← Kellanova")
    const top = product.head === n ? n : noun.head === n - 1 ? n - 1 : -1;
    if (top < 0) continue;
    const outer = tokens[top]!.syntax!;
    body.head = outer.head; body.deprel = outer.deprel;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if (k !== n - 1 && k !== n && k !== n + 1 && tokens[k]!.syntax?.head === top && tokens[k]!.syntax!.deprel !== 'compound') tokens[k]!.syntax!.head = n + 1;
    noun.head = n + 1; noun.deprel = 'compound';
    product.head = n; product.deprel = 'compound';
  }
}

/**
 * "The crown of Empress Eugénie, the wife of X": a name after a capitalised title heads the phrase
 * (the title its compound); the parser hung the name from the title, so that the apposition and
 * the clause's place were the title's. The name takes them.
 */
export function reheadTitledNames(tokens: Token[], s: Sentence): void {
  for (let t = s.tokenStart; t + 1 < s.tokenEnd; t++) {
    const title = tokens[t]!, name = tokens[t + 1]!;
    if (!title.cap || !TITLES.has(title.lower) || !name.cap || name.syntax?.upos !== 'PROPN' || name.syntax.head !== t || !/^(?:flat|compound)$/.test(name.syntax.deprel)) continue;
    const y = title.syntax!;
    name.syntax.head = y.head; name.syntax.deprel = y.deprel;
    y.head = t + 1; y.deprel = 'compound';
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if (k !== t + 1 && tokens[k]!.syntax?.head === t) tokens[k]!.syntax!.head = t + 1;
  }
}

/**
 * "Airbus is a member of the X index, and its main competitor is Boeing": a conjunct with a subject
 * of its own is a clause, coordinated with the clause before it, not with a noun inside that clause
 * (where the parser hung it, so that the index and Boeing read as one list).
 */
export function reattachCoordinatedClauses(tokens: Token[], s: Sentence): void {
  const hasChild = (k: number, rel: RegExp) => {
    for (let j = s.tokenStart; j < s.tokenEnd; j++) {
      const d = tokens[j]!.syntax;
      if (d?.head === k && rel.test(d.deprel)) return true;
    }
    return false;
  };
  const SUBJECT = /^(?:nsubj|csubj)/, PREDICATE = /^(?:nsubj|csubj|cop$)/;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const x = tokens[k]!.syntax;
    // (a subject of its own: "and is one of …" shares the first clause's)
    if (!x || x.deprel !== 'conj' || !hasChild(k, SUBJECT)) continue;
    const h = tokens[x.head]?.syntax;
    if (!h || (h.upos !== 'NOUN' && h.upos !== 'PROPN') || h.deprel === 'root' || hasChild(x.head, PREDICATE)) continue;
    // the predicate of the clause the noun is in
    let p = h.head, steps = 0;
    while (p >= 0 && steps++ < 16 && tokens[p]!.syntax!.deprel !== 'root' && !hasChild(p, PREDICATE)) p = tokens[p]!.syntax!.head;
    if (p < 0 || p >= k || descendsFrom(tokens, p, k)) continue;
    x.head = p;
  }
}

/**
 * "She died of ovarian cancer in London": a town or a country "in" or "at" after the cause a verb
 * is "of" says where the verb happened, not where the cause was (the parser hangs it from the noun).
 */
export function reattachPlacesOfVerbs(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    const place = tokens[k]!.syntax;
    if (!place || place.upos !== 'PROPN' || place.deprel !== 'nmod' || !isKnownPlace(tokens[k]!.lower)) continue;
    const caseWord = tokens.slice(Math.max(s.tokenStart, k - 2), k).find((t) => t.syntax?.head === k && t.syntax.deprel === 'case');
    if (!caseWord || (caseWord.lower !== 'in' && caseWord.lower !== 'at')) continue;
    const noun = tokens[place.head]?.syntax;
    if (!noun || noun.upos !== 'NOUN' || noun.deprel !== 'obl' || tokens[noun.head]?.syntax?.upos !== 'VERB') continue;
    const nounCase = tokens.slice(Math.max(s.tokenStart, place.head - 4), place.head).find((t) => t.syntax?.head === place.head && t.syntax.deprel === 'case');
    if (nounCase?.lower !== 'of') continue;
    place.head = noun.head; place.deprel = 'obl';
  }
}

/** The verb a word is, or the nearest one it hangs from (-1: none within a few steps). */
function verbAtOrAbove(tokens: Token[], k: number): number {
  for (let steps = 0; k >= 0 && steps < 8; steps++, k = tokens[k]!.syntax?.head ?? -1) if (tokens[k]!.syntax?.upos === 'VERB') return k;
  return -1;
}

/** Has the word a subject of its own in the sentence? */
function hasSubject(tokens: Token[], s: Sentence, v: number): boolean {
  for (let j = s.tokenStart; j < s.tokenEnd; j++) if (tokens[j]!.syntax?.head === v && /^(?:nsubj|csubj|expl)/.test(tokens[j]!.syntax!.deprel)) return true;
  return false;
}

/** Does token x hang, directly or not, from token k? */
/** The words of a sentence that hang from the word at h, in order. */
function childrenOf(tokens: Token[], s: Sentence, h: number): number[] {
  const out: number[] = [];
  for (let j = s.tokenStart; j < s.tokenEnd; j++) if (tokens[j]!.syntax?.head === h) out.push(j);
  return out;
}

function descendsFrom(tokens: Token[], x: number, k: number): boolean {
  for (let up = x, steps = 0; up >= 0 && steps < 64; steps++) {
    if (up === k) return true;
    up = tokens[up]?.syntax?.head ?? -1;
  }
  return false;
}

/**
 * "since he arrived from Bayern Munich": an object has no preposition in UD; a noun with one the
 * parser made a verb's object is its oblique (and the preposition then joins the predicate).
 */
export function relabelObjectsWithPrepositions(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    const t = tokens[k]!.syntax;
    if (!t || t.deprel !== 'obj' || t.head > k) continue;
    // (the preposition may hang from the name's first word: "from ← Bayern Munich")
    const ofName = (h: number) => h === k || (tokens[h]?.syntax?.head === k && /^(?:compound|flat)$/.test(tokens[h]!.syntax!.deprel));
    const caseWord = tokens.slice(Math.max(s.tokenStart, t.head + 1), k).find((w) => w.syntax?.deprel === 'case' && w.syntax.upos === 'ADP' && ofName(w.syntax.head));
    if (!caseWord) continue;
    t.deprel = 'obl';
    caseWord.syntax!.head = k;
  }
}

/**
 * "Aker's chairman, Kjell Inge Røkke, said …": the parser now and then hangs a word from a comma.
 * Punctuation heads nothing in UD; the word goes to what the punctuation hangs from.
 */
export function reattachFromPunctuation(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k]!.syntax;
    if (!t || t.head < 0) continue;
    let head = t.head, guard = 0;
    while (tokens[head]?.syntax?.upos === 'PUNCT' && tokens[head]!.syntax!.head >= 0 && tokens[head]!.syntax!.head !== k && guard++ < 8) head = tokens[head]!.syntax!.head;
    if (head === t.head || tokens[head]?.syntax?.upos === 'PUNCT') continue;
    // (never under one of its own dependents)
    if (!descendsFrom(tokens, head, k)) t.head = head;
  }
}

/**
 * "X, the architect whose buildings reshaped Y, died on Sunday": the parser may take the relative
 * clause's verb for the sentence's root, with two subjects (X and "buildings"), and the real
 * predicate for its conjunct. A verb has one subject: the relative clause goes to the noun before
 * "whose" (or "who", "which"), and its conjunct without a subject of its own becomes the root.
 */
export function reattachRootRelativeClause(tokens: Token[], s: Sentence): void {
  const children = (h: number) => childrenOf(tokens, s, h);
  for (let k = s.tokenStart + 2; k < s.tokenEnd; k++) {
    const w = tokens[k]!;
    const opener = w.lower === 'whose' ? w.syntax?.deprel === 'nmod:poss' : (w.lower === 'who' || w.lower === 'which') && /^nsubj/.test(w.syntax?.deprel ?? '');
    if (!opener) continue;
    // the relative clause's subject: "who" itself, or the noun "whose" possesses
    const subject = w.lower === 'whose' ? w.syntax!.head : k;
    const verb = tokens[subject]?.syntax;
    if (!verb || !/^nsubj/.test(verb.deprel)) continue;
    const v = verb.head;
    const vs = tokens[v]?.syntax;
    if (!vs || vs.upos !== 'VERB' || v <= k) continue;
    const deps = children(v);
    // the sentence's subject: the root verb's other subject, or the name the parser made the root
    // with the clause hung from it ("X, whose … reshaped Y, died" read as X ← parataxis reshaped)
    const rootName = vs.deprel !== 'root' && /^(?:parataxis|appos|dep)$/.test(vs.deprel) && tokens[vs.head]?.syntax?.deprel === 'root'
      && /^(?:PROPN|NOUN)$/.test(tokens[vs.head]!.syntax!.upos) && vs.head < k ? vs.head : undefined;
    const otherSubject = vs.deprel === 'root' ? deps.find((j) => j < k - 1 && j !== subject && /^nsubj/.test(tokens[j]!.syntax!.deprel)) : rootName;
    const main = deps.find((j) => j > v && tokens[j]!.syntax!.deprel === 'conj' && tokens[j]!.syntax!.upos === 'VERB' && !children(j).some((c) => /^(?:nsubj|csubj|expl)/.test(tokens[c]!.syntax!.deprel)));
    if (otherSubject === undefined || main === undefined) continue;
    let before = k - 1;
    while (before > s.tokenStart && tokens[before]!.text === ',') before--;
    while (before > s.tokenStart && /^(?:flat|fixed)$/.test(tokens[before]!.syntax?.deprel ?? '')) before = tokens[before]!.syntax!.head;
    const b = tokens[before]?.syntax;
    // the noun it describes is the other subject or stands after it ("X, the architect whose …")
    if (!b || (b.upos !== 'PROPN' && b.upos !== 'NOUN') || before < otherSubject) continue;
    // (the noun must not lie inside the clause itself, or the tree would close a loop)
    let up = before, guard = 0;
    while (guard++ < 64 && tokens[up]?.syntax && tokens[up]!.syntax!.head !== v && tokens[up]!.syntax!.head >= 0) up = tokens[up]!.syntax!.head;
    if (tokens[up]?.syntax?.head === v && up >= k && up <= main) continue;
    const m = tokens[main]!.syntax!;
    m.head = -1; m.deprel = 'root';
    if (rootName !== undefined) { const r = tokens[rootName]!.syntax!; r.head = main; r.deprel = 'nsubj'; }
    // what hung from the clause's verb outside the clause belongs to the main predicate
    for (const j of deps) if (j !== main && (j < k || j > main)) tokens[j]!.syntax!.head = main;
    vs.head = before; vs.deprel = 'acl:relcl';
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
    // (and "where" after a place: "Seattle, where Starbucks is based")
    const relative = ((tokens[k]!.lower === 'who' || tokens[k]!.lower === 'which') && /^nsubj/.test(pronoun?.deprel ?? '')) || (tokens[k]!.lower === 'where' && pronoun?.deprel === 'advmod');
    if (!pronoun || !relative || tokens[k - 1]!.text !== ',') continue;
    const verb = tokens[pronoun.head]?.syntax;
    // hung from another verb (never the root: the sentence keeps its main verb), or from a name
    // other than the one before the comma ("a penalty by X before Y, who joined from Z," → Y joined)
    // (EWT's "advcl:relcl", a relative clause on a whole clause: after a name it is the name's)
    const fromVerb = /^(?:parataxis|ccomp|conj|advcl|advcl:relcl)$/.test(verb?.deprel ?? '');
    const fromOtherName = verb?.deprel === 'acl:relcl' && tokens[verb.head]?.syntax?.upos === 'PROPN';
    // (a relative clause hangs from a noun: never from a verb, "combined with the platform, which is run by X")
    const relativeOfVerb = verb?.deprel === 'acl:relcl' && tokens[verb.head]?.syntax?.upos === 'VERB';
    // ("who" after a name tells of the name, not of a common noun further back: "The merged bank, led
    // by chief executive Sergio Ermotti, who returned to UBS, …")
    const whoOfNoun = tokens[k]!.lower === 'who' && verb?.deprel === 'acl:relcl' && tokens[verb.head]?.syntax?.upos === 'NOUN' && verb.head < k - 2
      && tokens[k - 2]?.syntax?.upos === 'PROPN';
    if (!verb || verb.upos !== 'VERB' || (!fromVerb && !fromOtherName && !relativeOfVerb && !whoOfNoun) || pronoun.head <= k) continue;
    let before = k - 2;
    while (before > s.tokenStart && /^(?:flat|fixed)$/.test(tokens[before]!.syntax?.deprel ?? '')) before = tokens[before]!.syntax!.head;
    const b = tokens[before]?.syntax;
    if (!b || (b.upos !== 'PROPN' && b.upos !== 'NOUN') || (fromOtherName && (b.upos !== 'PROPN' || verb.head === before))) continue;
    verb.head = before; verb.deprel = 'acl:relcl';
  }
}

/** Participles that say where a body or a thing is: "the organisation based in Darmstadt". */
const LOCATING_PARTICIPLES = new Set(['based', 'headquartered', 'located', 'situated']);
const PLACE_CASES = new Set(['in', 'at', 'near', 'outside']);

/**
 * "…operated by EUMETSAT, the weather organisation based in Darmstadt": a locating participle
 * right after a noun describes that noun (acl), where the parser hung it from the main verb as a
 * clause of its own (advcl) and so put the body and its seat in two clauses.
 */
export function reattachLocatingParticiples(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    const p = tokens[k]!.syntax;
    // (a place after it: "based on the novel" is another sense)
    if (!p || !LOCATING_PARTICIPLES.has(tokens[k]!.lower) || !PLACE_CASES.has(tokens[k + 1]?.lower ?? '')) continue;
    // the noun right before it, or a name before its comma ("its main competitor is Boeing, based in
    // Arlington", the parser hanging it from a noun further back)
    let noun = k - 1;
    // (a quantifier of the list before it: "bought A and B, both based in Z", the parser making it a
    // clause of its own with "both" for subject: it hangs from the list's last name, as a
    // participle after a comma does; the other members are left unrelated)
    const quantifier = LIST_QUANTIFIERS.has(tokens[noun]!.lower) && tokens[noun]!.syntax?.head === k && tokens[noun - 1]?.text === ',' ? noun : -1;
    if (quantifier >= 0) noun--;
    const afterComma = tokens[noun]!.text === ',' && noun - 1 >= s.tokenStart;
    if (afterComma) noun--;
    while (afterComma && noun > s.tokenStart && /^(?:flat|compound)$/.test(tokens[noun]!.syntax?.deprel ?? '') && tokens[noun]!.syntax!.head < noun) noun = tokens[noun]!.syntax!.head;
    const before = tokens[noun]!.syntax;
    if (!before || p.head === noun) continue;
    if (!(p.deprel === 'advcl' || (afterComma && p.deprel === 'acl' && before.upos === 'PROPN') || (quantifier >= 0 && p.deprel === 'parataxis'))) continue;
    if ((before.upos !== 'NOUN' && before.upos !== 'PROPN') || descendsFrom(tokens, noun, k)) continue;
    p.head = noun; p.deprel = 'acl';
    if (quantifier >= 0) tokens[quantifier]!.syntax!.deprel = 'advmod';
  }
}

/**
 * "The WHO recommended a vaccine, R21, developed by the University of Oxford": a participle of
 * making with its agent, after a comma that ends the main verb's object, describes the object (the
 * maker made the vaccine, not the WHO), where the parser hung it from the main verb as an
 * adverbial clause or a conjunct without "and" or a subject of its own.
 */
export function reattachMakersOfObjects(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart + 2; k < s.tokenEnd; k++) {
    const p = tokens[k]!.syntax;
    // (or a conjunct of it with no "and": "recommended a vaccine, developed by X")
    if (!p || (p.deprel !== 'advcl' && p.deprel !== 'conj') || p.xpos !== 'VBN' || !MAKING_PARTICIPLES.has(tokens[k]!.lower) || tokens[k - 1]!.text !== ',') continue;
    let agent = false, ownWords = false;
    for (let j = s.tokenStart; j < s.tokenEnd; j++) {
      const d = tokens[j]!.syntax;
      if (d?.head !== k) continue;
      if (d.deprel === 'obl:agent') agent = true;
      if (d.deprel === 'cc' || /^(?:nsubj|aux)/.test(d.deprel)) ownWords = true;
    }
    if (!agent || ownWords) continue;
    // the main verb's object, which the comma ends
    let object = -1;
    for (let j = s.tokenStart; j < k - 1; j++) if (tokens[j]!.syntax?.head === p.head && tokens[j]!.syntax!.deprel === 'obj') object = j;
    if (object < 0 || object > k - 2 || !descendsFrom(tokens, k - 2, object) || tokens[object]!.syntax!.upos !== 'NOUN') continue;
    p.head = object; p.deprel = 'acl';
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
    // (or from a name after it: an apposition follows what it names — "set by Margrethe Vestager,
    // the EU's competition commissioner, ITA and Lufthansa must …" made it ITA's)
    const forward = t?.deprel === 'appos' && t.head > k;
    // (or from a name further back than the one before its comma, where that one is another
    // body the first acts for or with: "built by Thales Alenia Space for EUMETSAT, the organisation
    // based in Darmstadt" — not a name's own "of": "the University of Oxford, the oldest …")
    const pastNearer = t?.deprel === 'appos' && t.head < k && nearerNameBefore(tokens, s, k, t.head);
    if (!t || (tokens[t.head]?.syntax?.upos !== 'VERB' && !forward && !pastNearer)) continue;
    // …or read as a side clause of the verb: "married to the journalist X, a former editor of Y"
    // (a bare noun phrase after its comma and article, with no subject or verb of its own)
    // (not kin, nor after a place: "He was born in Cumberland County, Nova Scotia, the son of X" is the subject's)
    const bareNounPhrase = t.deprel === 'parataxis' && t.upos === 'NOUN' && !KIN_NOUNS.has(tokens[k]!.lower) && nounPhraseAfterComma(tokens, s, k);
    if (t.deprel !== 'appos' && !bareNounPhrase) continue;
    // the comma that opens the apposition, and the word before it
    const comma = appositionComma(tokens, s, k);
    if (tokens[comma]!.text !== ',') continue;
    let before = comma - 1;
    while (before > s.tokenStart && /^(?:flat|fixed)$/.test(tokens[before]!.syntax?.deprel ?? '')) before = tokens[before]!.syntax!.head;
    const b = tokens[before]?.syntax;
    if (!b || (b.upos !== 'PROPN' && b.upos !== 'NOUN') || before === t.head) continue;
    if (bareNounPhrase && placeBefore(tokens, s, comma)) continue;
    t.head = before; t.deprel = 'appos';
  }
}

/** Where the comma that opens the phrase at k would be, back through the phrase's own words ("the Italian state-owned carrier"). */
function appositionComma(tokens: Token[], s: Sentence, k: number): number {
  let comma = k - 1;
  while (comma > s.tokenStart && tokens[comma]!.text !== ',' && descendsFrom(tokens, comma, k)) comma--;
  return comma;
}

const BODY_CASES = new Set(['for', 'with', 'by', 'to', 'from']);

/** Is the name right before the comma that opens the apposition at k a body `head` acts for or with ("for EUMETSAT, the organisation …")? */
function nearerNameBefore(tokens: Token[], s: Sentence, k: number, head: number): boolean {
  const comma = appositionComma(tokens, s, k);
  let before = comma - 1;
  while (before > s.tokenStart && /^(?:flat|fixed|compound)$/.test(tokens[before]!.syntax?.deprel ?? '') && tokens[before]!.syntax!.head > before) before = tokens[before]!.syntax!.head;
  const b = tokens[before]?.syntax;
  if (tokens[comma]?.text !== ',' || !b || b.upos !== 'PROPN' || b.head !== head || b.deprel !== 'nmod') return false;
  // (a body the first acts for or with; not a place it lies in or on, which the apposition may
  // describe or not: "the dam on the Blue Nile, a project that …")
  for (let j = Math.max(s.tokenStart, before - 4); j < before; j++) if (tokens[j]!.syntax?.head === before && tokens[j]!.syntax!.deprel === 'case') return BODY_CASES.has(tokens[j]!.lower);
  return false;
}

/** Do the capitalised words before a comma name a country, region or city the gazetteer knows? */
function placeBefore(tokens: Token[], s: Sentence, comma: number): boolean {
  let from = comma;
  while (from > s.tokenStart && tokens[from - 1]!.cap) from--;
  for (let j = from; j < comma; j++) if (isKnownPlace(tokens.slice(j, comma).map((t) => t.text).join(' ').toLowerCase())) return true;
  return false;
}

/** Is the noun at k the head of a bare noun phrase opened by a comma and an article ("…, a former editor of Y")? */
function nounPhraseAfterComma(tokens: Token[], s: Sentence, k: number): boolean {
  let j = k - 1;
  while (j > s.tokenStart && tokens[j]!.syntax?.head === k && tokens[j]!.syntax!.deprel !== 'punct' && !/^(?:a|an|the)$/.test(tokens[j]!.lower)) j--;
  if (!/^(?:a|an|the)$/.test(tokens[j]?.lower ?? '') || tokens[j - 1]?.text !== ',') return false;
  for (let c = s.tokenStart; c < s.tokenEnd; c++) {
    const d = tokens[c]!.syntax;
    if (d?.head === k && /^(?:nsubj|csubj|cop|aux|mark)/.test(d.deprel)) return false;
  }
  return true;
}

/**
 * "A member of the X party, he has represented Y since 2001": a noun phrase fronted before the
 * subject and its comma describes the subject; the parser may make it a second subject of the verb.
 * A verb has one subject: the fronted one is an apposition of the other.
 */
export function reattachFrontedAppositions(tokens: Token[], s: Sentence): void {
  // each verb's subjects before it, in one pass
  const subjectsOf = new Map<number, number[]>();
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k]!.syntax;
    if (t && t.head > k && /^nsubj/.test(t.deprel)) subjectsOf.set(t.head, [...subjectsOf.get(t.head) ?? [], k]);
  }
  for (const subjects of subjectsOf.values()) {
    if (subjects.length !== 2) continue;
    const [first, second] = subjects as [number, number];
    const f = tokens[first]!.syntax!, sc = tokens[second]!.syntax!;
    if (f.upos !== 'NOUN' || (sc.upos !== 'PRON' && sc.upos !== 'PROPN')) continue;
    // the fronted phrase ends with a comma right before the subject
    if (tokens[second - 1]?.text !== ',' && !(sc.upos === 'PROPN' && tokens[firstWordOf(tokens, s, second) - 1]?.text === ',')) continue;
    // (a phrase right after a name and its comma is that name's apposition, not fronted: "set by
    // Margrethe Vestager, the EU's competition commissioner, ITA and Lufthansa must …")
    let left = first;
    for (let j = s.tokenStart; j < first; j++) if (tokens[j]!.syntax?.deprel !== 'punct' && descendsFrom(tokens, j, first)) { left = j; break; }
    let named = left - 2;
    while (named > s.tokenStart && /^(?:flat|fixed)$/.test(tokens[named]!.syntax?.deprel ?? '')) named = tokens[named]!.syntax!.head;
    if (tokens[left - 1]?.text === ',' && tokens[named]?.syntax?.upos === 'PROPN' && named < left - 1) { f.head = named; f.deprel = 'appos'; continue; }
    f.head = second; f.deprel = 'appos';
  }
}

/** The first token of a name whose head token is k (its flat and compound parts before it). */
function firstWordOf(tokens: Token[], s: Sentence, k: number): number {
  let first = k;
  for (let j = k - 1; j >= s.tokenStart && tokens[j]!.syntax?.head === k && /^(?:flat|compound)$/.test(tokens[j]!.syntax!.deprel); j--) first = j;
  return first;
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

/**
 * "Norland's ruling Karvensk Party lost its majority": at the start of a sentence the parser may
 * read the possessor as a subject of its own and the participle after "'s" as a clause. A
 * possessive ends a noun phrase's determiner, so the participle modifies the noun phrase after it
 * (amod) and the possessor is that phrase's (nmod:poss).
 */
export function reattachPossessedParticiples(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart + 2; k + 1 < s.tokenEnd; k++) {
    const p = tokens[k]!.syntax, mark = tokens[k - 1]!, owner = tokens[k - 2]!.syntax;
    if (!p || !owner || (p.xpos !== 'VBG' && p.xpos !== 'VBN') || tokens[k]!.cap || (mark.text !== "'s" && mark.text !== '’s') || owner.upos !== 'PROPN') continue;
    // the noun phrase after the participle: its words, and the one that heads them
    let end = k + 1;
    while (end < s.tokenEnd && end - k <= 6 && /^(?:ADJ|NOUN|PROPN|NUM)$/.test(tokens[end]!.syntax?.upos ?? '')) end++;
    let head = -1;
    for (let j = k + 1; j < end; j++) { const h = tokens[j]!.syntax!.head; if (h < k + 1 || h >= end) { head = j; break; } }
    if (head < 0 || !/^(?:NOUN|PROPN)$/.test(tokens[head]!.syntax!.upos) || (p.head === head && owner.head === head)) continue;
    if (descendsFrom(tokens, head, k) || descendsFrom(tokens, head, k - 2)) continue;
    p.head = head; p.deprel = 'amod';
    owner.head = head; owner.deprel = 'nmod:poss';
  }
}


/**
 * "He said Altair's tools would be combined with …": without "that", the parser may take the
 * reported clause's subject for the object of "said" and its verb for a clause on that noun (acl).
 * A verb with a finite auxiliary of its own between the noun and it is the reported clause (ccomp
 * of the verb of saying), and the noun its subject.
 */
export function reattachReportedSubjects(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart + 2; k < s.tokenEnd; k++) {
    const v = tokens[k]!.syntax;
    if (!v || v.upos !== 'VERB' || v.head >= k) continue;
    // the verb hung from the noun as a clause on it, or from the verb of saying with no subject of
    // its own ("said its chairman, X, was investigating …"; as a conjunct with no "and": "said the
    // referee, X, should have awarded …")
    let n = -1;
    const conjunct = v.deprel === 'conj' && !tokens.slice(v.head + 1, k).some((t) => t.syntax?.head === k && t.syntax.deprel === 'cc');
    if (v.deprel === 'acl') n = v.head;
    else if (v.deprel === 'ccomp' || v.deprel === 'advcl' || conjunct) {
      for (let j = s.tokenStart; j < k; j++) if (tokens[j]!.syntax?.head === v.head && tokens[j]!.syntax!.deprel === 'obj') n = j;
      for (let j = s.tokenStart; j < s.tokenEnd && n >= 0; j++) if (tokens[j]!.syntax?.head === k && /^(?:nsubj|csubj|expl)/.test(tokens[j]!.syntax!.deprel)) n = -1;
    }
    const noun = n >= 0 ? tokens[n]!.syntax : undefined, speech = noun ? tokens[noun.head]?.syntax : undefined;
    if (!noun || noun.deprel !== 'obj' || (noun.upos !== 'NOUN' && noun.upos !== 'PROPN') || !speech || speech.upos !== 'VERB' || !SPEECH_VERBS.has(speech.lemma)) continue;
    let finite = false, passive = false;
    for (let j = n + 1; j < k; j++) {
      const d = tokens[j]!.syntax;
      if (d?.head !== k) continue;
      if (/^aux/.test(d.deprel) && FINITE_AUXILIARIES.has(tokens[j]!.lower)) finite = true;
      if (d.deprel === 'aux:pass') passive = true;
    }
    if (!finite) continue;
    v.head = noun.head; v.deprel = 'ccomp';
    noun.head = k; noun.deprel = passive ? 'nsubj:pass' : 'nsubj';
  }
}

/**
 * "Nelson congratulated India, and the European Space Agency, which tracked the mission, said …":
 * the parser may take the second clause's subject for a conjunct of the first clause's object, and
 * leave the second verb without a subject. A conjunct noun after "and", followed by a conjunct verb
 * of the first verb with no subject and no "and" of its own, is that verb's subject.
 */
export function reattachCoordinatedSubjects(tokens: Token[], s: Sentence): void {
  for (let v = s.tokenStart + 3; v < s.tokenEnd; v++) {
    const v2 = tokens[v]!.syntax;
    if (!v2 || v2.deprel !== 'conj' || v2.upos !== 'VERB' || v2.head >= v) continue;
    const v1 = v2.head;
    let hasSubject = false, hasCc = false;
    for (let j = s.tokenStart; j < s.tokenEnd; j++) {
      const d = tokens[j]!.syntax;
      if (d?.head !== v) continue;
      if (/^(?:nsubj|csubj|expl)/.test(d.deprel)) hasSubject = true;
      if (d.deprel === 'cc' && j < v) hasCc = true;
    }
    if (hasSubject || hasCc) continue;
    // the first verb's object, and a conjunct of it after "and" that stands between the two verbs
    for (let n = v - 1; n > v1; n--) {
      const d = tokens[n]!.syntax;
      if (!d || d.deprel !== 'conj' || (d.upos !== 'NOUN' && d.upos !== 'PROPN')) continue;
      const object = tokens[d.head]?.syntax;
      if (!object || object.head !== v1 || object.deprel !== 'obj') continue;
      let and = false;
      for (let j = d.head + 1; j < n; j++) if (tokens[j]!.syntax?.head === n && tokens[j]!.syntax!.deprel === 'cc' && tokens[j]!.lower === 'and') and = true;
      if (!and) continue;
      // (a comma before the "and": a list of objects has none before its last member as often as not,
      // two clauses nearly always do)
      const comma = tokens.slice(d.head + 1, n).some((t) => t.text === ',');
      if (!comma) continue;
      d.head = v; d.deprel = 'nsubj';
      break;
    }
  }
}

/**
 * "He studied at MIT before joining Texas Instruments": a participle with a subordinator of its
 * own ("before", "after", "while") is an adverbial clause of the verb, whose subject it shares;
 * the parser may hang it from the noun before it as a modifier (acl), so that MIT seems to join.
 */
export function reattachMarkedParticiples(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    const v = tokens[k]!.syntax;
    if (!v || v.deprel !== 'acl' || v.upos !== 'VERB' || (v.xpos !== 'VBG' && v.xpos !== 'VBN')) continue;
    const mark = tokens.slice(Math.max(s.tokenStart, k - 2), k).find((t) => t.syntax?.head === k && t.syntax.deprel === 'mark');
    if (!mark || !ADVERBIAL_MARKS.has(mark.lower)) continue;
    const verb = verbAtOrAbove(tokens, v.head);
    if (verb < 0 || descendsFrom(tokens, verb, k)) continue;
    v.head = verb; v.deprel = 'advcl';
  }
}

/**
 * "Henry met Ruto in Nairobi": a town or a country "in" or "at" after a verb's object that is a name
 * says where the verb happened — a name is not narrowed down by a place the way a noun is ("a
 * school in Nairobi") — but the parser often hangs it from the name. (Not after a body's or a
 * place's name, which a place may locate: "the University of Arizona in Tucson".)
 */
export function reattachPlacesOfObjects(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart + 2; k < s.tokenEnd; k++) {
    const place = tokens[k]!.syntax;
    // (with its article: "in The Hague")
    const article = tokens[k - 1]!.lower === 'the' && tokens[k - 1]!.syntax?.head === k ? 1 : 0;
    if (!place || !tokens[k]!.cap || place.deprel !== 'nmod' || !isKnownPlace(article ? `the ${tokens[k]!.lower}` : tokens[k]!.lower)) continue;
    const caseWord = tokens[k - 1 - article]!;
    if (caseWord.syntax?.head !== k || caseWord.syntax.deprel !== 'case' || (caseWord.lower !== 'in' && caseWord.lower !== 'at')) continue;
    const name = place.head, object = tokens[name]?.syntax;
    if (!object || object.upos !== 'PROPN' || object.deprel !== 'obj' || name >= k || tokens[object.head]?.syntax?.upos !== 'VERB') continue;
    // (the whole name just before the place: none of its words a body's or a place's head, nor a known place)
    const caseAt = k - 1 - article;
    if (!tokens.slice(name + 1, caseAt).every((t) => t.syntax?.head === name && t.syntax.deprel === 'flat')) continue;
    let from = name;
    while (from > s.tokenStart && tokens[from - 1]!.cap && tokens[from - 1]!.syntax?.upos === 'PROPN') from--;
    if (tokens.slice(from, caseAt).some((t) => isHead(t.lower) || isKnownPlace(t.lower))) continue;
    place.head = object.head; place.deprel = 'obl';
  }
}

/**
 * "… as Liverpool beat City", "… after Arsenal drew with Villa": a subordinator before a name and a
 * finite verb opens a clause whose subject the name is, but the parser, taking "as" or "after" for a
 * preposition, hangs the name from what comes before and the verb from anywhere. The name becomes
 * the verb's subject, the word its mark, and the clause an adverbial one of the verb above.
 */
export function reattachClausesAfterSubordinators(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart; k + 2 < s.tokenEnd; k++) {
    const mark = tokens[k]!.syntax;
    if (!mark || mark.deprel !== 'case' || !CLAUSE_SUBORDINATORS.has(tokens[k]!.lower)) continue;
    const n = mark.head;
    // (a name, or a noun's phrase: "after the LDP agreed to …", "After their contract with EMI ended, …")
    if (n <= k || !/^(?:PROPN|NOUN)$/.test(tokens[n]?.syntax?.upos ?? '')) continue;
    // the phrase's words run from k + 1 to the verb, all within the phrase
    const inName = (j: number) => j === n || descendsFrom(tokens, j, n);
    let v = k + 1;
    while (v < s.tokenEnd && inName(v)) v++;
    const verb = tokens[v]?.syntax;
    if (v <= n || !verb || verb.upos !== 'VERB' || !/^VB[DZP]$/.test(verb.xpos) || verb.head === v || hasSubject(tokens, s, v)) continue;
    // the verb above the name, which the clause modifies
    const above = verbAtOrAbove(tokens, tokens[n]!.syntax!.head);
    if (above < 0 || above === v || descendsFrom(tokens, above, v)) continue;
    const noun = tokens[n]!.syntax!;
    noun.head = v; noun.deprel = 'nsubj';
    mark.head = v; mark.deprel = 'mark'; mark.upos = 'SCONJ';
    verb.head = above; verb.deprel = 'advcl';
  }
}

/**
 * "… Gracie Abrams, a singer whose father, J. J. Abrams, directed "Star Wars"": a clause opened by
 * "whose" and a noun is a relative clause of the word before "whose", the noun its subject. The
 * parser, thrown by the name in apposition, may make the verb a conjunct of the main verb (so the
 * sentence's subject seemed to direct the film) and the noun a conjunct of the word before.
 */
export function reattachWhoseClauses(tokens: Token[], s: Sentence): void {
  for (let w = s.tokenStart + 1; w + 2 < s.tokenEnd; w++) {
    if (tokens[w]!.lower !== 'whose' || tokens[w]!.syntax?.deprel !== 'nmod:poss') continue;
    const n = tokens[w]!.syntax!.head, noun = tokens[n]?.syntax;
    if (n !== w + 1 || !noun || noun.upos !== 'NOUN') continue;
    // the verb after the noun and its apposition ("father, J. J. Abrams,")
    let v = n + 1;
    while (v < s.tokenEnd && v < n + 10 && (tokens[v]!.syntax?.upos === 'PUNCT' || tokens[v]!.syntax?.upos === 'PROPN' || tokens[v]!.syntax?.upos === 'ADV')) v++;
    const verb = tokens[v]?.syntax;
    if (!verb || verb.upos !== 'VERB' || verb.deprel === 'acl:relcl' || !/^VB[DZPN]$/.test(verb.xpos) || hasSubject(tokens, s, v)) continue;
    // the word "whose" tells of: the noun or name before it
    let before = tokens[w - 1]!.text === ',' ? w - 2 : w - 1;
    while (before > s.tokenStart && /^(?:flat|fixed)$/.test(tokens[before]!.syntax?.deprel ?? '')) before = tokens[before]!.syntax!.head;
    const b = tokens[before]?.syntax;
    if (!b || (b.upos !== 'NOUN' && b.upos !== 'PROPN') || descendsFrom(tokens, before, v)) continue;
    const passive = tokens.slice(n + 1, v).some((t) => t.syntax?.head === v && t.syntax.deprel === 'aux:pass');
    verb.head = before; verb.deprel = 'acl:relcl';
    noun.head = v; noun.deprel = passive ? 'nsubj:pass' : 'nsubj';
  }
}

/**
 * "Taylor Swift ends record-breaking Eras Tour in Vancouver", "a Kremlin-backed party": a
 * participle glued by a hyphen to the word before it modifies the noun after it. The parser may
 * read it as a verb whose object that noun is (so that Swift "broke" something in Vancouver): the
 * noun takes the participle's place, the participle becomes its modifier, and what else hung from
 * the participle goes to the verb above.
 */
export function reattachHyphenatedParticiples(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart + 2; k + 1 < s.tokenEnd; k++) {
    const p = tokens[k]!.syntax, hyphen = tokens[k - 1]!;
    if (!p || p.upos !== 'VERB' || !/^VB[GN]$/.test(p.xpos) || hyphen.text !== '-' || hyphen.spaceBefore || tokens[k]!.spaceBefore || p.head < 0) continue;
    // the noun the participle stands before, which the parser made its object
    let n = -1;
    for (let j = k + 1; j < Math.min(s.tokenEnd, k + 6); j++) if (tokens[j]!.syntax?.head === k && tokens[j]!.syntax!.deprel === 'obj') { n = j; break; }
    if (n < 0 || !/^(?:NOUN|PROPN)$/.test(tokens[n]!.syntax!.upos) || !tokens.slice(k + 1, n).every((t) => t.syntax?.head === n)) continue;
    const noun = tokens[n]!.syntax!, above = p.head;
    for (let j = s.tokenStart; j < s.tokenEnd; j++) {
      const d = tokens[j]!.syntax;
      if (d?.head === k && j > n) d.head = above;
    }
    noun.head = above; noun.deprel = p.deprel === 'advcl' || p.deprel === 'xcomp' ? 'obj' : p.deprel;
    p.head = n; p.deprel = 'amod'; p.upos = 'ADJ';
  }
}

/**
 * "Mark Zuckerberg, Meta's chief executive, did not comment": a title word that heads a phrase of
 * its own (an apposition, a subject, an object) is a noun, though the tagger, which met "executive"
 * mostly as an adjective, may tag it one; the readings of a title look for a noun. So is any
 * adjective that takes an article and a preposition as a noun does ("in the French Open final").
 */
export function retagTitleNouns(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k]!, y = t.syntax;
    if (!y || y.upos !== 'ADJ' || t.cap || /^(?:amod|compound|conj|root|xcomp|acomp)$/.test(y.deprel)) continue;
    // (any adjective with an article and a preposition of its own, where a noun stands: "lost in the French Open final at Roland Garros")
    if (!TITLES.has(t.lower) && !(/^(?:obl|obj|nsubj|nsubj:pass|nmod)$/.test(y.deprel) && hasDependent(tokens, s, k, 'det') && hasDependent(tokens, s, k, 'case'))) continue;
    y.upos = 'NOUN'; y.xpos = 'NN'; y.lemma = t.lower;
  }
}

/** Has word k a dependent of this relation among the few words before it (where articles and prepositions stand)? */
function hasDependent(tokens: Token[], s: Sentence, k: number, deprel: string): boolean {
  for (let j = Math.max(s.tokenStart, k - NEAR_BEFORE); j < k; j++) if (tokens[j]!.syntax?.head === k && tokens[j]!.syntax!.deprel === deprel) return true;
  return false;
}
/** how far back a word's article, preposition or modifiers are looked for: no scan of a whole long sentence per word */
const NEAR_BEFORE = 12;

/**
 * "Meta violated the Texas Capture or Use of Biometric Identifier Act": a preposition comes first in
 * its phrase, so one that follows a word of the phrase it is said to mark ("Capture or Use" hang
 * from "Act") marks a phrase inside it, the one that begins right after it ("of Biometric
 * Identifier"); read as the whole phrase's, it made Meta "violate of" the act.
 */
export function reattachCaseInsidePhrase(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart + 1; k + 1 < s.tokenEnd; k++) {
    const c = tokens[k]!.syntax;
    if (!c || c.deprel !== 'case' || c.upos !== 'ADP' || c.head <= k + 1 || c.head >= s.tokenEnd) continue;
    const h = c.head;
    let earlier = false;
    for (let j = Math.max(s.tokenStart, k - NEAR_BEFORE); j < k && !earlier; j++) earlier = tokens[j]!.syntax?.head === h && tokens[j]!.syntax!.deprel !== 'punct';
    if (!earlier) continue;
    // the phrase that begins after it: the highest word below h above the next word
    let m = k + 1;
    while (tokens[m]!.syntax && tokens[m]!.syntax!.head > k && tokens[m]!.syntax!.head < h) m = tokens[m]!.syntax!.head;
    if (tokens[m]!.syntax?.head !== h) continue;
    c.head = m;
  }
}

/**
 * "… and later at Brown University": a preposition marks the whole name, and hangs from its head
 * ("University"), not from the first word of the name, where the parser hung it.
 */
export function reattachCaseToNameHead(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart; k + 2 < s.tokenEnd; k++) {
    const c = tokens[k]!.syntax;
    if (!c || c.deprel !== 'case' || c.upos !== 'ADP' || c.head <= k) continue;
    let h = c.head;
    for (let guard = 0; guard < 6; guard++) {
      const y = tokens[h]?.syntax;
      if (!y || y.upos !== 'PROPN' || !/^(?:compound|flat)$/.test(y.deprel) || y.head <= h || y.head >= s.tokenEnd) break;
      h = y.head;
    }
    c.head = h;
  }
}

/**
 * "a dispute with the state of Texas", "born in the city of Oslo": the name is what the class noun
 * is, and stands where the noun stood (the noun its compound, its "of" the noun's), so that what
 * is said of the noun is said of the name ("dispute with" Texas, not "of" Texas).
 */
export function reheadNamedPlaceNouns(tokens: Token[], s: Sentence): void {
  for (let n = s.tokenStart + 1; n + 2 < s.tokenEnd; n++) {
    const noun = tokens[n]!.syntax, of = tokens[n + 1]!, name = tokens[n + 2]!.syntax;
    if (!noun || !name || noun.upos !== 'NOUN' || !PLACE_CLASS_NOUNS.has(tokens[n]!.lower) || of.lower !== 'of' || of.syntax?.head !== n + 2) continue;
    if (name.upos !== 'PROPN' || name.head !== n || name.deprel !== 'nmod' || tokens[n - 1]!.lower !== 'the') continue;
    name.head = noun.head; name.deprel = noun.deprel;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if (k !== n + 1 && tokens[k]!.syntax?.head === n) tokens[k]!.syntax!.head = n + 2;
    noun.head = n + 2; noun.deprel = 'compound';
    of.syntax.head = n;
  }
}

/**
 * "Ollanta Humala and his wife, Nadine Heredia, were sentenced": a name set off by commas right after
 * a common noun listed with another name is that noun's apposition (who the wife is), not a third
 * member of the list, as the parser made it.
 */
export function reattachNamesOfConjunctNouns(tokens: Token[], s: Sentence): void {
  for (let n = s.tokenStart + 1; n + 2 < s.tokenEnd; n++) {
    const noun = tokens[n]!.syntax;
    if (!noun || noun.upos !== 'NOUN' || noun.deprel !== 'conj' || tokens[n + 1]!.text !== ',') continue;
    // the name's head word: the last of its capitalised words, or the one the others hang from
    let end = n + 2;
    while (end < s.tokenEnd && tokens[end]!.cap && tokens[end]!.syntax?.upos === 'PROPN') end++;
    if (end === n + 2) continue;
    const head = [...Array(end - n - 2).keys()].map((i) => n + 2 + i).find((k) => { const h = tokens[k]!.syntax!.head; return h < n + 2 || h >= end; });
    const y = head === undefined ? undefined : tokens[head]!.syntax;
    // (a third member, or the first name's apposition: "the poet Lord Byron and his wife, Anne Milbanke")
    if (!y || (y.deprel !== 'conj' && !(y.deprel === 'appos' && y.head === noun.head)) || (y.head !== noun.head && y.head !== n)) continue;
    y.head = n; y.deprel = 'appos';
  }
}

/**
 * "X, the novelist who …, died on Wednesday in Buford, his son Y said": the speaker closing the
 * sentence is the verb of saying's subject; a first subject the parser hung from it too belongs
 * to the reported verb between them, which had none.
 */
export function reattachSubjectsOfReportedClauses(tokens: Token[], s: Sentence): void {
  for (let v = s.tokenStart + 1; v < s.tokenEnd; v++) {
    const say = tokens[v]!.syntax;
    if (!say || say.upos !== 'VERB' || !SPEECH_VERBS.has(say.lemma)) continue;
    const subjects: number[] = [];
    for (let j = s.tokenStart; j < v; j++) if (tokens[j]!.syntax?.head === v && /^nsubj/.test(tokens[j]!.syntax!.deprel)) subjects.push(j);
    if (subjects.length !== 2) continue;
    const [first, last] = subjects as [number, number];
    let clause = -1;
    for (let j = first + 1; j < last; j++) if (tokens[j]!.syntax?.head === v && tokens[j]!.syntax!.deprel === 'ccomp' && tokens[j]!.syntax!.upos === 'VERB') clause = j;
    if (clause < 0 || hasSubject(tokens, s, clause)) continue;
    tokens[first]!.syntax!.head = clause;
  }
}

/**
 * "died on Wednesday in Buford": a place the parser hung from a day or a month is where what the
 * verb says happened (the day's head's oblique), not a part of the day.
 */
export function reattachPlacesOfDays(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    const y = tokens[k]!.syntax;
    if (!y || y.upos !== 'PROPN' || y.deprel !== 'nmod' || y.head < 0) continue;
    const day = tokens[y.head]!, d = day.syntax;
    if (!d || !CALENDAR_WORDS.has(day.lower) || d.deprel !== 'obl' || d.head < 0 || CALENDAR_WORDS.has(tokens[k]!.lower)) continue;
    if (tokens[d.head]!.syntax?.upos !== 'VERB') continue;
    y.head = d.head; y.deprel = 'obl';
  }
}

/**
 * "…, reversing a decision by the Fifth Circuit": a verb in the active voice with an object of its
 * own has no agent; a "by" phrase right after the object is the object's ("a decision by the
 * court"), though the parser hung it from the verb as its agent (and the court "reversed" itself).
 */
export function reattachAgentsOfActiveVerbs(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const agent = tokens[k]!.syntax;
    if (!agent || agent.deprel !== 'obl:agent' || agent.head < 0) continue;
    const verb = tokens[agent.head]!.syntax;
    if (!verb || verb.upos !== 'VERB' || !/^VB[GDPZ]?$/.test(verb.xpos) || verb.xpos === 'VBN') continue;
    let object = -1, passive = false;
    for (let j = s.tokenStart; j < s.tokenEnd; j++) {
      const d = tokens[j]!.syntax;
      if (d?.head !== agent.head) continue;
      if (d.deprel === 'obj' && j < k && d.upos === 'NOUN') object = j;
      if (d.deprel === 'aux:pass' || d.deprel === 'nsubj:pass') passive = true;
    }
    // (the "by" right after the object)
    if (object < 0 || passive || tokens[object + 1]?.lower !== 'by' || tokens[object + 1]!.syntax?.head !== k) continue;
    agent.head = object; agent.deprel = 'nmod';
  }
}

/**
 * "Britain's Keir Starmer met Emmanuel Macron": a possessor belongs to the noun phrase after its
 * "'s", never to a verb, where the parser hung it (and Britain "met" Macron). It goes to the first
 * noun or name after the possessive (past its adjectives), or that word's head inside its name.
 */
export function reattachPossessorsOfVerbs(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart; k + 2 < s.tokenEnd; k++) {
    const p = tokens[k]!.syntax;
    if (!p || p.deprel !== 'nmod:poss' || p.head < 0 || !/^(?:VERB|AUX)$/.test(tokens[p.head]!.syntax?.upos ?? '')) continue;
    if (!POSSESSIVE_MARK.test(tokens[k + 1]!.text)) continue;
    let n = k + 2;
    while (n < s.tokenEnd && tokens[n]!.syntax?.upos === 'ADJ') n++;
    const noun = tokens[n]?.syntax;
    if (!noun || !/^(?:NOUN|PROPN)$/.test(noun.upos)) continue;
    // (the head of the name it begins: "Keir" of "Keir Starmer" is its head already)
    const head = noun.deprel === 'flat' || noun.deprel === 'compound' ? noun.head : n;
    if (head === p.head || head < 0) continue;
    p.head = head;
  }
}
const POSSESSIVE_MARK = /^['’]s?$/;

/**
 * "Hungary's Viktor Orbán, who …, said": a possessor is not the head of the name after its "'s"
 * (the parser made Orbán Hungary's apposition and Hungary the subject): the name takes the
 * possessor's place, and the possessor hangs from it.
 */
export function reattachPossessorsOfNames(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart; k + 2 < s.tokenEnd; k++) {
    const p = tokens[k]!.syntax, mark = tokens[k + 1]!, n = tokens[k + 2]!.syntax;
    if (!p || !n || !POSSESSIVE_MARK.test(mark.text) || mark.syntax?.head !== k || mark.syntax.deprel !== 'case' || p.deprel === 'nmod:poss') continue;
    if (n.head !== k || n.upos !== 'PROPN' || !/^(?:appos|flat|compound|conj)$/.test(n.deprel)) continue;
    n.head = p.head; n.deprel = p.deprel;
    p.head = k + 2; p.deprel = 'nmod:poss';
  }
}

/**
 * "William Ruto and Somalia's president, Hassan Sheikh Mohamud, attended": a possessor hung to the
 * left (the parser made Somalia Ruto's conjunct, and "president" Ruto's apposition) belongs to
 * the noun after its "'s" (past its adjectives): the noun takes the possessor's place, and the
 * possessor hangs from it.
 */
export function reattachPossessorsBeforeNouns(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart; k + 2 < s.tokenEnd; k++) {
    const p = tokens[k]!.syntax, mark = tokens[k + 1]!;
    if (!p || p.head < 0 || p.head >= k || p.deprel === 'nmod:poss' || !POSSESSIVE_MARK.test(mark.text) || mark.syntax?.head !== k || mark.syntax.deprel !== 'case') continue;
    let n = k + 2;
    while (n < Math.min(s.tokenEnd, k + 5) && tokens[n]!.syntax?.upos === 'ADJ' && tokens[n]!.syntax!.head > n) n++;
    // (or the name a title in capitals stands before: "Belgium and Spain's King Felipe VI")
    // (the name keeps its own place in the sentence: "attended by King Philippe of Belgium and Spain's King Felipe VI")
    const titled = tokens[n]?.syntax;
    if (titled?.upos === 'PROPN' && TITLES.has(tokens[n]!.lower) && /^(?:nmod:desc|compound)$/.test(titled.deprel) && titled.head === n + 1 && tokens[n + 1]?.syntax?.upos === 'PROPN') {
      if (tokens[n + 1]!.syntax!.head !== k) { p.head = n + 1; p.deprel = 'nmod:poss'; }
      continue;
    }
    const noun = tokens[n]?.syntax;
    if (!noun || noun.upos !== 'NOUN' || noun.head < 0 || noun.head >= k) continue;
    noun.head = p.head; noun.deprel = p.deprel;
    p.head = n; p.deprel = 'nmod:poss';
  }
}

/**
 * "ITA is based in Rome and flies from Fiumicino": a plural noun with no article, coordinated with a
 * verb and taking a preposition of its own, is a verb in the third person ("flies", "operates"),
 * though the tagger read a noun (and the label became "based flies from").
 */
export function retagCoordinatedVerbs(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    const y = tokens[k]!.syntax;
    if (!y || y.deprel !== 'conj' || y.upos !== 'NOUN' || y.xpos !== 'NNS' || y.head < 0 || tokens[y.head]!.syntax?.upos !== 'VERB') continue;
    if (!/^(?:and|or|but)$/.test(tokens[k - 1]!.lower)) continue;
    let cased = -1, det = false;
    for (let j = k + 1; j < Math.min(s.tokenEnd, k + 8); j++) {
      const d = tokens[j]!.syntax;
      if (d?.head !== k) continue;
      if (d.deprel === 'det' || d.deprel === 'nmod:poss' || d.deprel === 'amod') det = true;
      if (/^(?:nmod|obl)$/.test(d.deprel) && cased < 0) cased = j;
    }
    if (det || cased < 0) continue;
    y.upos = 'VERB'; y.xpos = 'VBZ';
    y.lemma = y.lemma.endsWith('ies') ? y.lemma.slice(0, -3) + 'y' : y.lemma;
    for (let j = k + 1; j < Math.min(s.tokenEnd, k + 8); j++) if (tokens[j]!.syntax?.head === k && tokens[j]!.syntax!.deprel === 'nmod') tokens[j]!.syntax!.deprel = 'obl';
  }
}

/**
 * "the child of the poet Lord Byron": a name right after a common noun, with no preposition of
 * its own, says who the noun is (UD's apposition), not what it is of (the parser's nmod, which
 * made Byron the poet's and left the child no parent).
 */
export function relabelNamesAfterCommonNouns(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    const y = tokens[k]!.syntax;
    if (!y || y.upos !== 'PROPN' || y.deprel !== 'nmod' || y.head < s.tokenStart || y.head >= k) continue;
    const noun = tokens[y.head]!;
    // (a noun with its article, as a title before a name is: not "his only career Super Bowl")
    if (noun.syntax?.upos !== 'NOUN' || noun.cap || !tokens.slice(s.tokenStart, y.head).some((t) => t.syntax?.head === y.head && t.syntax.deprel === 'det' && ARTICLES.has(t.lower))) continue;
    // the name's words run from right after the noun to k, each hung inside the name
    const first = y.head + 1;
    if (first > k || !tokens.slice(first, k + 1).every((t) => t.cap && (t.i === k || t.syntax?.head === k || (t.syntax && t.syntax.head > t.i && t.syntax.head <= k)))) continue;
    if (tokens.slice(s.tokenStart, s.tokenEnd).some((t) => t.syntax?.head === k && t.syntax.deprel === 'case')) continue;
    y.deprel = 'appos';
  }
}

/**
 * "riding for Red Bull-Bora-Hansgrohe": a preposition is a name's case marker, never its head; the
 * parser, lost in a hyphenated name, hung the name from "for" (an apposition of it), and the verb
 * lost its oblique. The name takes the preposition's place, and the preposition hangs from it.
 */
export function reattachNamesUnderPrepositions(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    const y = tokens[k]!.syntax;
    if (!y || y.upos !== 'PROPN' || y.head < s.tokenStart || y.head >= k) continue;
    const p = tokens[y.head]!.syntax;
    if (!p || p.upos !== 'ADP' || p.deprel !== 'case' || p.head < 0 || p.head >= y.head) continue;
    // (the preposition's first dependent to its right: nothing stands between it and the name)
    if (tokens.slice(y.head + 1, k).some((t) => t.syntax?.head === y.head)) continue;
    const governor = tokens[p.head]!.syntax;
    if (!governor) continue;
    const at = y.head;
    y.head = p.head;
    y.deprel = governor.upos === 'VERB' || governor.upos === 'AUX' || governor.upos === 'ADJ' ? 'obl' : 'nmod';
    p.head = k;
    for (let j = s.tokenStart; j < s.tokenEnd; j++) if (j !== k && tokens[j]!.syntax?.head === at) tokens[j]!.syntax!.head = k;
  }
}

/**
 * "sold in the Philippines, Malaysia, Indonesia, Singapore, Thailand …": an agent has its "by"; a
 * name the parser made one without it, after a comma in a list, is the next member of that list
 * (the list's first member its head, as UD has it), and otherwise a plain oblique.
 */
export function reattachAgentsWithoutBy(tokens: Token[], s: Sentence): void {
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    const y = tokens[k]!.syntax;
    if (!y || y.deprel !== 'obl:agent' || y.head < 0) continue;
    if (tokens.slice(s.tokenStart, k).some((t) => t.syntax?.head === k && t.syntax.deprel === 'case' && t.lower === 'by')) continue;
    // the name's first word, and the member before the comma in front of it
    let first = k;
    while (first - 1 > s.tokenStart && tokens[first - 1]!.syntax?.head === k && tokens[first - 1]!.text !== ',') first--;
    let list = tokens[first - 1]?.text === ',' && first - 2 >= s.tokenStart ? first - 2 : -1;
    while (list >= 0 && tokens[list]!.syntax?.deprel === 'conj') list = tokens[list]!.syntax!.head;
    if (list >= 0 && tokens[list]!.syntax?.head === y.head && /^obl/.test(tokens[list]!.syntax!.deprel)) { y.head = list; y.deprel = 'conj'; }
    else y.deprel = 'obl';
  }
}

/**
 * "Donald Trump, who is due to visit Tokyo next week, congratulated Takaichi": the parser made the
 * name the root and "congratulated" its relative clause, whose subject "who" and copula "is" were
 * another predicate's ("due"). The verb after the clause's closing comma is the sentence's, the
 * name its subject; the clause before the comma is the name's relative clause.
 */
export function reattachMainVerbsAfterRelativeClauses(tokens: Token[], s: Sentence): void {
  for (let v = s.tokenStart + 4; v < s.tokenEnd; v++) {
    const vs = tokens[v]!.syntax;
    if (!vs || vs.upos !== 'VERB' || vs.deprel !== 'acl:relcl' || tokens[v - 1]!.text !== ',') continue;
    const name = vs.head, ns = tokens[name]?.syntax;
    if (!ns || ns.deprel !== 'root' || ns.upos !== 'PROPN' || name > v) continue;
    const children = childrenOf(tokens, s, v);
    const who = children.find((j) => j > name && j < v && /^nsubj/.test(tokens[j]!.syntax!.deprel) && RELATIVE_SUBJECTS.has(tokens[j]!.lower));
    if (who === undefined || tokens[who - 1]?.text !== ',') continue;
    // the clause's own predicate: a verb, adjective or noun between "who" and the comma
    const predicate = children.find((j) => j > who && j < v - 1 && /^(?:VERB|ADJ|NOUN)$/.test(tokens[j]!.syntax!.upos) && !/^(?:punct|cop|aux)/.test(tokens[j]!.syntax!.deprel));
    if (predicate === undefined) continue;
    const p = tokens[predicate]!.syntax!;
    p.head = name; p.deprel = 'acl:relcl';
    for (const j of children) if (j > name && j < v && j !== predicate) tokens[j]!.syntax!.head = predicate;
    vs.head = -1; vs.deprel = 'root';
    ns.head = v; ns.deprel = 'nsubj';
    for (let j = s.tokenStart; j < s.tokenEnd; j++) if (j !== v && tokens[j]!.syntax?.head === name && tokens[j]!.syntax!.deprel === 'punct' && j > v) tokens[j]!.syntax!.head = v;
  }
}

/**
 * "Pogačar, who rides for UAE Team Emirates XRG, finished ahead of X": "for" opens a clause only
 * with an infinitive ("for X to finish"); before a name and a finite verb it is the name's
 * preposition, the name the oblique of the verb before "for", and the finite verb after the
 * clause's comma the sentence's (the parser had made the team the subject of "finished").
 */
export function reattachForWithoutInfinitive(tokens: Token[], s: Sentence): void {
  for (let f = s.tokenStart + 1; f + 2 < s.tokenEnd; f++) {
    const mark = tokens[f]!.syntax;
    if (tokens[f]!.lower !== 'for' || !mark || mark.deprel !== 'mark') continue;
    const v = mark.head, vs = tokens[v]?.syntax;
    if (!vs || vs.upos !== 'VERB' || !/^VB[DNZP]$/.test(vs.xpos) || v <= f) continue;
    const children = childrenOf(tokens, s, v);
    if (children.some((j) => tokens[j]!.lower === 'to' && tokens[j]!.syntax!.deprel === 'mark')) continue;
    const name = children.find((j) => j === f + 1 && /^nsubj/.test(tokens[j]!.syntax!.deprel) && tokens[j]!.syntax!.upos === 'PROPN');
    const before = f - 1, bs = tokens[before]?.syntax;
    if (name === undefined || !bs || bs.upos !== 'VERB' || vs.head !== before) continue;
    const n = tokens[name]!.syntax!;
    n.head = before; n.deprel = 'obl';
    mark.head = name; mark.deprel = 'case'; mark.upos = 'ADP';
    // the verb after the comma: the sentence's, where the verb before "for" is a relative clause of the root name
    const root = bs.head, rs = tokens[root]?.syntax;
    if (bs.deprel === 'acl:relcl' && rs?.deprel === 'root' && rs.upos === 'PROPN' && tokens[v - 1]?.text === ',') {
      vs.head = -1; vs.deprel = 'root';
      rs.head = v; rs.deprel = 'nsubj';
      for (let j = v + 1; j < s.tokenEnd; j++) if (tokens[j]!.syntax?.head === root && tokens[j]!.syntax!.deprel === 'punct') tokens[j]!.syntax!.head = v;
    }
  }
}
