// Stage 4: entity types, from the name itself (its head noun, a gazetteer, a given name, an
// acronym, quotation marks) and from the words around its mentions (titles, class nouns,
// prepositions). The name's own evidence outranks the context's.
import type { EntityType, Mention } from './model';
import { AWARD_HEADS, CELESTIAL_BODIES, CONTINENT_STEMS, DEMONYM_QUALIFIERS, EVENT_HEADS, CLUB_FIRST_WORDS, CLUB_LAST_WORDS, CLUB_PREFIXES, CLUB_SUFFIXES, FIRST_EVENT_HEADS, FIRST_ORG_HEADS, FIRST_PLACE_HEADS, GERMAN_PLACE_JOINS, GERMAN_PLACE_JOINS_BEFORE_DER, LEGAL_FORMS, ORDINAL_EVENT_HEADS, ORG_HEADS, PLACE_HEADS, SAINTS, SURNAME_HEADS, WORK_HEADS } from './lexicons/cues';
import { gazetteer } from './lexicons/gazetteer';
import { headOf, isAcronym, nameKey, wordsOf } from './names';

const PLACE_SUFFIX = /(?:grad|gorod|burg|burgh|ville|polis|stadt|abad|istan|pur|sk|ovo|evo)$/;
/** a body's head written into its one word, as Dutch, German and Nordic names do: Rijksmuseum, Burgtheater */
const ORG_SUFFIX = /.{3}(?:museum|museet|muzeum|theater|theatre|akademie|universitet|universität)$/;

/** What a name says of its own type, or undefined when it says nothing. */
export function typeFromName(name: string, quoted = false): EntityType | undefined {
  const g = gazetteer();
  const key = nameKey(name);
  const words = wordsOf(key);
  if (!words.length) return undefined;
  const lower = name.trim().toLowerCase();
  if (g.countries.has(key) || g.countries.has(lower)) return 'place';
  if (words.length === 1 && CELESTIAL_BODIES.has(key) && !quoted) return 'place';
  if (lower.startsWith('the ') && g.cities.has(lower)) return 'place'; // "The Hague"

  // a part of a continent, a country or a region by its compass point: "East Africa", "Western Europe", "South Asia"
  if (words.length >= 2 && DEMONYM_QUALIFIERS.has(words[0]!)) {
    const rest = words.slice(1).join(' ');
    if (g.countries.has(rest) || g.regions.has(rest) || (words.length === 2 && CONTINENT_STEMS.some((stem) => rest.startsWith(stem)) && !g.adjectives.has(rest))) return 'place';
  }
  // a town's football club: "Manchester City", "Leicester City" (not a city named so after its country or state: "Mexico City", "Kansas City")
  if (words.length >= 2 && words[words.length - 1] === 'city' && !quoted) {
    const town = words.slice(0, -1).join(' ');
    if (g.cities.has(town) && !g.countries.has(town) && !g.regions.has(town) && !g.givenNames.has(words[0]!)) return 'organization';
  }
  const head = headOf(key);
  const hasOrdinal = words.some((w) => /^\d+(?:st|nd|rd|th)$|^\d{4}$/.test(w));
  // (an assembly "of" something is a body: "Assembly of the Republic", "Assembly of Experts")
  if (ORDINAL_EVENT_HEADS.has(head) && (hasOrdinal || words.includes('party') || (words.includes('of') && head !== 'assembly'))) return 'event';
  // a hall of fame is a body (a museum and its members), not a hall
  if (/\bhall of fame$/.test(key)) return 'organization';
  // an award is typed as a work (named things made and given; not a person or a body)
  // (with its field: "Nobel Prize in Physics", whose last word is no head)
  if (words.length > 1 && (AWARD_HEADS.has(head) || words.some((w, i) => AWARD_HEADS.has(w) && (words[i + 1] === 'in' || words[i + 1] === 'for')))) return 'work';
  // a quoted title named like an event is a work: "The Hunger Games", "War Games"
  if (quoted && EVENT_HEADS.has(head)) return 'work';
  // a company by its legal form: "Novo Nordisk A/S", "Siemens AG"
  if (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1]!.replace(/\.$/, ''))) return 'organization';
  // a body whose head comes first, in a language that writes it so: "Scuola Normale Superiore"
  if (words.length > 1 && !quoted && FIRST_ORG_HEADS.has(words[0]!)) return 'organization';
  // …or an English body's name with its town after the head: "King's College London", "Imperial College London"
  if (words.length > 2 && ORG_HEADS.has(words[words.length - 2]!) && (g.cities.has(words[words.length - 1]!) || g.countries.has(words[words.length - 1]!))) return 'organization';
  // two names joined by "&" make a firm's or a band's name: "Procter & Gamble", "Ben & Jerry's", "Li & Fung"
  if (!quoted && /\p{L}\S*\s*&\s*\p{L}/u.test(name)) return 'organization';
  // a German town named with its river, lake or region: "Frankfurt am Main", "Bruck an der Leitha"
  if (words.length > 2 && !quoted && germanPlaceName(name.trim().split(/\s+/))) return 'place';
  // a sports club named after its town: "Real Madrid", "Newcastle United"
  if (words.length > 1 && !quoted && isClubName(name, words)) return 'organization';
  // a given name and a surname that is also a place's head: "Peter Hall"
  if (words.length === 2 && SURNAME_HEADS.has(head) && g.givenNames.has(words[0]!) && !quoted) return 'person';
  // a church named for a saint or a holy thing is a building ("Church of St Mary Magdalene", "St
  // Mary's Church", "Church of the Holy Sepulchre"), not a body ("Church of England", "Catholic Church")
  if (head === 'church' && !quoted && words.some((w) => SAINTS.has(w) || w === 'holy')) return 'place';
  if (words.length > 1 || quoted) {
    if (ORG_HEADS.has(head)) return 'organization';
    if (PLACE_HEADS.has(head)) return 'place';
    if (EVENT_HEADS.has(head)) return 'event';
    if (WORK_HEADS.has(head)) return 'work';
  }
  // a place whose head comes first, where the last word is no head: "Mount Kenya", "Casa Milà"
  if (words.length > 1 && !quoted && FIRST_PLACE_HEADS.has(words[0]!) && !g.givenNames.has(words[1]!)) return 'place';
  if (words.length > 1 && !quoted && FIRST_EVENT_HEADS.has(words[0]!)) return 'event';
  if (quoted) return 'work';
  if (g.cities.has(key) && !g.givenNames.has(words[0]!)) return 'place';
  if (isAcronym(name.trim())) return 'organization';
  if (words.length > 1) {
    if (g.givenNames.has(words[0]!) && !g.words.has(words[words.length - 1]!)) return 'person';
    // transliterated adjective + noun titles ("Novaya Gazeta") name publications and bodies, not people
    if (/(?:aya|oye|skiy|skii|naya)$/.test(words[0]!) && !g.givenNames.has(words[0]!)) return 'organization';
    if (g.givenNames.has(words[0]!)) return 'person';
  }
  // place-name endings: Stalingrad, Yekaterinburg, Hyderabad, Kazakhstan
  if (words.length === 1 && PLACE_SUFFIX.test(words[0]!) && !g.words.has(words[0]!)) return 'place';
  if (words.length === 1 && ORG_SUFFIX.test(words[0]!) && !g.words.has(words[0]!)) return 'organization';
  if (words.length === 1 && (ORG_HEADS.has(head) || PLACE_HEADS.has(head) || EVENT_HEADS.has(head) || WORK_HEADS.has(head))) {
    if (ORG_HEADS.has(head)) return 'organization';
  }
  return undefined;
}

