// Stage 7: relation types. Each ordered pair of names in a sentence is classified as one of the
// Wikidata properties DocRED-style data uses (P131 located in, P27 citizenship, P108 employer, …) or
// as none, by an averaged perceptron trained on DocRED documents (see server/train/relation-types.ts)
// from the names' types, what the gazetteers know of them, the dependency path between them, the
// words between them and the predicate the rules read there. A typed pair that the rules related
// gets the property on that sentence's evidence; one they missed becomes a relation of its own.
import type { Sentence, Token } from './nlp';
import type { Entity, Evidence, Mention, Relation } from './model';
import { feature1, feature2, feature3, feature4, hashString } from '../models/hashing';
import type { Perceptron } from '../models/perceptron';
import { gazetteer, geoKindOf } from './lexicons/gazetteer';
import { BARE_LABELS, CELESTIAL_BODIES, CONTINENT_STEMS, KIN_NOUNS, PEER_NOUNS, PREPOSITIONS, PLURAL_KIN } from './lexicons/cues';
import { CHILD_PROPERTIES, CHILD_WORDS, KIN_PROPERTIES, MEMBERSHIP_PROPERTIES, MEMBERSHIP_WORDS, PARENT_PROPERTIES, PARENT_WORDS, PROPERTY_CUES, WIKIDATA_PROPERTIES, WORK_PROPERTIES } from './lexicons/wikidata-properties';
import { headToken, isSubject, treePath, type TreePath } from './tree';
import { countriesNamed, nationalities } from './relations';
import { acrossCoordinatedClauses, objectAndPurpose, objectAndSource, objectsOfCoordinatedVerbs, outOfClauseOfAnotherSubject, throughClauseOnThirdName, titleOfThirdPerson, clauseOfAnotherSubject, inOneList, ofThirdName, inTimeClause, placeOnlyLocatesBody, startAndWay, withoutPredicate, placeInPlaceLabels, namedAsTimeAround, superlativeScope, speakerAndReported } from './predicates';
import { nameKey } from './names';

export interface RelationTyperModel {
  /** class 0 is "none"; the rest are property ids */
  classes: string[];
  model: Perceptron;
  /** how far a property's score must top "none" for the pair to be typed */
  threshold: number;
  /** how far it must top "none" for a relation the rules did not find to be made */
  newThreshold: number;
  /**
   * the pairs of entity types each property joined in the training data ("person|organization"),
   * where it was seen often enough to tell: a property is never given to a pair of other types
   */
  signatures?: Map<string, Set<string>>;
  /**
   * properties the typer gives too often wrongly on held-out documents to give at all ("P800"), or
   * to a pair of these types ("P488|organization|person") (picked on the cross-validation)
   */
  unreliable?: Set<string>;
}

/** Verbs of going somewhere or acting on a country from outside: their object is no citizenship ("fled to the Netherlands"). */
const MOVING = /^(?:fled|flee|moved|move|travell?ed|emigrated|returned|visited|arrived|left|went|toured|escaped|congratulated|invaded|attacked|exiled|deported)\b/;
const movesAcross = (predicate: string) => MOVING.test(predicate);

/** Properties that put one place inside another. */
const CONTAINMENT = new Set(['P17', 'P131', 'P150']);

/** Properties that tie a person to a country: citizenship, head of government or of state. */
const NATIONAL = new Set(['P27', 'P6', 'P35']);
/** taking part in an event: participant, participant in, conflict */
const PARTICIPATION = new Set(['P710', 'P1344', 'P607']);
/** a person's body: a party, a membership, an employer, a team ("defeating Communist Party candidate X" makes no one else the party's) */
const AFFILIATIONS = new Set(['P102', 'P463', 'P108', 'P54']);

/** The key of a pair of entity types in a property's signature. */
export const signatureOf = (a: Entity, b: Entity) => `${a.type}|${b.type}`;

export interface TypingContext {
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  entityOf: Map<Mention, Entity>;
  relations: Relation[];
  /** every entity of the document (a dateline's place too, which relates nothing) */
  entities?: Entity[];
}

/** One ordered pair of names in a sentence. */
export interface Candidate { a: Mention; b: Mention; ea: Entity; eb: Entity; sentence: Sentence }

/** Names beyond this many in one sentence are not paired (a list of forty places says little). */
const MAX_NAMES_PER_SENTENCE = 12;
export const TYPER_FEATURES = 64;

