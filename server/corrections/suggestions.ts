// Entities that are probably one: pairs of the same type whose names differ only by a diacritic,
// a title, a spelling (Josef/Joseph), where one is an acronym of the other (U.S./United States),
// or one name lies at the start or end of the other (Bayern/Bayern Munich). Candidates come from
// indexes of the names' words, so a corpus of tens of thousands of entities is read in one pass.
import type { KnowledgeGraph } from '../graph/build';
import type { EntityType } from '../extract/model';
import { initialsOf, isAcronym, nameKey } from '../extract/names';
import { TITLES } from '../extract/lexicons/cues';
import { foldLatin } from '../util/latin';

export interface MergeSuggestion {
  a: SuggestedEntity;
  b: SuggestedEntity;
  /** the entity to keep (better attested, or the fuller name) and the one to merge into it */
  keep: string;
  merge: string;
  score: number;
  reason: string;
}

interface SuggestedEntity { id: string; label: string; type: EntityType; mentionCount: number }

/** How sure each kind of likeness is: the ranking's first key. */
export const LIKENESS_SCORES = { diacritic: 0.95, title: 0.9, acronym: 0.85, spelling: 0.75, contained: 0.7, ambiguousAcronym: 0.5 } as const;
type Likeness = keyof typeof LIKENESS_SCORES;

/** The types whose names are often given in part ("Stalin", "Bayern" for Bayern Munich). */
const CONTAINMENT_TYPES = new Set<EntityType>(['person', 'organization', 'work']);
/** A longer name with more words than this beyond the shorter one names something else. */
const MAX_EXTRA_WORDS = 2;

/** A word index bucket larger than this is a common word ("party", "river"): not a sign of likeness. */
const MAX_BUCKET = 40;
/** The fewest letters a word must have for a vowel of difference to be a spelling. */
const MIN_SPELLING_LENGTH = 5;

/** Letters that romanisations of one name trade for each other: ph/f, kh/ch/k/c, w/v, y/j/i, z/s. */
const SOUNDS: [RegExp, string][] = [[/ph/g, 'f'], [/[kc]h/g, 'k'], [/ck|c|q/g, 'k'], [/w/g, 'v'], [/[yj]/g, 'i'], [/z/g, 's'], [/x/g, 'ks'], [/ou/g, 'u'], [/(?<!^)h/g, ''], [/(.)\1/g, '$1']];
const soundOf = (w: string) => SOUNDS.reduce((s, [re, to]) => s.replace(re, to), w);
const VOWELS = new Set('aeiou');
const ROMAN = /^[ivxlcdm]+$/;

/** Two words that are one name spelled two ways: the same sounds, or the same but for one vowel. */
export function sameSpelledOtherwise(u: string, v: string): boolean {
  if (u === v || !/^\p{L}+$/u.test(u) || !/^\p{L}+$/u.test(v) || u[0] !== v[0]) return false;
  if (ROMAN.test(u) || ROMAN.test(v)) return false; // Frederick I and Frederick II are two people
  const a = soundOf(u), b = soundOf(v);
  if (a === b) return true;
  if (a.length !== b.length || a.length < MIN_SPELLING_LENGTH) return false;
  let differ = 0;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k] && (++differ > 1 || !VOWELS.has(a[k]!) || !VOWELS.has(b[k]!))) return false;
  return differ === 1;
}

interface Name { node: string; raw: string; words: string[] }

