// Stage 6: relations inside a sentence. Two named things are related where the words between
// them carry a verb or a preposition ("Khrushchev attacked his predecessor Josef Stalin"), where
// a sentence's subject meets the object of one of its verbs, where a title ties a person to a
// body ("First Secretary of the CPSU Nikita Khrushchev"), where "his advisor, X" points back to
// a person, or where one place is placed in another ("Vancouver, British Columbia"). Names that
// are only listed together ("A, B and C") are not related to each other; what is said of the
// first of a list is said of each.
import { datelineEnd, type Sentence, type Token } from './nlp';
import type { Entity, EntityType, Evidence, Mention, Relation } from './model';
import { CALENDAR_WORDS, CLASS_NOUNS, isPersonNoun, KIN_NOUNS, PLAYER_ROLES, SEQUENCE_ADVERBS, SPEECH_VERBS, TITLE_MODIFIERS, TITLES, TRADE_TITLES } from './lexicons/cues';
import { gazetteer } from './lexicons/gazetteer';
import { nameKey } from './names';
import { mostCommon } from './predicates';
import { headToken, isSubject } from './tree';

export interface RelationOptions {
  /** the most tokens between two adjacent names that still relate them */
  maxGap: number;
  /** keep relations that only a pronoun ties to one end ("He was born in Hol"); off: each relation has a sentence that names both */
  throughPronouns?: boolean;
}
export const DEFAULT_RELATION_OPTIONS: RelationOptions = { maxGap: 24 };

const LIST_WORDS = new Set([',', 'and', 'or', '&', 'as', 'well', 'nor', 'both', 'either', 'also', 'plus']);
const CLAUSE_BREAKS = new Set([';']);
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
const LABEL_POS = new Set(['VERB', 'NOUN', 'ADP', 'PROPN']);
const PLACE_LINKS = new Set(['in', 'at', 'of', 'for', 'from', 'to', 'with', 'by']);
/** Comparison words that read badly in a short predicate ("devotes less than one page to" → "devotes page to"). */
const LABEL_SKIP = new Set(['than', 'as', 'like']);
const YEAR_TOKEN = /^(1[0-9]{3}|20[0-9]{2})s?$/;

interface Placed { m: Mention; e: Entity }

interface Found { a: Placed; b: Placed; predicate: string }

export function extractRelations(
  documentId: string, text: string, tokens: Token[], sentences: Sentence[], mentions: Mention[],
  entityOf: Map<Mention, Entity>, options: RelationOptions = DEFAULT_RELATION_OPTIONS,
  /** the resolved pronouns: "Her daughter X" relates X to the person "her" stands for */
  pronouns: Map<Mention, Entity> = new Map(),
): Relation[] {
  const pronounAt = new Map<number, Placed>([...pronouns].map(([m, e]) => [m.tokenStart, { m, e }]));
  const bySentence = new Map<number, Placed[]>();
  for (const m of mentions) {
    const e = entityOf.get(m);
    if (!e) continue;
    if (!bySentence.has(m.sentence)) bySentence.set(m.sentence, []);
    bySentence.get(m.sentence)!.push({ m, e });
  }
  const relations = new Map<string, Relation>();
  let lastPerson: Placed | undefined, lastBody: Placed | undefined;
  /** the bodies named so far, latest last (a description such as "the agency" may point past the last one) */
  const recentBodies: Placed[] = [];
  let subjectBody: Placed | undefined;
  let couple: Placed[] | undefined;
  const pronounsIn = new Map<number, Placed[]>();
  for (const p of pronounAt.values()) pronounsIn.set(p.m.sentence, [...pronounsIn.get(p.m.sentence) ?? [], p]);
  for (const s of sentences) {
    const placed = (bySentence.get(s.index) ?? []).sort((x, y) => x.m.start - y.m.start);
    if (s.block !== 'meta' && placed.length) {
      const found = relationsInSentence(tokens, s, placed, (k) => pronounAt.get(k), options, lastBody, recentBodies, subjectBody, couple, lastPerson);
      for (const f of found) addRelation(relations, documentId, text, tokens, s, f);
    }
    for (const p of placed) if (p.e.type === 'person') lastPerson = p; else if (p.e.type === 'organization') { lastBody = p; recentBodies.push(p); }
    // the body this sentence is about, for an "its" that opens the next: "X, a venture of Y and Z, builds … . Its chief executive, W, …"
    subjectBody = placed.find((p) => p.e.type === 'organization' && isSubject(tokens, p.m));
    // the two people this sentence named or meant by a pronoun, whom a "their" next may stand for
    if (s.block !== 'meta') {
      const people = new Map<string, Placed>();
      for (const p of [...placed, ...pronounsIn.get(s.index) ?? []]) if (p.e.type === 'person' && !people.has(p.e.id)) people.set(p.e.id, p);
      couple = people.size === 2 ? [...people.values()] : undefined;
    }
  }
  return [...relations.values()];
}