/** Every ordered pair of names of two different entities within a sentence. */
export function relationCandidates(ctx: TypingContext): Candidate[] {
  const bySentence = new Map<number, Mention[]>();
  for (const m of ctx.mentions) {
    if (!ctx.entityOf.has(m)) continue;
    let list = bySentence.get(m.sentence);
    if (!list) bySentence.set(m.sentence, (list = []));
    list.push(m);
  }
  const out: Candidate[] = [];
  for (const [index, ms] of bySentence) {
    const sentence = ctx.sentences[index];
    if (!sentence || sentence.block === 'meta') continue;
    const names = ms.slice(0, MAX_NAMES_PER_SENTENCE);
    for (const a of names) {
      for (const b of names) {
        const ea = ctx.entityOf.get(a)!, eb = ctx.entityOf.get(b)!;
        if (ea !== eb) out.push({ a, b, ea, eb, sentence });
      }
    }
  }
  return out;
}

/** What the rules read between two entities in each sentence: "a\0b\0sentence" → predicate. */
export function rulePredicates(relations: Relation[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of relations) for (const ev of r.evidence) out.set(`${r.source}\u0000${r.target}\u0000${ev.sentence}`, ev.predicate);
  return out;
}

const geoKind = (e: Entity): string => geoKindOf(e.label.toLowerCase());

const h = hashString;
const lemma = (t: Token) => t.syntax?.lemma ?? t.lower;
const CONTENT = new Set(['VERB', 'NOUN', 'ADP', 'ADJ', 'AUX']);

/** The features of one candidate pair. */
export function candidateFeatures(c: Candidate, tokens: Token[], rules: Map<string, string>, titleEntities: Set<Entity>, out: Uint32Array): number {
  const ta = h(c.ea.type), tb = h(c.eb.type);
  const ga = h(geoKind(c.ea)), gb = h(geoKind(c.eb));
  const ruleAB = rules.get(`${c.ea.id}\u0000${c.eb.id}\u0000${c.sentence.index}`) ?? '', ruleBA = rules.get(`${c.eb.id}\u0000${c.ea.id}\u0000${c.sentence.index}`) ?? '';
  const types = feature2(0, ta, tb);
  let n = 0;
  out[n++] = feature1(1, 1);
  out[n++] = feature1(2, types);
  out[n++] = feature3(3, types, ga, gb);
  out[n++] = feature2(4, h(ruleAB), types);
  out[n++] = feature2(5, h(ruleBA), types);
  for (const w of ruleAB.split(' ').slice(0, 3)) if (w) out[n++] = feature2(6, h(w), types);
  for (const w of ruleBA.split(' ').slice(0, 3)) if (w) out[n++] = feature2(7, h(w), types);
  const before = c.a.tokenEnd <= c.b.tokenStart;
  const gapFrom = before ? c.a.tokenEnd : c.b.tokenEnd, gapTo = before ? c.b.tokenStart : c.a.tokenStart;
  const gap = gapTo - gapFrom;
  out[n++] = feature3(8, before ? 1 : 0, Math.min(gap, 10), types);
  // the dependency path: its labels, and the word where the two sides meet
  const path = treePath(tokens, headToken(tokens, c.a), headToken(tokens, c.b));
  if (path) {
    const rels = [...path.up.map((t) => `${tokens[t]!.syntax?.deprel}^`), ...path.down.map((t) => `v${tokens[t]!.syntax?.deprel}`)];
    const shape = rels.length <= 5 ? rels.join(' ') : 'long';
    const top = tokens[path.lca]!;
    out[n++] = feature2(9, h(shape), types);
    out[n++] = feature1(10, h(shape));
    out[n++] = feature2(11, h(lemma(top)), types);
    out[n++] = feature3(12, h(lemma(top)), h(shape), types);
    out[n++] = feature2(13, h(rels[0] ?? ''), h(rels[rels.length - 1] ?? ''));
    out[n++] = feature3(14, h(rels[0] ?? ''), h(rels[rels.length - 1] ?? ''), types);
  } else out[n++] = feature1(15, 0);
  // the words between
  let words = 0;
  for (let k = gapFrom; k < gapTo && words < 10; k++) {
    const t = tokens[k]!;
    if (!CONTENT.has(t.syntax?.upos ?? '')) continue;
    out[n++] = feature2(16, h(lemma(t)), before ? 1 : 0);
    words++;
  }
  if (gap <= 3) out[n++] = feature3(17, h(tokens.slice(gapFrom, gapTo).map((t) => t.lower).join(' ')), before ? 1 : 0, types);
  const prevA = tokens[c.a.tokenStart - 1], prevB = tokens[c.b.tokenStart - 1];
  out[n++] = feature2(18, h(prevA?.lower ?? ''), types);
  out[n++] = feature2(19, h(prevB?.lower ?? ''), types);
  out[n++] = feature2(20, h(tokens[c.b.tokenEnd]?.lower ?? ''), tb);
  out[n++] = feature3(21, titleEntities.has(c.ea) ? 1 : 0, titleEntities.has(c.eb) ? 1 : 0, types);
  // what generalises across names: the places' kinds with the words between, the path's top word alone
  if (gap <= 3) out[n++] = feature4(22, h(tokens.slice(gapFrom, gapTo).map((t) => t.lower).join(' ')), before ? 1 : 0, ga, gb);
  if (path) out[n++] = feature2(23, h(lemma(tokens[path.lca]!)), before ? 1 : 0);
  out[n++] = feature3(24, ga, gb, before ? 1 : 0);
  if (c.a.pronoun || c.b.pronoun) out[n++] = feature3(25, c.a.pronoun ? 1 : 0, c.b.pronoun ? 1 : 0, types);
  // the last word of each name says much of what it is ("… River", "… County", "… University")
  const wa = h(nameHead(c.ea)), wb = h(nameHead(c.eb));
  out[n++] = feature3(26, wa, tb, gb);
  out[n++] = feature3(27, ta, ga, wb);
  out[n++] = feature2(28, wa, wb);
  // what each name hangs from: "born in X", "studied at X", "plays for X"
  const ha = headToken(tokens, c.a), hb = headToken(tokens, c.b);
  out[n++] = feature3(29, h(governor(tokens, ha)), h(tokens[ha]!.syntax?.deprel ?? ''), tb);
  out[n++] = feature3(30, h(governor(tokens, hb)), h(tokens[hb]!.syntax?.deprel ?? ''), ta);
  // what the gazetteer knows of the first as a city of the second ("… stations in Canada; … in Edmonton")
  const city = cityOf(c.ea, c.eb);
  if (city) out[n++] = feature2(31, city, before ? 1 : 0);
  return Math.min(n, TYPER_FEATURES);
}

