// Stage 6c: definite descriptions that stand for a body or place named a little before them, so
// that "The council has hired Lorena Aravena" relates the Council of Atacameño Peoples to her.
// Cautious in the way pronouns.ts is, for relations only: "the" and a bare common noun that is the
// head word of the one body, place or event the text has named so far, or else of the last few
// sentences ("the council" for the Council of Atacameño Peoples, "the court" for the Environmental
// Court of Antofagasta, "the bank" for Bank of America); a noun with a name or a modifier of its
// own ("the council of Y", "the regional court") is another thing.
import type { Sentence, Token } from './nlp';
import type { Entity, Mention } from './model';

/** how many sentences back a description looks for its name where the text has named two it could be */
const LOOK_BACK = 4;
/** dependents that make a noun a thing of its own rather than a reference back */
const OWN_MODIFIERS = /^(?:nmod|nmod:poss|compound|appos|flat|amod|nummod)$/;
/** the kinds of thing a definite description may stand for */
const DESCRIBED_TYPES = new Set(['organization', 'place', 'event']);
/**
 * heads that any body may be called by ("the company" of a Novartis as well as of The Medicines
 * Company): such a description stands for the named body only if it is the last body named
 */
const GENERIC_HEADS = new Set(['company', 'group', 'firm', 'organization', 'organisation', 'corporation', 'business']);
/** the words after which a name's head comes first: "Council of X", "Court for Y" */
const HEAD_BEFORE = new Set(['of', 'for', 'de', 'del', 'des', 'di', 'du', 'on']);

/** The head word of a name, lower-cased: "Council of Atacameño Peoples" → council, "Bank of America" → bank. */
export function nameHead(label: string): string | undefined {
  const words = label.split(/\s+/);
  if (words.length < 2) return undefined;
  const of = words.findIndex((w, i) => i > 0 && HEAD_BEFORE.has(w.toLowerCase()));
  const head = of > 0 ? words[of - 1]! : words[words.length - 1]!;
  return /^\p{Lu}\p{Ll}+$/u.test(head) ? head.toLowerCase() : undefined;
}

export function resolveDescriptions(tokens: Token[], sentences: Sentence[], mentions: Mention[], entityOf: Map<Mention, Entity>): { mentions: Mention[]; entityOf: Map<Mention, Entity> } {
  const out: Mention[] = [];
  const map = new Map<Mention, Entity>();
  const inName = new Set<number>();
  for (const m of mentions) for (let k = m.tokenStart; k < m.tokenEnd; k++) inName.add(k);
  const ordered = [...mentions].filter((m) => entityOf.has(m)).sort((a, b) => a.start - b.start);
  // the named things (no person) read so far, by their head word, and the sentence each was last named in
  // (kept as the text is read, so that a long article is read once: no look back over every name per noun)
  const byHead = new Map<string, Set<Entity>>();
  const lastNamed = new Map<Entity, number>();
  let lastBody: Entity | undefined;
  const see = (e: Entity, sentence: number) => {
    if (e.type === 'organization') lastBody = e;
    // (a body, a place or an event: a work's title is no description of it, and a company typed a
    // work by mistake must not take "the film" of the film the article is about: "Daiei Film")
    const head = DESCRIBED_TYPES.has(e.type) ? nameHead(e.label) : undefined;
    if (!head) return;
    (byHead.get(head) ?? byHead.set(head, new Set()).get(head)!).add(e);
    lastNamed.set(e, sentence);
  };
  let next = 0;
  for (const s of sentences) {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      while (next < ordered.length && ordered[next]!.tokenStart < k) { see(entityOf.get(ordered[next]!)!, ordered[next]!.sentence); next++; }
      if (s.block === 'meta' || k === s.tokenStart) continue;
      const t = tokens[k]!, det = tokens[k - 1]!;
      if (t.syntax?.upos !== 'NOUN' || det.lower !== 'the' || det.syntax?.head !== k || inName.has(k) || t.text !== t.lower) continue;
      if (hasOwnModifier(tokens, k, s)) continue;
      // the named thing the noun heads: the one the text has named so far, or else the one of the last few sentences
      const named = byHead.get(t.syntax.lemma || t.lower);
      if (!named) continue;
      const candidates = named.size === 1 ? [...named] : [...named].filter((e) => lastNamed.get(e)! >= s.index - LOOK_BACK);
      if (candidates.length !== 1) continue;
      const entity = candidates[0]!;
      if (GENERIC_HEADS.has(t.syntax.lemma || t.lower) && entity !== lastBody) continue;
      const m: Mention = { start: t.start, end: t.end, text: t.text, sentence: s.index, tokenStart: k, tokenEnd: k + 1, possessive: false, quoted: false, pronoun: true, description: true };
      out.push(m);
      map.set(m, entity);
      // a description keeps its body in view for the next ones: "a panel of the court … Lula defended the court"
      lastNamed.set(entity, s.index);
    }
  }
  return { mentions: out, entityOf: map };
}

/** dependents lie near their noun: no scan of a whole (perhaps endless) sentence per noun */
const NEAR = 8;

function hasOwnModifier(tokens: Token[], k: number, s: Sentence): boolean {
  for (let j = Math.max(s.tokenStart, k - NEAR); j < Math.min(s.tokenEnd, k + NEAR); j++) if (tokens[j]!.syntax?.head === k && OWN_MODIFIERS.test(tokens[j]!.syntax!.deprel)) return true;
  return false;
}