function relationsInSentence(tokens: Token[], s: Sentence, placed: Placed[], personOfPronoun: (k: number) => Placed | undefined, o: RelationOptions, lastBody?: Placed, recentBodies: Placed[] = [], subjectBody?: Placed, couple?: Placed[], lastPerson?: Placed): Found[] {
  const found: Found[] = [];
  const add = (a: Placed, b: Placed, predicate: string) => {
    if (a.e !== b.e && predicate) found.push({ a, b, predicate });
  };
  const between = (x: Placed, y: Placed) => tokens.slice(x.m.tokenEnd, y.m.tokenStart);
  // the possessor of a name is beside both it and what came before: "in Moscow's Palace of Congresses"
  // each pair with the words that relate it
  const neighbours: [Placed, Placed, Token[]][] = [];
  for (let i = 0; i + 1 < placed.length; i++) {
    const a = placed[i]!, owner = placed[i + 1]!;
    neighbours.push([a, owner, between(a, owner)]);
    const owned = placed[i + 2];
    if (owner.m.possessive && owned && between(owner, owned).length <= 1) neighbours.push([a, owned, between(a, owner)]);
  }

  // 1. neighbours joined by a verb, a preposition or a title
  for (const [a, b, gap] of neighbours) {
    // a long stretch ending in "his advisor, X" is rule 3's: its role names the relation better
    if (endsInPronounRole(gap)) continue;
    const predicate = predicateBetween(gap, a, b, o);
    if (!predicate) continue;
    // "Poland, Hungary and Romania" is a list, not a chain of places in places
    if (predicate.label === 'located in' && gap.length === 1 && endsInList(tokens, placed, b)) continue;
    if (predicate.passive) add(b, a, predicate.label); else add(a, b, predicate.label);
    // what is said of the first of a list is said of the rest: "around Russia and in occupied Crimea"
    for (const c of listAfter(tokens, placed, b)) if (predicate.passive) add(c, a, predicate.label); else add(a, c, predicate.label);
  }

  // a chain of places is transitive: "Vancouver, British Columbia, Canada" puts Vancouver in Canada
  const within = found.filter((f) => f.predicate === 'located in');
  for (const inner of within) for (const outer of within) if (inner.b.e === outer.a.e) add(inner.a, outer.b, 'located in');

  // 2. the subject with the object of each of its verbs: "Khrushchev took … and spoke … on X"
  const subject = subjectOf(tokens, s, placed);
  if (subject) {
    for (let k = subject.m.tokenEnd; k < s.tokenEnd; k++) {
      const t = tokens[k]!;
      if (CLAUSE_BREAKS.has(t.text)) break;
      if (t.pos !== 'VERB') continue;
      const object = placed.find((p) => p.m.tokenStart > k);
      if (!object || object === subject) continue;
      const nextVerb = tokens.slice(k + 1, object.m.tokenStart).some((x) => x.pos === 'VERB');
      if (nextVerb || object.m.tokenStart - k > 12) continue;
      // ("said its chairman, X": a role a pronoun owns is rule 3's)
      if (endsInPronounRole(tokens.slice(k, object.m.tokenStart))) continue;
      add(subject, object, compactLabel(tokens.slice(k, object.m.tokenStart)));
    }
    // and every name a preposition introduces in its clause: "X … was born in A … studied at B"
    for (const p of placed) {
      if (p.m.tokenStart <= subject.m.tokenEnd || p.e === subject.e) continue;
      const gapToSubject = tokens.slice(subject.m.tokenEnd, p.m.tokenStart);
      if (gapToSubject.some((t) => CLAUSE_BREAKS.has(t.text)) || !gapToSubject.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) continue;
      let k = p.m.tokenStart - 1;
      while (k > subject.m.tokenEnd && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NUM')) k--;
      const prep = tokens[k];
      if (prep && prep.pos === 'ADP' && PLACE_LINKS.has(prep.lower) && (p.e.type === 'place' || p.e.type === 'organization')) add(subject, p, prep.lower);
    }
  }

  // 3. "his predecessor Josef Stalin", "his closest history advisor, Vladimir Medinsky"
  for (const p of placed) {
    for (let k = p.m.tokenStart - 1; k >= Math.max(s.tokenStart, p.m.tokenStart - 6); k--) {
      const t = tokens[k]!;
      if (!POSSESSIVE_PRONOUNS.has(t.lower)) continue;
      const role = tokens.slice(k + 1, p.m.tokenStart).filter((x) => x.text !== ',');
      const noun = role[role.length - 1];
      // "its chairman, X" is a body's officer ("its chief executive, X" too); "his wife, X" a person's kin
      const body = t.lower === 'its' || t.lower === 'their';
      if (!noun || !(CLASS_NOUNS.get(noun.lower) === 'person' || (!body && KIN_NOUNS.has(noun.lower)) || (body && isRoleWord(noun)))) break;
      if (body && KIN_NOUNS.has(noun.lower)) {
        // "Their son, X": the couple the sentence before named ("She married Y …; he died …")
        if (t.lower === 'their' && couple && !placed.some((q) => q.m.tokenEnd <= k)) for (const parent of couple) add(parent, p, noun.lower);
        break;
      }
      if (body) {
        // the body named before it in the sentence, else the one the sentence before was about (or,
        // for a role noun of the lexicon, the body named last)
        const fallback = subjectBody ?? (CLASS_NOUNS.get(noun.lower) === 'person' ? lastBody : undefined);
        const owner = [...placed].reverse().find((q) => q.m.tokenEnd <= k && q.e.type === 'organization') ?? (placed.some((q) => q.m.tokenEnd <= k) ? undefined : fallback);
        if (owner) add(p, owner, `${role.slice(-2).filter((x) => isRoleWord(x)).map((x) => x.lower).join(' ') || noun.lower} of`);
        break;
      }
      // (whom the pronoun was resolved to, where it was: "Her father, X, was a banker, and her uncle Y"
      // is not X's uncle; else the person named before it in the sentence, or last)
      const resolved = personOfPronoun(k);
      const antecedent = resolved?.e.type === 'person' ? resolved
        : [...placed].reverse().find((q) => q.m.tokenEnd <= k && q.e.type === 'person') ?? (placed.some((q) => q.m.tokenEnd <= k) ? undefined : lastPerson);
      if (antecedent) add(antecedent, p, noun.lower);
      break;
    }
  }

  // 3b. "the German company's chief executive X", "the club's president X": a role of the body
  // the text named last (a definite description that points back to it)
  // …or after it: "Josef Aschbacher, the agency's director general," — the body whose name holds
  // the description's noun ("European Space Agency") before the one named last
  for (const p of placed) {
    if (p.e.type !== 'person') continue;
    const r = bodyRoleBefore(tokens, s, p.m) ?? bodyRoleAfter(tokens, s, p.m);
    if (!r) continue;
    const before = placed.filter((q) => q.m.tokenEnd <= r.from && q.e.type === 'organization');
    const named = [...before, ...recentBodies].reverse().find((q) => nameHolds(q.e.label, r.noun) || describedAs(tokens, q.m, r.noun));
    // with a comma before the name the role may open a new thought: only a body the noun names
    // ("the club's president, X," is no officer of the league named last)
    const body = named ?? (r.comma ? undefined : before[before.length - 1] ?? (before.length ? undefined : lastBody));
    if (body) add(p, body, `${r.role} of`);
  }

  // 4. a fronted phrase: "Despite an evident dislike for X, Y's regime learned …"
  const first = tokens[s.tokenStart];
  if (first && (first.pos === 'ADP' || first.pos === 'SCONJ')) {
    const comma = tokens.slice(s.tokenStart, s.tokenEnd).find((t) => t.text === ',');
    if (comma) {
      const fronted = placed.filter((p) => p.m.tokenEnd <= comma.i);
      const main = placed.find((p) => p.m.tokenStart > comma.i && p.m.tokenStart - comma.i <= 3);
      if (main) for (const f of fronted) add(main, f, first.lower);
    }
  }
  return found;
}

/** Words of a role before a name: titles and role nouns ("chief executive", "president"). */
const isRoleWord = (t: Token | undefined) => !!t && !t.cap && (TITLES.has(t.lower) || CLASS_NOUNS.get(t.lower) === 'person' || t.lower === 'executive');

/**
 * "the (German) company's chief executive X": the role before a name, owned by a definite
 * description of a body; returns the role and where the description starts.
 */
function bodyRoleBefore(tokens: Token[], s: Sentence, m: Mention): BodyRole | undefined {
  let k = m.tokenStart - 1;
  const comma = tokens[k]?.text === ','; // "the association's president, Tom Harlan,"
  if (comma) k--;
  const role: Token[] = [];
  while (k >= s.tokenStart && isRoleWord(tokens[k]) && role.length < 2) role.unshift(tokens[k--]!);
  if (!role.length || !POSSESSIVE_MARKS.has(tokens[k]?.text ?? '')) return undefined;
  const noun = tokens[k - 1];
  if (!noun || noun.cap || CLASS_NOUNS.get(noun.lower) !== 'organization') return undefined;
  let j = k - 2;
  while (j >= s.tokenStart && (tokens[j]!.pos === 'ADJ' || gazetteer().demonyms.has(tokens[j]!.lower)) && k - j < 5) j--;
  if (tokens[j]?.lower !== 'the') return undefined;
  return { role: role.map((t) => t.lower).join(' '), from: j, noun: noun.lower, comma };
}

/** "X, the (German) agency's director general,": the same role in an apposition after the name. */
function bodyRoleAfter(tokens: Token[], s: Sentence, m: Mention): BodyRole | undefined {
  const k = m.tokenEnd;
  if (tokens[k]?.text !== ',' || tokens[k + 1]?.lower !== 'the') return undefined;
  let j = k + 2;
  while (j < s.tokenEnd && (tokens[j]!.pos === 'ADJ' || gazetteer().demonyms.has(tokens[j]!.lower)) && j - k < 5) j++;
  const noun = tokens[j];
  if (!noun || noun.cap || CLASS_NOUNS.get(noun.lower) !== 'organization' || !POSSESSIVE_MARKS.has(tokens[j + 1]?.text ?? '')) return undefined;
  const role: Token[] = [];
  for (let r = j + 2; r < s.tokenEnd && isRoleWord(tokens[r]) && role.length < 2; r++) role.push(tokens[r]!);
  if (!role.length) return undefined;
  // (set off by commas, like "the association's president, X": only a body the noun names — in
  // "said Cindy McCain, the agency's executive director" the body named last may be another)
  return { role: role.map((t) => t.lower).join(' '), from: m.tokenStart, noun: noun.lower, comma: true };
}

/** A role a definite description of a body owns, where the description starts, and its noun ("company"). */
/** A role a definite description of a body gives; `comma` when a comma stands between the role and the name. */
interface BodyRole { role: string; from: number; noun: string; comma?: boolean }

/** Whether a name holds a word: "European Space Agency" holds "agency". */
const nameHolds = (label: string, word: string) => label.toLowerCase().split(/\s+/).includes(word);

/** Whether the text sets a name beside a common noun: "Italy's space agency, ASI", "ASI, the Italian space agency". */
function describedAs(tokens: Token[], m: Mention, noun: string): boolean {
  const h = headToken(tokens, m), t = tokens[h]?.syntax;
  if (!t) return false;
  const isNoun = (k: number) => tokens[k]?.syntax?.upos === 'NOUN' && (tokens[k]!.syntax!.lemma === noun || tokens[k]!.lower === noun);
  if (t.deprel === 'appos' && isNoun(t.head)) return true;
  for (let k = Math.max(0, h - 12); k < Math.min(tokens.length, h + 12); k++) if (tokens[k]?.syntax?.head === h && tokens[k]!.syntax!.deprel === 'appos' && isNoun(k)) return true;
  return false;
}

/** The words end "his/her/its/their (…) <person noun> (,)": a role that points back to someone. */
function endsInPronounRole(gap: Token[]): boolean {
  const words = gap.filter((t) => t.text !== ',');
  const noun = words[words.length - 1];
  // (a person's noun, or a title: "its prosecutor, X")
  if (!noun || !(CLASS_NOUNS.get(noun.lower) === 'person' || isRoleWord(noun))) return false;
  return words.slice(-5, -1).some((t) => POSSESSIVE_PRONOUNS.has(t.lower));
}

interface Predicate { label: string; passive: boolean }

/** The predicate the words between two neighbouring names state, or null where they state none. */
function predicateBetween(gap: Token[], a: Placed, b: Placed, o: RelationOptions): Predicate | null {
  if (gap.length === 0) {
    // two names side by side came from a title: "First Secretary of the CPSU Nikita Khrushchev"
    // the person holds the title of the body: person → organization
    if (b.m.role) return { label: b.m.role.toLowerCase(), passive: true };
    return a.m.role ? { label: a.m.role.toLowerCase(), passive: false } : null;
  }
  if (gap.length > o.maxGap) return null;
  if (gap.some((t) => CLAUSE_BREAKS.has(t.text))) return null;
  if (gap.every((t) => LIST_WORDS.has(t.lower))) {
    // "Vancouver, British Columbia", "University of Toronto, Ontario": a place after a comma places what precedes it
    if (gap.length === 1 && gap[0]!.text === ',' && isPlace(b.e.type) && a.e.type !== 'person') return { label: 'located in', passive: false };
    return null;
  }
  // "Poltava in present-day Ukraine", "Kiev in what is now Ukraine": a place in another, by today's map
  if (isPlace(a.e.type) && isPlace(b.e.type) && gap[0]!.lower === 'in' && gap.slice(1).every((t) => NOW_WORDS.has(t.lower) || t.pos === 'DET' || t.pos === 'ADJ' || t.text === '-')) {
    return { label: 'located in', passive: false };
  }
  // "Alberta (Canada)", "Ross Alger (born in …": a parenthesis opened right after a name
  if (gap.length === 1 && gap[0]!.text === '(') return { label: isPlace(b.e.type) ? 'located in' : 'related to', passive: false };
  // a role noun between two names: "band bassist Y", "Republican candidate Y"
  if (gap.length <= 2 && gap.every((t) => t.pos === 'NOUN' && !t.cap)) return { label: gap.map((t) => t.lower).join(' '), passive: false };
  // a possessive, with or without adjectives before the second name: "Moscow's Palace", "Warsaw's clandestine Flying University"
  // (a participle there modifies the name too: "Japan's ruling Liberal Democratic Party")
  if (POSSESSIVE_MARKS.has(gap[0]!.text) && gap.slice(1).every((t) => t.pos === 'ADJ' || (t.syntax?.deprel === 'amod' && !t.cap && /(?:ing|ed)$/.test(t.lower)))) return { label: isPlace(a.e.type) && b.e.type !== 'person' ? 'located in' : 'of', passive: true };
  // coordinated phrases: "by OVD-Info and by Novaya Gazeta", "in Georgia and in Poland" relate neither to the other
  // (with an adverb of sequence: "fled to the Netherlands and then to Stockholm")
  if (gap.some((t) => t.lower === 'and' || t.lower === 'or') && gap.every((t) => LIST_WORDS.has(t.lower) || t.pos === 'ADP' || t.pos === 'DET' || SEQUENCE_ADVERBS.has(t.lower))) return null;
  const hasVerb = gap.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const hasPrep = gap.some((t) => t.pos === 'ADP' || t.text === "'s" || t.text === '’s');
  if (!hasVerb && !hasPrep) return null;
  // a speaker and the subject of what is said: "X said Y would bring calm", "X says that Y" ("X told Y" tells Y)
  if (saysOf(gap)) return null;
  // a role of someone the text does not name: "X, the daughter of a mayor of Y" relates X to no Y
  if (roleOfARole(gap)) return null;
  // passive: "was commissioned by the Central Committee"
  const content = gap.filter((t) => t.pos !== 'DET');
  const last = content[content.length - 1];
  const passive = last?.lower === 'by' && gap.some((t) => t.pos === 'VERB' && /(?:ed|en|wn|ne|ht|un)$/.test(t.lower)) && gap.some((t) => t.pos === 'AUX');
  // turned round, the agent does it: "X was directed by Y" → Y directed X
  return { label: compactLabel(passive ? gap.slice(0, gap.lastIndexOf(last!)) : gap), passive };
}

/** Does a gap hold two people's nouns, the second after an "of" ("the daughter of a mayor of")? */
function roleOfARole(gap: Token[]): boolean {
  const personal = (t: Token) => !t.cap && isPersonNoun(t.lower);
  const first = gap.findIndex(personal);
  return first >= 0 && gap.slice(first + 1).some((t, i, rest) => personal(t) && rest.slice(0, i).some((x) => x.lower === 'of'));
}

/** Is a gap a verb of saying with no object of its own, the next name starting what is said? */
function saysOf(gap: Token[]): boolean {
  const verb = gap.find((t) => t.pos === 'VERB');
  const lemma = verb?.syntax?.lemma ?? verb?.lower ?? '';
  if (!verb || !SPEECH_VERBS.has(lemma) || lemma === 'tell') return false;
  return gap.every((t) => t === verb || t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || t.lower === 'that' || t.text === ',');
}

const isPlace = (t: EntityType) => t === 'place';
/** The words that date a place's country to today: "present-day", "modern-day", "what is now". */
const NOW_WORDS = new Set(['present', 'modern', 'day', 'today', "today's", 'what', 'is', 'now']);

/** The names listed after b: "b, c and d", "b and in occupied c". */
function listAfter(tokens: Token[], placed: Placed[], b: Placed): Placed[] {
  const out: Placed[] = [];
  let prev = b;
  for (let i = placed.indexOf(b) + 1; i < placed.length; i++) {
    const c = placed[i]!;
    const gap = tokens.slice(prev.m.tokenEnd, c.m.tokenStart);
    const hasConj = gap.some((t) => t.lower === 'and' || t.lower === 'or' || t.text === ',');
    const onlyList = gap.length <= 4 && hasConj && gap.every((t) => LIST_WORDS.has(t.lower) || t.pos === 'ADP' || t.pos === 'ADJ' || t.pos === 'DET' || t.text === 'the');
    if (!onlyList || c.e.type !== b.e.type) break;
    out.push(c);
    prev = c;
    if (gap.some((t) => t.lower === 'and' || t.lower === 'or')) return out;
  }
  // without "and" or "or", only places make a chain ("Vancouver, British Columbia, Canada");
  // for anything else "B, C" is more often a clause boundary than a list
  return b.e.type === 'place' ? out : [];
}

/** b is followed by more names of its type joined by "and"/"or": b is inside a list. */
function endsInList(tokens: Token[], placed: Placed[], b: Placed): boolean {
  let prev = b;
  for (let i = placed.indexOf(b) + 1; i < placed.length; i++) {
    const c = placed[i]!;
    const gap = tokens.slice(prev.m.tokenEnd, c.m.tokenStart);
    if (c.e.type !== b.e.type || !gap.every((t) => LIST_WORDS.has(t.lower))) return false;
    if (gap.some((t) => t.lower === 'and' || t.lower === 'or')) return true;
    prev = c;
  }
  return false;
}

/** The first name of the main clause, when it stands before the clause's first verb. */
function subjectOf(tokens: Token[], s: Sentence, placed: Placed[]): Placed | undefined {
  let from = s.tokenStart;
  const first = tokens[from];
  if (first && (first.pos === 'ADP' || first.pos === 'SCONJ')) {
    const comma = tokens.slice(s.tokenStart, s.tokenEnd).find((t) => t.text === ',');
    if (!comma) return undefined;
    from = comma.i + 1;
  }
  const candidate = placed.find((p) => p.m.tokenStart >= from);
  if (!candidate) return undefined;
  const before = tokens.slice(from, candidate.m.tokenStart);
  if (before.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return undefined;
  return candidate;
}

/** A news dateline: a place in capitals opening the sentence before a dash or "(Reuters)" ("MUNICH — …"). */
export function isDateline(tokens: Token[], s: Sentence, m: Mention): boolean {
  const end = datelineEnd(tokens, s);
  return end >= 0 && m.tokenEnd <= end;
}

/**
 * The relation from source to target (made, and listed in `out`, if new) with sentence `index`
 * stating it by `label`: that sentence's evidence takes the label, or is added, and leaves any
 * relation the other way. Its own label is the caller's to choose.
 */
function statedIn(byPair: Map<string, Relation>, out: Relation[], source: Entity, target: Entity, label: string, evidence: () => Evidence, index: number): Relation {
  const key = `${source.id}\u0000${target.id}`;
  // a sentence relates a pair one way: what it was read as the other way goes
  const reverse = byPair.get(`${target.id}\u0000${source.id}`);
  if (reverse?.evidence.some((x) => x.sentence === index)) {
    reverse.evidence = reverse.evidence.filter((x) => x.sentence !== index);
    if (!reverse.evidence.length) byPair.delete(`${target.id}\u0000${source.id}`), out.splice(out.indexOf(reverse), 1);
  }
  let r = byPair.get(key);
  if (!r) byPair.set(key, (r = { source: source.id, target: target.id, label, evidence: [] })), out.push(r);
  const ev = r.evidence.find((x) => x.sentence === index);
  if (ev) ev.predicate = label; else r.evidence.push(evidence());
  r.evidence.sort((x, y) => x.sentence - y.sentence);
  return r;
}

/**
 * "the Confederation of Production and Commerce, Chile's main business lobby, whose president
 * Ricardo Mewes said …" → Mewes president of the Confederation; "Anna Berg, whose husband Karl
 * Venn directed it" → Anna Berg's husband. "X, whose <role> Y" says it in its words, however the
 * parser hung the clause (it often makes it a side clause of the main verb, which puts the two
 * names apart), so it is read after the tree: the name before the comma (not a possessive inside
 * an apposition, "Chile's") owns the role of the name right after it.
 */
export function whoseRoleRelations(documentId: string, text: string, tokens: Token[], sentences: Sentence[], mentions: Mention[], entityOf: Map<Mention, Entity>, relations: Relation[]): Relation[] {
  const byPair = new Map(relations.map((r) => [`${r.source}\u0000${r.target}`, r]));
  const out = [...relations];
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) if (!m.pronoun && entityOf.has(m)) bySentence.set(m.sentence, [...bySentence.get(m.sentence) ?? [], m]);
  for (const [index, ms] of bySentence) {
    const s = sentences[index];
    if (!s || s.block === 'meta') continue;
    ms.sort((x, y) => x.start - y.start);
    for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
      if (tokens[k]!.lower !== 'whose' || tokens[k - 1]!.text !== ',') continue;
      // one or two role words, then the name: "whose president X", "whose chief executive X"
      const named = ms.find((m) => m.tokenStart > k + 1 && m.tokenStart <= k + 3);
      const role = named ? tokens.slice(k + 1, named.tokenStart) : [];
      if (!named || !role.length || !role.every(isRoleWord)) continue;
      const owner = [...ms].reverse().find((m) => m.tokenEnd <= k && !m.possessive);
      const eo = owner && entityOf.get(owner), en = entityOf.get(named)!;
      if (!eo || eo === en || (eo.type !== 'organization' && eo.type !== 'person')) continue;
      const words = role.map((t) => t.lower).join(' ');
      // a body's officer reads from the person ("president of"); a person's kin from the person whose it is ("husband")
      const [source, target, label] = eo.type === 'organization' ? [en, eo, `${words} of`] : [eo, en, words];
      if (byPair.has(`${target.id}\u0000${source.id}`)) continue;
      const r = statedIn(byPair, out, source, target, label, () => sentenceEvidence(documentId, text, tokens, s, label), s.index);
      r.label = mostCommon(r.evidence.map((x) => x.predicate)) ?? label;
    }
  }
  return out;
}