/** 1 where the gazetteer has a city of a's name in country b, 2 where it has one only in others, 0 where it cannot tell. */
export function cityOf(a: Entity, b: Entity): number {
  if (a.type !== 'place' || b.type !== 'place') return 0;
  const g = gazetteer();
  const key = nameKey(a.label);
  const countries = g.cityCountries.get(key) ?? g.townCountries.get(key);
  const country = g.countries.get(nameKey(b.label));
  if (!countries?.length || !country || g.regions.has(nameKey(b.label))) return 0;
  return countries.includes(country) ? 1 : 2;
}

/** Are both places cities (of 50,000 people or more) the gazetteer knows in no country in common? */
export function citiesApart(a: Entity, b: Entity): boolean {
  if (a.type !== 'place' || b.type !== 'place') return false;
  const g = gazetteer();
  const ka = nameKey(a.label), kb = nameKey(b.label);
  if (g.countries.has(ka) || g.countries.has(kb)) return false;
  const ca = g.cityCountries.get(ka), cb = g.cityCountries.get(kb);
  return !!ca?.length && !!cb?.length && !ca.some((c) => cb.includes(c));
}

/** The countries of today that the gazetteer's cities lie in (not former states: Moscow was in the Soviet Union). */
let currentCountries: ReadonlySet<string> | undefined;

/**
 * Is a place a city the gazetteer knows only in countries other than this one? A town's name (of
 * 15,000–50,000 people) counts only where the document also names the town's country ("Humenné,
 * Slovakia … crosses into Hungary"): a smaller namesake abroad may hide an English exonym.
 */
export function cityElsewhere(place: Entity, country: Entity, namedCountries: ReadonlySet<string>): boolean {
  if (place.type !== 'place') return false;
  const g = gazetteer();
  const key = nameKey(place.label);
  const town = g.townCountries.get(key);
  const cities = g.cityCountries.get(key) ?? (town?.some((c) => namedCountries.has(c)) ? town : undefined);
  const canonical = g.countries.get(nameKey(country.label));
  if (!cities?.length || !canonical) return false;
  currentCountries ??= new Set([...g.cityCountries.values(), ...g.townCountries.values()].flat());
  return currentCountries.has(canonical) && !cities.includes(canonical);
}

/** A property the two entities' kinds rule out whatever the sentence says. */
function impossibleProperty(c: Candidate, property: string): boolean {
  if (property === 'P136') return c.eb.type === 'person' || c.eb.type === 'organization' || c.eb.type === 'place';
  return false;
}

/**
 * Why a relation the rules did not read may not be made of a pair, by the shape of its sentence
 * (undefined: nothing stops it). Each reason is a construction of news prose the typer, trained on
 * encyclopedic text, reads as a place's country or a person's citizenship.
 */