export function mergeSuggestions(graph: KnowledgeGraph, limit = 50): MergeSuggestion[] {
  // a name inside another is one entity named in part when it is what a person or a body is called:
  // a place inside another place's name is another place (Australia, South Australia), an event
  // inside another another event (World War, World War II)
  const containmentMeansSame = (n: Name) => CONTAINMENT_TYPES.has(graph.getNodeAttribute(n.node, 'type')) && isLabel(n);
  const isLabel = (n: Name) => nameKey(graph.getNodeAttribute(n.node, 'label')) === nameKey(n.raw);
  const names: Name[] = [];
  graph.forEachNode((node, a) => {
    for (const raw of new Set([a.label, ...a.aliases])) {
      const words = foldLatin(nameKey(raw)).replace(/[^\p{L}\p{N} ]/gu, '').split(' ').filter(Boolean);
      if (words.length) names.push({ node, raw, words });
    }
  });
  const found = new Map<string, { likeness: Likeness; detail: string; a: string; b: string }>();
  const propose = (x: Name, y: Name, likeness: Likeness, detail: string) => {
    if (x.node === y.node || graph.getNodeAttribute(x.node, 'type') !== graph.getNodeAttribute(y.node, 'type')) return;
    const [a, b] = x.node < y.node ? [x.node, y.node] : [y.node, x.node];
    const pair = `${a}\u0000${b}`;
    const had = found.get(pair);
    if (!had || LIKENESS_SCORES[likeness] > LIKENESS_SCORES[had.likeness]) found.set(pair, { likeness, detail, a, b });
  };
  const groups = <K>(keyOf: (n: Name) => K[]) => {
    const m = new Map<K, Name[]>();
    for (const n of names) for (const k of keyOf(n)) { const list = m.get(k); if (list) list.push(n); else m.set(k, [n]); }
    return m;
  };
  const pairsIn = (list: Name[], each: (x: Name, y: Name) => void) => {
    if (list.length > MAX_BUCKET) return;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) each(list[i]!, list[j]!);
  };

  // the same name (or the same but for accents): when it is what one of them is called, not only
  // an alias both picked up ("Jackson" of Peter and of Michael Jackson); a one-word name is weaker
  const byWords = groups((n) => [n.words.join(' ')]);
  for (const list of byWords.values()) {
    pairsIn(list, (x, y) => {
      if (!isLabel(x) && !isLabel(y)) return;
      const oneWord = x.words.length === 1 && !isAcronym(x.raw.trim()) && !isAcronym(y.raw.trim());
      if (oneWord && !containmentMeansSame(x)) return;
      const same = nameKey(x.raw) === nameKey(y.raw);
      propose(x, y, oneWord ? 'contained' : 'diacritic', same ? `both are named ${show(x.raw)}` : `${show(x.raw)} and ${show(y.raw)} differ only by accents`);
    });
  }
  const untitled = (n: Name) => { const w = n.words.filter((x) => !TITLES.has(x)); return w.length && w.length < n.words.length ? [w.join(' ')] : []; };
  for (const n of names) {
    for (const key of untitled(n)) {
      for (const m of byWords.get(key) ?? []) propose(n, m, 'title', `${show(n.raw)} is ${show(m.raw)} with a title`);
    }
  }
  // an acronym of the other's words: sure when only one entity of the graph spells it out
  const byInitials = groups((n) => { const i = initialsOf(n.raw); return n.words.length > 1 && i.length > 1 ? [i] : []; });
  for (const n of names) {
    const letters = n.raw.replace(/[.\s]/g, '').toLowerCase();
    if (!isAcronym(n.raw.trim()) || letters.length < 2) continue;
    const expansions = (byInitials.get(letters) ?? []).filter((m) => graph.getNodeAttribute(m.node, 'type') === graph.getNodeAttribute(n.node, 'type'));
    const spelledBy = new Set(expansions.map((m) => m.node));
    // two letters stand for too much ("U.S.", "Union Station") unless one entity alone spells them
    if (spelledBy.size !== 1 && letters.length < 3) continue;
    for (const m of expansions) propose(n, m, spelledBy.size === 1 ? 'acronym' : 'ambiguousAcronym', `${show(n.raw)} is the acronym of ${show(m.raw)}`);
  }
  // all words the same but one, that one a transliteration of the other (Josef/Joseph, Zachary/Zakhary, Gorbachev/Gorbachov)
  const masked = groups((n) => (n.words.length > 1 ? n.words.map((_w, i) => `${i}:${n.words.map((w, j) => (j === i ? '*' : w)).join(' ')}`) : []));
  for (const [key, list] of masked) {
    const i = Number(key.slice(0, key.indexOf(':')));
    pairsIn(list, (x, y) => {
      if (sameSpelledOtherwise(x.words[i]!, y.words[i]!)) propose(x, y, 'spelling', `${show(x.raw)} and ${show(y.raw)} are one name spelled two ways`);
    });
  }
  // one name the first or last words of the other (Bayern / Bayern Munich, Stalin / Joseph Stalin)
  // only where one entity alone contains it: "Davis" in Miles and Mac Davis, "BBC" in BBC One and
  // BBC Alba name several; a person's name stands at the end of the full name (Stalin, Josef Stalin)
  const byEnds = groups((n) => (n.words.length > 1 ? [`^${n.words[0]}`, `$${n.words[n.words.length - 1]}`] : []));
  for (const n of names) {
    if (!containmentMeansSame(n)) continue;
    const person = graph.getNodeAttribute(n.node, 'type') === 'person';
    const ends = person ? [false] : [true, false];
    const containers = ends.flatMap((atStart) => (byEnds.get(`${atStart ? '^' : '$'}${n.words[atStart ? 0 : n.words.length - 1]}`) ?? []).filter((m) => {
      if (m.node === n.node || m.words.length <= n.words.length || m.words.length > n.words.length + MAX_EXTRA_WORDS) return false;
      const part = atStart ? m.words.slice(0, n.words.length) : m.words.slice(m.words.length - n.words.length);
      return part.join(' ') === n.words.join(' ') && graph.getNodeAttribute(m.node, 'type') === graph.getNodeAttribute(n.node, 'type');
    }));
    const nodes = new Set(containers.map((m) => m.node));
    if (nodes.size !== 1) continue;
    propose(n, containers[0]!, 'contained', `${show(n.raw)} is part of ${show(containers[0]!.raw)}, and of no other name`);
  }

  const entity = (id: string): SuggestedEntity => {
    const a = graph.getNodeAttributes(id);
    return { id, label: a.label, type: a.type, mentionCount: a.mentions.length };
  };
  return [...found.values()].map(({ likeness, detail, a, b }) => {
    const x = entity(a), y = entity(b);
    // keep the better-attested entity; on a tie, the fuller name
    const keepA = x.mentionCount !== y.mentionCount ? x.mentionCount > y.mentionCount : x.label.length >= y.label.length;
    return { a: x, b: y, keep: keepA ? a : b, merge: keepA ? b : a, score: LIKENESS_SCORES[likeness], reason: detail };
  }).sort((p, q) => q.score - p.score || (q.a.mentionCount + q.b.mentionCount) - (p.a.mentionCount + p.b.mentionCount) || p.keep.localeCompare(q.keep))
    .slice(0, limit);
}

const show = (s: string) => `“${s}”`;