/**
 * The offices that titles give: "Kenyan President William Ruto" and "X, the German chancellor" (a
 * country the document names, by its demonym), "Texas Attorney General Ken Paxton" (a place or body
 * written before the title) → president of, attorney general of. Read after the tree's predicates
 * (the adjective is no name the tree relates, and the parser often mangles a row of titles), added
 * to the relation of the same two where there is one.
 */
export function titleRelations(documentId: string, text: string, tokens: Token[], sentences: Sentence[], mentions: Mention[], entityOf: Map<Mention, Entity>, relations: Relation[]): Relation[] {
  const countries = countriesNamed(entityOf);
  const byPair = new Map(relations.map((r) => [`${r.source}\u0000${r.target}`, r]));
  const out = [...relations];
  // the place or body a mention's last token ends, by that token
  const endingAt = new Map<number, Entity>();
  for (const m of mentions) {
    const e = entityOf.get(m);
    if (e && !m.pronoun && (e.type === 'place' || e.type === 'organization')) endingAt.set(m.tokenEnd, e);
  }
  for (const m of mentions) {
    const e = entityOf.get(m);
    const s = sentences[m.sentence];
    if (!e || e.type !== 'person' || m.pronoun || !s || s.block === 'meta') continue;
    const demonym = demonymTitle(tokens, s, m);
    const t = demonym ? { title: demonym.title, of: countries.get(demonym.country) } : namedTitle(tokens, s, m, endingAt);
    if (!t?.of || t.of === e) continue;
    const label = `${t.title} of`;
    // the title says more than what the sentence's words between the two were read as ("the Soviet
    // leader X attacked Stalin in the Soviet Union" → leader of, not attacked in)
    const r = statedIn(byPair, out, e, t.of, label, () => sentenceEvidence(documentId, text, tokens, s, label), s.index);
    // the title names the relation unless another predicate is stated more often
    const common = mostCommon(r.evidence.map((x) => x.predicate)) ?? label;
    const count = (p: string) => r.evidence.filter((x) => x.predicate === p).length;
    r.label = count(common) > count(label) ? common : label;
  }
  return out;
}

