// Predicates read off the dependency tree: the words on the path between two names' heads that
// say how they are related — the verb with its particle and preposition ("founded", "born in",
// "met with"), the noun of an apposition or a copula ("chief executive of"), a possessed role
// ("president of") — and which way the relation runs (subject first; a passive's agent first).
import type { Sentence, Token } from './nlp';
import type { Entity, EntityType, Evidence, Mention, Relation } from './model';
import { ancestry, headToken, isSubject, treePath, type TreePath } from './tree';
import { gazetteer, geoKindOf, isKnownPlace } from './lexicons/gazetteer';
import { nameKey } from './names';
import { ACTION_NOUNS, AGENT_NOUNS, SAYING_LABELS, AMOUNT_NOUNS, AUTHOR_VERBS, BARE_PREPOSITIONS, CALENDAR_WORDS, CLASS_NOUNS, DURATION_NOUNS, FRAMING_CASES, IRREGULAR_PAST, isHead, isPersonNoun, OBJECT_CONTROL_VERBS, TIME_MARKS, WAY_CASES, KIN_NOUNS, LIGHT_VERBS, MAKER_NOUNS, NAMING_VERBS, ORG_HEADS, PEER_NOUNS, PREPOSITIONS, QUANTITY_NOUNS, SIDE_NOUNS, SPEECH_VERBS, TIME_CASES, TITLES, OBJECT_MOVING_VERBS } from './lexicons/cues';

export interface TreePredicate {
  /** at most three words */
  label: string;
  /** the relation runs from the second name to the first */
  reversed: boolean;
}

const SUBJECTS = new Set(['nsubj', 'csubj', 'nsubj:outer']);
const PASSIVE_SUBJECTS = new Set(['nsubj:pass', 'csubj:pass']);
const AGENTS = new Set(['obl:agent']);
/** edges a name's relation passes through unchanged: "A and B founded C" relates B as A */
const TRANSPARENT = new Set(['conj', 'flat', 'compound', 'appos']);
/** how a name hangs from a noun it is written with: "the architect Álvaro Siza" (flat), "the physicist, Henri Becquerel" (appos) */
const NAME_OF_NOUN = new Set(['flat', 'appos']);
/** how a body's name hangs from the class noun written before it: "the company Visible SCM" */
const NAME_OF_BODY = new Set(['flat', 'appos', 'compound']);
/** noun modifiers kept in a role: "chief executive", "history advisor" */
const ROLE_MODIFIERS = new Set(['amod', 'compound']);
const MAX_WORDS = 3;
/**
 * How a name hangs from a role it owns: "Nvidia's co-founder" (a possessor, whatever the role), or
 * "Real Madrid president" (a modifier, "Real" often read as an adjective) where the role is a title:
 * a "Toronto bassist" is a bassist from Toronto, not of it.
 */
const ownsRole = (tokens: Token[], name: number, role: number) => {
  const d = deprel(tokens, name);
  return d === 'nmod:poss' || ((d === 'compound' || d === 'amod') && TITLES.has(syntaxOf(tokens[role])?.lemma ?? tokens[role]!.lower));
};
/** adjectives that say nothing of a role: "other speakers at" → "speakers at" */
const VAGUE_MODIFIERS = new Set(['other', 'such', 'many', 'several', 'various', 'numerous', 'some', 'certain', 'same', 'former', 'then']);

const syntaxOf = (t: Token | undefined) => t?.syntax;

const deprel = (tokens: Token[], t: number) => syntaxOf(tokens[t])?.deprel ?? 'dep';

/** Dependents of a token with one of these relations, in text order. */
function dependents(tokens: Token[], head: number, rels: Set<string>, from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) {
    const s = syntaxOf(tokens[k]);
    if (s && s.head === head && rels.has(s.deprel)) out.push(k);
  }
  return out;
}

/**
 * A passive's agent, or a by-phrase the parser read as a plain oblique of a participle: "founded
 * by X" — not one it hung from an active verb with an object ("she attended lectures by X": the
 * lectures' by-phrase).
 */
function isAgent(tokens: Token[], k: number, from: number, to: number): boolean {
  const d = deprel(tokens, k);
  if (!AGENTS.has(d) && !(d === 'obl' && caseOf(tokens, k, from, to) === 'by')) return false;
  const verb = syntaxOf(tokens[k])!.head;
  const passive = dependents(tokens, verb, PASSIVE_MARKS, from, to).length > 0;
  if (dependents(tokens, verb, OBJECTS, from, to).length > 0 && !passive) return false;
  // a plain "by" is an agent only of a participle (or a past the parser took one for: "the X led
  // by Y") or a passive: "a bust that stands by the wall" is beside it
  return AGENTS.has(d) || passive || /^VB[DN]$/.test(syntaxOf(tokens[verb])?.xpos ?? '');
}
const OBJECTS = new Set(['obj']);
const PASSIVE_MARKS = new Set(['aux:pass', 'nsubj:pass', 'csubj:pass']);

const CASE = new Set(['case']);
const FIXED = new Set(['fixed']);
const AMOD = new Set(['amod']);
const COMPOUND = new Set(['compound']);
const PARTICLE = new Set(['compound:prt']);
const MARK = new Set(['mark']);
const COPULA = new Set(['cop']);
const CC = new Set(['cc']);

/**
 * The preposition a noun phrase takes ("in", "of"), whole where it is more than one word: "out of",
 * "according to" (consecutive case markers and the words fixed to them).
 */
function caseOf(tokens: Token[], t: number, from: number, to: number): string | undefined {
  // (not a title's first word in capitals after a word: "released In Rainbows", "starred in Of Mice and Men")
  const c = dependents(tokens, t, CASE, from, to).filter((k) => syntaxOf(tokens[k])?.upos === 'ADP' && !(tokens[k]!.cap && !!tokens[k + 1]?.cap && /[\p{L}\p{N}]$/u.test(tokens[k - 1]?.text ?? '')));
  if (!c.length) return undefined;
  const words = [c[0]!, ...dependents(tokens, c[0]!, FIXED, from, to)];
  for (let k = c[0]! + 1; c.includes(k); k++) words.push(k);
  return [...new Set(words)].sort((x, y) => x - y).map((k) => tokens[k]!.lower).join(' ');
}

/** Prepositions that name members of a class: "NGOs like Memorial", "bands such as X", "clubs including Y". */
const MEMBER_CASES = new Set(['like', 'such as', 'including']);

/** A verb with its particle: "took over", "set up". */
function verbPhrase(tokens: Token[], v: number, from: number, to: number): string[] {
  const words = [tokens[v]!.lower];
  for (const p of dependents(tokens, v, PARTICLE, from, to)) words.push(tokens[p]!.lower);
  return words;
}

/** The verb of an action noun that a light verb governs as its object ("completed the purchase"), else undefined. */
function actionOf(tokens: Token[], verb: number, noun: number): string | undefined {
  const v = syntaxOf(tokens[verb]), n = syntaxOf(tokens[noun]);
  if (!v || !n || n.head !== verb || n.deprel !== 'obj' || !LIGHT_VERBS.has(v.lemma ?? tokens[verb]!.lower)) return undefined;
  return ACTION_NOUNS.get(n.lemma ?? tokens[noun]!.lower);
}

/** A light verb's action object as words: "completes purchase of stake" → purchased stake; undefined where none. */
function actionObject(tokens: Token[], verb: number, from: number, to: number): string[] | undefined {
  for (const noun of dependents(tokens, verb, OBJECTS, from, to)) {
    const action = actionOf(tokens, verb, noun);
    if (!action) continue;
    const of = dependents(tokens, noun, new Set(['nmod']), from, to).find((k) => syntaxOf(tokens[k])?.upos === 'NOUN' && caseOf(tokens, k, from, to) === 'of');
    return [...action.split(' '), ...(of !== undefined ? [tokens[of]!.lower] : [])];
  }
  return undefined;
}

/** A role noun with the modifiers that make it one: "chief executive", "history advisor". */
function rolePhrase(tokens: Token[], n: number, from: number, to: number): string[] {
  // kin is kin whatever its order or age: "his third wife", "her eldest son" → wife of, son of
  if (KIN_NOUNS.has(tokens[n]!.lower)) return [tokens[n]!.lower];
  const mods = dependents(tokens, n, ROLE_MODIFIERS, from, to).filter((k) => k < n && !tokens[k]!.cap && /\p{L}/u.test(tokens[k]!.text) && !VAGUE_MODIFIERS.has(tokens[k]!.lower));
  return [...mods.map((k) => tokens[k]!.lower), tokens[n]!.lower];
}

/** An edge a name's relation passes through unchanged: "and", a flat name, an apposition, a member of a class. */
function transparent(tokens: Token[], t: number): boolean {
  const d = deprel(tokens, t);
  if (d === 'compound' && titleBetween(tokens, t)) return false;
  if (TRANSPARENT.has(d)) return true;
  return d === 'nmod' && memberMarked(tokens, t);
}

/**
 * Is a word marked as a member of a class ("like", "including", "such as")? (The tagger reads the
 * "such" of "such as" as an adjective, which caseOf takes for no preposition.)
 */
function memberMarked(tokens: Token[], t: number): boolean {
  return dependents(tokens, t, CASE, Math.max(0, t - 4), t).some((k) => MEMBER_CASES.has(tokens[k]!.lower === 'such' && tokens[k + 1]?.lower === 'as' ? 'such as' : tokens[k]!.lower));
}

/**
 * A place (one the gazetteer knows) written before a body's class noun says where the body is: "the
 * Singapore firm X" is based there, and "bought the U.S. company X" puts no buyer in the U.S.
 */
function placeBeforeBodyNoun(tokens: Token[], t: number): boolean {
  const noun = tokens[syntaxOf(tokens[t])?.head ?? -1];
  const s = syntaxOf(noun);
  if (!noun || !s || s.upos !== 'NOUN' || noun.cap || syntaxOf(tokens[t])?.upos !== 'PROPN') return false;
  return CLASS_NOUNS.get(s.lemma ?? noun.lower) === 'organization' && isKnownPlaceAt(tokens, t, Math.max(0, t - 4), Math.min(tokens.length, t + 5));
}

/** Does one end of the path only say where a body is, the path going on beyond the body's noun? */
export function placeOnlyLocatesBody(tokens: Token[], path: TreePath): boolean {
  return placeLocatesBodyBelow(tokens, path.up) || placeLocatesBodyBelow(tokens, [...path.down].reverse());
}

/** side: a name's head word, then its ancestors below the top of the path. */
function placeLocatesBodyBelow(tokens: Token[], side: number[]): boolean {
  // (not where the noun is written with the name at the path's top: "the U.S. company Visible SCM")
  if (side.length === 2 && namesBody(tokens, side[1]!)) return false;
  return side.length > 1 && deprel(tokens, side[0]!) === 'compound' && placeBeforeBodyNoun(tokens, side[0]!);
}

/** A class noun that hangs from the body's name it is written with ("the company Visible SCM" parsed as a compound of it). */
const namesBody = (tokens: Token[], noun: number): boolean =>
  NAME_OF_BODY.has(deprel(tokens, noun)) && syntaxOf(tokens[syntaxOf(tokens[noun])?.head ?? -1])?.upos === 'PROPN';

/** Whether the name a word heads (with its flat and compound words) is a place the gazetteer knows. */
function isKnownPlaceAt(tokens: Token[], name: number, from: number, to: number): boolean {
  const parts = [name, ...dependents(tokens, name, NAME_PARTS, from, to)].sort((x, y) => x - y);
  return isKnownPlace(parts.map((k) => tokens[k]!.lower).join(' '));
}

/** A name written before a person's title: "Nvidia chief executive Jensen Huang" (Nvidia does not do what Huang does). */
function titleBetween(tokens: Token[], t: number): boolean {
  const head = syntaxOf(tokens[t])?.head ?? -1;
  if (head <= t) return false;
  const title = (k: number) => TITLES.has(tokens[k]!.lower) && lowerOrBeforeName(tokens, k);
  if (title(head)) return true;
  if (syntaxOf(tokens[head])?.upos !== 'PROPN') return false;
  for (let k = t + 1; k < head; k++) if (title(k)) return true;
  return false;
}

/** A title word in lower case, or in capitals right before the name it is written with ("U.S. President Donald Trump"). */
function lowerOrBeforeName(tokens: Token[], k: number): boolean {
  return !tokens[k]!.cap || (syntaxOf(tokens[k + 1])?.upos === 'PROPN' && !!tokens[k + 1]!.cap && !TITLES.has(tokens[k + 1]!.lower));
}

/** side: a name's head word, then its ancestors below the top of the path; does it pass a title up to the person's name and on? */
function beyondTitledPerson(tokens: Token[], side: number[]): boolean {
  // (or the title's possessor: "Samsung's chairman Lee Jae-yong met X")
  if (side.length >= 3 && deprel(tokens, side[0]!) === 'nmod:poss' && !tokens[side[1]!]!.cap && TITLES.has(tokens[side[1]!]!.lower)
    && syntaxOf(tokens[side[2]!])?.upos === 'PROPN') return true;
  if (side.length < 2 || deprel(tokens, side[0]!) !== 'compound' || !titleBetween(tokens, side[0]!)) return false;
  // the person: the first proper name above the name
  const person = side.findIndex((k, i) => i > 0 && syntaxOf(tokens[k])?.upos === 'PROPN');
  return person > 0;
}

/** The first edge on the way up from a name that is not transparent. */
function climb(tokens: Token[], path: number[], lca: number): { role: string; at: number } {
  let i = 0;
  while (i + 1 < path.length && path[i + 1] !== lca && transparent(tokens, path[i]!)) i++;
  return { role: deprel(tokens, path[i]!), at: i };
}

/**
 * A name that a noun of the verb's subject is of ("Putin's regime", "statues of Stalin") takes that
 * noun's role: "Putin's regime learned from X" is read as Putin's (the noun joins the label).
 */
function ofSubject(tokens: Token[], path: number[], side: { role: string; at: number }): { role: string; at: number } {
  if (side.at !== path.length - 3 || !/^nmod(?::poss)?$/.test(side.role)) return side;
  const noun = path[side.at + 1]!, role = deprel(tokens, noun), s = syntaxOf(tokens[noun]);
  // (not a role: "the leader of France met X" says nothing of France and X; nor "Komeito's
  // leader, Keiichi Ishii, lost his seat in Saitama": the person acts, not the body)
  const word = s?.lemma ?? tokens[noun]!.lower;
  if (s?.upos !== 'NOUN' || TITLES.has(word) || CLASS_NOUNS.get(word) === 'person') return side;
  return SUBJECTS.has(role) || PASSIVE_SUBJECTS.has(role) ? { role, at: side.at } : side;
}

