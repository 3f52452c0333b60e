// Stage 6c: definite descriptions that stand for a body or place named a little before them, so
// that "The council has hired Lorena Aravena" relates the Council of Atacameño Peoples to her.
// Cautious in the way pronouns.ts is, for relations only: "the" and a bare common noun that is the
// head word of the one named thing (no person) the text has named so far, or else of the last few
// sentences ("the council" for the Council of Atacameño Peoples, "the court" for the Environmental
// Court of Antofagasta, "the bank" for Bank of America); a noun with a name or a modifier of its
// own ("the council of Y", "the regional court") is another thing.
import type { Sentence, Token } from './nlp';
import type { Entity, Mention } from './model';

/** how many sentences back a description looks for its name where the text has named two it could be */
const LOOK_BACK = 4;
/** dependents that make a noun a thing of its own rather than a reference back */
const OWN_MODIFIERS = /^(?:nmod|nmod:poss|compound|appos|flat|amod|nummod)$/;
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
  const known = new Map(entityOf);
  for (const s of sentences) {
    if (s.block === 'meta') continue;
    for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
      const t = tokens[k]!, det = tokens[k - 1]!;
      if (t.syntax?.upos !== 'NOUN' || det.lower !== 'the' || det.syntax?.head !== k || inName.has(k) || t.text !== t.lower) continue;
      if (hasOwnModifier(tokens, k, s)) continue;
      const noun = t.syntax.lemma || t.lower;
      // the named things before the noun that it heads: the one the text has named so far, or else
      // the one of the last few sentences
      const before = new Set<Entity>(), recent = new Set<Entity>();
      for (const m of ordered) {
        if (m.sentence > s.index || (m.sentence === s.index && m.tokenStart >= k)) continue;
        const e = known.get(m)!;
        if (e.type === 'person' || nameHead(e.label) !== noun) continue;
        before.add(e);
        if (m.sentence >= s.index - LOOK_BACK) recent.add(e);
      }
      const candidates = before.size === 1 ? before : recent;
      if (candidates.size !== 1) continue;
      const [entity] = candidates;
      const m: Mention = { start: t.start, end: t.end, text: t.text, sentence: s.index, tokenStart: k, tokenEnd: k + 1, possessive: false, quoted: false, pronoun: true, description: true };
      out.push(m);
      map.set(m, entity!);
      // a description keeps its body in view for the next ones: "a panel of the court … Lula defended the court"
      ordered.push(m);
      known.set(m, entity!);
    }
  }
  return { mentions: out, entityOf: map };
}

function hasOwnModifier(tokens: Token[], k: number, s: Sentence): boolean {
  for (let j = s.tokenStart; j < s.tokenEnd; j++) if (tokens[j]!.syntax?.head === k && OWN_MODIFIERS.test(tokens[j]!.syntax!.deprel)) return true;
  return false;
}