export function freshReadingBlocked(tokens: Token[], c: Candidate, property: string): string | undefined {
  // (the path between the two, read once for every check below)
  const path = treePath(tokens, headToken(tokens, c.a), headToken(tokens, c.b));
  // one place in another where both are members of one list, of one kind ("runs through Norland,
  // Ostria and Velland"; but a city and its country may be listed as one member: "in Madrid,
  // Casablanca, Morocco, and Lisbon")
  if (CONTAINMENT.has(property) && geoKind(c.ea) === geoKind(c.eb) && inOneList(tokens, c.sentence, c.a, c.b, 3, path)) return 'listed places';
  // a body in a country it is only listed with ("approval by regulators in the United States and the European Union")
  if (property === 'P17' && (c.ea.type === 'organization' || c.eb.type === 'organization') && inOneList(tokens, c.sentence, c.a, c.b, 2, path)) return 'listed body';
  // a citizenship or office in a country that modifies another name ("Iga Swiatek of Poland beat
  // Amanda Anisimova of the United States" makes neither a citizen, nor the head, of the other's country)
  if (NATIONAL.has(property) && ofThirdName(tokens, c.a, c.b, path)) return "another's country";

  // …or that only a clause on a third name puts beside the person
  if (NATIONAL.has(property) && throughClauseOnThirdName(tokens, c.a, c.b, path)) return "another's clause";
  // …or a clause of its own with another subject ("X led Russia's delegation, while Ukraine sent Y")
  if (NATIONAL.has(property) && outOfClauseOfAnotherSubject(tokens, c.a, c.b, path)) return "another's clause";
  // …or whose title another holds ("Haiti's prime minister, Ariel Henry, met Ruto")
  if ((NATIONAL.has(property) || AFFILIATIONS.has(property)) && titleOfThirdPerson(tokens, c.a, c.b)) return "another's office";
  // an event before or after which something happened had no part in it ("After the Spanish Civil War, work resumed under X")
  if (PARTICIPATION.has(property) && ((c.ea.type === 'event' && namedAsTimeAround(tokens, c.a)) || (c.eb.type === 'event' && namedAsTimeAround(tokens, c.b)))) return 'time around an event';
  // a citizenship or office across two coordinated clauses ("NASA administrator Bill Nelson
  // congratulated India, and the agency, which tracked it from Kourou, French Guiana, said …")
  if (NATIONAL.has(property) && acrossCoordinatedClauses(tokens, c.a, c.b, path)) return 'another clause';
  // a country that acts in a clause of its own as the country of what another clause names ("The
  // United States has accused the RSF, and the ICC said … attacks in West Darfur")
  if (property === 'P17' && isSubject(tokens, c.b) && acrossCoordinatedClauses(tokens, c.a, c.b, path)) return 'acting country';
  // what two clauses with subjects of their own say of them ("X won the Tour, and Y won the Giro":
  // X received no Giro, the Tour had no Y in it)
  // (where a place lies is often said in passing in either: "east of Agra, south of the Yamuna")
  if (!CONTAINMENT.has(property) && property !== 'P206' && acrossCoordinatedClauses(tokens, c.a, c.b, path)) return 'another clause';
  // one place in another where one is where a movement starts and the other where it goes ("From
  // the Tibetan Plateau the river runs through China")
  if (CONTAINMENT.has(property) && startAndWay(tokens, c.sentence, c.a, c.b, path)) return 'start and way';
  // one place in another across a clause of time ("the river runs through China … before it
  // empties into the South China Sea"; bodies there are often in the country: "played for Olaria,
  // before returning to Sport Recife" in Brazil)
  if (CONTAINMENT.has(property) && c.ea.type === 'place' && c.eb.type === 'place' && inTimeClause(tokens, c.sentence, c.a, c.b, path)) return 'clause of time';
  // a place that only says where a body is, not what the clause relates ("Maersk
  // bought the U.S. company X" puts Maersk in no U.S.)
  if (path && placeOnlyLocatesBody(tokens, path)) return "a body's place";
  // what a verb acts on and where it comes from ("joined Liverpool from Roma"): neither lies in the other
  if (path && objectAndSource(tokens, path)) return 'object and source';
  // the object of a verb and what its infinitive of purpose acts on ("X beats Y to win Z": Y wins nothing)
  if (path && objectAndPurpose(tokens, path)) return 'object and purpose';
  // nothing but containment between the objects of two verbs of one subject ("X divorced A and
  // married B": A and B are no couple; "scored in the Norland League season and joins Karvensk FC":
  // the club plays in no league said)
  if (!CONTAINMENT.has(property) && property !== 'P17' && path && objectsOfCoordinatedVerbs(tokens, path)) return "two verbs' objects";
  // kin a plural kin noun gives two names only to each other ("Thom Yorke, brothers Jonny Greenwood and Colin Greenwood, Ed O'Brien")
  if (KIN_PROPERTIES.has(property) && outsideKinPair(tokens, c.a, c.b)) return 'outside a kin pair';
  // a place inside the doer of a passive is the doer's, not the place of what was done to ("X was
  // discovered by a group at the University of Liège in Belgium")
  if (CONTAINMENT.has(property) && insideAgent(tokens, path)) return "the doer's place";
  return undefined;
}

/**
 * Is one of a pair's names the possessor (or the "of") of a word of equals, "rival", "partner",
 * "neighbour", or of a name that word qualifies ("Nvidia's rival AMD", "the rival of X")? (Of any
 * name: "Nvidia's rival AMD, led by Lisa Su" makes Su no employee of Nvidia either.)
 */