/**
 * A title or role written between a place or a body and a person's name: "Texas Attorney General
 * Ken Paxton", "Moscow Mayor Sergei Sobyanin", "Siemens Chief Executive Roland Busch", "U.S.
 * District Judge X", "Spain midfielder X", "Apple engineer X".
 */
function namedTitle(tokens: Token[], s: Sentence, m: Mention, endingAt: Map<number, Entity>): { title: string; of: Entity } | undefined {
  let k = m.tokenStart;
  while (k > s.tokenStart && (TITLES.has(tokens[k - 1]!.lower) || isRoleWord(tokens[k - 1]) || (k < m.tokenStart && TITLE_MODIFIERS.has(tokens[k - 1]!.lower))) && m.tokenStart - k < MAX_TITLE_WORDS) k--;
  const of = k < m.tokenStart ? endingAt.get(k) : undefined;
  if (!of) return undefined;
  const words = tokens.slice(k, m.tokenStart);
  // a place's officer, or its team's player ("Spain midfielder X"); a body's people of any role ("Apple engineer X")
  if (of.type === 'place' && !words.some((t) => TITLES.has(t.lower) || PLAYER_ROLES.has(t.lower))) return undefined;
  if (words.some((t) => KIN_NOUNS.has(t.lower))) return undefined;
  return { title: words.map((t) => t.lower).join(' '), of };
}

