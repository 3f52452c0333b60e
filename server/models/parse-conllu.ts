// Parsing to and from CoNLL-U: the sentences of a CoNLL-U file given word forms (other columns are
// overwritten), or an article's sentences as the pipeline tokenizes them.
import type { ConlluSentence, ConlluWord } from './conllu';
import { analyzeSentence, syntaxModels, type SyntaxModels } from './syntax';

/** Fills UPOS, XPOS, LEMMA, HEAD and DEPREL of every word from its form alone. */
export function parseConlluSentences(sentences: ConlluSentence[], models: SyntaxModels = syntaxModels()): ConlluSentence[] {
  return sentences.map((s) => {
    const out = analyzeSentence(s.words.map((w) => w.form), models);
    return { ...s, words: s.words.map((w, i) => fill(w, out, i)) };
  });
}

function fill(w: ConlluWord, out: ReturnType<typeof analyzeSentence>, i: number): ConlluWord {
  return { ...w, upos: out.upos[i]!, xpos: out.xpos[i]!, lemma: out.lemmas[i]!, head: out.heads[i]!, deprel: out.deprels[i]! };
}

/** Sentences given as words, each word with the source token it came from (to mark multi-word tokens). */
export interface WordedSentence {
  text: string;
  forms: string[];
  /** the forms as the tagger is to read them, if not as written */
  read?: string[];
  tokenOfWord: number[];
  tokenText: (t: number) => string;
}

export function parseWordedSentences(sentences: WordedSentence[], models: SyntaxModels = syntaxModels()): ConlluSentence[] {
  return sentences.map((s, k) => {
    const out = analyzeSentence(s.read ?? s.forms, models);
    const words: ConlluWord[] = s.forms.map((form, i) => fill({ id: i + 1, form, lemma: '_', upos: '_', xpos: '_', feats: '_', head: -1, deprel: '_', deps: '_', misc: '_' }, out, i));
    const extra: ConlluSentence['extra'] = [];
    for (let i = 0; i < s.forms.length; i++) {
      let j = i;
      while (j + 1 < s.forms.length && s.tokenOfWord[j + 1] === s.tokenOfWord[i]) j++;
      if (j > i) extra.push({ before: i + 1, line: `${i + 1}-${j + 1}\t${s.tokenText(s.tokenOfWord[i]!)}\t_\t_\t_\t_\t_\t_\t_\t_` });
      i = j;
    }
    return { comments: [`# sent_id = ${k + 1}`, `# text = ${s.text.replace(/\s+/g, ' ')}`], words, extra };
  });
}
