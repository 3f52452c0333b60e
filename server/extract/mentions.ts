// Stage 3: proper-name spans. A name is a run of capitalised words, joined by the connectors
// that stand inside names ("Museum of the Genocide of the Soviet People"), split where a title or
// a second name begins ("First Secretary of the Communist Party of the Soviet Union Nikita
// Khrushchev"), and stripped of what is not part of it (titles, "the", possessives). Capitals at
// sentence start or in headlines are weak evidence: such a span stands only if the gazetteers or
// the rest of the document vouch for it.
import { datelineEnd, type Analysis, type Sentence, type Token } from './nlp';
import type { EntityType, Mention } from './model';
import { ARTIFACT_NOUNS, AWARD_HEADS, BINOMIALS, CALENDAR_NAMES, CANDIDACY_TITLES, CALENDAR_WORDS, TITLES_IN_NAMES, CLASS_NOUNS, CLUB_PREFIXES, CLUB_SUFFIXES, COMMON_ACRONYMS, CORPORATE_HEADS, CORPORATE_ROLES, DEMONYM_QUALIFIERS, EPITHETS, EVENT_HEADS, FOREIGN_TITLE_WORDS, GEOLOGIC_TIMES, GERMAN_PLACE_JOINS, GERMAN_PLACE_JOINS_BEFORE_DER, GEOLOGIC_TIME_PARTS, HYPHENED_ARTICLES, MATCH_VERBS, KIN_NOUNS, LAND_HEADS, LAW_HEADS, LEADING_VERBS, LEGISLATURE_HEADS, MONTH_CUES, NAME_PARTICLES, NEVER_NAMES, ORG_HEADS, PEOPLE_NOUNS, PLACE_HEADS, PLAYER_ROLES, REGION_HEADS, SAINTS, WEEKDAYS, OFFICE_FIELDS, SIDE_VERBS, SIGNING_VERBS, SPORTS_STAFF, SURNAME_TITLES, TITLES, TITLE_FUNCTION_WORDS, TITLE_MODIFIERS, WORK_HEADS, WORK_VERBS, isHead, BODY_PEERS, BODY_AGENT_PHRASES, STAKE_NOUNS } from './lexicons/cues';
import { gazetteer } from './lexicons/gazetteer';
import { hyphenSyllable, nameKey } from './names';

const FUNCTION_POS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'ADV', 'AUX', 'PART', 'NUM', 'INTJ', 'VERB', 'SYM', 'PUNCT']);
const OPEN_QUOTES = new Set(['"', '“', '«', "'", '‘']);
const CLOSE_QUOTES = new Set(['"', '”', '»', "'", '’']);
const INITIAL_OPENERS = new Set(['"', '“', '«', '(', '[', '‘', "'", ':', '—', '–', '-', '*', '•']);
const POSSESSIVES = new Set(["'s", '’s', "'", '’']);
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;
const YEAR = /^\d{4}$/;
const SMALL_NUMBER = /^\d{1,3}$/;
const ROMAN = /^(?:[IVX]{1,5})$/;
/** No name is longer: "Museum of the Genocide of the Soviet People" is 43 characters, 8 words. */
const MAX_NAME_CHARS = 200;
const MAX_NAME_TOKENS = 24;
const IDEOLOGY = /(?:ism|isms|ist|ists|ization|isation|izations)$/;