/** Whether a name (the path's start) is the agent of a verb of writing that describes the subject of the path's top verb. */
function authorOfSubject(tokens: Token[], path: number[], from: number, to: number): boolean {
  let i = 0;
  while (i + 1 < path.length && TRANSPARENT.has(deprel(tokens, path[i]!))) i++;
  // the name, or a noun it is in apposition with ("by his adviser, X")
  if (i + 3 !== path.length - 1 && !(i + 4 === path.length - 1 && deprel(tokens, path[i]!) === 'appos')) return false;
  if (deprel(tokens, path[i]!) === 'appos') i++;
  const verb = path[i + 1]!, work = path[i + 2]!;
  return isAgent(tokens, path[i]!, from, to) && deprel(tokens, verb) === 'acl' && AUTHOR_VERBS.has(syntaxOf(tokens[verb])?.lemma ?? tokens[verb]!.lower)
    && syntaxOf(tokens[work])?.upos === 'NOUN' && SUBJECTS.has(deprel(tokens, work));
}

/** A clause modifying a noun; a relative clause is one even where the tagger took its verb for a noun ("which styles itself"). */
const isClause = (tokens: Token[], k: number) => deprel(tokens, k) === 'acl:relcl' || (deprel(tokens, k) === 'acl' && syntaxOf(tokens[k])?.upos === 'VERB');

/**
 * A relative clause on the way down from one name to the other: "the party, which styles itself the
 * heir to Y" → heir to; "Memorial, which was banned in Russia" → banned in. The clause's verb is the
 * predicate; the upper name is its subject when the clause's subject is the relative pronoun (or
 * there is none, as in "a museum founded by X" turned round by the agent).
 */
/**
 * A clause of place on a place, whose subject is the other name: "Seattle, where Starbucks is
 * based" → Starbucks based in Seattle; "Paris, where she met X" relates no X to Paris.
 */
function whereClause(tokens: Token[], lower: number[], at: number, words: string[], from: number, to: number): TreePredicate | undefined {
  const verb = lower[at]!;
  if (at !== 1 || !SUBJECTS.has(deprel(tokens, lower[0]!)) && !PASSIVE_SUBJECTS.has(deprel(tokens, lower[0]!))) return undefined;
  if (!dependents(tokens, verb, ADVERBIALS, Math.max(from, verb - 8), verb).some((k) => tokens[k]!.lower === 'where')) return undefined;
  return finish([...words, 'in'], true);
}

/**
 * A clause with a subject of its own whose object is the name it describes, and the other name a
 * place or time of its verb: "It Was Just an Accident, a thriller he shot in Tehran" → shot in
 * (not "Berlin, where she attended lectures by X": a clause of place, with an object of its own).
 */
function objectGapClause(tokens: Token[], lower: number[], at: number, words: string[], from: number, to: number): TreePredicate | undefined {
  const verb = lower[at]!;
  // (a place the parser hung from a bare noun of the verb's is the verb's: "shot in secret in Tehran")
  const bare = (k: number) => deprel(tokens, k) === 'obl' && syntaxOf(tokens[k])?.upos === 'NOUN' && !dependents(tokens, k, DETERMINERS, Math.max(from, k - 3), k).length;
  const oblique = at === 1 ? deprel(tokens, lower[0]!) === 'obl' : at === 2 && deprel(tokens, lower[0]!) === 'nmod' && bare(lower[1]!);
  if (!oblique || syntaxOf(tokens[verb])?.upos !== 'VERB') return undefined;
  if (dependents(tokens, verb, COMPLEMENTS, from, to).length) return undefined;
  if (dependents(tokens, verb, ADVERBIALS, from, to).some((k) => RELATIVE_ADVERBS.has(tokens[k]!.lower))) return undefined;
  const prep = caseOf(tokens, lower[0]!, from, to);
  return prep ? finish([...words, prep], false) : undefined;
}
const COMPLEMENTS = new Set(['obj', 'iobj', 'ccomp', 'xcomp']);
const DETERMINERS = new Set(['det', 'nmod:poss']);
const ADVERBIALS = new Set(['advmod', 'obl', 'mark']);
const RELATIVE_ADVERBS = new Set(['where', 'when', 'whereby', 'wherein']);

function relativeClause(tokens: Token[], lower: number[], upper: Mention, from: number, to: number, clauseAt?: number): TreePredicate | undefined | null {
  const at = clauseAt ?? lower.findIndex((k, i) => i > 0 && i < lower.length - 1 && isClause(tokens, k));
  if (at < 0) return null;
  // the clause must say something of the upper name (or of a name it is listed or in apposition with)
  if (lower.slice(at + 1, -1).some((k) => !transparent(tokens, k) && (k < upper.tokenStart || k >= upper.tokenEnd))) return null;
  // a second verb of the clause that shares its subject is read as the clause's own: "X, who was
  // barred from leaving Iran and was jailed in Evin Prison" → jailed in
  const second = lower[at - 1];
  if (clauseAt === undefined && at >= 2 && second !== undefined && deprel(tokens, second) === 'conj' && syntaxOf(tokens[second])?.upos === 'VERB' && !hasSubject(tokens, second)) {
    return relativeClause(tokens, [...lower.slice(0, at), ...lower.slice(at + 1)], upper, from, to, at - 1);
  }
  const verb = lower[at]!;
  const words = verbPhrase(tokens, verb, from, to);
  // `reversed` here: the lower name comes first
  const below = deprel(tokens, lower[at - 1]!);
  if (SUBJECTS.has(below) || isAgent(tokens, lower[at - 1]!, from, to)) {
    // "Y, whose father, X, directed …": X is what the noun is of Y, not the doer of anything to Y
    const subject = lower[at - 1]!;
    const whose = dependents(tokens, subject, POSSESSORS, Math.max(from, subject - 2), subject).some((k) => tokens[k]!.lower === 'whose');
    if (whose) return at === 2 && deprel(tokens, lower[0]!) === 'appos' && syntaxOf(tokens[subject])?.upos === 'NOUN' ? finish([...rolePhrase(tokens, subject, from, to), 'of'], true) : undefined;
    // the lower name does it to the upper: "the party that Lenin founded"
    if (at !== 1 && !(at === 2 && transparent(tokens, lower[0]!))) return undefined;
    return finish(words, true);
  }
  // the upper name is the clause's subject; the lower name its object, or one noun away from it —
  // unless the clause has a subject of its own: "Berlin, where she attended lectures by X" (Berlin
  // attended nothing; but "X, Y and Z, all located in W": "all" is they)
  const ownSubject = dependents(tokens, verb, new Set([...SUBJECTS, ...PASSIVE_SUBJECTS]), from, to).some((k) => !RELATIVE_PRONOUNS.has(tokens[k]!.lower) && !QUANTIFIERS.has(tokens[k]!.lower));
  if (ownSubject) return whereClause(tokens, lower, at, words, from, to) ?? objectGapClause(tokens, lower, at, words, from, to);
  // the clause's verb with a verb it governs: "Ansys, which agreed to be bought by Synopsys" →
  // Synopsys bought Ansys; "X, which agreed to buy Y" → agreed to buy
  const v2 = lower[at - 1]!;
  const argument = at - 2 >= 0 ? lower[at - 2]! : -1;
  if (deprel(tokens, v2) === 'xcomp' && syntaxOf(tokens[v2])?.upos === 'VERB' && argument >= 0 && (at === 2 || (at === 3 && transparent(tokens, lower[0]!)))) {
    if (isAgent(tokens, argument, from, to)) return finish(verbPhrase(tokens, v2, from, to), true);
    if (SUBJECTS.has(deprel(tokens, argument)) || PASSIVE_SUBJECTS.has(deprel(tokens, argument))) return undefined;
    const to2 = dependents(tokens, v2, MARK, from, to).some((k) => tokens[k]!.lower === 'to');
    const prep = caseOf(tokens, argument, from, to);
    return finish([...words, ...(to2 ? ['to'] : []), ...verbPhrase(tokens, v2, from, to), ...(prep ? [prep] : [])].slice(-MAX_WORDS), false);
  }
  const objectHead = at > 1 && transparent(tokens, lower[0]!) ? lower[1]! : lower[0]!;
  const steps = at - lower.indexOf(objectHead);
  const modified = steps === 1 && objectHead !== lower[0] ? objectModifierLabel(tokens, lower[0]!, objectHead, words, from, to) : undefined;
  if (modified) return finish(modified, false);
  const prep = caseOf(tokens, objectHead, from, to);
  if (steps === 1) return finish(prep ? [...words, prep] : words, false);
  if (steps !== 2) return undefined;
  const noun = lower[at - 1]!;
  if (syntaxOf(tokens[noun])?.upos !== 'NOUN') return undefined;
  // "which styles itself the heir to Y": the noun is the predicate, the verb only names it
  const names = dependents(tokens, verb, new Set(['obj', 'iobj']), from, to).some((k) => /sel(?:f|ves)$/.test(tokens[k]!.lower));
  const nounWords = [...(caseOf(tokens, noun, from, to)?.split(' ') ?? []), ...rolePhrase(tokens, noun, from, to)];
  return finish([...(names ? [] : words), ...nounWords, ...(prep ? [prep] : [])].slice(-MAX_WORDS), false);
}

/**
 * A town or country that modifies a verb's object, a body's noun, says where the body is: "led the
 * Amsterdam museum" → led museum in, not "led" Amsterdam. (Other nouns are too often the place
 * itself, "the Pahuatlán municipality", or the name the thing, "the Fox network".)
 */
function objectModifierLabel(tokens: Token[], name: number, noun: number, verb: string[], from: number, to: number): string[] | undefined {
  if (!/^(?:compound|amod)$/.test(deprel(tokens, name)) || syntaxOf(tokens[name])?.upos !== 'PROPN' || syntaxOf(tokens[noun])?.upos !== 'NOUN') return undefined;
  const word = tokens[noun]!.lower;
  const lemma = syntaxOf(tokens[noun])!.lemma ?? word;
  if (!ORG_HEADS.has(lemma) || SIDE_NOUNS.has(lemma)) return undefined;
  if (!isKnownPlaceAt(tokens, name, from, to)) return undefined;
  return [...verb.slice(0, MAX_WORDS - 2), word, 'in'];
}

/** how the other words of a name hang from its head */
const NAME_PARTS = new Set(['flat', 'compound']);

const within = (m: Mention, k: number) => k >= m.tokenStart && k < m.tokenEnd;

/**
 * The noun two names are the parties of, joined by "and" after "between": "a partnership between
 * the state miner Codelco and SQM", "the war between A and B" (not a verb's: "chose between A and B").
 */
function betweenNoun(tokens: Token[], a: Mention, b: Mention, sentence: { tokenStart: number; tokenEnd: number }): number | undefined {
  const ha = headToken(tokens, a), hb = headToken(tokens, b);
  const [first, second] = syntaxOf(tokens[hb])?.head === ha ? [ha, hb] : syntaxOf(tokens[ha])?.head === hb ? [hb, ha] : [-1, -1];
  if (first < 0 || deprel(tokens, second) !== 'conj') return undefined;
  // the first party, or the noun it is written with ("the state miner Codelco")
  let party = first;
  if (NAME_OF_NOUN.has(deprel(tokens, party)) && syntaxOf(tokens[syntaxOf(tokens[party])!.head])?.upos === 'NOUN') party = syntaxOf(tokens[party])!.head;
  if (deprel(tokens, party) !== 'nmod' || caseOf(tokens, party, sentence.tokenStart, sentence.tokenEnd) !== 'between') return undefined;
  const noun = syntaxOf(tokens[party])!.head;
  if (syntaxOf(tokens[noun])?.upos !== 'NOUN') return undefined;
  // (between two places a noun is a way or a line, not a dealing: "a flight between Paris and Dakar")
  const placeLike = (m: Mention) => isKnownPlace(m.text.toLowerCase()) || gazetteer().adjectives.has(m.text.toLowerCase());
  return placeLike(a) || placeLike(b) ? undefined : noun;
}

const finish = (words: string[], reversed: boolean): TreePredicate | undefined => {
  // one who takes part, read as the taking part: "speakers at the congress" → spoke at
  const agent = words.length === 2 ? AGENT_NOUNS.get(words[0]!) : undefined;
  if (agent) words = [...agent.split(' '), words[1]!];
  const label = words.slice(0, MAX_WORDS).join(' ');
  return label ? { label, reversed } : undefined;
};

/**
 * The predicate between two mentions of one sentence, from the path between their heads; undefined
 * where the tree states none this reader understands (the caller keeps its own reading then).
 */
export function treePredicate(tokens: Token[], a: Mention, b: Mention, sentence: { tokenStart: number; tokenEnd: number; index?: number; headline?: boolean; block?: string }): TreePredicate | undefined {
  let p = pathPredicate(tokens, a, b, sentence);
  // a member of a class stands where the class noun does: "makes chips for companies such as Apple, Nvidia and AMD"
  if (!p) {
    const sa = memberStandIn(tokens, a), sb = memberStandIn(tokens, b);
    if (sa || sb) p = pathPredicate(tokens, sa ?? a, sb ?? b, sentence);
  }
  return p && isTitleLine(tokens, sentence) ? { ...p, label: pastInTitle(tokens, sentence, p.label) } : p;
}

/** The class noun a name is listed as a member of ("companies such as X, Y and Z"), as a one-word mention. */
function memberStandIn(tokens: Token[], m: Mention): Mention | undefined {
  let h = headToken(tokens, m);
  for (let guard = 0; guard < 12 && deprel(tokens, h) === 'conj'; guard++) h = syntaxOf(tokens[h])!.head;
  const noun = syntaxOf(tokens[h])?.head ?? -1;
  if (deprel(tokens, h) !== 'nmod' || noun < 0 || syntaxOf(tokens[noun])?.upos !== 'NOUN') return undefined;
  if (!memberMarked(tokens, h)) return undefined;
  return { ...m, tokenStart: noun, tokenEnd: noun + 1 };
}

/** A heading, a headline, or an article's first line without a full stop: where news writes the past in the present. */
function isTitleLine(tokens: Token[], s: { tokenStart: number; tokenEnd: number; index?: number; headline?: boolean; block?: string }): boolean {
  return s.block === 'heading' || !!s.headline || (s.index === 0 && !/^[.!?]$/.test(tokens[s.tokenEnd - 1]?.text ?? '.'));
}

/**
 * A title's verb in the present, in the past as the body would tell it ("Jafar Panahi wins Palme
 * d'Or" → won; "Liverpool sign X" → signed): the predicate of the event, as the article's others are.
 */
function pastInTitle(tokens: Token[], s: { tokenStart: number; tokenEnd: number }, label: string): string {
  const words = label.split(' ');
  const k = tokens.slice(s.tokenStart, s.tokenEnd).find((t) => t.lower === words[0] && /^VB[ZP]$/.test(t.syntax?.xpos ?? '') && t.syntax?.upos === 'VERB');
  if (!k) return label;
  words[0] = pastOf(k.syntax!.lemma);
  return words.join(' ');
}