/** The countries a document names, by the gazetteer's canonical name. */
export function countriesNamed(entityOf: Map<Mention, Entity>): Map<string, Entity> {
  const g = gazetteer();
  const out = new Map<string, Entity>();
  for (const e of new Set(entityOf.values())) {
    if (e.type !== 'place') continue;
    for (const n of [e.label, ...e.aliases]) {
      const canonical = g.countries.get(nameKey(n)) ?? g.countries.get(n.toLowerCase());
      if (canonical && !out.has(canonical)) out.set(canonical, e);
    }
  }
  return out;
}

/** The most title words a demonym is read with ("Prime Minister"). */
const MAX_TITLE_WORDS = 2;

/**
 * A title given with a country's demonym around a person's name: before it ("Kenyan President
 * William Ruto", "the French president X") or in apposition after it ("X, the German chancellor").
 */
function demonymTitle(tokens: Token[], s: Sentence, m: Mention): { title: string; country: string } | undefined {
  const demonyms = gazetteer().demonyms;
  const isTitle = (t: Token | undefined) => !!t && TITLES.has(t.lower);
  const read = (demonym: Token | undefined, titles: Token[]) => {
    const country = demonym?.cap ? demonyms.get(demonym.lower) : undefined;
    // (a trade's title says whose citizen, which nationalityRelations reads: "the Iranian director X")
    if (titles.every((t) => TRADE_TITLES.has(t.lower) || t.lower === 'chief')) return undefined;
    return country && titles.length && titles.length <= MAX_TITLE_WORDS ? { title: titles.map((t) => t.lower).join(' '), country } : undefined;
  };
  let k = m.tokenStart - 1;
  const before: Token[] = [];
  while (k >= s.tokenStart && isTitle(tokens[k]) && before.length <= MAX_TITLE_WORDS) before.unshift(tokens[k--]!);
  const found = read(tokens[k], before);
  if (found) return found;
  // "X, the German chancellor,"
  k = m.tokenEnd;
  if (tokens[k]?.text !== ',') return undefined;
  k++;
  if (tokens[k]?.lower === 'the') k++;
  const demonym = tokens[k++];
  const after: Token[] = [];
  while (k < s.tokenEnd && isTitle(tokens[k]) && after.length <= MAX_TITLE_WORDS) after.push(tokens[k++]!);
  return read(demonym, after);
}