/** A token that can be part of a name by its own look. */
/** a French or Italian particle elided before a capital, one token with it: "Palme d'Or", "Côte d'Ivoire", "Galerie d'Apollon" */
const ELIDED_PARTICLE = /^[dl]['’]\p{Lu}\p{L}/u;

function isNameToken(t: Token): boolean {
  if (!t.cap) return ELIDED_PARTICLE.test(t.text);
  if (NEVER_NAMES.has(t.lower) || NEVER_NAMES.has(t.lower.replace(/\.$/, ''))) return false;
  return /\p{L}/u.test(t.text);
}

/**
 * A calendar word that is a name here: after a given name ("Theresa May"), or before a name it
 * begins ("Jan Kowalski", "Sun Yat-sen") where no word of time comes before it ("in May Anna Berg
 * said") and no number after it ("May 9").
 */
function calendarName(tokens: Token[], k: number, s: Sentence): boolean {
  const t = tokens[k]!;
  if (!t.cap || !CALENDAR_NAMES.has(t.lower)) return false;
  const next = k + 1 < s.tokenEnd ? tokens[k + 1] : undefined, prev = k > s.tokenStart ? tokens[k - 1] : undefined;
  if (next && /^\d/.test(next.text)) return false;
  const plainName = (x: Token | undefined) => !!x && isNameToken(x);
  if (plainName(prev) && t.spaceBefore && gazetteer().givenNames.has(prev!.lower)) return true;
  return plainName(next) && next!.spaceBefore && !(prev && MONTH_CUES.has(prev.lower));
}

/**
 * A day that begins a title of two more words, the first a plain word: "Saturday Night Live",
 * "Monday Night Football" (not "on Monday Anna Berg said", nor "on Sunday Prime Minister X").
 */
function dayTitle(tokens: Token[], k: number, s: Sentence): boolean {
  const t = tokens[k]!, a = tokens[k + 1], b = tokens[k + 2];
  if (!t.cap || !WEEKDAYS.has(t.lower) || k + 2 >= s.tokenEnd || !a || !b || !isNameToken(a) || !isNameToken(b)) return false;
  const g = gazetteer();
  return g.words.has(a.lower) && !g.givenNames.has(a.lower) && !TITLES.has(a.lower) && !TITLES.has(b.lower) && !CALENDAR_WORDS.has(a.lower) && !g.givenNames.has(b.lower);
}

/**
 * A word written in capitals, in a sentence that is not: an acronym that spells a word, not the
 * word ("WHO recommends …", "the US"); "I" and "A" are no acronyms.
 */
function acronymWord(tokens: Token[], s: Sentence, k: number): boolean {
  return /^\p{Lu}{2,}$/u.test(tokens[k]!.text) && !shouted(tokens, s);
}

/** whether a sentence is mostly written in capitals, once per sentence (a long one is read once, not per word) */
const SHOUTED = new WeakMap<Sentence, boolean>();
function shouted(tokens: Token[], s: Sentence): boolean {
  let known = SHOUTED.get(s);
  if (known === undefined) {
    let caps = 0, words = 0;
    for (let j = s.tokenStart; j < s.tokenEnd; j++) if (/\p{L}/u.test(tokens[j]!.text)) { words++; if (tokens[j]!.text === tokens[j]!.text.toUpperCase()) caps++; }
    SHOUTED.set(s, (known = caps * 2 >= words));
  }
  return known;
}

/** Where capitals say nothing: first word of a sentence, or after an opening quote or colon. */
function isInitial(tokens: Token[], s: Sentence, i: number): boolean {
  const prev = tokens[i - 1];
  if (i > s.tokenStart && prev && OPEN_QUOTES.has(prev.text)) return true; // a quotation starts with a capital
  for (let k = i - 1; k >= s.tokenStart; k--) {
    if (DASHES.has(tokens[k]!.text) && datelineEnd(tokens, s) === k) return true; // "SAN FRANCISCO — The court …"
    if (!INITIAL_OPENERS.has(tokens[k]!.text)) return tokens[k]!.text === ':';
  }
  return true;
}

const DASHES = new Set(['—', '–', '-']);

interface Run { from: number; to: number; quoted: boolean }

/** Finds every name mention in the analysed text. */
export function findMentions(text: string, analysis: Analysis): Mention[] {
  const { tokens, sentences } = analysis;
  const raw: Mention[] = [];
  const titleLine = titleSentence(text, tokens, sentences);
  const title = titleLine && articleTitle(tokens, titleLine);
  for (const s of sentences) {
    // this sentence's quoted titles only (looking through all mentions so far was quadratic)
    const first = raw.length;
    for (const run of quotedTitles(tokens, s)) raw.push(...mentionsOfRun(text, tokens, s, run, title));
    const covered = new Set<number>();
    for (let j = first; j < raw.length; j++) for (let k = raw[j]!.tokenStart; k < raw[j]!.tokenEnd; k++) covered.add(k);
    for (const run of capitalRuns(tokens, s, covered)) raw.push(...mentionsOfRun(text, tokens, s, run, title));
  }
  raw.sort((a, b) => a.start - b.start);
  const settled = settleHeadlines(text, tokens, sentences, raw);
  const lowerCaseWords = new Set<string>();
  for (const t of tokens) if (!t.cap) lowerCaseWords.add(t.lower);
  const accepted = acceptWeak(settled, lowerCaseWords, title);
  for (const m of accepted) {
    const s = sentences[m.sentence]!;
    if (s === titleLine || s.block === 'heading' || s.headline) m.inTitle = true;
  }
  return accepted;
}

/** The article's title: its first heading, or in plain text a short first line of its own without a full stop. */
function titleSentence(text: string, tokens: Token[], sentences: Sentence[]): Sentence | undefined {
  const first = sentences.find((s) => s.block !== 'meta');
  if (!first) return undefined;
  // ("Bound Brook (Raritan River tributary)")
  const next = tokens[first.tokenEnd];
  const titleLine = first.block === 'paragraph' && first.tokenEnd - first.tokenStart <= 12 && !/^[.!?]$/.test(tokens[first.tokenEnd - 1]!.text)
    && !!next && text.slice(tokens[first.tokenEnd - 1]!.end, next.start).includes('\n');
  return first.block === 'heading' || titleLine ? first : undefined;
}

/**
 * The name an encyclopedic article is about: the words of its title sentence, without a closing
 * parenthesis ("Northern Lights (album)" → "northern lights"), lower-cased.
 */
function articleTitle(tokens: Token[], first: Sentence): string | undefined {
  const words: string[] = [];
  for (let k = first.tokenStart; k < first.tokenEnd && tokens[k]!.text !== '('; k++) words.push(tokens[k]!.lower);
  return words.join(' ') || undefined;
}

/** “The Cult of Personality and its Consequences”: a quoted, title-cased phrase is one name. */
function quotedTitles(tokens: Token[], s: Sentence): Run[] {
  const runs: Run[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (!OPEN_QUOTES.has(tokens[i]!.text) || tokens[i]!.text === "'" ) continue;
    const first = tokens[i + 1];
    if (!first || !first.cap) continue;
    let close = -1;
    for (let k = i + 1; k < Math.min(s.tokenEnd, i + 16); k++) if (CLOSE_QUOTES.has(tokens[k]!.text) && tokens[k]!.text !== "'") { close = k; break; }
    if (close < 0) continue;
    let to = close;
    while (to > i + 1 && /^[.,;:!?]$/.test(tokens[to - 1]!.text)) to--;
    const words = tokens.slice(i + 1, to).filter((t) => /\p{L}/u.test(t.text));
    // (one word is a title where no name stands beside its quotes, as a nickname does: last year's
    // winner, "Anora," — not Ernesto "Che" Guevara)
    // (and a word is no title in scare quotes: the so-called "Cult" — only after a comma or a work's class noun: the film "Parasite")
    const before = tokens[i - 1];
    const alone = words.length === 1 && to === i + 2 && !before?.cap && !tokens[close + 1]?.cap
      && (!gazetteer().words.has(words[0]!.lower) || before?.text === ',' || CLASS_NOUNS.get(before?.lower ?? '') === 'work');
    if ((words.length < 2 && !alone) || words.length > 12) { i = close; continue; }
    // (a title of another language keeps its own small words: "Tristan und Isolde", "Cantando por un sueño")
    const titleCased = words.every((t) => t.cap || TITLE_FUNCTION_WORDS.has(t.lower) || FOREIGN_TITLE_WORDS.has(t.text));
    const inner = tokens.slice(i + 1, to).every((t) => /[\p{L}\d'’-]/u.test(t.text) || t.text === ',' || t.text === ':');
    if (titleCased && inner) runs.push({ from: i + 1, to, quoted: true });
    i = close;
  }
  return runs;
}

/** Maximal runs of name tokens, with the connectors that may stand inside a name. */
function capitalRuns(tokens: Token[], s: Sentence, covered: Set<number>): Run[] {
  const runs: Run[] = [];
  let i = s.tokenStart;
  while (i < s.tokenEnd) {
    const t = tokens[i]!;
    const startsName = !covered.has(i) && (isNameToken(t) || calendarName(tokens, i, s) || dayTitle(tokens, i, s) || (ORDINAL.test(t.text) && nextIsName(tokens, s, i)) || (YEAR.test(t.text) && nextIsEventName(tokens, s, i))
      || capitalsBeforeName(tokens, s, i));
    if (!startsName) { i++; continue; }
    let to = i + 1;
    for (;;) {
      const next = tokens[to];
      if (!next || to >= s.tokenEnd || covered.has(to)) break;
      const glued = !next.spaceBefore;
      if (ROMAN.test(next.text) && next.spaceBefore && tokens[to - 1]!.cap) { to++; continue; } // "World War I"
      if ((isNameToken(next) || calendarName(tokens, to, s)) && (next.spaceBefore || tokens[to - 1]!.text === '-' || /\p{L}$/u.test(tokens[to - 1]!.text))) { to++; continue; }
      // "People's Republic of China", "King's College": a common word's possessive inside a name
      // …and a plural's before a body's head: "Oregon Cattlemen's Association", "Karvensk Growers' Association"
      const pluralBeforeHead = /(?:men|ren|s)$/.test(tokens[to - 1]!.lower) && ORG_HEADS.has(tokens[to + 1]?.lower ?? '');
      if (POSSESSIVES.has(next.text) && (next.text.length > 1 || pluralBeforeHead) && !next.spaceBefore && tokens[to + 1]?.cap && tokens[to + 1]!.spaceBefore
        && (to - i === 1 || ['of', 'the', 'for'].includes(tokens[to - 2]!.lower) || pluralBeforeHead)
        && gazetteer().words.has(tokens[to - 1]!.lower) && (TITLES.has(tokens[to - 1]!.lower) || !gazetteer().givenNames.has(tokens[to - 1]!.lower))
        && !gazetteer().countries.has(tokens[to - 1]!.lower) && !gazetteer().cities.has(tokens[to - 1]!.lower) && to + 1 < s.tokenEnd) { to += 2; continue; }
      // a saint's possessive before a head is one name: "St. Mary's Basilica", "St John's College",
      // "St Paul's Girls' School" (the head a word or a plural's possessive further on)
      const headSoon = [1, 2, 3].some((d) => to + d < s.tokenEnd && isHead(tokens[to + d]!.lower) && tokens.slice(to + 1, to + d).every((t) => t.cap || POSSESSIVES.has(t.text)));
      if (POSSESSIVES.has(next.text) && next.text.length > 1 && !next.spaceBefore && to - i === 2 && SAINTS.has(tokens[i]!.lower)
        && tokens[to + 1]?.cap && headSoon && to + 1 < s.tokenEnd) {
        to += 2;
        // (a plural's possessive before the head: "Girls' School")
        if (POSSESSIVES.has(tokens[to + 1]?.text ?? '') && !tokens[to + 1]!.spaceBefore && tokens[to + 2]?.cap && isHead(tokens[to + 2]!.lower) && to + 2 < s.tokenEnd) to += 2;
        continue;
      }
      // hyphenated: "Austria-Hungary" joins; "Putin-era" stops before the hyphen (and a slash with
      // no space around it: "R21/Matrix-M", "AC/DC")
      if ((next.text === '-' || next.text === '/') && glued && tokens[to + 1] && !tokens[to + 1]!.spaceBefore && isNameToken(tokens[to + 1]!)) { to += 2; continue; }
      // the Arabic article glued to the next part of the name: "Omar al-Bashir", "Abdel Fattah el-Sisi"
      if (HYPHENED_ARTICLES.has(next.text) && next.spaceBefore && tokens[to + 1]?.text === '-' && !tokens[to + 1]!.spaceBefore
        && tokens[to + 2] && !tokens[to + 2]!.spaceBefore && isNameToken(tokens[to + 2]!) && to + 2 < s.tokenEnd) { to += 3; continue; }
      // a romanised given name's second syllable after a family name: "Kim Jong-un", "Lee Cheuk-yan"
      // (but "Hong Kong-based" stops, and one word is no such name: "Blu-ray", "Middle-earth")
      if (next.text === '-' && glued && to - i >= 2 && hyphenSyllable(tokens, to + 1)) { to += 2; continue; }
      // a ruler's epithet: "Casimir III the Great", "Erik the Red"
      if (next.lower === 'the' && !next.cap && tokens[to + 1]?.cap && EPITHETS.has(tokens[to + 1]!.lower) && to + 1 < s.tokenEnd
        && !isNameToken(tokens[to + 2] ?? next)) { to += 2; continue; }
      // inner connectors: "of", "of the", "for", "de", "van der", "&"
      if (next.text === '&' && twoNamesAround(tokens, s, i, to)) break;
      if ((next.text === 'and' || next.text === 'or') && andInsideName(tokens, s, i, to)) { to++; continue; }
      const conn = connectorLength(tokens, s, to);
      if (conn > 0) { to += conn; continue; }
      const titled = smallWordTitleEnd(tokens, s, to, WORK_VERBS.has(tokens[i - 1]?.lower ?? ''));
      if (titled > 0) { to = titled; continue; }
      // "Studio 92", "World War 2"; never after a month ("May 9")
      if (SMALL_NUMBER.test(next.text) && next.spaceBefore && !/^\d/.test(tokens[to - 1]!.text) && (isHead(tokens[to - 1]!.lower) || !gazetteer().words.has(tokens[to - 1]!.lower))) {
        const after = tokens[to + 1];
        // "Philadelphia 76ers": letters glued to the number are part of it
        if (after && !after.spaceBefore && /^\p{Ll}+$/u.test(after.text) && to + 1 < s.tokenEnd) to += 2;
        else if (!after || !after.cap) { to++; }
      }
      break;
    }
    // a nickname in quotes between two names: Wilfried "Willi" Schneider
    const q = tokens[to];
    if (q && OPEN_QUOTES.has(q.text) && tokens[to + 1]?.cap && CLOSE_QUOTES.has(tokens[to + 2]?.text ?? '') && tokens[to + 3]?.cap && to + 3 < s.tokenEnd) {
      to = nameRunEnd(tokens, s, to + 4);
    }
    runs.push({ from: i, to, quoted: false });
    i = to;
  }
  return runs;
}

/** "(1960)" at k: a year alone in brackets, as a work's is written after its title. */
function yearInBrackets(tokens: Token[], s: Sentence, k: number): boolean {
  return k + 2 < s.tokenEnd && tokens[k]!.text === '(' && /^\d{4}$/.test(tokens[k + 1]!.text) && tokens[k + 2]!.text === ')';
}

/**
 * A work's title with small words inside, dated after it ("No Longer at Ease (1960)", "Gone with
 * the Wind (1939)") or the object of a verb of making works ("he wrote Devil on the Cross on
 * toilet paper": the title ends where the capitals do; not at a place or a day, "wrote Anna in
 * Paris"). From the small word at k, the end of the title (before its year), or 0.
 */
const TITLE_JOINS = new Set(['of', 'of the', 'on the', 'in the', 'and', 'and the', 'a', 'the', 'at the', 'to the', 'from the']);

function smallWordTitleEnd(tokens: Token[], s: Sentence, k: number, objectOfWork = false): number {
  let j = k, small = 0, end = 0;
  const g = gazetteer();
  const smallWords: string[] = [];
  while (j < Math.min(s.tokenEnd, k + 8)) {
    const t = tokens[j]!;
    if (!t.cap && TITLE_FUNCTION_WORDS.has(t.lower) && small < 2) { small++; smallWords.push(t.lower); j++; continue; }
    if (!isNameToken(t) || small === 0) break;
    // (an undated title takes only the small words of titles, not a verb's own preposition: "published X with Heinemann")
    if (objectOfWork && !TITLE_JOINS.has(smallWords.join(' '))) break;
    smallWords.length = 0;
    if (objectOfWork && (g.cities.has(t.lower) || g.countries.has(t.lower) || CALENDAR_WORDS.has(t.lower))) break;
    small = 0;
    j++;
    if (yearInBrackets(tokens, s, j)) return j;
    // (the capitals after a small word go on while more follow: the title's end is the last of them)
    while (objectOfWork && j < s.tokenEnd && isNameToken(tokens[j]!)) j++;
    if (objectOfWork) end = j;
  }
  return end;
}

/** A word in capitals that is no name alone, beginning one mid-sentence: "OK Computer", "OK Go". */
function capitalsBeforeName(tokens: Token[], s: Sentence, i: number): boolean {
  return i > s.tokenStart && /^\p{Lu}{2,}$/u.test(tokens[i]!.text) && NEVER_NAMES.has(tokens[i]!.lower) && nextIsName(tokens, s, i) && tokens[i + 1]!.spaceBefore;
}

function nextIsName(tokens: Token[], s: Sentence, i: number): boolean {
  const n = tokens[i + 1];
  return !!n && i + 1 < s.tokenEnd && isNameToken(n);
}

function nextIsEventName(tokens: Token[], s: Sentence, i: number): boolean {
  const k = nameRunEnd(tokens, s, i + 1);
  return k > i + 1 && EVENT_HEADS.has(tokens[k - 1]!.lower);
}

/** How many tokens at `at` form a connector followed by a name token (0: none). */
function connectorLength(tokens: Token[], s: Sentence, at: number): number {
  const a = tokens[at];
  if (!a || at >= s.tokenEnd) return 0;
  const follows = (k: number) => k < s.tokenEnd && !!tokens[k] && (isNameToken(tokens[k]!) || ORDINAL.test(tokens[k]!.text));
  if (a.text === '&') return follows(at + 1) ? 1 : 0;
  if (a.lower === 'of' || a.lower === 'for') {
    if (a.cap) return 0; // "Of" in a headline is no connector
    if (a.lower === 'for' && !forJoins(tokens, s, at)) return 0;
    if (tokens[at + 1]?.lower === 'the' && !tokens[at + 1]!.cap) {
      // "for the" goes on a body's name ("Society for the Prevention of …", "Court of Appeals for
      // the Second Circuit"), not a sport's ("Major League Baseball for the Chicago White Sox")
      if (a.lower === 'for' && ![1, 2, 3].some((d) => isHead(tokens[at - d]?.lower ?? ''))) return 0;
      return follows(at + 2) ? 2 : 0;
    }
    return follows(at + 1) ? 1 : 0;
  }
  // "Intergovernmental Authority on Development", "Committee on Foreign Affairs": a body's field
  // (not a day: "the Senate on Monday")
  if (a.lower === 'on' && !a.cap && ORG_HEADS.has(tokens[at - 1]?.lower ?? '')) {
    return follows(at + 1) && !CALENDAR_WORDS.has(tokens[at + 1]!.lower) ? 1 : 0;
  }
  // "Nobel Prize in Chemistry", "Turing Award in …": an award names its field with "in"
  // (a field, not a place: "the Nobel Peace Prize in Oslo")
  if (a.lower === 'in' && !a.cap && AWARD_HEADS.has(tokens[at - 1]?.lower ?? '')) {
    const field = tokens[at + 1]?.lower ?? '';
    return follows(at + 1) && !gazetteer().cities.has(field) && !gazetteer().countries.has(field) ? 1 : 0;
  }
  // a German town named by its river, lake or region: "Frankfurt am Main", "Bruck an der Leitha",
  // "Rothenburg ob der Tauber", "Neumarkt in der Oberpfalz" (never English between two names)
  if (at > s.tokenStart && isNameToken(tokens[at - 1]!) && tokens[at - 1]!.text !== 'I') {
    if (GERMAN_PLACE_JOINS.has(a.text)) return follows(at + 1) ? 1 : 0;
    if (GERMAN_PLACE_JOINS_BEFORE_DER.has(a.text) && tokens[at + 1]?.text === 'der') return follows(at + 2) ? 2 : 0;
  }
  // a Catalan double surname: "Jordi Bonet i Armengol", "Josep Puig i Cadafalch"
  if (a.text === 'i' && at > s.tokenStart && isNameToken(tokens[at - 1]!) && a.spaceBefore) return follows(at + 1) ? 1 : 0;
  if (NAME_PARTICLES.has(a.text)) {
    if (NAME_PARTICLES.has(tokens[at + 1]?.text ?? '')) return follows(at + 2) ? 2 : 0;
    return follows(at + 1) ? 1 : 0;
  }
  return 0;
}

/**
 * Whether the "for" at `at` joins the names on either side into one ("Alternative for Germany",
 * "Committee for Earthquake Prediction", "Grammy Award for Best Album"): not after a role ("U.S.
 * Representative for Maryland", "Senior Editor for Inside"), a country or city ("Turkey for
 * France"), or a name of several words none of which is a body's head ("Angelli Nesma Medina for
 * Televisa", "The Cazalets for BBC One").
 */
function forJoins(tokens: Token[], s: Sentence, at: number): boolean {
  const before = tokens[at - 1]?.lower ?? '';
  if (TITLES.has(before) || CLASS_NOUNS.get(before) === 'person') return false;
  let start = at;
  while (start - 1 >= s.tokenStart && (isNameToken(tokens[start - 1]!) || NAME_PARTICLES.has(tokens[start - 1]!.text))) start--;
  if (tokens[start]?.lower === 'the') start++;
  if (start >= at) return true;
  const left = tokens.slice(start, at).map((t) => t.text).join(' ').toLowerCase();
  const g = gazetteer();
  if (g.countries.has(left) || g.cities.has(left)) return false;
  // a name of two words or more with no head word is a person's or a work's, not a body's
  return at - start < 2 || tokens.slice(start, at).some((t) => isHead(t.lower) || AWARD_HEADS.has(t.lower));
}

/** Where the run of name tokens that starts at k ends (k itself if none starts there). */
function nameRunEnd(tokens: Token[], s: Sentence, k: number): number {
  while (k < s.tokenEnd && isNameToken(tokens[k]!)) k++;
  return k;
}

/**
 * "Mount Sinai Medical Center & Miami Heart Institute": two names of two words or more, each
 * ending with a head noun, on either side of the "&" at `at` (but "Procter & Gamble", "Research &
 * Policy Institute" are one name each).
 */
function twoNamesAround(tokens: Token[], s: Sentence, from: number, at: number): boolean {
  const end = nameRunEnd(tokens, s, at + 1);
  return at - from >= 2 && isHead(tokens[at - 1]!.lower) && end - (at + 1) >= 2 && isHead(tokens[end - 1]!.lower);
}

/**
 * Is the "and" (or "or") at `at` inside the name that starts at `from`? Either in the field of a
 * body after "of" or "for", or of an award after "in" ("Academy of Sciences and Humanities",
 * "Council for Peace and Order", "Nobel Prize in Physiology or Medicine"), where a word or three
 * without a head of their own close the run; or (an "and" only) between two words before the head
 * they share, a body's or an event's ("Baltimore and Ohio Railroad", "Fish and Wildlife Service"),
 * but not two names of places, people or companies ("France and Germany", "Apple and Samsung
 * Electronics").
 */
function andInsideName(tokens: Token[], s: Sentence, from: number, at: number): boolean {
  const g = gazetteer();
  const end = nameRunEnd(tokens, s, at + 1);
  const right = tokens.slice(at + 1, end);
  // (a term of two words: "Rock and Roll Hall of Fame")
  if (at - 1 >= from && right.length && BINOMIALS.has(`${tokens[at - 1]!.lower}+${right[0]!.lower}`)) return true;
  if (!right.length || g.givenNames.has(right[0]!.lower)) return false;
  // (an "or" only inside a field: "Nobel Prize in Physiology or Medicine")
  const or = tokens[at]!.text === 'or';
  // a country's name: "Trinidad and Tobago", "Bosnia and Herzegovina", "Turks and Caicos Islands"
  if (!or) for (let e = end; e > at + 1; e--) if (g.countries.has(tokens.slice(from, e).map((t) => t.lower).join(' '))) return true;
  const fieldOf = (t: Token, before: string) => !t.cap && (((t.lower === 'of' || t.lower === 'for' || t.lower === 'on') && isHead(before)) || (t.lower === 'in' && AWARD_HEADS.has(before)));
  const field = tokens.slice(from, at).some((t, k) => k > 0 && fieldOf(t, tokens[from + k - 1]!.lower));
  if (field) {
    // a field in common words, not a second name ("… of Sciences and Harvard University", "the
    // Center for Biological Diversity and Earthjustice")
    const last = right[right.length - 1]!.lower;
    const secondName = right.length >= 2 && (isHead(last) || AWARD_HEADS.has(last));
    return right.length <= 3 && !secondName && right.every((t) => g.words.has(t.lower)) && !g.countries.has(right[0]!.lower) && !g.cities.has(right[0]!.lower) && !tokens[end]?.cap;
  }
  // the field of a law: "Health Insurance Portability and Accountability Act", "Capture or Use of
  // Biometric Identifier Act" (not a body before it: "Congress and the Patriot Act" has its "the")
  const left = tokens.slice(from, at);
  const head = right[right.length - 1]!.lower;
  let lawEnd = end;
  for (let c = connectorLength(tokens, s, lawEnd); c > 0; c = connectorLength(tokens, s, lawEnd)) lawEnd = nameRunEnd(tokens, s, lawEnd + c);
  const law = tokens.slice(at + 1, lawEnd);
  if (LAW_HEADS.has(law[law.length - 1]!.lower) && law.length >= 2 && !isHead(left[left.length - 1]!.lower) && !g.countries.has(left.map((t) => t.lower).join(' '))
    && law.slice(0, -1).every((t) => !isHead(t.lower) && !g.givenNames.has(t.lower))) return true;
  if (or) return false;
  // the shared head is a body's or an event's: places side by side are two ("Jarrow and Whitley Bay"),
  // and a people's adjective is no name but in an event's ("French and Indian War", not "Yugoslav and Warsaw Pact")
  const event = EVENT_HEADS.has(head);
  return left.length === 1 && !isHead(left[0]!.lower) && !g.countries.has(left[0]!.lower) && !g.givenNames.has(left[0]!.lower)
    && (event || !g.adjectives.has(left[0]!.lower))
    && right.length >= 2 && (event || (ORG_HEADS.has(head) && !CORPORATE_HEADS.has(head))) && right.slice(0, -1).every((t) => !isHead(t.lower));
}

/** Cuts a run into the names it holds, and builds their mentions. */
function mentionsOfRun(text: string, tokens: Token[], s: Sentence, run: Run, title?: string): Mention[] {
  const g = gazetteer();
  const out: Mention[] = [];
  let from = run.from;
  const to = run.to;
  let initial = isInitial(tokens, s, from);
  // where the article's title starts: a verb or a preposition opening it is the name's ("Bound Brook")
  const titleWords = title?.split(' ') ?? [];
  const titleAt = (k: number) => titleWords.length > 0 && k + titleWords.length <= to && titleWords.every((w, i) => tokens[k + i]!.lower === w);

  if (!run.quoted) {
    // strip leading function words that a sentence start or a headline capitalised ("The", "After", "Despite")
    // (not a body's acronym that spells a word: "WHO recommends …", "WHO Director-General Tedros")
    // (nor a word the parser reads as part of a name: "Live Nation has denied …", which wink tags a verb)
    const nameWord = (t: Token) => t.syntax?.upos === 'PROPN' || t.syntax?.upos === 'NOUN' || t.syntax?.upos === 'ADJ';
    while (from < to && (initial || s.headline) && FUNCTION_POS.has(tokens[from]!.pos) && !(tokens[from]!.pos === 'VERB' && nameWord(tokens[from]!))
      && !g.countries.has(tokens[from]!.lower) && !isHead(tokens[from]!.lower) && !titleAt(from) && !acronymWord(tokens, s, from)) from++;
    // a capitalised "The" inside a sentence belongs to the name ("in The Hague"); else it goes
    while (from < to && tokens[from]!.lower === 'the' && (isInitial(tokens, s, from) || s.headline || !tokens[from]!.cap || from + 1 >= to)) from++;
    // after a word the sentence start capitalised, the next capital means something again ("The Kremlin denied")
    if (from > run.from) initial = isInitial(tokens, s, from);
    // "Busts of Stalin", "Critics of the CPSU": a common noun opening a sentence is no part of the name after it
    const connector = tokens[from + 1];
    if (initial && !s.headline && connector && (connector.lower === 'of' || connector.lower === 'for') && g.words.has(tokens[from]!.lower)
      && !isHead(tokens[from]!.lower) && !g.givenNames.has(tokens[from]!.lower) && !TITLES.has(tokens[from]!.lower)) {
      from += tokens[from + 2]?.lower === 'the' ? 3 : 2;
      initial = isInitial(tokens, s, from); // "Shares of Siemens": the name stands mid-sentence
    }
  }
  if (from >= to) return out;

  if (run.quoted) {
    out.push(makeMention(text, tokens, s, from, to, { quoted: true, weak: false }));
    return out;
  }

  // headlines: verbs, adverbs and pronouns part the names ("The Gulag History Museum Is Gone")
  if (s.headline) {
    let start = from;
    for (let k = from; k <= to; k++) {
      if (k === start && titleAt(k)) k += titleWords.length - 1;
      const t = tokens[k];
      const breaks = k === to || (FUNCTION_POS.has(t!.pos) && !(t!.lower === 'of' || t!.lower === 'the' || NAME_PARTICLES.has(t!.text)) && !g.countries.has(t!.lower) && !acronymWord(tokens, s, k));
      if (!breaks) continue;
      if (k > start) out.push(...splitAtTitles(text, tokens, s, start, k, true));
      start = k + 1;
    }
    return out;
  }
  return splitAtTitles(text, tokens, s, from, to, initial);
}

/**
 * Titles and roles are cues, not names: "President Vladimir Putin" → Vladimir Putin (role
 * President); "First Secretary of the Communist Party of the Soviet Union Nikita Khrushchev" →
 * Communist Party of the Soviet Union and Nikita Khrushchev (role First Secretary of).
 */
function splitAtTitles(text: string, tokens: Token[], s: Sentence, from: number, to: number, weakStart: boolean): Mention[] {
  const g = gazetteer();
  // a people's adjective after "the" before a foreign or coined name is no part of it: "the French
  // Aérospatiale", "the German Deutsche Airbus" (but "the German Cup", "the Irish Times", "the
  // Russian Orthodox Church" are names so)
  if (tokens[from - 1]?.lower === 'the' && from + 1 < to && g.adjectives.has(tokens[from]!.lower) && !g.words.has(tokens[from + 1]!.lower)
    && !g.givenNames.has(tokens[from + 1]!.lower) && !tokens.slice(from + 1, to).some((t) => isHead(t.lower))) from++;
  const out: Mention[] = [];
  let role: string | undefined;
  let k = from;
  // leading titles, possibly "Secretary of [the]" an organization
  // ("Field Marshal X", "District Judge X": a modifier that makes a title of the title after it)
  // (and a trade before a person's name: "Actor Donald Sutherland dies at 88")
  const personal = (t: Token | undefined) => !!t && t.cap && (g.givenNames.has(t.lower) || !g.words.has(t.lower));
  // (or a people's word before a given name: "Irishman Tadhg Kennelly", "Genevan Augustine Prévost")
  const personNoun = (w: string) => CLASS_NOUNS.get(w) === 'person' && !KIN_NOUNS.has(w);
  const peopleNoun = (w: string) => /(?:wo)?man$/.test(w) && g.adjectives.has(w.replace(/(?:wo)?man$/, ''));
  const plainGivenName = (t: Token | undefined) => !!t && g.givenNames.has(t.lower) && !g.words.has(t.lower);
  const trade = (j: number) => j + 2 < to && (
    ((personNoun(tokens[j]!.lower) || (j === from && peopleNoun(tokens[j]!.lower))) && personal(tokens[j + 1]))
    || (j === from && g.adjectives.has(tokens[j]!.lower) && plainGivenName(tokens[j + 1]) && !isHead(tokens[to - 1]!.lower)));
  // (an ordinal or a people's adjective before a title is the title's: "44th President of the
  // United States", "British Minister of State")
  // (an office's field before its title is the title's too: "Culture Minister Rachida Dati")
  // (not a title's possessive, which names a body: "King's College")
  // ("Executive" alone names a body, not a person's title: "Taiwan's Executive Yuan"; "Executive Director X", "Chief Executive X" are titles)
  const loneExecutive = (j: number) => tokens[j]?.lower === 'executive' && !TITLES.has(tokens[j + 1]?.lower ?? '') && !TITLES.has(tokens[j - 1]?.lower ?? '');
  const titleAt = (j: number) => (TITLES.has(tokens[j]?.lower.replace(/\.$/, '') ?? '') && !POSSESSIVES.has(tokens[j + 1]?.text ?? '') && !loneExecutive(j))
    || ((TITLE_MODIFIERS.has(tokens[j]?.lower ?? '') || OFFICE_FIELDS.has(tokens[j]?.lower ?? '')) && TITLES.has(tokens[j + 1]?.lower ?? '') && !CANDIDACY_TITLES.has(tokens[j + 1]!.lower));
  if (k + 1 < to && (ORDINAL.test(tokens[k]!.text) || g.adjectives.has(tokens[k]!.lower)) && titleAt(k + 1)) k++;
  // (a title the tokenizer split at its hyphen: "Governor-General")
  const hyphenTitle = (j: number) => j > from && tokens[j]!.text === '-' && !tokens[j]!.spaceBefore && !tokens[j + 1]?.spaceBefore && titleAt(j + 1);
  while (k < to && (titleAt(k) || trade(k) || hyphenTitle(k))) k++;
  // "General Motors", "First National Bank", "Kaiser Wilhelm Institute for Chemistry": a title word
  // that begins an organization's name ("General Motors of Detroit": the title word's next word is a head itself)
  const headAt = (() => { for (let j = k + 1; j < to; j++) if (tokens[j]!.lower === 'of' || tokens[j]!.lower === 'for') return j - 1; return to - 1; })();
  if (k > from && k < to && tokens[k]!.lower !== 'of' && tokens[k]!.lower !== 'for' && (isHead(tokens[headAt]!.lower) || (k === from + 1 && ORG_HEADS.has(tokens[k]!.lower)))) k = from;
  if (k > from) {
    const after = tokens[k];
    if (after && (after.lower === 'of' || after.lower === 'for')) {
      role = text.slice(tokens[from]!.start, after.end);
      k++;
      if (tokens[k]?.lower === 'the') k++;
      // an office's field is no body: "Minister of State", "Secretary of Commerce", "Minister of Finance of Georgia"
      const fieldWord = (j: number) => j < to && OFFICE_FIELDS.has(tokens[j]!.lower);
      if (fieldWord(k) && k + 1 < to && tokens[k + 1]!.lower === 'of') {
        role = text.slice(tokens[from]!.start, tokens[k + 1]!.end);
        k += 2;
        if (tokens[k]?.lower === 'the') k++;
      }
      // the organization runs up to where a person's name starts
      // ("Secretary of State John Kerry": the person's name starts after the field)
      const split = fieldWord(k) && k + 2 < to && g.givenNames.has(tokens[k + 1]!.lower) ? k + 1 : personStartWithin(tokens, k, to);
      if (split > k && !(split === k + 1 && fieldWord(k))) out.push(makeMention(text, tokens, s, k, split, { weak: false, affiliationRole: role }));
      if (split < to) out.push(...splitAtTitles(text, tokens, s, split, to, false).map((m) => ({ ...m, role: m.role ?? role })));
      return out;
    }
    role = text.slice(tokens[from]!.start, tokens[k - 1]!.end);
    weakStart = false; // a name after a title is a name wherever it stands
  }
  if (k >= to) return out;
  // "Kotayk Province of Armenia": a place, then the place it lies in (which may hold a third) — two names or more
  const places = placeOfPlace(text, tokens, k, to);
  if (places) {
    out.push(...validated(text, tokens, s, k, places.leftEnd, weakStart, role));
    out.push(...splitAtTitles(text, tokens, s, places.rightStart, to, false));
    return out;
  }
  // "Oakland Raiders of the National Football League": a name, then the body it belongs to
  const body = nameOfBody(tokens, k, to);
  if (body) {
    out.push(...validated(text, tokens, s, k, body.leftEnd, weakStart, role));
    out.push(...validated(text, tokens, s, body.rightStart, to, false, undefined));
    return out;
  }
  // "Cleopatra VII of Egypt", "Kyu Hyun Kim of Koreanfilm": a person's name, then where the person belongs
  const of = personOf(tokens, k, to, role !== undefined);
  if (of) {
    out.push(...validated(text, tokens, s, k, of.leftEnd, weakStart, role));
    out.push(...validated(text, tokens, s, of.rightStart, to, false, undefined));
    return out;
  }
  // a title inside the run: "Apple CEO Tim Cook", "Soviet leader …"
  // (not a title that is also a part of names, after a name that begins the run: "Hassan Sheikh Mohamud")
  for (let j = k + 1; j < to - 1; j++) {
    // (an office's field after its title: "U.S. Secretary of State Marco Rubio")
    const field = tokens[j + 1]?.lower === 'of' && OFFICE_FIELDS.has(tokens[j + 2]?.lower ?? '') && j + 3 < to && tokens[j + 3]!.cap ? 2 : 0;
    if (TITLES.has(tokens[j]!.lower) && (tokens[j + 1]!.cap || field) && !isHead(tokens[to - 1]!.lower) && !(j === k + 1 && TITLES_IN_NAMES.has(tokens[j]!.lower) && personal(tokens[k]))) {
      let end = j + field;
      while (end + 1 < to && TITLES.has(tokens[end + 1]!.lower)) end++;
      while (j - 1 > k && TITLE_MODIFIERS.has(tokens[j - 1]!.lower)) j--;
      // (a title the tokenizer split at its hyphen is one title: "WHO Director-General Tedros")
      while (j - 2 > k && tokens[j - 1]!.text === '-' && !tokens[j - 1]!.spaceBefore && !tokens[j]!.spaceBefore && TITLES.has(tokens[j - 2]!.lower)) j -= 2;
      out.push(...validated(text, tokens, s, k, j, weakStart, role));
      out.push(...validated(text, tokens, s, end + 1, to, false, text.slice(tokens[j]!.start, tokens[end]!.end)));
      return out;
    }
  }
  // two names side by side: "… Soviet Union Nikita Khrushchev"
  const split = personStartWithin(tokens, k + 1, to);
  if (split > k && split < to) {
    out.push(...validated(text, tokens, s, k, split, weakStart, role));
    out.push(...validated(text, tokens, s, split, to, false, undefined));
    return out;
  }
  out.push(...validated(text, tokens, s, k, to, weakStart, role));
  return out;
}

/** Splits "Name of Place" where the part before "of"/"for" is a person's name, not a head noun's phrase. */
function personOf(tokens: Token[], from: number, to: number, titled: boolean): { leftEnd: number; rightStart: number } | undefined {
  const g = gazetteer();
  let j = from + 1;
  while (j < to && tokens[j]!.lower !== 'of' && tokens[j]!.lower !== 'for') j++;
  if (j >= to - 1) return undefined;
  const left = tokens.slice(from, j);
  if (left.some((t) => isHead(t.lower) || TITLES.has(t.lower) || g.countries.has(t.lower))) return undefined;
  // (a particle inside is a name's: "Wout van Aert of the X team")
  const personal = titled || g.givenNames.has(left[0]!.lower) || left.every((t) => (!g.words.has(t.lower) && !ROMAN.test(t.text)) || NAME_PARTICLES.has(t.text));
  if (!personal) return undefined;
  const rightStart = tokens[j + 1]!.lower === 'the' ? j + 2 : j + 1;
  return rightStart < to ? { leftEnd: j, rightStart } : undefined;
}

/**
 * Splits "Name of the Body" where the name before "of the" is a whole one of two words or more
 * without a head noun of its own, and the body after it has one: "Oakland Raiders of the National
 * Football League" (but "Bank of the United States", "Supreme Court of the United States" and
 * "Museum of Fine Arts" are one name each).
 */
function nameOfBody(tokens: Token[], from: number, to: number): { leftEnd: number; rightStart: number } | undefined {
  for (let j = from + 2; j < to - 2; j++) {
    if (tokens[j]!.lower !== 'of' || tokens[j + 1]!.lower !== 'the') continue;
    const left = tokens.slice(from, j);
    if (left.some((t) => isHead(t.lower) || TITLES.has(t.lower) || t.lower === 'of')) return undefined;
    return to - (j + 2) >= 2 && ORG_HEADS.has(tokens[to - 1]!.lower) ? { leftEnd: j, rightStart: j + 2 } : undefined;
  }
  return undefined;
}


/**
 * A place of another place inside [from, to) — "Kotayk Province of Armenia", "Rimutaka Ranges of
 * the North Island of New Zealand": where the first ends and the second starts.
 */
function placeOfPlace(text: string, tokens: Token[], from: number, to: number): { leftEnd: number; rightStart: number } | undefined {
  // a body's district is no region: "United States District Court for the Northern District of New York"
  if (tokens.slice(from, to).some((t) => ORG_HEADS.has(t.lower))) return undefined;
  const g = gazetteer();
  // a country's whole name stays whole: "Democratic Republic of the Congo", "People's Republic of China"
  if (g.countries.has(nameKey(text.slice(tokens[from]!.start, tokens[to - 1]!.end)))) return undefined;
  for (let j = from + 2; j < to - 1; j++) {
    if (tokens[j]!.lower !== 'of') continue;
    // (a region's name has no "of" of its own: "Robert Hinkle of the Northern District of Florida" is a person's)
    if (tokens.slice(from, j - 1).some((t) => t.lower === 'of')) return undefined;
    const rightStart = tokens[j + 1]!.lower === 'the' ? j + 2 : j + 1;
    if (rightStart >= to) return undefined;
    const right = tokens.slice(rightStart, to).map((t) => t.lower);
    // a region or a land of the country after it: "Kotayk Province of Armenia", "North Island of New
    // Zealand" (not a polity: "Grand Duchy of Finland", "Royal House of France")
    if ((REGION_HEADS.has(tokens[j - 1]!.lower) || LAND_HEADS.has(tokens[j - 1]!.lower)) && g.countries.has(right.join(' '))) return { leftEnd: j, rightStart };
    // a named place of a place: "Rimutaka Ranges of the North Island of New Zealand" (its own name
    // before the head, no common word: not "Metropolitan City of Bari", "Gulf of Mexico")
    const ownName = !g.words.has(tokens[from]!.lower) && PLACE_HEADS.has(tokens[j - 1]!.lower);
    // (the second a known place, or one by its head: the word before its own "of", else its last)
    const rightOf = right.indexOf('of');
    const place = g.countries.has(right.join(' ')) || g.cities.has(right.join(' ')) || PLACE_HEADS.has(right[(rightOf > 0 ? rightOf : right.length) - 1]!);
    if (ownName && place) return { leftEnd: j, rightStart };
    return undefined;
  }
  return undefined;
}

/** Index where a personal name starts after an organization or place name inside [from, to), else `to`. */
function personStartWithin(tokens: Token[], from: number, to: number): number {
  const g = gazetteer();
  // a person's name does not end with a head noun: "University of Colorado Law School" is one name
  if (isHead(tokens[to - 1]!.lower)) return to;
  for (let j = Math.max(from, 1); j < to - 1; j++) {
    const prev = tokens[j - 1]!;
    const t = tokens[j]!;
    if (!t.spaceBefore || !prev.cap || !t.cap) continue;
    // (an acronym ends a name, not an initial: "Robert F. Kennedy Jr.")
    const prevEndsName = isHead(prev.lower) || g.countries.has(prev.lower) || (/^[\p{Lu}.]{2,}$/u.test(prev.text) && prev.text.replace(/\./g, '').length >= 2);
    if (prevEndsName && g.givenNames.has(t.lower) && tokens[j + 1]!.cap) return j;
    // after a country, a name of two or more words no dictionary knows: "the President of Republic of
    // Kazakhstan Nursultan Nazarbayev"
    const foreign = (k: number) => tokens[k]!.cap && !g.words.has(tokens[k]!.lower) && !isHead(tokens[k]!.lower) && !g.countries.has(tokens[k]!.lower) && !g.cities.has(tokens[k]!.lower);
    if (g.countries.has(prev.lower) && to - j >= 2 && to - j <= 4 && tokens.slice(j, to).every((_, i) => foreign(j + i))) return j;
  }
  return to;
}

/** A title word right after a given name is a surname: "Stephen King", "Carole King", "David Duke". */
function surnameAfterGivenName(tokens: Token[], k: number): boolean {
  const given = tokens[k - 1];
  // (a title that is a common surname too: not "Art Director", "Holy Roman Emperor")
  return !!given && given.cap && SURNAME_TITLES.has(tokens[k]!.lower) && gazetteer().givenNames.has(given.lower) && !TITLES.has(given.lower) && tokens[k]!.spaceBefore;
}

interface MentionOptions { quoted?: boolean; weak: boolean; role?: string; affiliationRole?: string }

function validated(text: string, tokens: Token[], s: Sentence, from: number, to: number, weakStart: boolean, role: string | undefined): Mention[] {
  // "U.S. Representative" (not a syllable after a hyphen: "Sun Yat-sen"; nor a surname that is a
  // title after a given name: "Stephen King", "William King")
  while (to - 1 > from && TITLES.has(tokens[to - 1]!.lower) && tokens[to - 1]!.cap && !surnameAfterGivenName(tokens, to - 1)) to--;
  // a scale after "degrees" is a unit, not a name: "45.8 degrees Celsius" (but "Anders Celsius")
  if (to - from === 1 && /^degrees?$/.test(tokens[from - 1]?.lower ?? '')) return [];
  const connector = (t: Token) => t.lower === 'of' || t.lower === 'the' || t.lower === 'for' || t.lower === 'and' || t.text === '&';
  while (to > from && connector(tokens[to - 1]!)) to--;
  // …and before: "the Chairman and Co-Chief Executive Officer of Power Corporation" leaves "of Power …"
  while (from < to && connector(tokens[from]!) && !tokens[from]!.cap) from++;
  if (to <= from) return [];
  // a run of capitals longer than any name is names strung together, or a shouted line: none of it is one
  if (tokens[to - 1]!.end - tokens[from]!.start > MAX_NAME_CHARS || to - from > MAX_NAME_TOKENS) return [];
  const g = gazetteer();
  const words = tokens.slice(from, to).filter((t) => /\p{L}/u.test(t.text));
  if (!words.length) return [];
  const lowers = words.map((t) => t.lower.replace(/\.$/, ''));
  // adjectives of peoples and ideologies alone are not names ("Soviet", "Stalinist", "Soviet TV")
  const notName = (w: string) => g.adjectives.has(w) || COMMON_ACRONYMS.has(w) || TITLES.has(w) || NEVER_NAMES.has(w) || IDEOLOGY.test(w) || GEOLOGIC_TIMES.has(w);
  // (but "(AP)" in a dateline is the agency: "AUSTIN, Texas (AP) —")
  const agency = tokens[from - 1]?.text === '(' && tokens[to]?.text === ')' && datelineEnd(tokens, s) >= to;
  if (lowers.every(notName) && !agency) return [];
  // a rank is no name: "the world No. 1"
  if (lowers.length === 1 && lowers[0] === 'no' && to - from > 1) return [];
  // a people's adjective after plain words is no name either: "Many European", "Postwar British"
  if (words.length > 1 && g.adjectives.has(lowers[lowers.length - 1]!) && lowers.slice(0, -1).every((w) => g.words.has(w) && !g.givenNames.has(w) && !isHead(w) && !DEMONYM_QUALIFIERS.has(w))) return [];
  // a geologic time with its part: "Late Eocene", "Early Cretaceous"
  if (GEOLOGIC_TIMES.has(lowers[lowers.length - 1]!) && lowers.slice(0, -1).every((w) => GEOLOGIC_TIME_PARTS.has(w))) return [];
  if (words.length === 1 && FUNCTION_POS.has(words[0]!.pos) && g.words.has(lowers[0]!) && words[0]!.pos !== 'PUNCT' && !acronymWord(tokens, s, from)) return []; // "Most", "No."
  // an adjective a sentence's start capitalised, before the noun it qualifies: "Central actors in the plot include …"
  if (words.length === 1 && weakStart && words[0]!.syntax?.upos === 'ADJ' && words[0]!.syntax.deprel === 'amod' && g.words.has(lowers[0]!) && !tokens[to]?.cap) return [];
  if (words.length === 1 && (EVENT_HEADS.has(lowers[0]!) || WORK_HEADS.has(lowers[0]!) || ORG_HEADS.has(lowers[0]!) || PLACE_HEADS.has(lowers[0]!))) {
    // a bare head noun: "the Congress", "the Party" refer back to a name already given
    const before = tokens[from - 1];
    if (before?.lower === 'the' || before?.lower === 'this' || before?.lower === 'that') return [makeMention(text, tokens, s, from, to, { weak: true, role, anaphor: true })];
    // (but a legislature is named so without "the": "Congress passed the bill")
    if (LEGISLATURE_HEADS.has(lowers[0]!) && from > s.tokenStart) return [makeMention(text, tokens, s, from, to, { weak: false, role })];
    return [];
  }
  if (words.length === 1 && (ROMAN.test(words[0]!.text) || /^\p{L}\.?$/u.test(words[0]!.text))) return []; // a lone initial or numeral
  // "the Spaniard", "the Briton": one of a people, a person named before
  if (words.length === 1 && PEOPLE_NOUNS.has(lowers[0]!) && tokens[from - 1]?.lower === 'the') return [];
  if (/^\p{Lu}-\p{Ll}+$/u.test(text.slice(tokens[from]!.start, tokens[to - 1]!.end))) return []; // "X-ray", "T-shirt"
  const inGazetteer = g.countries.has(lowers.join(' ')) || g.cities.has(lowers.join(' '));
  const allCommon = lowers.every((w) => g.words.has(w) || TITLE_FUNCTION_WORDS.has(w) || /^\d/.test(w));
  const hasHead = isHead(lowers[lowers.length - 1]!) || (lowers.includes('of') && isHead(lowers[0]!));
  // at a sentence start or in a headline, common words are names only where something else says so
  const givenNameFirst = words.length > 1 && g.givenNames.has(lowers[0]!);
  // (a word in capitals in a sentence that is not is an acronym, whatever it spells: "WHO")
  const acronym = words.length === 1 && acronymWord(tokens, s, from);
  // (two words joined by "&" are a firm's name, whatever they spell: "Marks & Spencer")
  const ampersand = words.length > 1 && tokens.slice(from, to).some((t) => t.text === '&');
  const weak = (weakStart || s.headline) && !inGazetteer && !givenNameFirst && allCommon && !(words.length > 1 && hasHead) && !appositiveClass(tokens, to) && !acronym && !ampersand;
  return [makeMention(text, tokens, s, from, to, { weak, role })];
}

function makeMention(text: string, tokens: Token[], s: Sentence, from: number, to: number, o: MentionOptions & { anaphor?: boolean }): Mention {
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const next = tokens[to];
  const possessive = !!next && POSSESSIVES.has(next.text) && !next.spaceBefore;
  const m: Mention = {
    start: first.start, end: last.end, text: text.slice(first.start, last.end), sentence: s.index,
    tokenStart: from, tokenEnd: to, possessive, quoted: !!o.quoted,
  };
  if (o.weak) m.weak = true;
  if (o.anaphor) m.anaphor = true;
  if (o.role) m.role = o.role;
  if (o.affiliationRole) m.role = o.affiliationRole;
  const cue = contextCue(tokens, s, from, to, o);
  if (cue) m.cue = cue;
  const dateline = !o.role && !o.affiliationRole ? datelineClass(tokens, s, from, to) : undefined;
  const introduced = !o.role && !o.affiliationRole ? dateline ?? introducedAs(tokens, s, from) ?? placeBeforeItsCountry(tokens, s, from, to) ?? titleOwner(tokens, to) ?? appositiveClass(tokens, to) ?? copulaClass(tokens, to) ?? corporateRoleOf(tokens, from) ?? sportsSide(tokens, s, from, to) ?? ledBody(tokens, s, from) ?? ownedBody(tokens, to) ?? corporateRoleOwner(tokens, to) : undefined;
  if (introduced) m.introducedAs = introduced;
  if (dateline) m.dateline = true;
  return m;
}

/** The class noun right before a name: "leader Nikita Khrushchev", "advisor, Vladimir Medinsky", "the newspaper Pravda". */
function introducedAs(tokens: Token[], s: Sentence, from: number): EntityType | undefined {
  if (tokens[from]?.text === 'The') from++;
  // (a title in quotes is introduced by the noun before its quote: "her 11th album, "The Tortured Poets Department"")
  if (OPEN_QUOTES.has(tokens[from - 1]?.text ?? '')) from--;
  else if (tokens[from - 1]?.text === 'The' && OPEN_QUOTES.has(tokens[from - 2]?.text ?? '')) from -= 2;
  // (the names listed after the noun too: "two Danish companies, Novo Industri and Nordisk Gentofte";
  // a list that ends in "and" before this name: a comma alone may end a clause, "the play Rudens, Palaestra says")
  if (tokens[from - 1]?.lower === 'and' || tokens[from - 1]?.lower === 'or' || inMiddleOfList(tokens, s, from)) from = listStart(tokens, s, from);
  const before = tokens[from - 1];
  // "NGOs like X", "countries such as Y", "clubs including Z": the class the name is one of
  if (before && (before.lower === 'like' || before.lower === 'including' || (before.lower === 'as' && tokens[from - 2]?.lower === 'such'))) {
    const cls = before.lower === 'including' ? classBeforeIncluding(tokens, s, from - 1) : tokens[from - (before.lower === 'as' ? 3 : 2)];
    // (capitalised too: at a sentence's start, or an acronym's plural, "NGOs")
    const kind = cls ? classOfNoun(cls) : undefined;
    if (kind) return kind;
  }
  // "the planet, known as X", "a company called X": the noun the name is given to
  const naming = before?.lower === 'called' || before?.lower === 'named' ? 1 : before?.lower === 'as' && tokens[from - 2]?.lower === 'known' ? 2 : 0;
  if (naming) {
    const noun = tokens[from - naming - 1]?.text === ',' ? tokens[from - naming - 2] : tokens[from - naming - 1];
    const kind = noun && !noun.cap ? classOfNoun(noun) : undefined;
    if (kind) return kind;
  }
  // "the Netherlands international Quinten Timber": a country's player
  if (before?.lower === 'international' && !before.cap && tokens[from - 2]?.cap && gazetteer().countries.has(tokens[from - 2]!.lower)) return 'person';
  const noun = before?.text === ',' ? tokens[from - 2] : before;
  // (a plural noun introduces each name it lists: "the football clubs Wisła Kraków and Cracovia")
  return noun && !noun.cap ? classOfNoun(noun) : undefined;
}

/**
 * A name followed by a country or a state, set off by a comma, is a place in it: "Tianjin, China",
 * "Mobile, Alabama", "(now Sânnicolau Mare, Romania)" (not "Ukraine, Russia's neighbour").
 */
function placeBeforeItsCountry(tokens: Token[], s: Sentence, from: number, to: number): EntityType | undefined {
  if (tokens[to]?.text !== ',' || !tokens[to + 1]?.cap) return undefined;
  // (a dateline's town says where the story was filed, and its kind is the dateline's to tell: "MALMÖ, Sweden (AP) —")
  if (from === s.tokenStart && tokens.slice(from, to).every((t) => t.text === t.text.toUpperCase())) return undefined;
  const g = gazetteer();
  for (let n = 3; n >= 1; n--) {
    const end = to + 1 + n;
    if (end > s.tokenEnd) continue;
    const name = tokens.slice(to + 1, end).map((t) => t.lower).join(' ');
    if (!g.countries.has(name)) continue;
    const after = tokens[end];
    return end === s.tokenEnd || (after && /^[,.;:)\]—–-]$/.test(after.text)) ? 'place' : undefined;
  }
  return undefined;
}

/** The kind of thing a class noun says, singular or plural ("company", "clubs"). */
function classOfNoun(t: Token): EntityType | undefined {
  return CLASS_NOUNS.get(t.lower) ?? (t.syntax?.xpos === 'NNS' ? CLASS_NOUNS.get(t.syntax.lemma) : undefined);
}

/** A body a corporate role is "of": "chief executive of Google DeepMind", "a subsidiary of the German group". */
function corporateRoleOf(tokens: Token[], from: number): EntityType | undefined {
  if (tokens[from]?.lower === 'the') from++;
  if (tokens[from - 1]?.lower !== 'of' || (tokens[from - 2]?.lower === 'the' && tokens[from - 2]!.cap)) return undefined;
  const role = tokens[from - 2];
  // (capitalised only where it opens the sentence: "Shares of Starbucks rose")
  const opens = role && (role.i === 0 || /[.!?]$/.test(tokens[role.i - 1]?.text ?? '') || tokens[role.i - 1]?.text === '\n');
  return role && (!role.cap || opens) && CORPORATE_ROLES.has(role.lower) ? 'organization' : undefined;
}


/** A body whose corporate officer or part the words after its possessive name: "Meta's chief executive", "Nestlé's subsidiary". */
function corporateRoleOwner(tokens: Token[], to: number): EntityType | undefined {
  if (!POSSESSIVES.has(tokens[to]?.text ?? '')) return undefined;
  // (or its rival, a body's peer: "Nvidia's rival AMD")
  for (let k = to + 1; k < to + 4 && tokens[k] && !tokens[k]!.cap && /\p{L}/u.test(tokens[k]!.text); k++) if (CORPORATE_ROLES.has(tokens[k]!.lower) || BODY_PEERS.has(tokens[k]!.lower)) return 'organization';
  return undefined;
}

/** A body named before the title of a person named next: "Lufthansa chief executive Carsten Spohr", "PSG coach X". */
function titleOwner(tokens: Token[], to: number): EntityType | undefined {
  let k = to;
  while (k < to + 3 && tokens[k] && !tokens[k]!.cap && (TITLES.has(tokens[k]!.lower) || tokens[k]!.lower === 'executive')) k++;
  return k > to && tokens[k]?.cap && tokens[k]!.pos === 'PROPN' ? 'organization' : undefined;
}

/** A match's score: "2-0", "1–1". */
const SCORE = /^\d{1,2}[-–]\d{1,2}$/;

/**
 * A club the words of sport make of a town's or a word's name: "a former Real Madrid and Liverpool
 * midfielder", "plays for Arsenal", "signed Timber from Feyenoord". Not a country: "Spain
 * midfielder", "played for Argentina" speak of its national side, and the country stays a place.
 */
function sportsSide(tokens: Token[], s: Sentence, from: number, to: number): EntityType | undefined {
  const name = tokens.slice(from, to).map((t) => t.lower).join(' ');
  if (gazetteer().countries.has(name)) return undefined;
  // a player's role after the name, or after the names listed with it
  const k = listEnd(tokens, s, to);
  if (k < s.tokenEnd && (PLAYER_ROLES.has(tokens[k]!.lower) || SPORTS_STAFF.has(tokens[k]!.lower))) return 'organization';
  // "plays for X", "scored for X", "signed for X"; "signed X from Y"
  const before = tokens[from - 1]?.lower, verb = tokens[from - 2]?.lower ?? '';
  if (before === 'for' && SIDE_VERBS.has(verb)) return 'organization';
  if (before === 'from') for (let j = from - 2; j >= Math.max(s.tokenStart, from - 6); j--) if (SIGNING_VERBS.has(tokens[j]!.lower)) return 'organization';
  // "Liverpool beat Manchester City 2-0", "Arsenal drew 1-1 with Aston Villa": the sides of a match with its score
  // (or "drew 1-1 with X", "lost 2-0 to X")
  const matchBefore = MATCH_VERBS.has(before ?? '') || ((before === 'with' || before === 'to') && [2, 3, 4].some((d) => MATCH_VERBS.has(tokens[from - d]?.lower ?? '')));
  if ((matchBefore || MATCH_VERBS.has(tokens[to]?.lower ?? '')) && tokens.slice(s.tokenStart, s.tokenEnd).some((t) => SCORE.test(t.text))) return 'organization';
  return undefined;
}

/**
 * A body by the verb of leading or owning it is the object of: "Musk, who also runs Tesla and
 * SpaceX", "she founded Varnes Labs", "acquired the Karvensk Group" (the names listed with it too).
 */
function ledBody(tokens: Token[], s: Sentence, from: number): EntityType | undefined {
  let k = listStart(tokens, s, from) - 1;
  if (tokens[k]?.lower === 'the') k--;
  return k >= s.tokenStart && LEADING_VERBS.has(tokens[k]!.lower) ? 'organization' : undefined;
}

/** A body by what its owner did to it, said right after its name: "Ticketmaster, owned by Live Nation", "X, acquired by Y in 2019". */
function ownedBody(tokens: Token[], to: number): EntityType | undefined {
  const k = tokens[to]?.text === ',' ? to + 1 : to;
  return OWNED_PARTICIPLES.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'by' ? 'organization' : undefined;
}
const OWNED_PARTICIPLES = new Set(['owned', 'acquired', 'bought', 'controlled', 'operated', 'majority-owned', 'wholly-owned']);

/** the words that join the names of a list: "A, B and C" */
const LIST_LINKS = new Set(['and', 'or', ',']);
/** at most this many links are walked over: a longer run is more likely two clauses than one list */
const MAX_LIST_LINKS = 3;

/** A name between commas in a list that an "and" or "or" closes: "Apple, Nvidia and AMD" (Nvidia). */
function inMiddleOfList(tokens: Token[], s: Sentence, from: number): boolean {
  if (tokens[from - 1]?.text !== ',') return false;
  let end = from;
  while (end < s.tokenEnd && tokens[end]!.cap) end++;
  const last = listEnd(tokens, s, end);
  return last > end && tokens.slice(end, last).some((t) => t.lower === 'and' || t.lower === 'or');
}

/** Where the list of names that ends with the name at `from` begins ("A, B and" before it), through capitalised words. */
function listStart(tokens: Token[], s: Sentence, from: number): number {
  for (let n = 0; n < MAX_LIST_LINKS && from - 2 >= s.tokenStart && LIST_LINKS.has(tokens[from - 1]!.lower) && tokens[from - 2]!.cap; n++) {
    let k = from - 2;
    while (k > s.tokenStart && tokens[k - 1]!.cap) k--;
    from = k;
  }
  return from;
}

/** Where the list of names that begins with the name ending at `to` ends (", B and C" after it). */
function listEnd(tokens: Token[], s: Sentence, to: number): number {
  for (let n = 0; n < MAX_LIST_LINKS && to + 1 < s.tokenEnd && LIST_LINKS.has(tokens[to]!.lower) && tokens[to + 1]!.cap; n++) {
    to++;
    while (to < s.tokenEnd && tokens[to]!.cap) to++;
  }
  return to;
}

/** Verbs that give their subject a class noun as a copula does: "X became the largest bank". */
const BECOMING_VERBS = new Set(['became', 'becomes', 'become', 'remains', 'remained']);

/** Words after which an apposition's noun goes on with a phrase: "a subsidiary of", "a venture between". */
const APPOSITION_LINKS = new Set(['of', 'between', 'in', 'from', 'with', 'for', 'by', 'based', 'owned', 'that', 'which', 'who', 'whose', 'where',
  // …or a relative clause without its pronoun: "Snøhetta, the firm she advised"
  'she', 'he', 'they', 'we', 'i', 'it']);

/** …of which the prepositions, before which an apposition's class noun comes. */
const APPOSITION_PREPOSITIONS = new Set(['of', 'between', 'in', 'from', 'with', 'for', 'by', 'at']);

/** The class noun of an apposition right after a name: "Siemens, the Munich-based engineering group," → organization. */
function appositiveClass(tokens: Token[], to: number): EntityType | undefined {
  if (tokens[to]?.text !== ',') return undefined;
  // "X, the carmaker,", "X, a charity,", "X, Germany's largest union,"
  const article = ['the', 'a', 'an'].includes(tokens[to + 1]?.lower ?? '');
  const possessor = tokens[to + 1]?.cap && POSSESSIVES.has(tokens[to + 2]?.text ?? '');
  if (!article && !possessor) return undefined;
  // the class noun ends the apposition or takes a phrase of its own: "X, a joint venture between Y and Z,"
  for (let k = to + (article ? 2 : 3); k < to + 8 && tokens[k] && tokens[k]!.text !== ','; k++) {
    // (the class comes before the phrase: "X, an astrophysicist at the University of Y," is no university)
    if (APPOSITION_PREPOSITIONS.has(tokens[k]!.lower)) break;
    const t = CLASS_NOUNS.get(tokens[k]!.lower);
    // (or ends the sentence: "…, according to Eurostat, the EU's statistics agency.")
    if (t && (/^[,.;)]$/.test(tokens[k + 1]?.text ?? '') || APPOSITION_LINKS.has(tokens[k + 1]?.lower ?? ''))) return t;
  }
  return undefined;
}

