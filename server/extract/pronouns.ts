// Stage 6b: pronouns that stand for a named entity, so that "He was born in Vancouver" relates the
// person the text is about to Vancouver. Deliberately cautious, for relations only (a pronoun never
// becomes a name or an alias):
// - "he", "she", "his", "her" … take the person named last before them — in the same sentence
//   before the pronoun, or in an earlier sentence of the same block or the one before it; where
//   two different people were named in the previous sentence, the one that was its subject (in an
//   article about a person, that person once a sentence speaks of them); an object pronoun is never
//   its own verb's subject ("Tusk appointed him");
// - a subject "it" in a clause that a named thing's verb governs takes that thing: "Nvidia said
//   that it had agreed to buy X", "the company's board, which said it …";
// - "it", "its" take the document's subject (the entity its title names, when that is not a
//   person) where they open a sentence or are the possessive of its subject ("Its capital is …");
//   an object "it" (of a verb or a preposition) takes the first thing the sentence named, when
//   another name came between.
import type { Sentence, Token } from './nlp';
import type { Entity, Mention } from './model';
import { headToken, isSubject } from './tree';
import { gazetteer } from './lexicons/gazetteer';

const PERSONAL = new Set(['he', 'she', 'him', 'his', 'her', 'hers', 'himself', 'herself']);
const NEUTER = new Set(['it', 'its']);

export function resolvePronouns(tokens: Token[], sentences: Sentence[], mentions: Mention[], entityOf: Map<Mention, Entity>): { mentions: Mention[]; entityOf: Map<Mention, Entity> } {
  const out: Mention[] = [];
  const map = new Map<Mention, Entity>();
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) if (entityOf.has(m)) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  for (const list of bySentence.values()) list.sort((a, b) => a.start - b.start);
  const title = documentSubject(sentences, bySentence, entityOf);
  let lastPerson: Entity | undefined;
  let previousSubjectPerson: Entity | undefined;
  for (const s of sentences) {
    if (s.block === 'meta') continue;
    const names = bySentence.get(s.index) ?? [];
    let subjectPerson: Entity | undefined;
    // the person the sentence is about so far: its first subject that is a person, named or a pronoun
    let subjectSoFar: { at: number; entity: Entity } | undefined;
    const people = new Set<Entity>();
    // the person the sentence's first personal pronoun stands for
    let firstPronoun: Entity | undefined;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = tokens[k]!;
      const before = names.filter((m) => m.tokenEnd <= k);
      const lastHere = [...before].reverse().find((m) => entityOf.get(m)!.type === 'person');
      const namedSubject = before.find((m) => entityOf.get(m)!.type === 'person' && isSubject(tokens, m));
      if (namedSubject && (!subjectSoFar || namedSubject.tokenStart < subjectSoFar.at)) subjectSoFar = { at: namedSubject.tokenStart, entity: entityOf.get(namedSubject)! };
      let entity: Entity | undefined;
      if (PERSONAL.has(t.lower) && t.syntax?.upos === 'PRON') {
        // a subject pronoun continues the sentence's subject ("In 1895 she married Pierre Curie, and
        // she shared the prize"); others take the person named last ("attacked his predecessor
        // Stalin … held him responsible")
        const fits = (e: Entity | undefined) => !!e && genderFits(t.lower, e);
        const subjectPronoun = /^nsubj/.test(t.syntax.deprel) && subjectSoFar && fits(subjectSoFar.entity);
        // an object pronoun is never its own verb's subject: in "Tusk appointed him" him is someone else
        const ownSubject = /^(?:obj|iobj)$/.test(t.syntax.deprel) ? subjectOfVerb(tokens, names, t.syntax.head, entityOf, map) : undefined;
        // …nor a subject pronoun one of its own verb's other arguments: in "With Pierre Curie and Henri
        // Becquerel she shared the prize" she is neither
        const coArgument = (m: Mention) => /^nsubj/.test(t.syntax!.deprel) && argumentOf(tokens, m, t.syntax!.head);
        const lastOther = [...before].reverse().find((m) => entityOf.get(m)!.type === 'person' && entityOf.get(m) !== ownSubject && !coArgument(m) && fits(entityOf.get(m)));
        // (the person the article is about, once named: not a name after the pronoun)
        const named = title?.type === 'person' && title.mentions.some((x) => x.start < t.start) ? title : undefined;
        const earlier = [previousSubjectPerson, lastPerson, named].find((e) => e && e !== ownSubject && fits(e));
        // a name only possessed in between does not take over from the person an earlier pronoun of the
        // sentence is: "His breakthrough came with Robert Altman's comedy, in which he played X"
        const possessedOnly = lastOther && (lastOther.possessive || tokens[headToken(tokens, lastOther)]?.syntax?.deprel === 'nmod:poss');
        const continued = possessedOnly && firstPronoun && fits(firstPronoun) && firstPronoun !== ownSubject ? firstPronoun : undefined;
        entity = subjectPronoun ? subjectSoFar!.entity : continued ?? (lastOther ? entityOf.get(lastOther) : earlier);
        firstPronoun ??= entity;
        if (entity && /^nsubj/.test(t.syntax.deprel) && !subjectSoFar) subjectSoFar = { at: k, entity };
        if (entity) people.add(entity);
      } else if (NEUTER.has(t.lower) && t.syntax?.upos === 'PRON' && title && title.type !== 'person' && !before.length) {
        const opens = k === s.tokenStart || (t.lower === 'its' && /^nsubj/.test(tokens[t.syntax.head]?.syntax?.deprel ?? ''));
        // (once named: a pronoun that opens the first sentence points to nothing after it)
        if (opens && title.mentions.some((x) => x.start < t.start)) entity = title;
      } else if (NEUTER.has(t.lower) && t.syntax?.upos === 'PRON' && reporter(tokens, k, before, entityOf)) {
        entity = reporter(tokens, k, before, entityOf);
      } else if (t.lower === 'it' && t.syntax?.upos === 'PRON' && /^(?:obj|obl|nmod)/.test(t.syntax.deprel)) {
        // an object "it" stands for the first thing (no person) the sentence named, when another name
        // came between: "X's closure was made permanent: a new Y will replace it", "no denial of X,
        // nor that Y bore responsibility for it"
        const first = before.find((m) => entityOf.get(m)!.type !== 'person');
        if (first && before.length >= 2) entity = entityOf.get(first);
      }
      if (!entity) continue;
      const m: Mention = { start: t.start, end: t.end, text: t.text, sentence: s.index, tokenStart: k, tokenEnd: k + 1, possessive: false, quoted: false, pronoun: true };
      out.push(m);
      map.set(m, entity);
    }
    for (const m of names) {
      const e = entityOf.get(m)!;
      if (e.type !== 'person') continue;
      lastPerson = e;
      people.add(e);
    }
    // the subject of this sentence (a pronoun's person too: "she followed her sister Bronisława"
    // is still about her), or else its only person, is who "he" most likely means next
    subjectPerson = subjectSoFar?.entity;
    previousSubjectPerson = subjectPerson ?? (people.size === 1 ? [...people][0] : previousSubjectPerson);
    // in an article about a person, a sentence that speaks of them keeps them the one "he" means next:
    // "Tusk appointed him minister. During the crisis he negotiated …" — he is the article's subject
    if (title?.type === 'person' && people.has(title)) previousSubjectPerson = title;
  }
  return { mentions: out, entityOf: map };
}