/**
 * The countries a document says its people are of, by a demonym before or beside their names
 * ("Hungarian Prime Minister X", "X, the German chancellor", "X, a French engineer"), by the
 * gazetteer's canonical country name.
 */
export function nationalities(tokens: Token[], sentences: Sentence[], mentions: Mention[], entityOf: Map<Mention, Entity>): Map<Entity, Set<string>> {
  const out = new Map<Entity, Set<string>>();
  for (const m of mentions) {
    const e = entityOf.get(m), s = sentences[m.sentence];
    if (!e || e.type !== 'person' || m.pronoun || !s) continue;
    const title = demonymTitle(tokens, s, m)?.country;
    for (const country of title ? [title] : demonymsOf(tokens, m)) out.set(e, (out.get(e) ?? new Set()).add(country));
  }
  return out;
}

/**
 * The countries a person is said to be of by a demonym, not with a title: "X, a French engineer",
 * "X was an American artist" (a copula's noun the demonyms qualify).
 */
function demonymsOf(tokens: Token[], m: Mention): string[] {
  const demonyms = gazetteer().demonyms;
  const after = tokens[m.tokenEnd + 2];
  if (tokens[m.tokenEnd]?.text === ',' && /^(?:a|an|the)$/.test(tokens[m.tokenEnd + 1]?.lower ?? '') && after?.cap) return demonyms.has(after.lower) ? [demonyms.get(after.lower)!] : [];
  const head = headToken(tokens, m);
  const subject = tokens[head]?.syntax;
  if (!subject || !/^nsubj/.test(subject.deprel)) return [];
  const noun = subject.head;
  const between = tokens.slice(Math.min(head, noun), Math.max(head, noun) + 1);
  if (tokens[noun]?.syntax?.upos !== 'NOUN' || !between.some((t) => t.syntax?.head === noun && t.syntax.deprel === 'cop')) return [];
  // (every demonym before the noun: "an Austrian-Swedish physicist" is of both)
  const countries: string[] = [];
  for (let k = noun - 1; k > head && k >= noun - 5; k--) {
    const t = tokens[k]!;
    if (t.cap && demonyms.has(t.lower)) countries.push(demonyms.get(t.lower)!);
  }
  return countries;
}

