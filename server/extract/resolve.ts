// Stage 5: which mentions name the same thing. Spellings that share a key are one name; then
// shorter names join the one longer name they abbreviate — a surname its full name, an acronym
// the words it stands for, "20th Congress" the "20th Congress of the Communist Party of the
// Soviet Union" — and stay apart when two longer names fit. "X (ABC)" and "X, known as Y" join
// what the text itself declares one.
import type { Entity, EntityType, Mention } from './model';
import { AWARD_HEADS, CORPORATE_HEADS, GENERIC_MODIFIERS, LEGAL_FORMS, LEGISLATURE_HEADS, NAME_PARTICLES, PLACE_PARTICLES, SAME_THING_SUFFIXES, WATERCOURSE_SUFFIXES, isHead } from './lexicons/cues';
import { gazetteer, isKnownPlace } from './lexicons/gazetteer';
import { classifyEntity, isClubName, isPersonLike, typeFromName } from './classify';
import { headOf, initialsOf, isAcronym, nameKey, slug, wordsOf } from './names';

interface Form {
  key: string;
  words: string[];
  surfaces: string[];
  /** written after "the" at least once ("the Vessna"): how rivers are named, not towns or provinces */
  withThe?: boolean;
  /** written after a preposition of place at least once ("in Montenegro"): a place there, whatever else */
  placed?: boolean;
  mentions: Mention[];
  nameType: EntityType | undefined;
  cluster: number;
  /** derived once, on first use: whether a surface is an acronym, the initials, the words as a set */
  acronym?: boolean;
  initials?: string;
  wordSet?: Set<string>;
}

/** Union-find over form indexes. */
class Clusters {
  private parent: number[] = [];
  add(): number { this.parent.push(this.parent.length); return this.parent.length - 1; }
  find(i: number): number {
    while (this.parent[i] !== i) { this.parent[i] = this.parent[this.parent[i]!]!; i = this.parent[i]!; }
    return i;
  }
  union(a: number, b: number): void { const ra = this.find(a), rb = this.find(b); if (ra !== rb) this.parent[rb] = ra; }
}

export interface Resolution { entities: Entity[]; entityOfMention: Map<Mention, Entity> }