/** A dateline names where the story was filed ("ZURICH —", "NAPLES, Italy (AP) —"), and in its parentheses the agency. */
function datelineClass(tokens: Token[], s: Sentence, from: number, to: number): EntityType | undefined {
  const dateline = datelineEnd(tokens, s);
  if (dateline < 0 || to > dateline) return undefined;
  if (tokens[from - 1]?.text === '(') return 'organization';
  // the story may use the same name alone for a club named after the city, once it names the club
  // ("MALMÖ — … Malmö FF … Malmö will learn their opponents"): then the name is the club's, and the
  // dateline's town goes with it (a model reads a known town's name as the town, however the story
  // uses it); otherwise the name alone is the city again ("SANTIAGO — … a former mayor of Santiago")
  const words = tokens.slice(from, to).map((t) => t.lower);
  let alone = false, club = false;
  for (let k = dateline + 1; k + words.length <= tokens.length; k++) {
    if (!words.every((w, i) => tokens[k + i]!.lower === w)) continue;
    const before = tokens[k - 1], after = tokens[k + words.length];
    if (!before?.cap && !after?.cap) alone = true;
    if ((after && CLUB_SUFFIXES.has(after.lower) && after.cap) || (before && CLUB_PREFIXES.has(before.lower) && before.cap)) club = true;
  }
  return alone && club ? 'organization' : 'place';
}