/**
 * The citizenship a demonym gives a person where the document names the country ("Louise
 * Faure-Favier was a French writer … she returned to France"): X citizen of France, on the
 * sentence that says it; a relation the two have already (a title's office, "lived in") keeps its
 * label and gains the sentence as its property's evidence.
 */
export function nationalityRelations(documentId: string, text: string, tokens: Token[], sentences: Sentence[], mentions: Mention[], entityOf: Map<Mention, Entity>, relations: Relation[]): Relation[] {
  const countries = countriesNamed(entityOf);
  const byPair = new Map(relations.map((r) => [`${r.source}\u0000${r.target}`, r]));
  const out = [...relations];
  for (const m of mentions) {
    const e = entityOf.get(m), s = sentences[m.sentence];
    if (!e || e.type !== 'person' || m.pronoun || !s || s.block === 'meta') continue;
    for (const country of demonymsOf(tokens, m).map((c) => countries.get(c))) {
      if (!country || country === e || byPair.has(`${country.id}\u0000${e.id}`)) continue;
      const evidence = sentenceEvidence(documentId, text, tokens, s, CITIZEN_OF);
      evidence.relation = CITIZENSHIP;
      const r = byPair.get(`${e.id}\u0000${country.id}`);
      // a relation stated otherwise ("she lived in France") gains the sentence that says whose she is
      if (r) {
        if (!r.evidence.some((x) => x.relation || x.sentence === s.index)) r.evidence.push(evidence), r.evidence.sort((x, y) => x.sentence - y.sentence);
        continue;
      }
      const made = { source: e.id, target: country.id, label: CITIZEN_OF, evidence: [evidence] };
      byPair.set(`${e.id}\u0000${country.id}`, made);
      out.push(made);
    }
  }
  return out;
}