/** A club's name by its first or last word: "Real Madrid", "FC Porto", "Newcastle United", "Malmö FF" (prefixes and suffixes in capitals). */
export function isClubName(name: string, words: string[]): boolean {
  const written = name.trim().split(/\s+/);
  const capitals = (w: string | undefined) => !!w && (w.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
  const first = words[0]!, last = words[words.length - 1]!;
  return CLUB_FIRST_WORDS.has(first) || CLUB_LAST_WORDS.has(last)
    || (CLUB_PREFIXES.has(first) && capitals(written[0])) || (CLUB_SUFFIXES.has(last) && capitals(written[written.length - 1]));
}

/** What decided an entity's type: its name, a surname used alone, the words around it, or nothing (the default). */
export type TypeReason = 'name' | 'surname' | 'cue' | 'default';

/** The type of an entity from all its names and mentions. */
export function classifyEntity(names: string[], mentions: Mention[]): EntityType {
  return classifyEntityWhy(names, mentions).type;
}

export function classifyEntityWhy(names: string[], mentions: Mention[]): { type: EntityType; by: TypeReason } {
  // the fullest name speaks first
  const byLength = [...names].sort((a, b) => b.length - a.length);
  const quoted = new Set(mentions.filter((m) => m.quoted).map((m) => m.text));
  const fullest = byLength[0];
  if (fullest && typeFromName(fullest, quoted.has(fullest)) === undefined) {
    // a full name that is also referred to by its last word alone is a person's: "Ahmet Kaya" … "Kaya"
    const words = fullest.split(/\s+/);
    if (words.length > 1 && byLength.some((n) => n === words[words.length - 1])) return { type: 'person', by: 'surname' };
  }
  for (const n of byLength) {
    const t = typeFromName(n, quoted.has(n));
    if (t) return { type: t, by: 'name' };
  }
  const votes = new Map<EntityType, number>();
  for (const m of mentions) if (m.cue) votes.set(m.cue, (votes.get(m.cue) ?? 0) + (m.role ? 2 : 1));
  let best: EntityType | undefined;
  let bestVotes = 0;
  for (const [t, v] of votes) if (v > bestVotes) { best = t; bestVotes = v; }
  if (best) return { type: best, by: 'cue' };
  // a capitalised name with no other sign is most often a person in news and encyclopedic prose
  return { type: 'person', by: 'default' };
}

/** Does this type take a surname-style short form ("Khrushchev" for "Nikita Khrushchev")? */
export const isPersonLike = (t: EntityType | undefined): boolean => t === 'person' || t === undefined;

/** A town's name joined to its river, lake or region by a German word: "Weiden am See", "Halle an der Saale". */
function germanPlaceName(words: string[]): boolean {
  const capital = (w: string | undefined) => !!w && /^\p{Lu}/u.test(w);
  return capital(words[0]) && (GERMAN_PLACE_JOINS.has(words[1]!) ? capital(words[2]) : GERMAN_PLACE_JOINS_BEFORE_DER.has(words[1]!) && words[2] === 'der' && capital(words[3]));
}