/** The class noun a copula gives a name: "X is a Polish politician", "X was an American rock band from Y". */
function copulaClass(tokens: Token[], to: number): EntityType | undefined {
  // (an adverb between: "X is now a …", "X briefly became the world's most valuable company")
  if (tokens[to]?.syntax?.upos === 'ADV' && tokens[to + 1]?.syntax) to++;
  // "X became the world's most valuable company": the noun "became" takes
  if (BECOMING_VERBS.has(tokens[to]?.lower ?? '')) {
    for (let k = to + 1; k < Math.min(tokens.length, to + 8); k++) {
      const d = tokens[k]!.syntax;
      if (d?.head === to && (d.deprel === 'xcomp' || d.deprel === 'obj') && d.upos === 'NOUN') return CLASS_NOUNS.get(tokens[k]!.lower);
    }
    return undefined;
  }
  if (!/^(?:is|was|are|were)$/.test(tokens[to]?.lower ?? '') || !['a', 'an', 'the'].includes(tokens[to + 1]?.lower ?? '')) return undefined;
  // the noun the copula joins, as the tree has it: "X is a 1950 Japanese jidaigeki film directed by Y"
  const cop = tokens[to]!.syntax, noun = cop?.deprel === 'cop' ? tokens[cop.head] : undefined;
  if (noun && cop!.head > to && cop!.head < to + 8 && noun.syntax?.upos === 'NOUN' && !tokens.slice(to + 1, cop!.head).some((t) => t.text === ',')) {
    const t = CLASS_NOUNS.get(noun.lower);
    if (t) return t;
  }
  for (let k = to + 2; k < to + 8 && tokens[k] && tokens[k]!.text !== ','; k++) {
    const t = CLASS_NOUNS.get(tokens[k]!.lower);
    const next = tokens[k + 1];
    if (t && (!next || next.text === ',' || next.text === '.' || APPOSITION_LINKS.has(next.lower) || next.lower === 'and')) return t;
  }
  return undefined;
}