/**
 * "BASEL, Switzerland (Reuters) —": a dateline's town is in the country or state written after it.
 * The dateline is read apart from its sentence (it says where the story was filed, no relation of
 * the sentence's names), but this much it states.
 */
export function datelineRelations(documentId: string, text: string, tokens: Token[], sentences: Sentence[], mentions: Mention[], entityOf: Map<Mention, Entity>, relations: Relation[]): Relation[] {
  const out = [...relations];
  const pairs = new Set(relations.map((r) => `${r.source}\u0000${r.target}`));
  const { countries, regions } = gazetteer();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const town = mentions[i]!, region = mentions[i + 1]!, s = sentences[town.sentence];
    if (!s || region.sentence !== town.sentence || !isDateline(tokens, s, region) || town.pronoun || region.pronoun) continue;
    if (region.tokenStart !== town.tokenEnd + 1 || tokens[town.tokenEnd]?.text !== ',') continue;
    const a = entityOf.get(town), b = entityOf.get(region);
    if (!a || !b || a === b || a.type !== 'place' || b.type !== 'place' || pairs.has(`${a.id}\u0000${b.id}`)) continue;
    const evidence = sentenceEvidence(documentId, text, tokens, s, LOCATED_IN);
    const key = nameKey(region.text);
    evidence.relation = countries.has(key) && !regions.has(key) ? COUNTRY : LOCATED_IN_REGION;
    out.push({ source: a.id, target: b.id, label: LOCATED_IN, evidence: [evidence] });
    pairs.add(`${a.id}\u0000${b.id}`);
  }
  return out;
}
const LOCATED_IN = 'located in';
const COUNTRY = 'P17';
const LOCATED_IN_REGION = 'P131';

/** What a demonym says of a person: country of citizenship. (Of a body, "a Spanish company", the typer reads the country.) */
const CITIZENSHIP = 'P27';
const CITIZEN_OF = 'citizen of';

/** A short predicate from the words between two names: verbs, nouns and prepositions. */
export function compactLabel(gap: Token[]): string {
  // two verbs joined by "and": the second is what reaches the second name ("was founded in 1990 and
  // is owned by Y" → owned, not "founded in owned")
  let joined = -1;
  for (let i = gap.length - 1; i > 0 && joined < 0; i--) {
    if (gap[i]!.pos === 'CCONJ' && gap.slice(i + 1).some((u) => u.pos === 'VERB') && gap.slice(0, i).some((u) => u.pos === 'VERB')) joined = i;
  }
  if (joined >= 0) gap = gap.slice(joined + 1);
  // a date is when, not how: "awarded X on Wednesday to Y" reads as "to" (and then as the verb's)
  const when = (t: Token | undefined) => !!t && t.cap && CALENDAR_WORDS.has(t.lower);
  const kept = gap.filter((t, i) => LABEL_POS.has(t.pos) && /\p{L}/u.test(t.text) && !YEAR_TOKEN.test(t.text) && !LABEL_SKIP.has(t.lower)
    && !when(t) && !(t.pos === 'ADP' && when(gap[i + 1])));
  // a preposition after another with words dropped between is no predicate: "coordinated with those
  // of" → coordinated with ("out of", written together, stays)
  const words = kept.filter((t, i) => !(i > 0 && t.pos === 'ADP' && kept[i - 1]!.pos === 'ADP' && t.i !== kept[i - 1]!.i + 1)).map((t) => t.lower);
  if (!words.length) return gap.filter((t) => /\p{L}/u.test(t.text)).map((t) => t.lower).slice(0, 3).join(' ') || 'related to';
  if (words.length <= 3) return words.join(' ');
  const verb = gap.find((t) => t.pos === 'VERB');
  const last = gap[gap.length - 1];
  const prep = last && last.pos === 'ADP' ? ` ${last.lower}` : '';
  return verb ? `${verb.lower}${prep}` : words.slice(-2).join(' ');
}

function addRelation(relations: Map<string, Relation>, documentId: string, text: string, tokens: Token[], s: Sentence, f: Found): void {
  const key = `${f.a.e.id}\u0000${f.b.e.id}`;
  // one sentence relates a pair one way: where two of its mentions read the other way (the same
  // name twice: "founded X in Paris in 1920 and X in Warsaw"), the first reading stands
  const reverse = relations.get(`${f.b.e.id}\u0000${f.a.e.id}`);
  if (reverse?.evidence.some((ev) => ev.sentence === s.index && ev.document === documentId)) return;
  let r = relations.get(key);
  if (!r) {
    r = { source: f.a.e.id, target: f.b.e.id, label: f.predicate, evidence: [] };
    relations.set(key, r);
  }
  if (r.evidence.some((ev) => ev.sentence === s.index && ev.document === documentId)) return;
  r.evidence.push(sentenceEvidence(documentId, text, tokens, s, f.predicate));
}

/** A sentence as the evidence of a predicate: its exact words and the years it mentions. */
export function sentenceEvidence(documentId: string, text: string, tokens: Token[], s: Sentence, predicate: string): Evidence {
  const years = new Set<number>();
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const m = YEAR_TOKEN.exec(tokens[k]!.text);
    if (m) years.add(Number(m[1]));
  }
  return { document: documentId, sentence: s.index, start: s.start, end: s.end, text: text.slice(s.start, s.end), predicate, years: [...years].sort() };
}