function pathPredicate(tokens: Token[], a: Mention, b: Mention, sentence: { tokenStart: number; tokenEnd: number }): TreePredicate | undefined {
  if (a.sentence !== b.sentence) return undefined;
  // "a partnership between A and B" → partnership with
  const between = betweenNoun(tokens, a, b, sentence);
  if (between !== undefined) return finish([...rolePhrase(tokens, between, sentence.tokenStart, sentence.tokenEnd).slice(-2), 'with'], false);
  // "ITA Airways, the Rome-based airline", "the Munich-based Siemens": where a body is based
  const based = basedPair(tokens, a, b);
  if (based) return based.describes ? { label: 'based in', reversed: based.placeFirst } : undefined;
  const { tokenStart: from, tokenEnd: to } = sentence;
  const ha = headToken(tokens, a), hb = headToken(tokens, b);
  if (!syntaxOf(tokens[ha]) || !syntaxOf(tokens[hb])) return undefined;
  // a name written before a third name is that name's ("the Netherlands international Quinten
  // Timber"): no reading through it (the tree reader parts it from the rest)
  // "Pringles maker Kellanova", "TikTok owner ByteDance": the body is the noun's of the product
  const makerOf = (product: number, body: number) => deprel(tokens, product) === 'compound' && MAKER_NOUNS.has(tokens[syntaxOf(tokens[product])!.head]?.lower ?? '')
    && deprel(tokens, syntaxOf(tokens[product])!.head) === 'compound' && syntaxOf(tokens[syntaxOf(tokens[product])!.head])!.head === body;
  if (makerOf(ha, hb)) return { label: `${tokens[syntaxOf(tokens[ha])!.head]!.lower} of`, reversed: true };
  if (makerOf(hb, ha)) return { label: `${tokens[syntaxOf(tokens[hb])!.head]!.lower} of`, reversed: false };
  const beforeThird = (h: number) => deprel(tokens, h) === 'compound' && syntaxOf(tokens[syntaxOf(tokens[h])!.head])?.upos === 'PROPN'
    && !within(a, syntaxOf(tokens[h])!.head) && !within(b, syntaxOf(tokens[h])!.head);
  if (beforeThird(ha) || beforeThird(hb) || modifiesNamedNoun(tokens, a, b) || modifiesNamedNoun(tokens, b, a)) return undefined;
  const upA = ancestry(tokens, ha), upB = ancestry(tokens, hb);
  const lca = upA.find((x) => upB.includes(x));
  if (lca === undefined) return undefined;
  const pathA = upA.slice(0, upA.indexOf(lca) + 1);
  const pathB = upB.slice(0, upB.indexOf(lca) + 1);
  if (superlativeScope(tokens, a, from, to, b) || superlativeScope(tokens, b, from, to, a)) return undefined;
  const lcaSyntax = syntaxOf(tokens[lca])!;
  // "the U.S. company X", "the Singapore firm X": a place before a body's class noun is where the body is
  // (the name hanging from the noun, or the noun from the name)
  const placeOfBody = (place: number[], body: number[]) => deprel(tokens, place[0]!) === 'compound' && placeBeforeBodyNoun(tokens, place[0]!) && place[0]! < body[0]!
    && ((place.length === 2 && body.length === 2 && NAME_OF_BODY.has(deprel(tokens, body[0]!))) || (place.length === 3 && body.length === 1 && namesBody(tokens, place[1]!)));
  if (placeOfBody(pathA, pathB)) return { label: 'based in', reversed: true };
  if (placeOfBody(pathB, pathA)) return { label: 'based in', reversed: false };
  // a speaker is not related to the names in what is said ("…, most of them in Germany, Bruch
  // said"): no predicate through a clausal complement (an adverbial clause often shares its
  // subject, "After leaving Harvard, X joined Y"; a side clause is often a parenthesis, "X (born in Y)")
  if ([...pathA.slice(0, -1), ...pathB.slice(0, -1)].some((k) => SAID_LINKS.has(deprel(tokens, k)))) return undefined;

  // one name heads the other: "Tim Cook, chief executive of Apple", "Moscow's Palace of Congresses"
  if (lca === ha || lca === hb) {
    const [lower, reversed] = lca === ha ? [pathB, false] : [pathA, true];
    // a common noun coordinated with a name that has a preposition of its own is no role of it but a
    // parallel phrase ("a gold for A and a silver for B", "a landscape by A and a portrait attributed
    // to B", the parser hanging the noun from A): no reading (unlike "Khrushchev and other speakers at X")
    if (deprel(tokens, lower[lower.length - 2]!) === 'conj' && syntaxOf(tokens[lower[lower.length - 2]!])?.upos === 'NOUN' && caseOf(tokens, lca, from, to)) return undefined;
    const clause = relativeClause(tokens, lower, lca === ha ? a : b, from, to);
    if (clause !== null) return clause && { label: clause.label, reversed: clause.reversed !== reversed };
    // a role reads through nouns, never through a clause of its own ("… "Don't Look Now", has died,
    // his son X said": the parser hung it all from the film's title)
    if (lower.slice(0, -1).some((k) => CLAUSE_LINKS.has(deprel(tokens, k)))) return undefined;
    const inside = (k: number) => (k >= a.tokenStart && k < a.tokenEnd) || (k >= b.tokenStart && k < b.tokenEnd);
    // a third name on the way owns what lies below it: "Boric named Rosanna Costa, a former head of
    // the Central Bank" (the parser hanging it all from Boric) makes Costa the head, not Boric
    if (lower.slice(1, -1).some((k) => !inside(k) && syntaxOf(tokens[k])?.upos === 'PROPN' && !CALENDAR_WORDS.has(tokens[k]!.lower))) return undefined;
    // a name that modifies a common noun stands where the noun does: "a member of the X party" → member of
    let at = 0;
    while (at + 2 < lower.length && deprel(tokens, lower[at]!) === 'compound' && syntaxOf(tokens[lower[at + 1]!])?.upos === 'NOUN'
      && !TITLES.has(tokens[lower[at + 1]!]!.lower) && CLASS_NOUNS.has(tokens[lower[at + 1]!]!.lower)) at++;
    const nouns = lower.slice(at + 1, -1).filter((k) => syntaxOf(tokens[k])!.upos === 'NOUN' && !inside(k));
    // "Nvidia's rival AMD": a word of equals before the possessed name is what it is of the possessor
    if (!nouns.length && lower.length === 2 && deprel(tokens, lower[0]!) === 'nmod:poss') {
      const peer = dependents(tokens, lca, ROLE_MODIFIERS, Math.max(from, lca - 4), lca).find((k) => PEER_NOUNS.has(tokens[k]!.lower));
      if (peer !== undefined) return finish([tokens[peer]!.lower, 'of'], reversed);
    }
    if (!nouns.length) return undefined;
    // a role of someone the text does not name relates the two to no one: "X, the daughter of a mayor of Y"
    if (nouns.filter((k) => isPersonNoun(tokens[k]!.lower)).length > 1) return undefined;
    const noun = nouns[nouns.length - 1]!;
    // "Jensen Huang, Nvidia's co-founder", "Real Madrid president Florentino Pérez", "Carlo Ancelotti,
    // the Real Madrid manager": a possessor, or a name that modifies the role, is what the role is of
    const ofRole = lower[at + 1] === noun && ownsRole(tokens, lower[at]!, noun);
    const prep = ofRole ? 'of' : caseOf(tokens, lower[at]!, from, to);
    if (!prep) return undefined;
    return finish([...rolePhrase(tokens, noun, from, to), prep].slice(-MAX_WORDS), reversed);
  }

  // the author of the work that is the subject: "the textbook, authored by X, devotes a page to Y" → X wrote about Y
  if (lcaSyntax.upos === 'VERB') {
    if (authorOfSubject(tokens, pathA, from, to)) return { label: 'wrote about', reversed: false };
    if (authorOfSubject(tokens, pathB, from, to)) return { label: 'wrote about', reversed: true };
  }
  // a noun the name is written with ("the architect Álvaro Siza Vieira, who won X"): its relative clause is the name's
  const titled = (path: number[]) => path.length === 2 && lcaSyntax.upos === 'NOUN' && NAME_OF_NOUN.has(deprel(tokens, path[0]!));
  if (titled(pathA) !== titled(pathB)) {
    const [lower, upper, reversed] = titled(pathA) ? [pathB, a, false] : [pathA, b, true];
    const clause = relativeClause(tokens, lower, upper, from, to);
    if (clause) return { label: clause.label, reversed: clause.reversed !== reversed };
  }
  const sideA = ofSubject(tokens, pathA, climb(tokens, pathA, lca)), sideB = ofSubject(tokens, pathB, climb(tokens, pathB, lca));
  const isVerb = lcaSyntax.upos === 'VERB';
  // "Under chief executive Jorma Ollila, Nokia became …": the role the subject's head held
  if (isVerb) {
    const sides: [Mention, number[], number[], boolean][] = [[a, pathA, pathB, false], [b, pathB, pathA, true]];
    for (const [m, own, other, reversed] of sides) {
      if (own.length !== 2 || deprel(tokens, own[0]!) !== 'obl' || caseOf(tokens, own[0]!, from, to) !== 'under') continue;
      if (other.length !== 2 || !SUBJECTS.has(deprel(tokens, other[0]!))) continue;
      const role: string[] = [];
      for (let k = m.tokenStart - 1; k >= from && role.length < 3 && !tokens[k]!.cap && (TITLES.has(tokens[k]!.lower) || tokens[k]!.lower === 'executive'); k--) role.unshift(tokens[k]!.lower);
      if (role.length) return finish([...role, 'of'], reversed);
    }
  }
  const hasCopula = dependents(tokens, lca, new Set(['cop']), from, to).length > 0;
  // a copula's noun: "X is the president of Y" → president of
  if (!isVerb && hasCopula && lcaSyntax.upos === 'NOUN') {
    const subjectA = SUBJECTS.has(sideA.role), subjectB = SUBJECTS.has(sideB.role);
    if (subjectA === subjectB) return undefined;
    const other = subjectA ? pathB : pathA;
    const prep = caseOf(tokens, other[0]!, from, to);
    if (!prep || other.length !== 2) return undefined;
    return finish([...rolePhrase(tokens, lca, from, to), prep].slice(-MAX_WORDS), subjectB);
  }
  // a possessed role: "Russia's president Vladimir Putin" → Putin, president of, Russia (also where the
  // name completes a noun in apposition to the role: "his third wife, the actress Francine Racette")
  const direct = (path: number[]) => path.length === 2 || (path.length === 3 && NAME_OF_NOUN.has(deprel(tokens, path[0]!))
    && deprel(tokens, path[1]!) === 'appos' && syntaxOf(tokens[path[1]!])?.upos === 'NOUN');
  if (lcaSyntax.upos === 'NOUN' && direct(pathA) && direct(pathB) && pathA.length + pathB.length <= 5) {
    // …or one it names: "PSG coach Luis Enrique" (PSG a compound of the role, the person in apposition)
    const ra = deprel(tokens, ha), rb = deprel(tokens, hb);
    const owns = (name: number, r: string, other: string) => (r === 'nmod:poss' && TRANSPARENT.has(other)) || (other === 'appos' && ownsRole(tokens, name, lca));
    if (owns(ha, ra, rb)) return finish([...rolePhrase(tokens, lca, from, to), 'of'].slice(-MAX_WORDS), true);
    if (owns(hb, rb, ra)) return finish([...rolePhrase(tokens, lca, from, to), 'of'].slice(-MAX_WORDS), false);
    // the possessor does what the noun says to the other: "Germany's invasion of Poland" → invaded,
    // "his leadership of World War II" → led, "her victory over X" → victory over
    if ((ra === 'nmod:poss') !== (rb === 'nmod:poss')) {
      const [other, reversed] = ra === 'nmod:poss' ? [hb, false] : [ha, true];
      const prep = deprel(tokens, other) === 'nmod' ? caseOf(tokens, other, from, to) : undefined;
      // ("his statue by X", "her album by Sony": a by-phrase is the noun's own doer; "his role as X")
      if (!prep || prep === 'by' || prep === 'as' || TITLES.has(lcaSyntax.lemma ?? tokens[lca]!.lower)) return undefined;
      const action = ACTION_NOUNS.get(lcaSyntax.lemma ?? tokens[lca]!.lower);
      return finish(action ? [...action.split(' '), ...(prep === 'of' ? [] : [prep])] : [tokens[lca]!.lower, prep], reversed);
    }
    return undefined;
  }
  // a possessed noun a clause says another acts on: "Siemens' unit, which is led by X" → unit led by
  // (and the class noun a name is written with is the name itself: "the Chega party, led by X" → led by)
  if (lcaSyntax.upos === 'NOUN') {
    const named = (p: number[]) => p.length === 2 && deprel(tokens, p[0]!) === 'compound' && CLASS_NOUNS.get(tokens[lca]!.lower) === 'organization';
    const owner = (p: number[]) => (p.length === 2 && deprel(tokens, p[0]!) === 'nmod:poss') || named(p);
    const actor = (p: number[]) => p.length === 3 && isClause(tokens, p[1]!) && isAgent(tokens, p[0]!, from, to);
    if ((owner(pathA) && actor(pathB)) || (owner(pathB) && actor(pathA))) {
      const verb = owner(pathA) ? pathB[1]! : pathA[1]!;
      const noun = named(owner(pathA) ? pathA : pathB) ? [] : [tokens[lca]!.lower];
      return finish([...noun, ...verbPhrase(tokens, verb, from, to), 'by'].slice(-MAX_WORDS), !owner(pathA));
    }
  }
  if (!isVerb) return undefined;

  // a verb's arguments: subject first; a passive's agent is its subject
  const subjectRole = (role: string) => SUBJECTS.has(role) || AGENTS.has(role);
  // a name in a by-phrase is the doer even where the parser took the verb for active ("the
  // Orange Democratic Movement led by Raila Odinga"): the verb's subject is then what is done to
  const byAgent = (path: number[], side: { role: string; at: number }) => isAgent(tokens, path[side.at]!, from, to);
  const agentA = byAgent(pathA, sideA), agentB = byAgent(pathB, sideB);
  let subj: 'a' | 'b' | undefined;
  if (agentA !== agentB) subj = agentA ? 'a' : 'b';
  else if (subjectRole(sideA.role) && !subjectRole(sideB.role)) subj = 'a';
  else if (subjectRole(sideB.role) && !subjectRole(sideA.role)) subj = 'b';
  else if (PASSIVE_SUBJECTS.has(sideA.role) && !PASSIVE_SUBJECTS.has(sideB.role)) subj = 'a';
  else if (PASSIVE_SUBJECTS.has(sideB.role) && !PASSIVE_SUBJECTS.has(sideA.role)) subj = 'b';
  if (!subj) return undefined;
  const [sPath, sSide, oPath, oSide] = subj === 'a' ? [pathA, sideA, pathB, sideB] : [pathB, sideB, pathA, sideA];
  // the subject reaches the verb directly (or through "and", a flat name, an apposition), or is
  // what a noun of the subject is of: "statues of X were unveiled in Y" → statues unveiled in
  let subjectNoun: string | undefined;
  if (sSide.at === sPath.length - 3 && /^nmod(?::poss)?$/.test(deprel(tokens, sPath[sSide.at]!)) && syntaxOf(tokens[sPath[sSide.at + 1]!])?.upos === 'NOUN') {
    subjectNoun = tokens[sPath[sSide.at + 1]!]!.lower;
    // (a quantity is no noun of what is done: "dozens of Stalin busts were unveiled in Y" → busts unveiled in)
    if (QUANTITY_NOUNS.has(subjectNoun) && sSide.at >= 1 && syntaxOf(tokens[sPath[sSide.at]!])?.upos === 'NOUN') subjectNoun = tokens[sPath[sSide.at]!]!.lower;
  } else if (sSide.at !== sPath.length - 2) return undefined;
  const words = [...(subjectNoun ? [subjectNoun] : []), ...verbPhrase(tokens, lca, from, to)];
  const passiveAgent = byAgent(sPath, sSide);
  // the object side: the name itself, or one noun it hangs from ("an investigation into X")
  const objectHead = oPath[oSide.at]!;
  const steps = oPath.length - 1 - oSide.at;
  // a town that modifies the object, a body's noun, says where the body is: "Taco Dibbits led the
  // Amsterdam museum" → led museum in
  // (also the object of a verb the subject's verb governs: "agreed to buy a Singapore logistics firm")
  const governed = steps === 2 && deprel(tokens, oPath[2]!) === 'xcomp';
  if (oSide.at === 1 && (steps === 1 || governed) && !passiveAgent) {
    const verbWords = governed ? verbPhrase(tokens, oPath[2]!, from, to) : words.slice(subjectNoun ? 1 : 0);
    const modified = objectModifierLabel(tokens, oPath[0]!, objectHead, verbWords, from, to);
    if (modified) return finish(modified, subj === 'b');
  }
  // a light verb whose object is an action: "completed the purchase of a stake in X" → purchased stake in
  const action = steps >= 2 ? actionOf(tokens, lca, oPath[oPath.length - 2]!) : undefined;
  if (action && !passiveAgent) {
    if (steps > 3) return undefined;
    const prep = caseOf(tokens, objectHead, from, to);
    const words = [...(subjectNoun ? [subjectNoun] : []), ...action.split(' ')];
    if (steps === 3) {
      // "the purchase of a stake in X": the noun between, then the name's preposition
      const noun = oPath[oSide.at + 1]!;
      if (syntaxOf(tokens[noun])!.upos !== 'NOUN' || caseOf(tokens, noun, from, to) !== 'of' || !prep) return undefined;
      words.push(tokens[noun]!.lower, prep);
    } else if (prep && prep !== 'of') words.push(prep); // "merger with X" → merged with; "acquisition of X" → acquired
    return finish(words, subj === 'b');
  }
  // …where the parser hung the name from the light verb itself: "completes purchase of stake in X"
  const objectAction = steps === 1 && !passiveAgent ? actionObject(tokens, lca, from, to) : undefined;
  if (objectAction) {
    const prep = caseOf(tokens, objectHead, from, to);
    if (prep && prep !== 'of') return finish([...(subjectNoun ? [subjectNoun] : []), ...objectAction, prep], subj === 'b');
  }
  // the object belongs to a second verb of the same subject: "X taught at A and served as
  // president of B" → that verb's reading ("signed a contract and will be presented at Y" → presented at)
  let reach = steps;
  const second = oPath[oPath.length - 2]!;
  // (a passive's agent does not carry over: "a film directed by X and based on Y's novel")
  if (steps >= 2 && !passiveAgent && deprel(tokens, second) === 'conj' && syntaxOf(tokens[second])!.upos === 'VERB' && !hasSubject(tokens, second)) {
    words.splice(subjectNoun ? 1 : 0, words.length, ...verbPhrase(tokens, second, from, to));
    reach--;
  } else if ((steps === 2 || (steps === 3 && syntaxOf(tokens[oPath[oSide.at + 1]!])?.upos === 'NOUN')) && !passiveAgent && !subjectNoun && subjectlessClause(tokens, second)) {
    // …or to a clause with no subject of its own, which shares the main verb's: "Born in Vienna, she
    // studied …" → born in; "After leaving Harvard, X joined Y" → leave
    const verb = verbPhrase(tokens, second, from, to);
    const lemma = syntaxOf(tokens[second])!.lemma;
    if (syntaxOf(tokens[second])!.xpos === 'VBG' && lemma && !lemma.endsWith('ing')) verb[0] = pastOf(lemma);
    // (its name right below it, with a preposition of its own: "Situated southeast of X" is no "situated of")
    if (caseOf(tokens, objectHead, from, to) === 'of') return undefined;
    words.splice(0, words.length, ...verb);
    reach--;
  }
  if (reach > 2) return undefined;
  if (reach === 2 && deprel(tokens, oPath[oSide.at + 1]!) === 'xcomp' && syntaxOf(tokens[oPath[oSide.at + 1]!])!.upos === 'VERB') {
    // a verb's complement verb acts on the object: "agreed to acquire X" → agreed to acquire
    const v2 = oPath[oSide.at + 1]!;
    const mark = dependents(tokens, v2, MARK, from, to).some((k) => tokens[k]!.lower === 'to');
    // (a main verb with an object of its own did that first: "beats Alcaraz to win Wimbledon" → win)
    if (dependents(tokens, lca, OBJECTS, from, to).length && !subjectNoun && !OBJECT_CONTROL_VERBS.has(lcaSyntax.lemma)) words.splice(0, words.length);
    words.push(...(mark && words.length ? ['to'] : []), ...verbPhrase(tokens, v2, from, to));
  } else if (reach === 2) {
    const noun = oPath[oSide.at + 1]!;
    if (syntaxOf(tokens[noun])!.upos !== 'NOUN') return undefined;
    const nounCase = caseOf(tokens, noun, from, to);
    // a phrase that frames the clause: "Despite an evident dislike for X, Y learned …" → dislike for;
    // but an event of others says only when ("After the annexation of Austria by Germany, Y fled")
    if (deprel(tokens, noun) === 'obl' && nounCase && FRAMING_CASES.has(nounCase) && !passiveAgent) {
      if (TIME_CASES.has(nounCase) && !dependents(tokens, noun, POSSESSORS, from, to).length) return undefined;
      const prep = caseOf(tokens, objectHead, from, to);
      return finish([tokens[noun]!.lower, ...(prep ? [prep] : [])], subj === 'b');
    }
    // a role the subject serves in: "served as president of Y", "worked as a lawyer for Y" → president of
    const prep = caseOf(tokens, objectHead, from, to);
    // a span of time says when, not what: "spoke for four hours on Y" → spoke on (and an amount how
    // much: "rose 3 percent on Y" → rose on)
    if ((DURATION_NOUNS.has(tokens[noun]!.lower) || AMOUNT_NOUNS.has(tokens[noun]!.lower)) && prep && !passiveAgent) return finish([...words, prep], subj === 'b');
    if (nounCase === 'as' && prep && !passiveAgent) return finish([...rolePhrase(tokens, noun, from, to), prep].slice(-MAX_WORDS), subj === 'b');
    // a place "in" which the noun of a verb's phrase was is where the verb happened, where the
    // noun would not leave room for it: "spoke at a news conference in Frankfurt" → spoke in
    if (nounCase && prep === 'in' && words.length + 3 > MAX_WORDS && isKnownPlaceAt(tokens, objectHead, from, to)) return finish([...words, prep], subj === 'b');
    if (nounCase) words.push(nounCase);
    words.push(tokens[noun]!.lower);
  }
  // a passive's doer and a phrase of the verb with a preposition of its own: where the doer did
  // it ("a hospital run by MSF in Kunduz" → run in), unless what was done to is named and relates
  // the two ("Arduino, which was founded in Ivrea by Massimo Banzi": Banzi founded no Ivrea)
  const objectCase = caseOf(tokens, objectHead, from, to);
  if (passiveAgent && reach === 1 && objectCase && agentAndOblique(tokens, { up: pathA.slice(0, -1), lca, down: pathB.slice(0, -1).reverse() }, from, to)) return undefined;
  const prep = passiveAgent && !(reach === 1 && deprel(tokens, objectHead) === 'obl') ? undefined : objectCase;
  if (prep) words.push(prep);
  // too long a label loses the subject's noun before the verb's preposition ("his office would
  // appeal the decision to X" → appeal decision to, not "office appeal decision")
  if (subjectNoun && words.length > MAX_WORDS) words.shift();
  return finish(words, subj === 'b');
}

