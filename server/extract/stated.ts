// Which relations a sentence states outright. A relation whose every sentence names one end only by
// a pronoun ("He was born in Hol", "its chairman, X") is left out unless asked for: the sentence
// alone does not show whom it is about, and a pronoun is the least sure of the references. A
// description ("the party"), a demonym ("an Austrian physicist") or a name in an earlier sentence
// that a rule read is no pronoun. Measured on Re-DocRED dev, whose gold holds the relations one
// sentence states: relations through pronouns were 365 of the 3,246 pairs, 14 of them in the gold.
import type { Entity, Mention, Relation } from './model';

/** The relations with an evidence sentence in which neither end is only a pronoun (`references`: every mention, pronouns included). */
export function statedRelations(relations: Relation[], references: Map<Mention, Entity>): Relation[] {
  const key = (sentence: number, id: string) => `${sentence}\u0000${id}`;
  const named = new Set<string>(), pronoun = new Set<string>();
  for (const [m, e] of references) (m.pronoun && !m.description ? pronoun : named).add(key(m.sentence, e.id));
  const onlyPronoun = (sentence: number, id: string) => pronoun.has(key(sentence, id)) && !named.has(key(sentence, id));
  return relations.filter((r) => r.evidence.some((ev) => !onlyPronoun(ev.sentence, r.source) && !onlyPronoun(ev.sentence, r.target)));
}