function throughPeerNoun(tokens: Token[], c: Candidate): boolean {
  const peer = (k: number) => PEER_NOUNS.has(tokens[k]?.syntax?.lemma ?? '') || PEER_NOUNS.has(tokens[k]?.lower ?? '');
  return [headToken(tokens, c.a), headToken(tokens, c.b)].some((end) => {
    const d = tokens[end]?.syntax;
    if (!d || !/^nmod/.test(d.deprel) || d.head < 0) return false;
    if (peer(d.head)) return true;
    for (let k = Math.max(0, d.head - 4); k < d.head; k++) if (tokens[k]!.syntax?.head === d.head && /^(?:amod|compound)$/.test(tokens[k]!.syntax!.deprel) && peer(k)) return true;
    return false;
  });
}

/** Does one side of the path reach a verb through its agent phrase, from deeper inside it than the agent's own head? */
function insideAgent(tokens: Token[], path: TreePath | undefined): boolean {
  if (!path || tokens[path.lca]?.syntax?.upos !== 'VERB') return false;
  const agentSide = (side: number[], top: number | undefined) => side.length > 1 && top !== undefined && tokens[top]?.syntax?.deprel === 'obl:agent';
  return agentSide(path.up, path.up[path.up.length - 1]) || agentSide(path.down, path.down[0]);
}

/**
 * Does a sentence hold a word the property needs (PROPERTY_CUES), or, for a birth or a death, life
 * dates in brackets ("Rudolf Halin (February 3, 1934, Uerdingen – November 14, 2014, Mölln)")?
 */
export function statesCue(tokens: Token[], s: Sentence, property: string): boolean {
  const cue = PROPERTY_CUES[property];
  if (!cue) return true;
  return statesWord(tokens, s, cue.words, cue.lifeDates);
}

/** Does a sentence hold one of the words (or, with lifeDates, a year in brackets)? */
function statesWord(tokens: Token[], s: Sentence, words: readonly string[], lifeDates = false): boolean {
  let bracket = -1;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k]!;
    if (words.includes(t.lower)) return true;
    if (t.text === '(') bracket = k;
    else if (t.text === ')') bracket = -1;
    else if (lifeDates && bracket >= 0 && /^\d{3,4}$/.test(t.text)) return true;
  }
  return false;
}

/** One end a person, the other a body. */
const personAndBody = (a: Entity, b: Entity) => (a.type === 'person' && b.type === 'organization') || (a.type === 'organization' && b.type === 'person');

/** Whether a kin property runs against the kin word of the relation's label: "father of" is no P22 of its source, "son of" no P40. */
export function kinTheOtherWay(label: string, property: string): boolean {
  const words = label.toLowerCase().split(/\s+/);
  return (PARENT_PROPERTIES.has(property) && words.some((w) => PARENT_WORDS.has(w))) || (CHILD_PROPERTIES.has(property) && words.some((w) => CHILD_WORDS.has(w)));
}

/** The start of the other of the two names a plural kin noun gives ("brothers A and B"), if the mention is one of them. */
function kinPartnerStart(tokens: Token[], m: Mention): number | undefined {
  // (not another's kin: "his two younger brothers A and B" are his brothers too)
  const pairNoun = (k: number) => PLURAL_KIN.has(tokens[k]?.lower ?? '') && ![1, 2, 3].some((d) => OWNERS.has(tokens[k - d]?.lower ?? ''));
  if (pairNoun(m.tokenStart - 1) && tokens[m.tokenEnd]?.lower === 'and') return m.tokenEnd + 1;
  if (tokens[m.tokenStart - 1]?.lower !== 'and') return undefined;
  let start = m.tokenStart - 2;
  while (start > 0 && tokens[start - 1]!.cap) start--;
  return pairNoun(start - 1) ? start : undefined;
}
const OWNERS = new Set(['his', 'her', 'their', 'its', "'s", '’s']);

/** One of two names is in the pair a plural kin noun gives, and the other is not its partner. */
function outsideKinPair(tokens: Token[], a: Mention, b: Mention): boolean {
  const pa = kinPartnerStart(tokens, a), pb = kinPartnerStart(tokens, b);
  return (pa !== undefined && pa !== b.tokenStart) || (pb !== undefined && pb !== a.tokenStart);
}

/** A name written right after a kin noun another owns: "their son X", "his wife, X". */
function kinOfAnother(tokens: Token[], m: Mention): boolean {
  let k = m.tokenStart - 1;
  if (tokens[k]?.text === ',') k--;
  return KIN_NOUNS.has(tokens[k]?.lower ?? '') && /^(?:his|her|their|its)$/.test(tokens[k - 1]?.lower ?? '');
}