/** Words that make a place name into where something is: "Rome-based", "Paris-headquartered". */
const BASED = new Set(['based', 'headquartered']);

/**
 * Where one of two names is written "<Name>-based": whether it describes the other (the other is
 * the body based there) and whether the place is the first of the two; undefined where neither is.
 */
function basedPair(tokens: Token[], a: Mention, b: Mention): { describes: boolean; placeFirst: boolean } | undefined {
  const basedA = basedModifier(tokens, a), basedB = basedModifier(tokens, b);
  if (basedA < 0 && basedB < 0) return undefined;
  const [based, other] = basedA >= 0 ? [basedA, b] : [basedB, a];
  const referent = basedReferent(tokens, based);
  return { describes: referent >= other.tokenStart && referent < other.tokenEnd, placeFirst: basedA >= 0 };
}

/** The token of "based" when a name is written "<Name>-based", else -1. */
function basedModifier(tokens: Token[], m: Mention): number {
  const dash = tokens[m.tokenEnd], word = tokens[m.tokenEnd + 1];
  return dash?.text === '-' && !dash.spaceBefore && word && !word.spaceBefore && BASED.has(word.lower) ? m.tokenEnd + 1 : -1;
}

/**
 * The name a "-based" modifier describes: the name whose apposition the noun is ("ITA Airways, the
 * Rome-based airline"), the name the noun stands before ("the Munich-based company Siemens"), or
 * the name "-based" itself modifies ("Munich-based Siemens"); -1 where none.
 */
function basedReferent(tokens: Token[], based: number): number {
  const noun = syntaxOf(tokens[based])?.head ?? -1;
  const n = syntaxOf(tokens[noun]);
  if (!n) return -1;
  if (n.upos === 'PROPN') return noun;
  if (n.deprel === 'appos' && syntaxOf(tokens[n.head])?.upos === 'PROPN') return n.head;
  if (n.deprel === 'compound' && syntaxOf(tokens[n.head])?.upos === 'PROPN') return n.head;
  for (let k = noun + 1; k < Math.min(tokens.length, noun + 3); k++) {
    const t = syntaxOf(tokens[k]);
    if (t?.upos === 'PROPN' && (t.head === noun || n.head === k || k === noun + 1)) return k;
  }
  return -1;
}

/** What is said, as the tree hangs it from the verb of saying. */
const SAID_LINKS = new Set(['ccomp']);

