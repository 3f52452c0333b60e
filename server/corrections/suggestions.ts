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
export const LIKENESS_SCORES = { diacritic: 0.95, title: 0.9, acronym: 0.85, spelling: 0.75, contained: 0.7 } as const;
type Likeness = keyof typeof LIKENESS_SCORES;

/** A word index bucket larger than this is a common word ("party", "river"): not a sign of likeness. */
const MAX_BUCKET = 40;
/** The fewest letters a word must have for a one- or two-letter difference to be a spelling. */
const MIN_SPELLING_LENGTH = 4;

interface Name { node: string; raw: string; words: string[] }

export function mergeSuggestions(graph: KnowledgeGraph, limit = 50): MergeSuggestion[] {
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

  // the same words once accents are folded, or once titles are left out
  for (const list of groups((n) => [n.words.join(' ')]).values()) {
    pairsIn(list, (x, y) => propose(x, y, 'diacritic', nameKey(x.raw) === nameKey(y.raw) ? `both are named ${show(x.raw)}` : `${show(x.raw)} and ${show(y.raw)} differ only by accents`));
  }
  const untitled = (n: Name) => { const w = n.words.filter((x) => !TITLES.has(x)); return w.length && w.length < n.words.length ? [w.join(' ')] : []; };
  const byWords = groups((n) => [n.words.join(' ')]);
  for (const n of names) {
    for (const key of untitled(n)) {
      for (const m of byWords.get(key) ?? []) propose(n, m, 'title', `${show(n.raw)} is ${show(m.raw)} with a title`);
    }
  }
  // an acronym of the other's words
  const byInitials = groups((n) => { const i = initialsOf(n.raw); return n.words.length > 1 && i.length > 1 ? [i] : []; });
  for (const n of names) {
    const letters = n.raw.replace(/[.\s]/g, '').toLowerCase();
    if (!isAcronym(n.raw.trim()) || letters.length < 2) continue;
    for (const m of byInitials.get(letters) ?? []) propose(n, m, 'acronym', `${show(n.raw)} is the acronym of ${show(m.raw)}`);
  }
  // all words the same but one, spelled nearly alike (Josef/Joseph Stalin)
  const masked = groups((n) => (n.words.length > 1 ? n.words.map((_w, i) => `${i}:${n.words.map((w, j) => (j === i ? '*' : w)).join(' ')}`) : []));
  for (const [key, list] of masked) {
    const i = Number(key.slice(0, key.indexOf(':')));
    pairsIn(list, (x, y) => {
      const u = x.words[i]!, v = y.words[i]!;
      if (u !== v && u[0] === v[0] && Math.min(u.length, v.length) >= MIN_SPELLING_LENGTH && editDistance(u, v) <= 2) {
        propose(x, y, 'spelling', `${show(x.raw)} and ${show(y.raw)} differ by a spelling`);
      }
    });
  }
  // one name the first or last words of the other (Bayern / Bayern Munich, Stalin / Joseph Stalin)
  const byEnds = groups((n) => (n.words.length > 1 ? [`^${n.words[0]}`, `$${n.words[n.words.length - 1]}`] : []));
  for (const n of names) {
    const first = byEnds.get(`^${n.words[0]}`) ?? [], last = byEnds.get(`$${n.words[n.words.length - 1]}`) ?? [];
    for (const [list, atStart] of [[first, true], [last, false]] as const) {
      if (list.length > MAX_BUCKET) continue;
      for (const m of list) {
        if (m.words.length <= n.words.length) continue;
        const part = atStart ? m.words.slice(0, n.words.length) : m.words.slice(m.words.length - n.words.length);
        if (part.join(' ') === n.words.join(' ')) propose(n, m, 'contained', `${show(n.raw)} is part of ${show(m.raw)}`);
      }
    }
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

/** Levenshtein distance, for short words. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}