export function resolveEntities(documentId: string, text: string, mentions: Mention[]): Resolution {
  const names = mentions.filter((m) => !m.anaphor);
  const forms = new Map<string, Form>();
  const uf = new Clusters();
  for (const m of names) {
    const key = nameKey(m.text);
    if (!key) continue;
    let f = forms.get(key);
    if (!f) {
      f = { key, words: wordsOf(key), surfaces: [], mentions: [], nameType: undefined, cluster: uf.add() };
      forms.set(key, f);
    }
    f.mentions.push(m);
    if (/(?:^|\s)the\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))) f.withThe = true;
    if (PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) f.placed = true;
    if (!f.surfaces.includes(m.text)) f.surfaces.push(m.text);
  }
  const list = [...forms.values()];
  for (const f of list) f.nameType = typeFromName(longest(f.surfaces), f.mentions.some((m) => m.quoted));
  const formOf = (m: Mention) => forms.get(nameKey(m.text));

  // one place under several names in the gazetteer: "U.S.S.R." and "Soviet Union"
  unionBy(list, uf, (f) => gazetteer().countries.get(f.key));
  // one name with and without its accents: "Durán" and "Duran"
  unionBy(list, uf, (f) => f.key.normalize('NFD').replace(/\p{M}/gu, ''));
  // one award or body in the singular and the plural: "the first woman to win a Nobel Prize and the
  // only person to win Nobel Prizes in two fields"
  unionBy(list, uf, (f) => (f.words.length > 1 && AWARD_HEADS.has(f.words[f.words.length - 1]!) ? f.key.replace(/s$/, '') : undefined));

  declaredAliases(text, names, formOf, uf);

  // shorter forms join the one longer form they abbreviate
  const ordered = [...list].sort((a, b) => b.words.length - a.words.length || b.key.length - a.key.length);
  for (const [i, f] of ordered.entries()) {
    const longer = ordered.slice(0, i).filter((c) => c.words.length > f.words.length || (c.words.length === f.words.length && c.key.length > f.key.length));
    const candidates = new Set<number>();
    for (const c of longer) if (abbreviates(f, c)) candidates.add(uf.find(c.cluster));
    candidates.delete(uf.find(f.cluster));
    if (candidates.size === 1) uf.union([...candidates][0]!, f.cluster);
    else if (candidates.size > 1 && f.words.length === 1) {
      // two people share the surname: an encyclopedic article's subject, named in its title line, takes it
      const subject = [...candidates].filter((c) => list.some((g) => uf.find(g.cluster) === c && g.mentions.some((m) => m.sentence === 0)));
      if (subject.length === 1 && !f.mentions.some((m) => m.sentence === 0)) uf.union(subject[0]!, f.cluster);
    }
  }

  titleAndFirstSubject(text, names, formOf, uf);

  // group mentions by cluster
  const groups = new Map<number, Mention[]>();
  for (const m of names) {
    const f = formOf(m);
    if (!f) continue;
    const root = uf.find(f.cluster);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(m);
  }
  // a dateline names the town the story was filed in, not a longer name the town's name ends
  // ("LEVERKUSEN, Germany — Bayer Leverkusen have signed …"): the town is an entity of its own
  for (const [root, group] of [...groups]) {
    const datelines = group.filter((m) => m.dateline);
    if (!datelines.length || !group.some((m) => !m.dateline && longerNonPlace(formOf(m)!, formOf(datelines[0]!)!))) continue;
    groups.set(root, group.filter((m) => !m.dateline));
    groups.set(uf.add(), datelines);
  }

  // "the Congress": the latest name before it with that head
  const legislatures = new Map<string, number>();
  for (const a of mentions.filter((m) => m.anaphor)) {
    const head = headOf(nameKey(a.text));
    let target: number | undefined;
    for (const m of names) {
      if (m.start >= a.start) break;
      const f = formOf(m);
      if (f && headOf(f.key) === head && a.sentence - m.sentence <= 6) target = uf.find(f.cluster);
    }
    if (target !== undefined) { groups.get(target)!.push(a); continue; }
    // a legislature named by its head alone is a body of its own ("told the Senate"): there is one
    // (not "the Congress", as often a party's)
    if (LEGISLATURE_HEADS.has(head) && head !== 'congress') {
      a.anaphor = false;
      const cluster = legislatures.get(head) ?? uf.add();
      if (!legislatures.has(head)) { legislatures.set(head, cluster); groups.set(cluster, []); }
      groups.get(cluster)!.push(a);
    }
  }

  const entities: Entity[] = [];
  const entityOfMention = new Map<Mention, Entity>();
  const usedIds = new Set<string>();
  for (const group of groups.values()) {
    group.sort((a, b) => a.start - b.start);
    const surfaces = unique(group.filter((m) => !m.anaphor).map((m) => m.text));
    const type = classifyEntity(surfaces, group);
    // (a dateline's town alone, written in capitals, is labelled as the town is written: "Leverkusen";
    // not its agency, an acronym: "AP", "TASS")
    const chosen = chooseLabel(surfaces, type);
    const town = type === 'place' || isKnownPlace(chosen.toLowerCase()) || chosen.replace(/[^\p{L}]/gu, '').length > 4;
    const label = town && group.every((m) => m.dateline) ? townCase(chosen) : chosen;
    const aliases = surfaces.filter((s) => s !== label);
    let id = slug(label);
    for (let n = 2; usedIds.has(id); n++) id = `${slug(label)}-${n}`;
    usedIds.add(id);
    const entity: Entity = {
      id, label, type, aliases,
      mentions: group.map((m) => ({ document: documentId, start: m.start, end: m.end, sentence: m.sentence })),
    };
    entities.push(entity);
    for (const m of group) entityOfMention.set(m, entity);
  }
  entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return { entities, entityOfMention };
}

/** A name in capitals as a town's name is written: "SAN FRANCISCO" → "San Francisco" (a name in any other case stays). */
function townCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Is a form a longer name than another that is no place ("Bayer Leverkusen" beside "Leverkusen")? */
function longerNonPlace(f: Form, town: Form): boolean {
  return f.words.length > town.words.length && f.nameType !== 'place' && !isKnownPlace(f.key);
}

/** A preposition of place right before a name: "in Montenegro", "from the Netherlands". */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|into|to|from|across|throughout|within|near|at|of|outside|inside|toward|towards|visited|visit|visiting)\s+(?:the\s+)?$/i;