/**
 * The class noun a list after "including" is of: the word right before it, or one a comma and a
 * few words of time stand between ("bought several companies this year, including X and Y").
 */
function classBeforeIncluding(tokens: Token[], s: Sentence, including: number): Token | undefined {
  if (tokens[including - 1]?.text !== ',') return tokens[including - 1];
  for (let k = including - 2; k >= Math.max(s.tokenStart, including - 5); k--) {
    const t = tokens[k]!;
    if (CLASS_NOUNS.has(t.lower) && !t.cap) return t;
    if (t.text === ',' || t.syntax?.upos === 'VERB' || t.cap) return undefined;
  }
  return undefined;
}

/** What the words around a name say of its type. */

function contextCue(tokens: Token[], s: Sentence, from: number, to: number, o: MentionOptions): Mention['cue'] {
  if (o.affiliationRole) return 'organization';
  if (o.role) return 'person';

  if (tokens[from]?.text === 'The' && to - from > 1) from++;
  const before = tokens[from - 1];
  const before2 = tokens[from - 2];
  // "NGOs like Memorial", "countries such as Ukraine" (and the list's later members: "companies such as Apple, Nvidia and AMD")
  const intro = listStart(tokens, s, from);
  const first = tokens[intro - 1], first2 = tokens[intro - 2];
  if (first && (first.lower === 'like' || first.lower === 'as' || first.lower === 'including') && intro - 2 >= s.tokenStart) {
    const cls = first.lower === 'as' && first2?.lower === 'such' ? tokens[intro - 3] : first.lower === 'including' ? classBeforeIncluding(tokens, s, intro - 1) : first2;
    const t = cls && CLASS_NOUNS.get(cls.lower);
    if (t) return t;
  }
  const introduced = introducedAs(tokens, s, from);
  if (introduced) return introduced;
  // "the city of Volgograd"
  if (before?.lower === 'of' && before2 && !before2.cap) {
    const t = CLASS_NOUNS.get(before2.lower);
    if (t === 'place') return t;
  }
  // "published by Alfred A. Knopf", "spun off from Kellogg", "acquired by X": what only a body does
  if (before && before2 && BODY_AGENT_PHRASES.has(`${before2.lower} ${before.lower}`)) return 'organization';
  // "took a stake in Norlux": what one holds a stake in is a body, though "in" says a place
  if (before?.lower === 'in' && STAKE_NOUNS.has(before2?.lower ?? '')) return 'organization';
  if (before && !before.cap && (before.lower === 'in' || before.lower === 'near' || before.lower === 'across' || before.lower === 'throughout') && to - from === 1) return 'place';
  // "Passy, Haute-Savoie, France": between commas, before a country or region, a place
  const after = tokens[to];
  if (after?.text === ',' && tokens[to + 1]?.cap) {
    const g = gazetteer();
    const next = tokens[to + 1]!.lower, next2 = `${next} ${tokens[to + 2]?.lower ?? ''}`;
    if ((g.countries.has(next) || g.countries.has(next2)) && (before?.text === ',' || before?.lower === 'in')) return 'place';
  }
  // "he wrote Devil on the Cross": a title with small words inside, made by the verb before it
  if (WORK_VERBS.has(tokens[from - 1]?.lower ?? '') && tokens.slice(from, to).some((t) => !t.cap)) return 'work';
  // "Arrow of God (1964)": a work's year after its title (of several words with no head noun: not
  // "professor at Harvard (2011), Stanford University (2015)")
  if (yearInBrackets(tokens, s, to) && to - from > 1 && !isHead(tokens[to - 1]!.lower)) return 'work';
  // "the Kremlin wall", "the Red Square mausoleum": a name that qualifies a place noun
  if (after && !after.cap && PLACE_HEADS.has(after.lower)) return 'place';
  // "NASA's Perseverance rover", "the A6 motorway", "the Louvre museum": a name before its class noun
  // (not a creative work's, whose maker stands there: "a Zhang Yimou film", "the Beatles album")
  const after1 = after && !after.cap ? CLASS_NOUNS.get(after.lower) : undefined;
  if (after1 && after1 !== 'person' && (after1 !== 'work' || ARTIFACT_NOUNS.has(after!.lower)) && after?.syntax?.upos === 'NOUN' && tokens[to + 1]?.syntax?.upos !== 'NOUN') return after1;
  if (before && !before.cap && (before.lower === 'occupied' || before.lower === 'annexed' || before.lower === 'northern' || before.lower === 'southern' || before.lower === 'eastern' || before.lower === 'western')) return 'place';
  // "the Kremlin", "the Duma" (not a capital "The" inside a name mid-sentence: "remade as The
  // Outrage" is a title)
  if (before?.lower === 'the' && to - from === 1 && (before.text === 'the' || before.i === s.tokenStart)) return 'organization';
  return undefined;
}