/** The subjects of a clause, and the pronouns that open a relative clause as its subject. */
const CLAUSE_SUBJECTS = new Set(['nsubj', 'nsubj:pass', 'csubj', 'csubj:pass', 'expl']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom', 'whose']);
/** Subjects that stand for the names before them: "X and Y, both based in Z" */
const QUANTIFIERS = new Set(['all', 'both', 'each', 'most', 'some', 'many', 'several', 'either', 'neither']);
const POSSESSORS = new Set(['nmod:poss']);
const CONJ = new Set(['conj']);

/** Clause links: a path through one of these joins two clauses, not two arguments of one predicate. */
const CLAUSE_LINKS = new Set(['ccomp', 'advcl', 'csubj', 'csubj:pass', 'parataxis', 'discourse', 'dislocated', 'vocative', 'reparandum']);

/**
 * Does the tree say two names of a sentence are not related: the path between them leaves a clause
 * (a speaker and the names in what is said, "X did A after Y did B"), joins two coordinated
 * clauses, or the names are only listed together ("in Poland and in Hungary")?
 */
/** Is one name the subject of a verb of saying (or the one it is said to) and the other inside the clause it reports? */
export function speakerAndReported(tokens: Token[], a: Mention, b: Mention): boolean {
  if (closingSpeaker(tokens, b, a) || closingSpeaker(tokens, a, b)) return true;
  const path = treePath(tokens, headToken(tokens, a), headToken(tokens, b));
  const verb = path ? tokens[path.lca]?.syntax : undefined;
  if (!path || !verb || verb.upos !== 'VERB' || !SPEECH_VERBS.has(verb.lemma)) return false;
  if (!path.up.length || !path.down.length) return false;
  // how each side hangs from the verb
  const ends = [path.up[path.up.length - 1]!, path.down[0]!].map((t) => tokens[t]?.syntax?.deprel ?? '');
  // (the one told is no party to what is said either: "…, Beccuau told the broadcaster BFMTV")
  return ends.some((d) => /^(?:nsubj|iobj|obj)/.test(d)) && ends.some((d) => d === 'ccomp' || d === 'parataxis');
}

/**
 * "… aid for Ukraine after Orbán dropped his opposition, Council President Charles Michel said.":
 * the speaker of an attribution that closes the sentence reports everything before its comma,
 * however the parser hung the verb of saying (here as a conjunct of "dropped"); so does the one
 * told ("…, Beccuau told the broadcaster BFMTV").
 */
function closingSpeaker(tokens: Token[], party: Mention, other: Mention): boolean {
  let h = headToken(tokens, party);
  // (a name in apposition to its noun stands where the noun does: "the broadcaster BFMTV")
  if (tokens[h]?.syntax?.deprel === 'appos' && tokens[tokens[h]!.syntax!.head]?.syntax?.upos === 'NOUN') h = tokens[h]!.syntax!.head;
  const rel = tokens[h]?.syntax?.deprel ?? '';
  const verb = tokens[h]?.syntax?.head ?? -1;
  if (!SPEECH_VERBS.has(tokens[verb]?.syntax?.lemma ?? '')) return false;
  const speaker = /^nsubj/.test(rel) && verb > h, told = /^i?obj$/.test(rel) && verb < h;
  if (!speaker && !told) return false;
  const start = Math.min(party.tokenStart, verb);
  if (other.tokenEnd > start || !tokens.slice(other.tokenEnd, start).some((t) => t.text === ',')) return false;
  // only punctuation, or when and how it was said, after the verb: "said on Tuesday", "said in a statement"
  // (and whom it was said to: "…, Venn told the broadcaster Velmar TV")
  const toldOne = (k: number) => {
    for (let x = k, steps = 0; x > verb && steps < 4; x = tokens[x]!.syntax?.head ?? -1, steps++) {
      if (tokens[x]!.syntax?.head === verb && /^i?obj$/.test(tokens[x]!.syntax!.deprel)) return true;
    }
    return false;
  };
  for (let k = verb + 1; k < tokens.length && !/^[.!?]$/.test(tokens[k]!.text); k++) {
    if (toldOne(k)) continue;
    const t = tokens[k]!;
    if (t.syntax?.upos === 'PROPN' && !CALENDAR_WORDS.has(t.lower)) return false;
    if (t.syntax?.upos === 'VERB' || t.syntax?.upos === 'AUX') return false;
  }
  return true;
}

/**
 * A place that possesses a common noun with a superlative is where it is the most, not its owner:
 * "Africa's largest dam", "Europe's oldest university" (but "Vintex's largest factory" is Vintex's).
 */
export function superlativeScope(tokens: Token[], m: Mention, from: number, to: number, other?: Mention): boolean {
  const h = headToken(tokens, m), noun = syntaxOf(tokens[h])?.head ?? -1;
  if (deprel(tokens, h) !== 'nmod:poss' || noun < 0 || syntaxOf(tokens[noun])?.upos !== 'NOUN') return false;
  // (the adjective on the noun or on its compound: "Africa's largest hydroelectric dam"; not a first one,
  // which Re-DocRED reads as where the thing is: "America's first research university")
  const words = [noun, ...dependents(tokens, noun, COMPOUND, Math.max(from, noun - 4), noun)];
  const scoped = (k: number) => syntaxOf(tokens[k])?.xpos === 'JJS';
  if (!words.some((w) => dependents(tokens, w, AMOD, Math.max(from, w - 6), w).some(scoped))) return false;
  // (a country, a region or a continent: a town's name may be a person's too, "Jackson's greatest hits")
  const kind = geoKindOf(nameKey(m.text));
  if (kind !== 'country' && kind !== 'region') return false;
  // (the noun may name the other: "Mount Elbert, Colorado's highest peak" lies in Colorado)
  if (other) {
    const ho = headToken(tokens, other);
    if ((deprel(tokens, noun) === 'appos' && syntaxOf(tokens[noun])!.head === ho) || (deprel(tokens, ho) === 'appos' && syntaxOf(tokens[ho])!.head === noun)) return false;
  }
  return true;
}

/**
 * A name and the modifier of a common noun listed with it: "William Ruto and Somalia's president",
 * "A and the president of B" relate neither A and B (the side runs down from the first name's own word).
 */
function modifierOfConjunct(tokens: Token[], side: number[]): boolean {
  return side.length >= 2 && deprel(tokens, side[0]!) === 'conj' && syntaxOf(tokens[side[0]!])?.upos === 'NOUN'
    && /^(?:nmod|nmod:poss)$/.test(deprel(tokens, side[1]!));
}

/**
 * Are the two ends of a path a verb's agent and another oblique of it, each right below it, where
 * what was done to is named ("Arduino, which was founded in Ivrea by Massimo Banzi": the two relate
 * through Arduino; but "a hospital run by MSF in Kunduz" tells where MSF runs one), and the other
 * no partner of the doer ("designed by Strauss, with the architect Morrow")?
 */
function agentAndOblique(tokens: Token[], path: TreePath, from: number, to: number): boolean {
  const verb = path.lca, v = syntaxOf(tokens[verb]);
  // (each end right below the verb, or a member listed with what is: "by A, B and C")
  const listed = (side: number[]) => side.length >= 1 && side.slice(1).every((k) => deprel(tokens, k) === 'conj');
  if (!listed([...path.up].reverse()) || !listed(path.down) || v?.upos !== 'VERB') return false;
  // (what was done to: the passive's subject, or the name a clause on it describes, "Arduino, which was founded …")
  let patient = dependents(tokens, verb, PASSIVE_SUBJECTS, from, to)[0] ?? -1;
  if ((patient < 0 || syntaxOf(tokens[patient])?.upos === 'PRON') && /^acl/.test(v.deprel)) patient = v.head;
  if (syntaxOf(tokens[patient])?.upos !== 'PROPN') return false;
  const x = path.up[path.up.length - 1]!, y = path.down[0]!;
  const oblique = (k: number) => deprel(tokens, k) === 'obl' && !!caseOf(tokens, k, from, to) && caseOf(tokens, k, from, to) !== 'with' && !isAgent(tokens, k, from, to);
  return (isAgent(tokens, x, from, to) && oblique(y)) || (isAgent(tokens, y, from, to) && oblique(x));
}

export function apartInTree(tokens: Token[], s: Sentence, a: Mention, b: Mention, places = false): boolean {
  // (every scan for a word's dependents stays within the sentence: a scan of the whole document
  // made a long one quadratic)
  const from = s.tokenStart, to = s.tokenEnd;
  // a role a pronoun owns ("The court said its prosecutor, Karim Khan, was …") relates the name to
  // whom the pronoun stands for, however far apart the tree puts the two — a subject, as the
  // pronoun's antecedent mostly is (not the object of another verb: "He divorced X and married his
  // piano student Y")
  if ((roleOfPronoun(tokens, a) && isSubject(tokens, b)) || (roleOfPronoun(tokens, b) && isSubject(tokens, a))) return false;
  // a place in "the Rome-based airline" is related only to the body it says is based there
  const based = basedPair(tokens, a, b);
  if (based) return !based.describes;
  const path = treePath(tokens, headToken(tokens, a), headToken(tokens, b));
  if (!path) return false;
  // a name in apposition to another ("Cambridge, England") stands where that name does for what lies beyond it
  const standIn = (m: Mention, other: Mention): Mention | undefined => {
    const h = headToken(tokens, m), head = syntaxOf(tokens[h])?.head ?? -1;
    if (deprel(tokens, h) !== 'appos' || syntaxOf(tokens[head])?.upos !== 'PROPN' || (head >= other.tokenStart && head < other.tokenEnd)) return undefined;
    return { ...m, tokenStart: head, tokenEnd: head + 1 };
  };
  const sa = path.up.length > 1 ? standIn(a, b) : undefined, sb = path.down.length > 1 ? standIn(b, a) : undefined;
  if (sa || sb) return apartInTree(tokens, s, sa ?? a, sb ?? b, places);
  // a body named before a person's title is no party to what the person does ("Nvidia chief
  // executive Jensen Huang visited Taipei")
  if (beyondTitledPerson(tokens, path.up) || beyondTitledPerson(tokens, [...path.down].reverse())) return true;
  // …nor is a person's possessor: "Hungary's Viktor Orbán, who has opposed aid to Kyiv" (Hungary opposed nothing)
  const possessorOfPerson = (side: number[], other: Mention) => side.length === 1 && deprel(tokens, side[0]!) === 'nmod:poss'
    && syntaxOf(tokens[path.lca])?.upos === 'PROPN' && gazetteer().givenNames.has(tokens[path.lca]!.lower) && !within(other, path.lca);
  if (possessorOfPerson(path.up, b) || possessorOfPerson(path.down, a)) return true;
  // …nor a superlative's scope: "Ethiopia inaugurates Africa's largest dam" (Africa is where it is largest)
  if (superlativeScope(tokens, a, from, to, b) || superlativeScope(tokens, b, from, to, a)) return true;
  // …nor a passive's doer and a phrase of the verb with a preposition of its own ("was founded in
  // Ivrea by Massimo Banzi": Banzi founded no Ivrea)
  if (agentAndOblique(tokens, path, from, to)) return true;
  // …nor the objects of two verbs of one subject ("died in London and was buried at X", "He divorced
  // A and married B"; a place in the other is the typer's to find: "lived in France and died in Paris")
  if (objectsOfCoordinatedVerbs(tokens, path)) return true;
  const named = syntaxOf(tokens[path.lca])?.upos === 'PROPN';
  if (named && ((!path.up.length && modifierOfConjunct(tokens, path.down)) || (!path.down.length && modifierOfConjunct(tokens, [...path.up].reverse())))) return true;
  const steps = [...path.up, ...path.down].map((t) => tokens[t]?.syntax?.deprel ?? 'dep');
  if (steps.some((d) => CLAUSE_LINKS.has(d)) && !intoSharedClause(tokens, path)) return true;
  // the source of what the sentence says is no party to it: "…in Elazig province, according to Turkey's agency, AFAD"
  if ([...path.up, ...path.down].some((t) => dependents(tokens, t, CASE, Math.max(0, t - 6), t).some((k) => tokens[k]!.lower === 'according'))) return true;
  // a clause that describes a third name: "A joined B, which was founded in C" relates A and C only through B
  const inside = (k: number) => (k >= a.tokenStart && k < a.tokenEnd) || (k >= b.tokenStart && k < b.tokenEnd);
  // (a clause on a common noun stays: "X was honoured with a bust that stands by Y")
  // (a person meant by a pronoun too: "A member of the X party, he represented Y")
  const describesName = (t: number) => { const h = tokens[t]!.syntax!.head; return !inside(h) && (tokens[h]?.syntax?.upos === 'PROPN' || (deprel(tokens, t) === 'appos' && tokens[h]?.syntax?.upos === 'PRON')); };
  if ([...path.up, ...path.down].some((t) => isClause(tokens, t) && describesName(t))) return true;
  if (clauseOfAnotherSubject(tokens, a, b, path)) return true;
  // a name that modifies a third name is that name's: "studied at the Architectural Association in
  // London" puts London with the Association, not with her; "Prince Philip, Duke of Edinburgh, visited X"
  // (not a title: "Philip, Duke of Edinburgh" is Edinburgh's duke; nor a place beside its place: "in New Haven, Connecticut")
  if (ofThirdName(tokens, a, b, path)) return true;
  // the body or place a person-noun subject is of does not act with it: "Komeito's leader lost his
  // seat in Saitama", "the mayor of Lyon met X"
  if (ownerOfActingPerson(tokens, path.up) || ownerOfActingPerson(tokens, [...path.down].reverse())) return true;
  // a name that modifies a common noun is not the one a clause on that noun tells of: "Aravena, a
  // Santiago lawyer who won a case against Albemarle" — Santiago won nothing (a possessor stays:
  // "Siemens' unit, which is led by Y")
  // (each side's step just below the noun where the two meet)
  const modifierOfDescribed = (side: number[], otherStep: number | undefined) => side.length === 1 && otherStep !== undefined
    && /^(?:compound|nmod|amod)$/.test(deprel(tokens, side[0]!)) && syntaxOf(tokens[path.lca])?.upos === 'NOUN' && isClause(tokens, otherStep);
  if (modifierOfDescribed(path.up, path.down[0]) || modifierOfDescribed(path.down, path.up[path.up.length - 1])) return true;
  // a name inside the apposition of a third name: "A, a joint venture of B and C, builds D" — C does not build D
  if ([...path.up, ...path.down].some((t) => deprel(tokens, t) === 'appos' && describesName(t) && !inside(t))) return true;
  // a clause that describes a common-noun subject: "The government, which owns shares through A,
  // hopes to sell them to B" — the government acts on B, not A; but the clause's agent answers for
  // the subject: "the textbook, authored by X, devotes a page to B"
  // (not a noun the name is written with: "the architect Álvaro Siza Vieira, who won X, was born in Y")
  const namedBy = (h: number) => { for (let k = Math.max(0, h - 8); k < Math.min(tokens.length, h + 8); k++) if (inside(k) && tokens[k]!.syntax?.head === h && NAME_OF_NOUN.has(deprel(tokens, k))) return true; return false; };
  const describesSubject = (t: number) => { const h = tokens[t]!.syntax!.head; return !inside(h) && tokens[h]?.syntax?.upos === 'NOUN' && /^nsubj/.test(tokens[h]!.syntax!.deprel) && !namedBy(h); };
  // (an author only: "a line built by X follows the river between A and B" — X follows nothing)
  const agentOf = (side: number[], t: number) => { const i = side.indexOf(t); return i > 0 && isAgent(tokens, side[i - 1]!, from, to) && AUTHOR_VERBS.has(syntaxOf(tokens[t])?.lemma ?? tokens[t]!.lower); };
  if (path.up.some((t) => isClause(tokens, t) && describesSubject(t) && !agentOf(path.up, t))
    || path.down.some((t) => isClause(tokens, t) && describesSubject(t) && !agentOf([...path.down].reverse(), t))) return true;
  // a third party acting in a clause on a common noun: "X will join Siemens' unit, which is led by
  // Y" — Y leads the unit, and X is not led by Y (but "X was honoured with a bust that stands by Y" stays)
  // (the noun on the way, not where the two meet: "Siemens' unit, which is led by Y" relates Siemens and Y)
  const actsOnNoun = (side: number[]) => side.some((t, i) => i > 0 && isClause(tokens, t) && side[i + 1] === syntaxOf(tokens[t])!.head && !inside(side[i + 1]!)
    && syntaxOf(tokens[side[i + 1]!])?.upos === 'NOUN' && (SUBJECTS.has(deprel(tokens, side[i - 1]!)) || isAgent(tokens, side[i - 1]!, from, to)));
  if (path.up.length && path.down.length && (actsOnNoun(path.up) || actsOnNoun([...path.down].reverse()))) return true;
  // a clause on the verb's common-noun object tells of the object, not of the subject: "ASI
  // contributed an instrument designed at the University of Rome" — ASI designed nothing there
  const clauseOnObject = (side: number[]) => side.length >= 3 && side[side.length - 1] !== undefined && !inside(side[side.length - 1]!)
    && syntaxOf(tokens[side[side.length - 1]!])?.upos === 'NOUN' && deprel(tokens, side[side.length - 1]!) === 'obj' && isClause(tokens, side[side.length - 2]!)
    // (but a clause that names the object gives it its name: "established a production house named X")
    && !NAMING_VERBS.has(syntaxOf(tokens[side[side.length - 2]!])?.lemma ?? '');
  const subjectSide = (side: number[]) => side.length > 0 && CLAUSE_SUBJECTS.has(deprel(tokens, side[side.length - 1]!));
  if (tokens[path.lca]?.syntax?.upos === 'VERB' && ((clauseOnObject(path.up) && subjectSide([...path.down].reverse())) || (clauseOnObject([...path.down].reverse()) && subjectSide(path.up)))) return true;
  // each name the modifier of its own conjunct: "a win over A and a place in B", "a gold for A, a
  // silver for B" relate A and B to their nouns, not to each other
  // (through a participle: "a landscape by A and a portrait attributed to B")
  const nounOf = (m: Mention) => {
    const h = headToken(tokens, m);
    if (!/^(?:nmod|obl|nmod:poss)$/.test(deprel(tokens, h))) return -1;
    const up = syntaxOf(tokens[h])!.head;
    return deprel(tokens, up) === 'acl' && syntaxOf(tokens[up])?.upos === 'VERB' ? syntaxOf(tokens[up])!.head : up;
  };
  const na = nounOf(a), nb = nounOf(b);
  const conjuncts = (x: number, y: number) => deprel(tokens, y) === 'conj' && (syntaxOf(tokens[y])!.head === x || (deprel(tokens, x) === 'conj' && syntaxOf(tokens[x])!.head === syntaxOf(tokens[y])!.head));
  // (the parser often hangs the second conjunct from the first one's name: "gold for A and ← silver for B")
  const onName = (noun: number, m: Mention) => deprel(tokens, noun) === 'conj' && syntaxOf(tokens[noun])!.head === headToken(tokens, m);
  if (na >= 0 && nb >= 0 && na !== nb && syntaxOf(tokens[na])?.upos === 'NOUN' && syntaxOf(tokens[nb])?.upos === 'NOUN'
    && (conjuncts(na, nb) || conjuncts(nb, na) || onName(nb, a) || onName(na, b))) return true;
  // listed together: one name a conjunct of the other (through nothing but the coordination),
  // unless as the two parties of a noun ("a partnership between A and B")
  if (steps.length && steps.every((d) => d === 'conj' || d === 'flat' || d === 'appos')) return steps.includes('conj') && betweenNoun(tokens, a, b, s) === undefined;
  // two obliques of one verb, each with its own preposition ("broke out in Poland and in Hungary",
  // "fled to Sweden with the help of X", "starred with A in B's thriller")
  const tops = path.up.length && path.down.length ? [path.up[path.up.length - 1]!, path.down[0]!] : [];
  // (a place may be said to lie in another the parser hung from the verb too: "rises in Pond of
  // Safety in the town of Randolph")
  // (a conjunct of an oblique is one too: "From A the river runs through B, C and D")
  // (an oblique of the verb left out of a conjunct is one too: "taught at A for years and later at ← B")
  const oblique = (t: number) => deprel(tokens, t) === 'obl' || (deprel(tokens, t) === 'conj' && /^(?:NOUN|PROPN)$/.test(syntaxOf(tokens[t])?.upos ?? '') && !!caseOf(tokens, t, from, to));
  const beyondLists = [...path.up, ...path.down].filter((t) => deprel(tokens, t) !== 'conj' || (tops.includes(t) && oblique(t))).map((t) => deprel(tokens, t) === 'conj' ? 'obl' : deprel(tokens, t));
  // (an "and" in place of the preposition is a list's last member the parser hung from the verb:
  // "runs through China, Cambodia, and ← Vietnam")
  const marked = (t: number) => !!caseOf(tokens, t, from, to) || dependents(tokens, t, CC, Math.max(from, t - 3), t).length > 0;
  if (tops.length && tokens[path.lca]?.syntax?.upos === 'VERB' && tops.every((t) => oblique(t) && marked(t))
    && beyondLists.every((d) => d === 'obl' || d === 'nmod' || d === 'nmod:poss' || d === 'flat' || d === 'compound') && (beyondLists.length === 2 || !places)) return true;
  // a name inside the verb's common-noun object and another of the verb's obliques: "she tore up a
  // photograph of John Paul II on Saturday Night Live" relates neither to the other
  if (path.up.length && path.down.length && tokens[path.lca]?.syntax?.upos === 'VERB') {
    const [ta, tb] = [path.up[path.up.length - 1]!, path.down[0]!];
    // (an "of", not a possessor: "remove Stalin's body from the Red Square mausoleum" relates Stalin and the square)
    const inObject = (top: number, side: number[]) => deprel(tokens, top) === 'obj' && syntaxOf(tokens[top])?.upos === 'NOUN' && side.length >= 2 && !inside(top)
      && !side.slice(0, -1).some((t) => deprel(tokens, t) === 'nmod:poss');
    if ((inObject(ta, path.up) && deprel(tokens, tb) === 'obl' && caseOf(tokens, tb, from, to)) || (inObject(tb, path.down) && deprel(tokens, ta) === 'obl' && caseOf(tokens, ta, from, to))) return true;
  }
  if (objectAndPurpose(tokens, path)) return true;
  // the object and a "from" of one verb with a subject of its own: "X joined Arsenal from
  // Atlético", "X invaded Russia from Poland" relate X to each, not the two to each other (other
  // prepositions may: "formed A with B", "introduced A to B", "released A on the label B")
  if (objectAndSource(tokens, path)) return true;
  // an event of others that says when: "After the annexation of Austria by Germany, X fled" (but
  // "After his defeat by X, Y retired" and "Despite an evident dislike for X, Y …" are Y's)
  const framing = (t: number) => deprel(tokens, t) === 'obl' && TIME_CASES.has(caseOf(tokens, t, from, to) ?? '') && !dependents(tokens, t, POSSESSORS, Math.max(0, t - 8), t).length;
  if (tokens[path.lca]?.syntax?.upos === 'VERB' && tops.some((t) => framing(t) && !inside(t))) return true;
  // two coordinated clauses: a conjunct verb or noun between the names, not at the path's ends
  // (at an end it is a name's own coordination: "A and B founded C" relates B too)
  // — unless the conjunct has no subject of its own: "A moved to X and later studied at Y" relates A and Y
  // (the parser may hang the second clause from a noun of the first: "join the alliance next year and
  // that its flights … would be coordinated")
  const all = [...path.up, ...path.down];
  // (a noun is a clause of its own where it has a subject and a subordinator: "…, nor that X bore responsibility for Y")
  // (or a predicate noun with its copula: "…, and its main rival is X")
  const clauseOfItsOwn = (t: number) => (tokens[t]?.syntax?.upos === 'VERB' || dependents(tokens, t, MARK, Math.max(0, t - 8), t).length > 0
    || dependents(tokens, t, COPULA, Math.max(0, t - 8), t).length > 0) && hasSubject(tokens, t);
  // (a name may head such a clause itself: "A is a member of B, and its main competitor is C")
  if (all.some((t) => tokens[t]?.syntax?.deprel === 'conj' && clauseOfItsOwn(t))) return true;
  if (tokens[path.lca]?.syntax?.upos !== 'VERB') return false;
  if (all.slice(1, -1).some((t) => tokens[t]?.syntax?.deprel === 'conj' && hasSubject(tokens, t))) return true;
  // the objects of two coordinated verbs of one subject are not related to each other: "X studied at
  // A and later earned a doctorate at B" relates X to each, not A to B (two places may still lie one
  // in the other: "born in Paris and moved to France"; not two countries or two towns: "left Hungary
  // and emigrated to the United States")
  if (places && !sameGeoKind(a, b)) return false;
  const isSubjectStep = (t: number) => /^nsubj|^csubj/.test(tokens[t]?.syntax?.deprel ?? '');
  // a name that modifies a noun stands where the noun does: "scored in the Bundesliga season and joins Napoli"
  // (and a name in apposition to a common noun stands where the noun does: "sold it to the investment firm Aker ASA")
  const namesNoun = (t: number) => deprel(tokens, t) === 'appos' && syntaxOf(tokens[syntaxOf(tokens[t])!.head])?.upos === 'NOUN';
  const endOf = (side: number[]) => { let i = 0; while (i < side.length - 1 && (/^(?:compound|flat)$/.test(deprel(tokens, side[i]!)) || namesNoun(side[i]!))) i++; return side[i]; };
  const ends = [endOf(path.up), endOf([...path.down].reverse())].filter((t): t is number => t !== undefined);
  return !ends.some(isSubjectStep) && !ends.some((t) => TRANSPARENT.has(deprel(tokens, t)))
    && all.some((t) => tokens[t]?.syntax?.deprel === 'conj' && tokens[t]?.syntax?.upos === 'VERB');
}

/**
 * Are the two names the object of a verb and a name an infinitive of that verb governs? "Sinner
 * beats Alcaraz to win Wimbledon": the subject wins, not the object (but "persuaded X to join Y":
 * OBJECT_CONTROL_VERBS).
 */
export function objectAndPurpose(tokens: Token[], path: TreePath): boolean {
  if (!path.up.length || !path.down.length || tokens[path.lca]?.syntax?.upos !== 'VERB' || OBJECT_CONTROL_VERBS.has(syntaxOf(tokens[path.lca])!.lemma)) return false;
  const tops = [path.up[path.up.length - 1]!, path.down[0]!];
  return tops.some((t) => deprel(tokens, t) === 'obj' && t === (t === tops[0] ? path.up[0] : path.down[path.down.length - 1]))
    && tops.some((t) => deprel(tokens, t) === 'xcomp' && syntaxOf(tokens[t])?.upos === 'VERB');
}

/**
 * Are the two names the objects of two coordinated verbs of one subject ("X divorced A in 1923 and
 * married B")? Each is related to the subject, not to the other.
 */
export function objectsOfCoordinatedVerbs(tokens: Token[], path: TreePath): boolean {
  const lca = path.lca;
  if (tokens[lca]?.syntax?.upos !== 'VERB') return false;
  const argument = (t: number | undefined) => t !== undefined && /^(?:obj|obl|iobj)$/.test(deprel(tokens, t));
  // (a name may stand in apposition to the argument: "married her piano student B")
  const inName = (t: number) => /^(?:appos|flat|compound)$/.test(deprel(tokens, t));
  const viaConjunct = (side: number[]) => side.length >= 2 && side.slice(0, -2).every(inName) && argument(side[side.length - 2])
    && deprel(tokens, side[side.length - 1]!) === 'conj' && syntaxOf(tokens[side[side.length - 1]!])?.upos === 'VERB' && !hasSubject(tokens, side[side.length - 1]!);
  const direct = (side: number[]) => side.length >= 1 && side.slice(0, -1).every(inName) && argument(side[side.length - 1]);
  return (direct(path.up) && viaConjunct(path.down.slice().reverse())) || (direct(path.down.slice().reverse()) && viaConjunct(path.up));
}

/** Are the two ends of a path the object and a "from" of one verb with a subject of its own ("X joined Arsenal from Atlético")? */
export function objectAndSource(tokens: Token[], path: TreePath): boolean {
  if (path.up.length !== 1 || path.down.length !== 1 || tokens[path.lca]?.syntax?.upos !== 'VERB' || !hasSubject(tokens, path.lca)) return false;
  // (but a verb whose object is what moves relates it to where it came from: "Liverpool signed X from Bayer Leverkusen")
  if (OBJECT_MOVING_VERBS.has(syntaxOf(tokens[path.lca])!.lemma)) return false;
  const ends = [path.up[0]!, path.down[0]!];
  const from = (t: number) => caseOf(tokens, t, Math.max(0, t - 6), t) === 'from';
  return ends.some((t) => deprel(tokens, t) === 'obj') && ends.some((t) => deprel(tokens, t) === 'obl' && from(t));
}


/** Two names a gazetteer knows as places of one kind, two countries or two towns: neither lies in the other. */
function sameGeoKind(a: Mention, b: Mention): boolean {
  const ka = geoKindOf(nameKey(a.text)), kb = geoKindOf(nameKey(b.text));
  return ka === kb && (ka === 'country' || ka === 'city');
}

/**
 * Are two names members of one list of three or more (or `least`) with its "and" or "or" ("through Norland,
 * Ostria and Velland", "regulators in A, B and C"), the path between them nothing but the
 * coordination? (Names joined by commas alone are more often a chain of places: "Edmonton,
 * Alberta, Canada".)
 */
export function inOneList(tokens: Token[], s: Sentence, a: Mention, b: Mention, least = 3, path = treePath(tokens, headToken(tokens, a), headToken(tokens, b))): boolean {
  if (!path) return false;
  const steps = [...path.up, ...path.down].map((t) => deprel(tokens, t));
  if (!steps.includes('conj') || !steps.every((d) => d === 'conj' || d === 'flat')) return false;
  const members = new Set([path.lca, ...dependents(tokens, path.lca, CONJ, s.tokenStart, s.tokenEnd)]);
  if (members.size < least) return false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (deprel(tokens, k) === 'cc' && members.has(syntaxOf(tokens[k])!.head)) return true;
  return false;
}

/** Does a side of a path (from its name upwards) climb from a possessor or an "of" to a subject that is a person's noun ("leader", "mayor")? */
function ownerOfActingPerson(tokens: Token[], side: number[]): boolean {
  if (side.length < 2 || !/^nmod(?::poss)?$/.test(deprel(tokens, side[0]!)) || !SUBJECTS.has(deprel(tokens, side[1]!))) return false;
  const noun = syntaxOf(tokens[side[1]!]);
  const word = noun?.lemma ?? tokens[side[1]!]!.lower;
  return noun?.upos === 'NOUN' && (TITLES.has(word) || CLASS_NOUNS.get(word) === 'person');
}


/**
 * Are two names where a movement starts and where it goes, obliques of one verb ("From the Tibetan
 * Plateau the river runs through China", "moved from Oslo to Bergen")? Neither lies in the other.
 */
export function startAndWay(tokens: Token[], s: Sentence, a: Mention, b: Mention, path = treePath(tokens, headToken(tokens, a), headToken(tokens, b))): boolean {
  if (!path || !path.up.length || !path.down.length || tokens[path.lca]?.syntax?.upos !== 'VERB') return false;
  // (each side may reach its oblique through the members of a list)
  const top = (side: number[]) => side.find((t) => deprel(tokens, t) !== 'conj' && deprel(tokens, t) !== 'flat');
  const ta = top(path.up.slice().reverse()), tb = top(path.down);
  if (ta === undefined || tb === undefined || deprel(tokens, ta) !== 'obl' || deprel(tokens, tb) !== 'obl') return false;
  const ca = caseOf(tokens, ta, s.tokenStart, s.tokenEnd), cb = caseOf(tokens, tb, s.tokenStart, s.tokenEnd);
  return (ca === 'from' && WAY_CASES.has(cb ?? '')) || (cb === 'from' && WAY_CASES.has(ca ?? ''));
}

/** Is a name the time before or after which something happened ("After the Spanish Civil War, work resumed under X")? */
export function namedAsTimeAround(tokens: Token[], m: Mention): boolean {
  const h = headToken(tokens, m);
  return /^(?:obl|nmod|advcl)$/.test(deprel(tokens, h)) && AROUND_CASES.has(caseOf(tokens, h, Math.max(0, h - 8), h) ?? '');
}
const AROUND_CASES = new Set(['after', 'before', 'since', 'until', 'following', 'prior to']);

/** Is one of two names inside an adverbial clause of time on the other's verb ("… before it empties into the South China Sea")? */
export function inTimeClause(tokens: Token[], s: Sentence, a: Mention, b: Mention, path = treePath(tokens, headToken(tokens, a), headToken(tokens, b))): boolean {
  if (!path) return false;
  return [...path.up, ...path.down].some((t) => deprel(tokens, t) === 'advcl' && dependents(tokens, t, MARK, Math.max(s.tokenStart, t - 8), t).some((k) => TIME_MARKS.has(tokens[k]!.lower)));
}

/** The past tense of a verb's lemma, for a label: "leave" → left, "move" → moved, "study" → studied, "join" → joined. */
export function pastOf(lemma: string): string {
  const irregular = IRREGULAR_PAST.get(lemma);
  if (irregular) return irregular;
  // a prefix on an irregular verb: "overtake" → overtook, "undertake", "withdraw", "rebuild", "outsell"
  const prefix = /^(?:over|under|with|re|out|up|fore|mis)(?=[a-z]{2})/.exec(lemma)?.[0];
  const base = prefix ? IRREGULAR_PAST.get(lemma.slice(prefix.length)) : undefined;
  if (base) return `${prefix}${base}`;
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  // one short vowel before one final consonant doubles it: "stop" → stopped (not "join", "visit")
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma)) return `${lemma}${lemma.at(-1)}ed`;
  return `${lemma}ed`;
}