/**
 * A country's name alone that is the surname of a person the text named in full before it, and
 * never written as a place ("in Montenegro"): "Luís Montenegro … Montenegro has ruled out a deal".
 */
function countryAsSurname(f: Form, c: Form): boolean {
  const g = gazetteer();
  const given = c.words[0]?.normalize('NFD').replace(/\p{M}/gu, '') ?? '';
  if (f.words.length !== 1 || !g.countries.has(f.key) || f.placed || c.words.length < 2 || c.words[c.words.length - 1] !== f.key || !g.givenNames.has(given)) return false;
  return Math.min(...c.mentions.map((m) => m.start)) < Math.min(...f.mentions.map((m) => m.start));
}

/** Joins the forms that share a key (those without one stay as they are). */
function unionBy(forms: Form[], uf: Clusters, keyOf: (f: Form) => string | undefined): void {
  const first = new Map<string, Form>();
  for (const f of forms) {
    const key = keyOf(f);
    if (key === undefined) continue;
    const other = first.get(key);
    if (other) uf.union(other.cluster, f.cluster); else first.set(key, f);
  }
}

/**
 * An encyclopedic article's title line names its subject as it is known ("Ada Lovelace"); its first
 * sentence opens with the full name ("Augusta Ada King, Countess of Lovelace, was …"). The two are
 * one where they share a word of a name.
 */
function titleAndFirstSubject(text: string, names: Mention[], formOf: (m: Mention) => Form | undefined, uf: Clusters): void {
  const titles = [...new Set(names.filter((m) => m.sentence === 0 && m.inTitle).map(formOf))];
  const title = titles[0];
  // (a name of two words or more: the title line is the name, not a topic with a name in it)
  if (titles.length !== 1 || !title || title.words.length < 2) return;
  const body = names.filter((m) => m.sentence > 0);
  const firstSentence = Math.min(...body.map((m) => m.sentence));
  // (the first sentence's opening name: "The Basílica de la Sagrada Família is …", not "In the New York area, …")
  const first = body.filter((m) => m.sentence === firstSentence).sort((a, b) => a.start - b.start)[0];
  if (!first || !/(?:^|[.!?]\s|\n)\s*(?:the\s+)?$/i.test(text.slice(Math.max(0, first.start - 40), first.start))) return;
  const subject = formOf(first);
  if (!subject || uf.find(subject.cluster) === uf.find(title.cluster)) return;
  // (a word of three letters or more that is a name's in both, not a head noun: "Ada")
  const shared = title.words.filter((w) => w.length >= 3 && subject.words.includes(w) && !isHead(w) && !NAME_PARTICLES.has(w));
  const kinds = [title.nameType, subject.nameType].filter((t) => t !== undefined);
  if (shared.length && new Set(kinds).size <= 1) uf.union(title.cluster, subject.cluster);
}

