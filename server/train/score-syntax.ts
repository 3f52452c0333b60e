// How well the tagger, lemmatizer and parser do against gold trees: UPOS, XPOS and lemma accuracy
// over all words; UAS and LAS over words that are not punctuation (by the gold UPOS), LAS on the
// universal part of the label (as the CoNLL 2018 shared task) and on the full label.
import type { ConlluSentence } from '../models/conllu';
import { analyzeSentence, type SyntaxModels } from '../models/syntax';

export interface SyntaxScores { words: number; upos: number; xpos: number; lemma: number; uas: number; las: number; lasFull: number }

const universal = (label: string) => label.split(':')[0]!;

export function scoreSyntax(models: SyntaxModels, gold: ConlluSentence[]): SyntaxScores {
  let words = 0, upos = 0, xpos = 0, lemma = 0, scored = 0, uas = 0, las = 0, lasFull = 0;
  for (const s of gold) {
    const out = analyzeSentence(s.words.map((w) => w.form), models);
    s.words.forEach((w, i) => {
      words++;
      if (out.upos[i] === w.upos) upos++;
      if (out.xpos[i] === w.xpos) xpos++;
      if (out.lemmas[i] === w.lemma) lemma++;
      if (w.upos === 'PUNCT' || w.head < 0) return;
      scored++;
      if (out.heads[i] !== w.head) return;
      uas++;
      if (universal(out.deprels[i]!) === universal(w.deprel)) las++;
      if (out.deprels[i] === w.deprel) lasFull++;
    });
  }
  const r = (x: number, of: number) => x / Math.max(1, of);
  return { words, upos: r(upos, words), xpos: r(xpos, words), lemma: r(lemma, words), uas: r(uas, scored), las: r(las, scored), lasFull: r(lasFull, scored) };
}