/** An adverbial clause whose verb has no subject of its own, and so shares its head verb's ("Born in Vienna, she …"). */
function subjectlessClause(tokens: Token[], k: number): boolean {
  // (a participle or a gerund: an infinitive of purpose tells what was meant, not done — "traveled
  // to Europe to play X", "in order to make peace with Y")
  const v = syntaxOf(tokens[k]);
  // (and no auxiliary: "…, was investigating" is a finite clause whose subject the parser lost)
  // (nor one whose doer is the verb's object: "blocked the government from sending officers to Haiti")
  return deprel(tokens, k) === 'advcl' && v?.upos === 'VERB' && (v.xpos === 'VBN' || v.xpos === 'VBG') && !hasSubject(tokens, k)
    && !dependents(tokens, k, AUXILIARIES, Math.max(0, k - 4), k).some((j) => !/^(?:having|being|been)$/.test(tokens[j]!.lower))
    && !objectDoes(tokens, k);
}

/** "blocked the government from sending", "barred X from entering": a gerund after "from" whose doer is its verb's object. */
function objectDoes(tokens: Token[], k: number): boolean {
  const from = dependents(tokens, k, MARK_OR_CASE, Math.max(0, k - 3), k).some((j) => tokens[j]!.lower === 'from');
  const verb = syntaxOf(tokens[k])!.head;
  return from && verb >= 0 && dependents(tokens, verb, OBJECTS, Math.max(0, verb - 1), k).length > 0;
}
const MARK_OR_CASE = new Set(['mark', 'case']);
const AUXILIARIES = new Set(['aux', 'aux:pass']);