const FEMININE = new Set(['she', 'her', 'hers', 'herself']);
const MASCULINE = new Set(['he', 'him', 'his', 'himself']);

/**
 * Can a personal pronoun stand for a person, by the given name the person bears ("she" is no
 * Henri Becquerel)? Names of either gender, or none the lists know, fit both, and so does a monarch's.
 */
function genderFits(pronoun: string, e: Entity): boolean {
  // (a monarch's name is often another language's: Carol II of Romania was a king)
  if (/\s[IVX]+$/.test(e.label)) return true;
  // the first word of each full name (a lone word is as often a surname: "Silva")
  const first = [e.label, ...e.aliases].map((n) => n.split(/\s+/)).filter((w) => w.length > 1).map((w) => w[0]!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  const genders = new Set(first.map((n) => gazetteer().genders.get(n)).filter(Boolean));
  if (genders.size !== 1) return true;
  const [gender] = genders;
  return gender === 'female' ? !MASCULINE.has(pronoun) : !FEMININE.has(pronoun);
}

/** Is a mention an argument of a verb (its object or oblique, or listed with one)? */
function argumentOf(tokens: Token[], m: Mention, verb: number): boolean {
  let k = headToken(tokens, m);
  for (let guard = 0; guard < 4 && tokens[k]?.syntax?.deprel === 'conj'; guard++) k = tokens[k]!.syntax!.head;
  const s = tokens[k]?.syntax;
  return !!s && s.head === verb && /^(?:obj|iobj|obl)/.test(s.deprel);
}

/** The person who is the subject of a verb, named or a pronoun already resolved in the sentence. */
function subjectOfVerb(tokens: Token[], names: Mention[], verb: number, entityOf: Map<Mention, Entity>, resolved: Map<Mention, Entity>): Entity | undefined {
  const named = names.find((m) => { const h = tokens[headToken(tokens, m)]?.syntax; return h?.head === verb && /^nsubj/.test(h.deprel); });
  if (named) return entityOf.get(named);
  for (const [m, e] of resolved) if (tokens[m.tokenStart]?.syntax?.head === verb && /^nsubj/.test(tokens[m.tokenStart]!.syntax!.deprel)) return e;
  return undefined;
}

const REPORTED = new Set(['ccomp', 'xcomp', 'advcl', 'conj']);

/**
 * The named thing (no person) whose verb governs the clause of a subject "it": "Nvidia said (that)
 * it had agreed" → Nvidia. Only the governing verb's own subject counts, and only one clause up.
 */
function reporter(tokens: Token[], k: number, before: Mention[], entityOf: Map<Mention, Entity>): Entity | undefined {
  const t = tokens[k]!;
  if (!/^nsubj/.test(t.syntax?.deprel ?? '')) return undefined;
  const clause = tokens[t.syntax!.head];
  if (!clause?.syntax || !REPORTED.has(clause.syntax.deprel)) return undefined;
  const governor = clause.syntax.head;
  // the subject nearest the verb (a dateline before it is no subject: "SANTA CLARA, Calif. — X said")
  const subject = [...before].reverse().find((m) => {
    const h = tokens[headToken(tokens, m)]?.syntax;
    return h?.head === governor && /^nsubj/.test(h.deprel);
  });
  const e = subject ? entityOf.get(subject) : undefined;
  return e && e.type !== 'person' ? e : undefined;
}

/** The entity the document is about: the first one its title (first sentence) names. */
function documentSubject(sentences: Sentence[], bySentence: Map<number, Mention[]>, entityOf: Map<Mention, Entity>): Entity | undefined {
  const first = sentences.find((s) => s.block !== 'meta');
  const m = first ? bySentence.get(first.index)?.[0] : undefined;
  return m ? entityOf.get(m) : undefined;
}