/** Does the shorter form f abbreviate the longer form c? */
function abbreviates(f: Form, c: Form): boolean {
  // an acronym of the longer name's words
  f.acronym ??= f.surfaces.some((s) => isAcronym(s));
  if (f.acronym) {
    if (f.key.replace(/[^a-z0-9]/g, '') === (c.initials ??= initialsOf(longest(c.surfaces))) && f.key.length >= 2) return true;
    // …or a company's name in capitals without its legal form or head: "ASML" of "ASML Holding"
    return companyForm(f, c);
  }
  // every other way needs a word in common: most pairs part here
  c.wordSet ??= new Set(c.words.map((w) => w.replace(/"/g, '')));
  if (!f.words.some((w) => c.wordSet!.has(w) || /^\p{L}\.$/u.test(w))) return false;
  const g = gazetteer();
  // a lone word that a gazetteer also knows as a town is still a surname beside a full name
  const fLoneWord = f.words.length === 1 && !g.countries.has(f.key);
  // a club by its place, once the club has been named: "FC Porto … Porto", "Bayer Leverkusen … Leverkusen" (but "Porto … FC Porto"
  // is a city and its club, not a person and his surname)
  // (a dateline's town stands apart anyway: "LEVERKUSEN, Germany — Bayer Leverkusen … Leverkusen coach X")
  if (c.words.length === 2 && f.words.length === 1 && c.words.includes(f.key) && isClubName(c.surfaces[0]!, c.words) && f.mentions.some((m) => !m.dateline)) {
    return Math.min(...c.mentions.map((m) => m.start)) < Math.min(...f.mentions.filter((m) => !m.dateline).map((m) => m.start));
  }
  // a company's name without its legal form, whatever else the words look like ("Novo Nordisk" of "Novo Nordisk A/S")
  if (c.key !== f.key && c.key.replace(CORPORATE_SUFFIX, '') === f.key) return true;
  const personal = isPersonLike(c.nameType) && (isPersonLike(f.nameType) || fLoneWord || countryAsSurname(f, c)) && !c.words.includes('of');
  if (personal) {
    // a surname, a given name, or fewer of the same names: "Khrushchev", "Willi Schneider"
    const cWords = c.words.map((w) => w.replace(/"/g, ''));
    // (a thing written with "the" whose longer name begins with a word, not a given name, is another
    // thing of the same name: "the Nile" is no surname of "Blue Nile")
    if (f.withThe && f.words.length === 1 && g.words.has(cWords[0]!) && !g.givenNames.has(cWords[0]!)) return false;
    const last = cWords[cWords.length - 1];
    // (or the first names and a first surname of a longer name: "Rachel Perry" of "Rachel Perry
    // Welty", "Gregorio Pacheco" of "Gregorio Pacheco Leyes")
    // (the words left are names, not a thing named after a person: "Robert Burns" of "Robert Burns
    // Fellowship", "Wayne Gretzky" of "Wayne Gretzky Drive")
    const leading = f.words.length >= 2 && f.words.length < cWords.length && f.words.every((w, i) => w === cWords[i]) && g.givenNames.has(f.words[0]!)
      && cWords.slice(f.words.length).every((w) => NAME_PARTICLES.has(w) || !g.words.has(w));
    if (f.words[f.words.length - 1] !== last && !leading && !(f.words.length === 1 && f.words[0] === cWords[0] && firstNameAlone(f.words[0]!, cWords))) return false;
    // a town after "de" is where the name is of, not a surname: "Paris" of "Le Ventre de Paris"
    if (fLoneWord && g.cities.has(f.key) && cWords.length > 2 && PLACE_PARTICLES.has(cWords[cWords.length - 2]!)) return false;
    // a town the text named before the longer name is the town, not a surname (a person's surname
    // follows the full name): "Kraków is the second-largest city … the club Wisła Kraków"
    // (not a dateline's: "LEVERKUSEN, Germany — Bayer Leverkusen have signed …", whose town stands apart anyway)
    const fRunning = f.mentions.filter((m) => !m.dateline);
    if (fLoneWord && g.cities.has(f.key) && fRunning.length && Math.min(...fRunning.map((m) => m.start)) < Math.min(...c.mentions.map((m) => m.start))) return false;
    return inOrder(f.words, cWords);
  }
  if (f.nameType === 'person' || c.nameType === 'person') return false;
  if (companyForm(f, c)) return true;
  // the name without a last word that adds nothing: "Shetland" of "Shetland Islands"
  if (c.words.length === f.words.length + 1 && SAME_THING_SUFFIXES.has(c.words[c.words.length - 1]!) && c.key.startsWith(f.key + ' ')) return true;
  // …and a river's name without "River", written as rivers are ("the Vessna") and no place of its
  // own (not "Mississippi" of "Mississippi River", nor "the province of Guayas" of "Guayas River")
  if (c.words.length === f.words.length + 1 && WATERCOURSE_SUFFIXES.has(c.words[c.words.length - 1]!) && c.key.startsWith(f.key + ' ') && f.withThe && !isKnownPlace(f.key)) return true;
  // a name cut before "of …": "20th Congress" of "20th Congress of the Communist Party of …"
  if (c.key.startsWith(f.key + ' of ')) return f.words.length > 1 || !gazetteer().words.has(f.key);
  // the same head with fewer specific words: "Gulag Museum" ≈ "State Gulag Museum" ≈ "Gulag History Museum"
  const head = headOf(f.key);
  if (head !== headOf(c.key) || f.words.length < 2) return false;
  const [fCore, fTail] = core(f.key);
  const [cCore, cTail] = core(c.key);
  if (fTail && !cTail.startsWith(fTail)) return false;
  if (!fCore.some((w) => w !== head)) return false;
  return fCore.every((w) => cCore.includes(w)) || (sameSet(fCore, cCore) && fTail === cTail);
}

/**
 * A company's shorter name: without its legal form ("US Airways Group" of "US Airways Group Inc."),
 * by its distinctive word ("Taito" of "Taito Corporation"), or without a company's last word ("Blue
 * Note" of "Blue Note Records").
 */
function companyForm(f: Form, c: Form): boolean {
  if (f.nameType === 'person' || c.nameType === 'person') return false;
  const bare = c.key.replace(CORPORATE_SUFFIX, '');
  if (bare !== c.key && (bare === f.key || bare.startsWith(f.key + ' '))) return true;
  const g = gazetteer();
  // (a name of two words or more by itself, where it names no place: "Blue Note" of "Blue Note Records")
  // (and is no name of its own kind: "Heathrow Airport" is not short for "Heathrow Airport Holdings")
  const distinctive = f.words.length === 1 ? !g.countries.has(f.key) && !g.cities.has(f.key) : !isKnownPlace(f.key) && !isHead(f.words[f.words.length - 1]!);
  return c.nameType === 'organization' && !c.words.includes('of') && distinctive
    && c.words.length === f.words.length + 1 && c.key.startsWith(f.key + ' ') && (f.words.length === 1 || CORPORATE_HEADS.has(c.words[c.words.length - 1]!)) && !namedBefore(f, c);
}

/**
 * Is the short name written before the long one (a title or lead aside)? A text names a thing in full
 * first: "Ubisoft … Ubisoft Pictures" are the company and its studio, not one name cut short.
 */
function namedBefore(f: Form, c: Form): boolean {
  // (a title, a heading or a plain text's first line may name it short: "Siemens to buy Altair")
  const lead = (m: Mention) => m.inTitle || m.sentence === 0;
  if (c.mentions.some(lead)) return false;
  const first = (x: Form) => Math.min(...x.mentions.filter((m) => !lead(m)).map((m) => m.start));
  return first(f) < first(c);
}

/**
 * A lone word that stands for the person it begins the name of: a given name ("Franck" for
 * "Franck Piccard"), or, where the rest of the name is no English word, a name the given-name
 * list does not know or a family name written first ("Vineeth" for "Vineeth Sreenivasan", "Zhou"
 * for "Zhou Enlai" — but not "Samsung" for "Samsung Galaxy S", nor "Microsoft" for "Microsoft
 * Lund"). Never a word, a country or a town
 * ("Paris" is no Paris Hilton, "Washington" no Washington Irving).
 */
function firstNameAlone(word: string, name: string[]): boolean {
  const g = gazetteer();
  if (g.givenNames.has(word)) return true;
  return !g.words.has(word) && !g.countries.has(word) && !g.cities.has(word)
    && name.slice(1).every((w) => NAME_PARTICLES.has(w) || (/^\p{L}[\p{L}'’-]*$/u.test(w) && !g.words.has(w) && !g.cities.has(w) && !g.countries.has(w)));
}

/** Each word of a short personal name stands, in order, in the long one; an initial stands for its word ("R." for "Reid"). */
function inOrder(short: string[], long: string[]): boolean {
  let k = 0;
  for (const w of short) {
    const initial = /^\p{L}\.$/u.test(w) ? w[0] : undefined;
    while (k < long.length && long[k] !== w && !(initial && long[k]!.startsWith(initial))) k++;
    if (k === long.length) return false;
    k++;
  }
  return true;
}

/** Words before "of" less generic modifiers, and the words after "of". */
function core(key: string): [string[], string] {
  const words = wordsOf(key);
  const of = words.indexOf('of');
  const main = of > 0 ? words.slice(0, of) : words;
  const tail = of > 0 ? words.slice(of + 1).filter((w) => w !== 'the').join(' ') : '';
  return [main.filter((w) => !GENERIC_MODIFIERS.has(w)), tail];
}

const CORPORATE_SUFFIX = new RegExp(`,?\\s+(?:${[...LEGAL_FORMS].map((w) => w.replace(/[./]/g, '\\$&')).join('|')})\\.?$`);

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((w) => b.includes(w));

/** "X (ABC)" and "X, also known as Y or Z": the text declares these one. */
function declaredAliases(text: string, names: Mention[], formOf: (m: Mention) => Form | undefined, uf: Clusters): void {
  const KNOWN_AS = /^\s*,?\s*\(?(?:also|commonly|simply|often|formerly|later|now|better)?\s*(?:(?:known|referred to|called|abbreviated|styled|nicknamed|dubbed)\s+(?:to\s+)?(?:as\s+)?|known\s+by\s+(?:its|their|the)\s+(?:[\p{L}-]+\s+)?(?:acronym|abbreviation|initials|name)\s*,?\s*)(?:the\s+)?["“]?\s*$/iu;
  const OR_ALSO = /^\s*["”]?\s*,?\s*or\s+(?:simply\s+|just\s+)?["“]?\s*$/i;
  for (let i = 0; i < names.length; i++) {
    const fa = formOf(names[i]!);
    if (!fa) continue;
    // "X (ABC)", or "X, known as Y[, Z] or W"
    let chain = false, afterAcronym = false;
    for (let j = i + 1; j < names.length; j++) {
      const prev = names[j - 1]!, b = names[j]!;
      const fb = formOf(b);
      if (b.sentence !== prev.sentence || !fb) break;
      const between = text.slice(prev.end, b.start);
      // (not a dateline's agency: "AUSTIN, Texas (AP) —")
      const parenthesized = j === i + 1 && /^\s*\(\s*$/.test(between) && /^\s*\)(?!\s*[-\u2013\u2014])/.test(text.slice(b.end, b.end + 6)) && isAcronym(b.text);
      // (the acronym may come between: "Médecins Sans Frontières (MSF), also known as Doctors Without Borders")
      const declared: boolean = j === i + 1 || afterAcronym ? KNOWN_AS.test(afterAcronym ? between.replace(/^\s*\)/, '') : between)
        : chain && (OR_ALSO.test(between) || /^\s*,\s*$/.test(between));
      if (!parenthesized && !declared) break;
      uf.union(fa.cluster, fb.cluster);
      chain = declared;
      afterAcronym = parenthesized;
      if (!chain && !afterAcronym) break;
    }
  }
  // "an address that became known as the “Secret Speech”": the name of the work just mentioned
  for (const b of names) {
    const before = text.slice(Math.max(0, b.start - 60), b.start);
    if (!/\b(?:became|become|was|is|came to be)\s+(?:\w+\s+)?known\s+as\s+(?:the\s+)?["“]?\s*$/i.test(before)) continue;
    const fb = formOf(b);
    if (!fb || fb.nameType === 'person') continue;
    const clauseStart = b.start - before.length + Math.max(before.lastIndexOf(','), before.lastIndexOf('.'), 0);
    if (names.some((m) => m.sentence === b.sentence && m.start >= clauseStart && m.start < b.start)) continue; // a named subject: "X became known as"
    const antecedent = [...names].reverse().find((m) => m.start < b.start && b.sentence - m.sentence <= 1 && m.quoted);
    const fa = antecedent && formOf(antecedent);
    if (fa) uf.union(fa.cluster, fb.cluster);
  }
}

function chooseLabel(surfaces: string[], type: EntityType): string {
  const clean = surfaces.map((s) => s.replace(/^the\s+/i, (m) => (m.startsWith('The') ? m : ''))).filter(Boolean);
  const candidates = clean.filter((s) => !isAcronym(s));
  // a dateline's capitals ("STOCKHOLM —") give way to the name as the text writes it elsewhere
  const written = candidates.filter((s) => s !== s.toUpperCase());
  const pool = written.length ? written : candidates.length ? candidates : clean;
  if (type === 'place') {
    // the gazetteer's own name where the text uses it
    const canonical = pool.map((s) => gazetteer().countries.get(nameKey(s))).find((c) => c && pool.some((s) => nameKey(s) === c.toLowerCase()));
    if (canonical) return pool.find((s) => nameKey(s) === canonical.toLowerCase())!;
  }
  return longest(pool);
}

const longest = (xs: string[]): string => xs.reduce((a, b) => (b.length > a.length ? b : a), xs[0] ?? '');
const unique = <T>(xs: T[]): T[] => [...new Set(xs)];