/**
 * Does a path run from a verb's subject to a name one step below such a clause of that verb
 * ("Born in Vienna, Meitner studied …", "After leaving Harvard, X joined Y")? The clause's subject
 * is the verb's, so the two are related.
 */
function intoSharedClause(tokens: Token[], path: TreePath): boolean {
  const sides = [path.up, [...path.down].reverse()];
  return sides.some((side, i) => {
    const other = sides[1 - i]!;
    if (other.length !== 1 || (!SUBJECTS.has(deprel(tokens, other[0]!)) && !PASSIVE_SUBJECTS.has(deprel(tokens, other[0]!)))) return false;
    if (side.length === 2) return /^(?:obl|obj)$/.test(deprel(tokens, side[0]!)) && subjectlessClause(tokens, side[1]!);
    // (or the place of the clause's noun: "Speaking at a news conference in Berlin, X said …")
    return side.length === 3 && deprel(tokens, side[0]!) === 'nmod' && caseOf(tokens, side[0]!, Math.max(0, side[0]! - 4), side[0]!) === 'in'
      && /^(?:obl|obj)$/.test(deprel(tokens, side[1]!)) && syntaxOf(tokens[side[1]!])?.upos === 'NOUN' && subjectlessClause(tokens, side[2]!);
  });
}

/**
 * Does a name modify a common noun that a third name is set beside ("buy U.S. software maker Altair
 * Engineering": the U.S. is Altair's, and Siemens buys no country)? Not where the noun's name is
 * the other of the pair.
 */
function modifiesNamedNoun(tokens: Token[], m: Mention, other: Mention): boolean {
  const h = headToken(tokens, m), noun = syntaxOf(tokens[h])?.head ?? -1;
  if (!/^(?:compound|amod)$/.test(deprel(tokens, h)) || syntaxOf(tokens[noun])?.upos !== 'NOUN' || within(other, noun)) return false;
  for (let k = noun + 1; k < Math.min(tokens.length, noun + 6); k++) {
    if (syntaxOf(tokens[k])?.head === noun && deprel(tokens, k) === 'appos' && syntaxOf(tokens[k])?.upos === 'PROPN') return !within(other, k) && !within(m, k);
  }
  // (or the noun written before the name: "Norland software maker ← Karvensk Systems")
  const named = syntaxOf(tokens[noun])!.head;
  // (GUM's nmod:desc too: "NASA administrator ← Bill Nelson")
  if (/^(?:compound|nmod:desc)$/.test(deprel(tokens, noun)) && syntaxOf(tokens[named])?.upos === 'PROPN' && !within(m, named)) return !within(other, named);
  return false;
}

/** Is a name in apposition to a role noun a possessive pronoun owns ("its prosecutor, X", "his wife, Y")? */
function roleOfPronoun(tokens: Token[], m: Mention): boolean {
  const h = headToken(tokens, m), noun = syntaxOf(tokens[h])?.head ?? -1;
  if (deprel(tokens, h) !== 'appos' || syntaxOf(tokens[noun])?.upos !== 'NOUN') return false;
  for (let k = Math.max(0, noun - 3); k < noun; k++) if (syntaxOf(tokens[k])?.head === noun && deprel(tokens, k) === 'nmod:poss' && /^(?:its|their|his|her)$/i.test(tokens[k]!.text)) return true;
  return false;
}

/**
 * Does the path between two names join two coordinated clauses, each with a subject of its own
 * ("Nelson congratulated India, and the agency, which tracked it from Kourou, said …")?
 */
export function acrossCoordinatedClauses(tokens: Token[], a: Mention, b: Mention, path = treePath(tokens, headToken(tokens, a), headToken(tokens, b))): boolean {
  if (!path) return false;
  const conjunct = [...path.up, ...path.down].find((t) => deprel(tokens, t) === 'conj' && syntaxOf(tokens[t])?.upos === 'VERB' && hasSubject(tokens, t));
  return conjunct !== undefined && hasSubject(tokens, syntaxOf(tokens[conjunct])!.head);
}

/**
 * Is one of two names a modifier of a third name, and so that name's: "studied at the Architectural
 * Association in London" puts London with the Association, not with her; "owned by China's Tianqi
 * Lithium" (China owns nothing); "signed the Netherlands international Quinten Timber" (not the
 * Netherlands). Not a title ("Philip, Duke of Edinburgh" is Edinburgh's duke), nor a date.
 */
export function ofThirdName(tokens: Token[], a: Mention, b: Mention, path = treePath(tokens, headToken(tokens, a), headToken(tokens, b))): boolean {
  if (!path || path.up.length + path.down.length <= 1) return false;
  if (modifiesNamedNoun(tokens, a, b) || modifiesNamedNoun(tokens, b, a)) return true;
  const modifies = (m: Mention) => {
    const h = headToken(tokens, m), head = syntaxOf(tokens[h])?.head ?? -1;
    return /^(?:nmod|nmod:poss|compound)$/.test(deprel(tokens, h)) && syntaxOf(tokens[head])?.upos === 'PROPN' && !within(a, head) && !within(b, head)
      && !CALENDAR_WORDS.has(tokens[head]!.lower) && !TITLES.has(tokens[head]!.lower);
  };
  return modifies(a) || modifies(b);
}

/**
 * Does the path between two names pass through a clause on a third name ("Ben & Jerry's, founded
 * by Ben Cohen and Jerry Greenfield, has clashed … over its policy on Israel": the founders are
 * inside what is said of the company, Israel outside it)?
 */
export function throughClauseOnThirdName(tokens: Token[], a: Mention, b: Mention, path = treePath(tokens, headToken(tokens, a), headToken(tokens, b))): boolean {
  if (!path) return false;
  const inside = (k: number) => within(a, k) || within(b, k);
  return [...path.up, ...path.down].some((t) => {
    if (!isClause(tokens, t) || inside(t)) return false;
    const h = syntaxOf(tokens[t])!.head;
    return syntaxOf(tokens[h])?.upos === 'PROPN' && !inside(h);
  });
}

/**
 * Does the path between two names leave an adverbial or reported clause that has a subject of its
 * own ("Russia's delegation was led by X, while Ukraine sent Y": X is no citizen of Ukraine)?
 */
export function outOfClauseOfAnotherSubject(tokens: Token[], a: Mention, b: Mention, path = treePath(tokens, headToken(tokens, a), headToken(tokens, b))): boolean {
  if (!path) return false;
  const inside = (k: number) => within(a, k) || within(b, k);
  const subjectOf = (t: number) => {
    for (let k = Math.max(0, t - 12); k < Math.min(tokens.length, t + 12); k++) if (syntaxOf(tokens[k])?.head === t && /^(?:nsubj|csubj)/.test(deprel(tokens, k))) return k;
    return -1;
  };
  return [...path.up, ...path.down].some((t) => {
    if (inside(t) || !/^(?:advcl|ccomp|parataxis)$/.test(deprel(tokens, t))) return false;
    // (the subject may be the name inside the clause: "…, while Ukraine sent Y" parts Ukraine from X)
    const subject = subjectOf(t);
    return subject >= 0 && syntaxOf(tokens[subject])?.upos !== 'PRON';
  });
}

/**
 * Is one name what a third person's title is of ("Haiti's prime minister, Ariel Henry, met Ruto":
 * Haiti is Henry's country, not Ruto's)? The title hangs from the name as a possessor or a
 * modifier, and the person's name from the title, or the title from it, in apposition.
 */
export function titleOfThirdPerson(tokens: Token[], a: Mention, b: Mention): boolean {
  const holder = (m: Mention, other: Mention) => {
    const h = headToken(tokens, m), title = syntaxOf(tokens[h])?.head ?? -1;
    if (!/^(?:nmod:poss|compound|amod)$/.test(deprel(tokens, h)) || title < 0 || !lowerOrBeforeName(tokens, title) || !TITLES.has((syntaxOf(tokens[title])?.lemma ?? tokens[title]!.text).toLowerCase())) return false;
    const person = (k: number) => syntaxOf(tokens[k])?.upos === 'PROPN' && !within(m, k) && !within(other, k);
    const up = syntaxOf(tokens[title])!.head;
    if (/^(?:appos|nmod:desc|compound)$/.test(deprel(tokens, title)) && up >= 0 && person(up)) return true;
    for (let k = title + 1; k < Math.min(tokens.length, title + 6); k++) if (syntaxOf(tokens[k])?.head === title && /^(?:appos|flat)$/.test(deprel(tokens, k)) && person(k)) return true;
    return false;
  };
  return holder(a, b) || holder(b, a);
}

/**
 * A relative clause with a subject of its own tells what that subject did, not the name it
 * describes: "London, where she met Peter Rice" — London met no one (its subject may be a name of
 * the pair; "whose buildings reshaped Y" speaks of the name's own buildings).
 */
export function clauseOfAnotherSubject(tokens: Token[], a: Mention, b: Mention, path = treePath(tokens, headToken(tokens, a), headToken(tokens, b))): boolean {
  if (!path) return false;
  const inside = (k: number) => (k >= a.tokenStart && k < a.tokenEnd) || (k >= b.tokenStart && k < b.tokenEnd);
  const onPath = (k: number) => inside(k) || path.up.includes(k) || path.down.includes(k);
  // (a person's noun after "whose" is another person, who did it: "a singer whose father, X, directed Y")
  const possessedByWhose = (k: number) => dependents(tokens, k, POSSESSORS, Math.max(0, k - 6), k).some((j) => tokens[j]!.lower === 'whose') && !isPersonNoun(tokens[k]!.lower);
  const ownSubject = (t: number) => dependents(tokens, t, CLAUSE_SUBJECTS, Math.max(0, t - 40), Math.min(tokens.length, t + 40))
    .some((k) => !onPath(k) && !RELATIVE_PRONOUNS.has(tokens[k]!.lower) && !possessedByWhose(k));
  return [...path.up, ...path.down].some((t) => isClause(tokens, t) && ownSubject(t));
}

/**
 * Names this many dependency edges apart that the predicate reader cannot relate are no relation
 * the rules should state: on Re-DocRED few such neighbours are true (7% of those 5–7 edges apart),
 * and in news they are readings across clauses the parser joined ("Washington … required licences
 * … of ASML"). Re-DocRED CV when this was added: relations 0.632/0.440 → 0.622/0.448.
 */
const TOO_FAR = 6;

function tooFar(tokens: Token[], a: Mention, b: Mention): boolean {
  const path = treePath(tokens, headToken(tokens, a), headToken(tokens, b));
  return !!path && path.up.length + path.down.length >= TOO_FAR;
}

function hasSubject(tokens: Token[], head: number): boolean {
  for (let k = Math.max(0, head - 40); k < Math.min(tokens.length, head + 40); k++) {
    const s = tokens[k]?.syntax;
    if (s && s.head === head && /^(?:nsubj|csubj|expl)/.test(s.deprel)) return true;
  }
  return false;
}

/**
 * Rewrites the rules' predicates where the tree states one: each evidence sentence takes the
 * predicate on the path between the two names, and a relation whose sentences mostly run the
 * other way is turned round ("X was commissioned by Y" → Y commissioned X).
 */
export function applyTreePredicates(relations: Relation[], tokens: Token[], sentences: Sentence[], mentions: Mention[], entityOf: Map<Mention, Entity>): Relation[] {
  // each entity's mentions in each sentence, names before pronouns ("his closest advisor, X")
  const byKey = new Map<string, Mention[]>();
  for (const m of [...mentions].sort((x, y) => Number(!!x.pronoun) - Number(!!y.pronoun))) {
    const e = entityOf.get(m);
    if (!e) continue;
    const key = `${m.sentence}\u0000${e.id}`;
    byKey.set(key, [...(byKey.get(key) ?? []), m]);
  }
  const apart = new Set<Relation>();
  for (const r of relations) {
    let forward = 0, backward = 0;
    const read: { ev: Evidence; label: string; reversed: boolean }[] = [];
    const apartIn = new Set<Evidence>();
    for (const ev of r.evidence) {
      const s = sentences[ev.sentence];
      if (!s) continue;
      const names = (byKey.get(`${ev.sentence}\u0000${r.source}`) ?? []).filter((m) => !m.pronoun);
      const others = (byKey.get(`${ev.sentence}\u0000${r.target}`) ?? []).filter((m) => !m.pronoun);
      const places = entityOf.get(names[0]!)?.type === 'place' && entityOf.get(others[0]!)?.type === 'place';
      let p: TreePredicate | undefined;
      for (const a of byKey.get(`${ev.sentence}\u0000${r.source}`) ?? []) {
        for (const b of byKey.get(`${ev.sentence}\u0000${r.target}`) ?? []) if (!p) p = treePredicate(tokens, a, b, s);
      }
      if (!p) {
        // (nor does a speaker closing the sentence relate to what is said: "…, the X said")
        if (names.length && others.length && names.every((a) => others.every((b) => apartInTree(tokens, s, a, b, places) || tooFar(tokens, a, b) || closingSpeaker(tokens, a, b) || closingSpeaker(tokens, b, a)))) apartIn.add(ev);
        continue;
      }
      read.push({ ev, label: p.label, reversed: p.reversed });
      if (p.reversed) backward++; else forward++;
    }
    // every sentence behind the relation puts the two names apart: the rules read it across a clause
    if (apartIn.size === r.evidence.length) { apart.add(r); continue; }
    // …and a sentence that does is no evidence of it
    if (apartIn.size) r.evidence = r.evidence.filter((ev) => !apartIn.has(ev));
    if (!read.length) {
      r.label = labelOf(r.evidence, tokens, sentences) ?? r.label;
      // never a bare preposition: the verb both names hang from takes it ("founded in"), or, between
      // two places, "located in"
      if (BARE_PREPOSITIONS.has(r.label)) r.label = r.evidence[0]!.predicate = prepositionLabel(r, tokens, byKey, entityOf) ?? r.label;
      continue;
    }
    const turn = backward > forward;
    for (const x of read) if (x.reversed === turn) x.ev.predicate = x.label;
    if (turn) [r.source, r.target] = [r.target, r.source];
    r.label = labelOf(r.evidence, tokens, sentences) ?? r.label;
  }
  // a relation turned round may now run the way another already did: one relation, their sentences together
  const byPair = new Map<string, Relation>();
  for (const r of relations) {
    if (apart.has(r)) continue;
    const key = `${r.source}\u0000${r.target}`;
    const same = byPair.get(key);
    if (!same) { byPair.set(key, r); continue; }
    for (const ev of r.evidence) if (!same.evidence.some((x) => x.sentence === ev.sentence)) same.evidence.push(ev);
    same.evidence.sort((x, y) => x.sentence - y.sentence);
    same.label = labelOf(same.evidence, tokens, sentences) ?? same.label;
  }
  return [...byPair.values()];
}