/** Weak spans stand only where the document also names them with its own capitals, or a gazetteer knows them. */
function acceptWeak(mentions: Mention[], lowerCaseWords: ReadonlySet<string>, title?: string): Mention[] {
  // the article's title, when its text names it again ("# Northern Lights (album)" … "Northern Lights is the
  // third studio album"): both capitals stand at a start, yet the title and its repetition vouch for it
  const titleCount = title ? mentions.filter((m) => m.text.toLowerCase() === title).length : 0;
  const strong = new Set<string>();
  for (const m of mentions) if (!m.weak) strong.add(m.text.toLowerCase());
  // the starts of several words of strong names: "Live Nation" of "Live Nation Entertainment"
  const strongStarts = new Set<string>();
  for (const name of strong) {
    const words = name.split(/\s+/);
    for (let n = 2; n < words.length; n++) strongStarts.add(words.slice(0, n).join(' '));
  }
  // tokens of strong names too: a sentence-initial "Khrushchev" is vouched for by "Nikita Khrushchev"
  const strongWords = new Set<string>();
  for (const m of mentions) if (!m.weak) for (const w of m.text.toLowerCase().split(/\s+/)) strongWords.add(w);
  // last words of "Given-name Surname" names: a sentence-initial "Smith" after "John Smith"
  const surnames = new Set<string>();
  // …and of names whose first word no list knows ("Rasmus Højlund Berg"): their last word, where
  // the document never writes it in lower case ("Berg was born in Copenhagen")
  const looseSurnames = new Set<string>();
  const g = gazetteer();
  for (const m of mentions) {
    const words = m.text.toLowerCase().split(/\s+/);
    if (m.weak || words.length < 2) continue;
    const last = words[words.length - 1]!;
    if (g.givenNames.has(words[0]!)) surnames.add(last);
    else if (!g.words.has(words[0]!) && !g.countries.has(words[0]!) && !g.cities.has(words[0]!) && !g.adjectives.has(words[0]!) && !words.some((w) => isHead(w))) looseSurnames.add(last);
  }
  return mentions.filter((m) => {
    if (!m.weak) return !isBareCommonWord(m, lowerCaseWords);
    const lower = m.text.toLowerCase();
    if (m.anaphor) return true;
    if (strong.has(lower) || (titleCount >= 2 && lower === title)) { delete m.weak; return true; }
    // (the start of a longer name the document gives: "Live Nation" after "Live Nation Entertainment")
    if (strongStarts.has(lower)) { delete m.weak; return true; }
    if (!lower.includes(' ') && strongWords.has(lower) && !g.words.has(lower)) { delete m.weak; return true; }
    if (!lower.includes(' ') && surnames.has(lower)) { delete m.weak; return true; }
    if (!lower.includes(' ') && looseSurnames.has(lower) && !lowerCaseWords.has(lower)) { delete m.weak; return true; }
    return false;
  });
}