/**
 * Is m written as the kin of another ("his wife, Y") whom the pronoun before the kin noun was
 * resolved to, and that other is not the other name of the pair?
 */
function kinOfThirdName(tokens: Token[], m: Mention, other: Mention, entityOf: Map<Mention, Entity>): boolean {
  if (!kinOfAnother(tokens, m)) return false;
  const owner = (tokens[m.tokenStart - 1]?.text === ',' ? m.tokenStart - 2 : m.tokenStart - 1) - 1;
  for (const [n, e] of entityOf) if (n.pronoun && n.sentence === m.sentence && n.tokenStart === owner) return e !== entityOf.get(other);
  return false;
}

/** Is m the country a person's name is written with, "of" it ("Tadej Pogačar of Slovenia")? */
function countryOfPerson(tokens: Token[], m: Mention, entityOf: Map<Mention, Entity>): boolean {
  const h = headToken(tokens, m), syn = tokens[h]?.syntax;
  if (!syn || syn.deprel !== 'nmod' || syn.head < 0 || tokens[syn.head]?.syntax?.upos !== 'PROPN') return false;
  if (!tokens.slice(Math.max(0, m.tokenStart - 2), m.tokenStart).some((t) => t.lower === 'of' && t.syntax?.head === h)) return false;
  for (const [n, e] of entityOf) if (!n.pronoun && n.sentence === m.sentence && syn.head >= n.tokenStart && syn.head < n.tokenEnd) return e.type === 'person';
  return false;
}

/** Properties that say where a thing is. */
const WHERE_PROPERTIES = new Set(['P131', 'P159', 'P276', 'P740', 'P17']);

/**
 * Is a body named after a city the gazetteer knows and the document names, and the place another
 * city? "University of Toronto", "Toronto Blue Jays" are in Toronto (where the text names Toronto
 * too: "Columbia University" is in New York, whatever towns are called Columbia).
 */
export function namedForOtherCity(body: Entity, place: Entity, placesNamed: ReadonlySet<string>): boolean {
  if (body.type === 'place' || place.type !== 'place') return false;
  const g = gazetteer();
  const target = nameKey(place.label);
  if (!g.cities.has(target)) return false;
  const words = nameKey(body.label).split(' ');
  if (words.length < 2) return false;
  for (let i = 0; i < words.length; i++) {
    for (const n of [2, 1]) {
      const part = words.slice(i, i + n).join(' ');
      if (part.split(' ').length === n && part !== target && placesNamed.has(part) && g.cities.has(part) && !g.words.has(part)) return true;
    }
  }
  return false;
}

/** The last word of an entity's name. */
function nameHead(e: Entity): string {
  const words = e.label.toLowerCase().split(/\s+/);
  return words[words.length - 1] ?? '';
}

/** The lemma of the word a token hangs from (in UD a preposition hangs from its noun: "born in X" → born). */
function governor(tokens: Token[], t: number): string {
  const head = tokens[t]?.syntax?.head ?? -1;
  const g = tokens[head];
  return g ? lemma(g) : 'ROOT';
}

/** The entities the document's first sentence (its title, in encyclopedic text) names. */
export function titleEntities(ctx: TypingContext): Set<Entity> {
  const out = new Set<Entity>();
  for (const m of ctx.mentions) if (m.sentence === 0 && ctx.entityOf.has(m)) out.add(ctx.entityOf.get(m)!);
  return out;
}

/** The best property for a candidate and its margin over "none" (undefined: none wins). */
export function classify(model: RelationTyperModel, features: Uint32Array, n: number, scores: Float64Array, signature?: string): { property: string; margin: number } | undefined {
  scores.fill(0);
  model.model.score(features, n, scores);
  let best = -1;
  for (let k = 1; k < scores.length; k++) {
    // a property whose signature the pair's types do not fit is no candidate: a person is no sports team
    const allowed = signature === undefined ? undefined : model.signatures?.get(model.classes[k]!);
    if (allowed && !allowed.has(signature!)) continue;
    // (or between the pair's types only: "chairperson" of a body and a person, never right on held-out edges)
    if (model.unreliable?.has(model.classes[k]!) || (signature !== undefined && model.unreliable?.has(`${model.classes[k]!}|${signature}`))) continue;
    if (best < 0 || scores[k]! > scores[best]!) best = k;
  }
  if (best < 0) return undefined;
  const margin = scores[best]! - scores[0]!;
  return margin > model.threshold ? { property: model.classes[best]!, margin } : undefined;
}

/**
 * Types the relations of a document in place: the property on each evidence sentence that states
 * it, and new relations for typed pairs the rules missed (labelled with the property's short name).
 * Returns them less those that, untyped, have only a preposition for a predicate (the typer is the
 * last stage that could have named them).
 */