/**
 * A word for a relation whose words said only a preposition: two places, one in the other ("located
 * in"); the verb or the noun both names hang from ("founded in"; "the signing of X from Y" → signing
 * from); else the nearest verb above both ("bordered on the south by A, on the west by B" → bordered by).
 */
function prepositionLabel(r: Relation, tokens: Token[], byKey: Map<string, Mention[]>, entityOf: Map<Mention, Entity>): string | undefined {
  const ev = r.evidence[0]!;
  // (of each entity's mentions in the sentence, the pair the preposition belongs to: "Moscow Mayor
  // X met Putin in Moscow" reads the second Moscow)
  const as = byKey.get(`${ev.sentence}\u0000${r.source}`) ?? [], bs = byKey.get(`${ev.sentence}\u0000${r.target}`) ?? [];
  for (const a of as) for (const b of bs) {
    const label = prepositionLabelOf(r, tokens, a, b, entityOf);
    if (label) return label;
  }
  return undefined;
}

function prepositionLabelOf(r: Relation, tokens: Token[], a: Mention, b: Mention, entityOf: Map<Mention, Entity>): string | undefined {
  if (entityOf.get(a)?.type === 'place' && entityOf.get(b)?.type === 'place' && (r.label === 'in' || r.label === 'at' || r.label === 'of')) return 'located in';
  if (entityOf.get(a)?.type === 'place' && entityOf.get(b)?.type === 'place' && r.label === 'near') return 'located near';
  // (a dam or a town "on" a river, a coast, an island)
  if (entityOf.get(a)?.type === 'place' && entityOf.get(b)?.type === 'place' && r.label === 'on') return 'located on';
  const path = treePath(tokens, headToken(tokens, a), headToken(tokens, b));
  // a body with the place it is in hung from its name: "an analyst at InsingerGilissen in Amsterdam"
  if (path && path.up.length + path.down.length === 1 && (r.label === 'in' || r.label === 'at')
    && entityOf.get(a)?.type === 'organization' && entityOf.get(b)?.type === 'place') return 'located in';
  // (the preposition must be one of the two names' own: "became the first woman in Germany to
  // become a professor, at the University of Berlin" puts no "in" on the university)
  // (nor the "of" that names a class noun's thing: "a dispute with the state of Texas" says no "of" of Texas)
  const naming = (h: number) => r.label === 'of' && deprel(tokens, h) === 'nmod' && CLASS_NOUNS.has(syntaxOf(tokens[syntaxOf(tokens[h])!.head])?.lemma ?? '');
  const own = [a, b].some((m) => { const h = headToken(tokens, m); return caseOf(tokens, h, Math.max(0, h - 4), h) === r.label && !naming(h); });
  const read = path && own && (wordBothHangFrom(r.label, tokens, path) ?? verbAbove(r.label, tokens, path));
  if (read) return read;
  // "John Jumper of Google DeepMind": a person of a body is one of its members
  if (r.label === 'of' && entityOf.get(a)?.type === 'person' && entityOf.get(b)?.type === 'organization') return 'member of';
  // "the National Development Fund of the Executive Yuan": a body of a body is a part of it
  if (r.label === 'of' && entityOf.get(a)?.type === 'organization' && entityOf.get(b)?.type === 'organization') return 'part of';
  return undefined;
}

function wordBothHangFrom(prep: string, tokens: Token[], path: TreePath): string | undefined {
  if (path.up.length > 1 || path.down.length > 1) return undefined;
  // where one name hangs from the other, the word the upper one hangs from
  const oneHeadsOther = !path.up.length || !path.down.length;
  // (not a possessor: "Kenya's Ruto names a cabinet" says nothing of Kenya with "names")
  if (oneHeadsOther && deprel(tokens, [...path.up, ...path.down][0]!) === 'nmod:poss') return undefined;
  const top = tokens[oneHeadsOther ? tokens[path.lca]?.syntax?.head ?? -1 : path.lca];
  if (!top || (top.syntax?.upos !== 'VERB' && top.syntax?.upos !== 'NOUN')) return undefined;
  // a name's own modifier is no argument of the word above it: "awarded the prize to David Baker of
  // the University of Washington" relates Baker and the university by "of", not by "awarded" or "prize"
  if (oneHeadsOther && (top.syntax.upos === 'VERB' || prep === 'of')) return undefined;
  return `${top.syntax.upos === 'VERB' ? top.lower : top.syntax.lemma ?? top.lower} ${prep}`;
}

/** The nearest verb above both names; not where a name is the modifier of another name. */
function verbAbove(prep: string, tokens: Token[], path: TreePath): string | undefined {
  if (!path.up.length || !path.down.length) return undefined;
  // (a day is no name: the parser hangs "awarded X on Wednesday to Y" from "Wednesday")
  const modifiesName = (t: number) => { const h = tokens[syntaxOf(tokens[t])!.head]; return deprel(tokens, t) === 'nmod' && syntaxOf(h)?.upos === 'PROPN' && !CALENDAR_WORDS.has(h!.lower); };
  if ([...path.up, ...path.down].some(modifiesName)) return undefined;
  let k = path.lca;
  for (let steps = 0; k >= 0 && steps < 3; steps++, k = tokens[k]?.syntax?.head ?? -1) {
    if (tokens[k]?.syntax?.upos === 'VERB') return `${tokens[k]!.lower} ${prep}`;
  }
  return undefined;
}

/**
 * A relation's label: its sentences' most frequent predicate; of those tied, the first that a verb of
 * its sentence heads ("Putin has said little about Stalin" over "the Putin regime's handling of the
 * Stalin question"), else the first.
 */
export function labelOf(evidence: Evidence[], tokens: Token[], sentences: Sentence[]): string | undefined {
  const counts = new Map<string, number>();
  for (const ev of evidence) counts.set(ev.predicate, (counts.get(ev.predicate) ?? 0) + 1);
  const top = Math.max(0, ...counts.values());
  const tied = evidence.filter((ev) => counts.get(ev.predicate) === top);
  const verbFirst = (ev: Evidence) => {
    const s = sentences[ev.sentence], first = ev.predicate.split(' ')[0];
    if (!s || !first) return false;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if (tokens[k]!.lower === first && tokens[k]!.syntax?.upos === 'VERB') return true;
    return false;
  };
  return (tied.find(verbFirst) ?? tied[0])?.predicate;
}

/**
 * Relations less those left with no predicate but a preposition, and no Wikidata property either:
 * the text said nothing of how the two are related ("the second-largest city in Portugal, after
 * Lisbon"). A place a person or body is "in", "at", "of" or "from" stays, worded by `placeWords`:
 * that is often where they are.
 */
export function withoutPredicate(relations: Relation[], entities: Map<string, Entity>): Relation[] {
  return relations.filter((r) => {
    // a verb of saying alone relates the speaker to no one named in what is said (the tree had
    // hung the reported clause from it as a conjunct: "X said objects, discovered by Y, were shown")
    if (SAYING_LABELS.has(r.label) && !r.evidence.some((ev) => ev.relation)) return false;
    if (!PREPOSITIONS.has(r.label) || r.evidence.some((ev) => ev.relation)) return true;
    if (entities.get(r.target)?.type !== 'place' || !PLACE_CASES.has(r.label)) return false;
    const words = placeWords(entities.get(r.source)?.type ?? 'other', r.label);
    if (words) {
      for (const ev of r.evidence) if (ev.predicate === r.label) ev.predicate = words;
      r.label = words;
    }
    return true;
  });
}

/**
 * A place "in" another by what kind of place it is ("X is a church in Y", "the town of X in Y" read
 * "church in", "town in") is located there: the kind is the first's own, not how the two relate.
 */
export function placeInPlaceLabels(relations: Relation[], entities: Map<string, Entity>): Relation[] {
  for (const r of relations) {
    if (entities.get(r.source)?.type !== 'place' || entities.get(r.target)?.type !== 'place') continue;
    const words = r.label.split(' ');
    if (words.length !== 2 || !PLACE_CASES.has(words[1]!)) continue;
    const noun = words[words.length - 2]!;
    if (!CLASS_NOUNS.has(noun) && !isHead(noun)) continue;
    for (const ev of r.evidence) if (ev.predicate === r.label) ev.predicate = LOCATED_IN;
    r.label = LOCATED_IN;
  }
  return relations;
}
const LOCATED_IN = 'located in';

/**
 * What a thing of a type "in", "at", "of" or "from" a place is, never a bare preposition: a person
 * is based in it (or comes from it), an event was held in it, anything else is located in it.
 */
function placeWords(type: EntityType, prep: string): string | undefined {
  if (type === 'person') return prep === 'from' ? 'comes from' : 'based in';
  if (prep !== 'in' && prep !== 'at') return undefined;
  return type === 'event' ? 'held in' : LOCATED_IN;
}

const PLACE_CASES = new Set(['in', 'at', 'of', 'from']);

/** The most frequent of some predicates (the first of those tied). */
export function mostCommon(xs: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Is a mention the possessor of an action noun the other mention hangs from: "his leadership of X",
 * "her invasion of Y"? (Only an action: through "his trip to" or "his victory over" a pronoun's
 * person was as often the wrong one as the right one on Re-DocRED.)
 */
function possessorOfAction(tokens: Token[], m: Mention, other: Mention): boolean {
  const own = syntaxOf(tokens[headToken(tokens, m)]), their = syntaxOf(tokens[headToken(tokens, other)]);
  if (own?.deprel !== 'nmod:poss' || their?.deprel !== 'nmod' || own.head !== their.head) return false;
  const noun = syntaxOf(tokens[own.head]);
  return ACTION_NOUNS.has(noun?.lemma ?? tokens[own.head]!.lower);
}

/**
 * Is a mention "his" or "her" of a person noun the other mention names: "his third wife, the actress
 * X", "her lawyer, Y"? (The noun is the other's kin or role, whoever the pronoun stands for.)
 */
function possessorOfNamedRole(tokens: Token[], m: Mention, other: Mention): boolean {
  const own = syntaxOf(tokens[headToken(tokens, m)]);
  // ("its chairman, X" is a body's officer: the role rules find which body, better than "its" does)
  if (own?.deprel !== 'nmod:poss' || !/^(?:his|her)$/i.test(m.text)) return false;
  const noun = own.head, word = syntaxOf(tokens[noun])?.lemma ?? tokens[noun]!.lower;
  if (syntaxOf(tokens[noun])?.upos !== 'NOUN' || CLASS_NOUNS.get(word) !== 'person') return false;
  // the name in apposition to the noun, or to a noun in apposition to it ("…, the actress X")
  let k = headToken(tokens, other);
  for (let step = 0; step < 2; step++) {
    const t = syntaxOf(tokens[k]);
    if (!t || !['appos', 'flat', 'compound'].includes(t.deprel) || (step > 0 && (t.deprel !== 'appos' || t.upos !== 'NOUN'))) return false;
    if (t.head === noun) return true;
    k = t.head;
  }
  return false;
}

/** Is a mention the object of the verb whose subject the other mention is ("Lula defended the court")? */
function objectOfSubject(tokens: Token[], m: Mention, subject: Mention): boolean {
  const o = syntaxOf(tokens[headToken(tokens, m)]), s = syntaxOf(tokens[headToken(tokens, subject)]);
  return !!o && !!s && o.deprel === 'obj' && SUBJECTS.has(s.deprel) && o.head === s.head;
}

/** Is a pronoun mention an "it" for a thing its sentence's mentions also name? */
function itNamedIn(m: Mention, sentenceMentions: Mention[], entityOf: Map<Mention, Entity>): boolean {
  return m.text.toLowerCase() === 'it' && sentenceMentions.some((x) => !x.pronoun && entityOf.get(x) === entityOf.get(m));
}

/**
 * Relations the tree states that the rules' neighbours missed: two names of a sentence (or a name
 * and a pronoun that stands for another: "He will join Nvidia") whose path
 * carries a predicate this reader understands ("The museum, which Anna Berg founded in 1901" →
 * Anna Berg founded the museum), not put apart, and not related already in that sentence.
 */
export function treeRelations(relations: Relation[], tokens: Token[], sentences: Sentence[], mentions: Mention[], entityOf: Map<Mention, Entity>, makeEvidence: (s: Sentence, predicate: string) => Evidence): Relation[] {
  const related = new Set<string>();
  for (const r of relations) for (const ev of r.evidence) related.add(`${ev.sentence}\u0000${r.source}\u0000${r.target}`).add(`${ev.sentence}\u0000${r.target}\u0000${r.source}`);
  const byPair = new Map(relations.map((r) => [`${r.source}\u0000${r.target}`, r]));
  const out = [...relations];
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) if (entityOf.has(m)) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  for (const list of bySentence.values()) list.sort((x, y) => x.start - y.start);
  for (const [index, ms] of bySentence) {
    const s = sentences[index];
    if (!s || s.block === 'meta' || ms.length < 2) continue;
    for (let i = 0; i < ms.length; i++) {
      for (let j = i + 1; j < ms.length; j++) {
        const a = ms[i]!, b = ms[j]!, ea = entityOf.get(a)!, eb = entityOf.get(b)!;
        if (ea === eb || (a.pronoun && b.pronoun) || related.has(`${index}\u0000${ea.id}\u0000${eb.id}`)) continue;
        // a pronoun relates only as the subject that acts ("He will join Nvidia"), not as what is acted
        // on — unless it is an "it" for a thing this very sentence named ("… nor that Y bore responsibility for it")
        // or a possessor that does what its noun says ("his leadership of X", "her marriage to Y")
        // (a description is surer of what it stands for, and may be the object of the other's verb:
        // "Lula defended the court")
        const acts = (m: Mention, other: Mention) => isSubject(tokens, m) || itNamedIn(m, ms, entityOf) || possessorOfAction(tokens, m, other) || possessorOfNamedRole(tokens, m, other)
          || (!!m.description && !other.pronoun && objectOfSubject(tokens, m, other));
        if ((a.pronoun && !acts(a, b)) || (b.pronoun && !acts(b, a))) continue;
        const p = treePredicate(tokens, a, b, s);
        if (!p || BARE_PREPOSITIONS.has(p.label) || apartInTree(tokens, s, a, b, ea.type === 'place' && eb.type === 'place')) continue;
        const [source, target] = p.reversed ? [eb, ea] : [ea, eb];
        const key = `${source.id}\u0000${target.id}`;
        let r = byPair.get(key);
        if (!r) byPair.set(key, (r = { source: source.id, target: target.id, label: p.label, evidence: [] })), out.push(r);
        r.evidence.push(makeEvidence(s, p.label));
        related.add(`${index}\u0000${ea.id}\u0000${eb.id}`).add(`${index}\u0000${eb.id}\u0000${ea.id}`);
      }
    }
  }
  for (const r of out) r.evidence.sort((x, y) => x.sentence - y.sentence);
  return out;
}