/**
 * A lone capitalised dictionary word that the same document also writes in lower case
 * ("Poetry" beside "poetry") is more often a piece of a title than a name; a gazetteer, a given name, a cue from its context
 * or a role vouches for one that is a name ("NGOs like Memorial").
 */
function isBareCommonWord(m: Mention, lowerCaseWords: ReadonlySet<string>): boolean {
  if (m.anaphor || m.cue || m.role || m.quoted || m.text.includes(' ')) return false;
  const g = gazetteer();
  const lower = m.text.toLowerCase();
  return g.words.has(lower) && lowerCaseWords.has(lower) && !g.countries.has(lower) && !g.cities.has(lower) && !g.givenNames.has(lower) && !isHead(lower) && !/^\p{Lu}{2,}$/u.test(m.text);
}

/**
 * Headlines capitalise every word, so a headline's spans are cut down to the names the article
 * also writes in its running text ("Zelensky Visits Brussels" → Zelensky, Brussels), or to what
 * a gazetteer knows; a span the text never repeats stands only as a named institution, place or
 * event ("The Gulag History Museum Is Gone") or a word no dictionary holds ("Magadan's").
 */
function settleHeadlines(text: string, tokens: Token[], sentences: Sentence[], mentions: Mention[]): Mention[] {
  const g = gazetteer();
  const inHeadline = (m: Mention) => sentences[m.sentence]?.headline === true && !m.quoted;
  const known = new Set<string>();
  for (const m of mentions) if (!inHeadline(m) && !m.weak && !m.anaphor) known.add(m.text.toLowerCase());
  const isKnown = (t: string) => known.has(t) || g.countries.has(t) || g.cities.has(t);
  const out: Mention[] = [];
  for (const m of mentions) {
    if (!inHeadline(m) || m.anaphor) { out.push(m); continue; }
    const s = sentences[m.sentence]!;
    if (isKnown(m.text.toLowerCase())) { delete m.weak; out.push(m); continue; }
    // the longest known names inside the span, left to right
    const parts: Mention[] = [];
    for (let i = m.tokenStart; i < m.tokenEnd;) {
      let found = 0;
      for (let j = m.tokenEnd; j > i; j--) {
        if (tokens[i]!.cap && isKnown(text.slice(tokens[i]!.start, tokens[j - 1]!.end).toLowerCase())) { found = j; break; }
      }
      if (found) { parts.push(makeMention(text, tokens, s, i, found, { weak: false })); i = found; } else i++;
    }
    if (parts.length) { out.push(...parts); continue; }
    const words = m.text.toLowerCase().split(/\s+/);
    const head = words[words.length - 1]!;
    const institution = words.length > 1 && (ORG_HEADS.has(head) || PLACE_HEADS.has(head) || EVENT_HEADS.has(head));
    const unknownWord = words.length === 1 && !g.words.has(words[0]!) && !NEVER_NAMES.has(words[0]!);
    if (institution || unknownWord) { delete m.weak; out.push(m); }
  }
  return out;
}