export function typeRelations(ctx: TypingContext, model: RelationTyperModel, makeEvidence: (sentence: Sentence, predicate: string) => Evidence): Relation[] {
  const rules = rulePredicates(ctx.relations);
  const titles = titleEntities(ctx);
  const features = new Uint32Array(TYPER_FEATURES);
  const scores = new Float64Array(model.classes.length);
  const byPair = new Map<string, Relation>(ctx.relations.map((r) => [`${r.source}\u0000${r.target}`, r]));
  const relations = [...ctx.relations];
  const nationalityOf = nationalities(ctx.tokens, ctx.sentences, ctx.mentions, ctx.entityOf);
  const g = gazetteer();
  const foreign = (person: Entity, place: Entity) => {
    const own = nationalityOf.get(person);
    const country = place.type === 'place' ? g.countries.get(nameKey(place.label)) : undefined;
    return !!own && !!country && !own.has(country);
  };
  const namedCountries = new Set(countriesNamed(ctx.entityOf).keys());
  const places = new Set((ctx.entities ?? [...ctx.entityOf.values()]).filter((e) => e.type === 'place').flatMap((e) => [e.label, ...e.aliases].map(nameKey)));
  for (const c of relationCandidates(ctx)) {
    const n = candidateFeatures(c, ctx.tokens, rules, titles, features);
    const typed = classify(model, features, n, scores, signatureOf(c.ea, c.eb));
    if (!typed) continue;
    // a rival, a partner or a neighbour of a name is no part, property or employee of it, read by the rules or not
    if (throughPeerNoun(ctx.tokens, c)) continue;
    const key = `${c.ea.id}\u0000${c.eb.id}`;
    let r = byPair.get(key);
    // the rules related the two the other way: their reading (and its label) stands
    if (!r && byPair.has(`${c.eb.id}\u0000${c.ea.id}`)) continue;
    // a sentence the rules did not read the pair in is a new statement, for a relation they found
    // elsewhere too: it needs what a new relation needs ("Olaf Ruud ignored the anniversary, while
    // the textbook … devotes a page to the Karvensk Treaty" says nothing of Ruud and the treaty)
    // (as is one they read as a preposition no property names: "Vesna is the second-largest city in
    // Norland, after Karvensk"; "in", "of" are what "located in", "citizen of" say)
    const fresh = !r?.evidence.some((e) => e.sentence === c.sentence.index && (!PREPOSITIONS.has(e.predicate) || BARE_LABELS.has(e.predicate)));
    if (fresh && typed.margin <= model.newThreshold) continue;
    // a new relation needs two names: through a pronoun the typer guesses too often (Re-DocRED CV
    // when this was added: typed precision 0.466 → 0.486 without them, recall 0.315 → 0.313)
    if (fresh && (c.a.pronoun || c.b.pronoun)) continue;
    // …and no new citizenship or office in a country other than the one the text gives the person
    // ("Hungarian Prime Minister Orbán dropped his opposition to aid for Ukraine")
    // (nor on a relation the rules read: "U.S. President Donald Trump … threatened to make Spain pay")
    if (NATIONAL.has(typed.property) && (foreign(c.ea, c.eb) || foreign(c.eb, c.ea))) continue;
    // no city is in a country that has no city of its name ("yards in Stavanger, Haugesund and
    // Gdańsk, Poland": Stavanger is not in Poland)
    // (nor in one as its part: "Nairobi" is located in no Haiti)
    if ((typed.property === 'P17' || typed.property === 'P131') && cityElsewhere(c.ea, c.eb, namedCountries)) continue;
    // …nor a city in another city of no country it shares ("a news conference in Munich … a summit
    // in Paris": Munich is in no Paris; Brooklyn may be in a city of the US)
    if (typed.property === 'P131' && citiesApart(c.ea, c.eb)) continue;
    // …nor a continent that is none ("Japan" is on no "Pacific")
    if (typed.property === 'P30' && !nameKey(c.eb.label).split(' ').some((w) => CONTINENT_STEMS.some((stem) => w.startsWith(stem)))) continue;
    // …nor a citizenship or a country on a planet ("Life on Mars", a title, made Mars a place)
    if ((NATIONAL.has(typed.property) || typed.property === 'P17') && (CELESTIAL_BODIES.has(nameKey(c.ea.label)) || CELESTIAL_BODIES.has(nameKey(c.eb.label)))) continue;
    // …nor between a speaker and a name in what the speaker said ("…, Christian Bruch said"): the
    // rules relate none, and the typer should not either
    if (fresh && speakerAndReported(ctx.tokens, c.a, c.b)) continue;
    // …nor a place that is only a superlative's scope ("studied at Europe's oldest university in Bologna")
    if (fresh && (superlativeScope(ctx.tokens, c.a, c.sentence.tokenStart, c.sentence.tokenEnd, c.b) || superlativeScope(ctx.tokens, c.b, c.sentence.tokenStart, c.sentence.tokenEnd, c.a))) continue;
    // …nor across a relative clause with a subject of its own ("London, where she met X": X was not born there)
    if (fresh && clauseOfAnotherSubject(ctx.tokens, c.a, c.b)) continue;
    // …nor a place in the country a person is "of" ("Tadej Pogačar of Slovenia won, finishing on the Champs-Élysées")
    if (fresh && CONTAINMENT.has(typed.property) && (countryOfPerson(ctx.tokens, c.a, ctx.entityOf) || countryOfPerson(ctx.tokens, c.b, ctx.entityOf))) continue;
    // …nor where the sentence's shape says the two are not so related (freshReadingBlocked)
    if (fresh && freshReadingBlocked(ctx.tokens, c, typed.property)) continue;
    // …nor a property the two cannot have: a genre that is a person, a body or a place
    if (impossibleProperty(c, typed.property)) continue;
    // …nor a property the sentence has no word for (a birthplace without "born", a team without a word of sport)
    if (!statesCue(ctx.tokens, c.sentence, typed.property)) continue;
    // …nor a person's membership of a body, or a body's part that is a person, without a word for it
    if (MEMBERSHIP_PROPERTIES.has(typed.property) && personAndBody(c.ea, c.eb) && !statesWord(ctx.tokens, c.sentence, MEMBERSHIP_WORDS)) continue;
    // …nor kin of anyone but two people, nor kin the other way round from the rules' kin word
    // ("N. C. Wyeth, father of Andrew Wyeth" makes Andrew no father of N. C.)
    if (KIN_PROPERTIES.has(typed.property) && (c.ea.type !== 'person' || c.eb.type !== 'person')) continue;
    // …nor a work's author, director or performer to a body or a place ("Montenegro's Social
    // Democratic Party" was "written by" him: the typer learned from works it had taken for bodies;
    // a character, typed as a person, has them: "Tiana is voiced by X")
    // (nor between two people: "Su is a distant relative of Huang" made Huang her author)
    if (WORK_PROPERTIES.has(typed.property) && (c.ea.type === 'organization' || c.ea.type === 'place' || (c.ea.type === 'person' && c.eb.type === 'person'))) continue;
    // …nor kin between two people each introduced as another's kin: "their son X and their grandson Y"
    if (fresh && KIN_PROPERTIES.has(typed.property) && kinOfAnother(ctx.tokens, c.a) && kinOfAnother(ctx.tokens, c.b)) continue;
    // …nor a spouse to one introduced as a third's kin ("the child of Lord Byron and his wife, Anne
    // Milbanke": Anne is Byron's wife, not the child's; but "his sons A and B" are siblings)
    if (fresh && typed.property === 'P26' && (kinOfThirdName(ctx.tokens, c.a, c.b, ctx.entityOf) || kinOfThirdName(ctx.tokens, c.b, c.a, ctx.entityOf))) continue;
    if (r && kinTheOtherWay(r.evidence.find((e) => e.sentence === c.sentence.index)?.predicate ?? r.label, typed.property)) continue;
    // …nor a citizenship or office read on a verb of going somewhere or acting on a country from
    // outside ("Meitner fled to the Netherlands", "Nelson congratulated India")
    if (r && NATIONAL.has(typed.property) && movesAcross(r.evidence.find((e) => e.sentence === c.sentence.index)?.predicate ?? '')) continue;
    // …nor a body in a town other than the one its name holds ("the University of Toronto" is not in Saint John)
    if (WHERE_PROPERTIES.has(typed.property) && namedForOtherCity(c.ea, c.eb, places)) continue;
    const label = WIKIDATA_PROPERTIES[typed.property]?.label ?? typed.property;
    if (!r) {
      r = { source: c.ea.id, target: c.eb.id, label, evidence: [] };
      byPair.set(key, r);
      relations.push(r);
    }
    let ev = r.evidence.find((e) => e.sentence === c.sentence.index);
    if (!ev) r.evidence.push((ev = makeEvidence(c.sentence, label)));
    ev.relation ??= typed.property;
    // kin read on a verb the two share says nothing of the kin: "won the prize together with her
    // husband X" → spouse of (not "won")
    if (KIN_PROPERTIES.has(typed.property) && ev.relation === typed.property && !ev.predicate.split(' ').some((w) => PROPERTY_CUES.P26!.words.includes(w))) {
      if (r.label === ev.predicate) r.label = label;
      ev.predicate = label;
    }
    // never a bare preposition: "Kenya's Ruto" typed as citizenship reads "citizen of" (and any
    // other preposition alone says less than the property: "under", "through")
    if (PREPOSITIONS.has(ev.predicate)) ev.predicate = label;
    if (PREPOSITIONS.has(r.label)) r.label = label;
  }
  const entities = new Map([...ctx.entityOf.values()].map((e) => [e.id, e]));
  return placeInPlaceLabels(withoutPredicate(relations, entities), entities);
}
