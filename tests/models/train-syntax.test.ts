import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConllu } from '../../server/models/conllu';
import { analyzeSentence, decodeSyntaxModels, encodeSyntaxModels } from '../../server/models/syntax';
import { DEFAULT_SYNTAX_OPTIONS, trainSyntax } from '../../server/train/syntax';
import { scoreSyntax } from '../../server/train/score-syntax';

const tiny = parseConllu(readFileSync(new URL('../fixtures/tiny.conllu', import.meta.url), 'utf8'));

describe('training the tagger, lemmatizer and parser', () => {
  const models = trainSyntax(tiny, { ...DEFAULT_SYNTAX_OPTIONS, taggerEpochs: 10, parserEpochs: 20, folds: 0, prune: 0 });

  it('learns to tag, lemmatize and parse a tiny corpus', () => {
    const scores = scoreSyntax(models, tiny);
    expect(scores.upos).toBe(1);
    expect(scores.uas).toBe(1);
    expect(scores.lasFull).toBe(1);
    const out = analyzeSentence(['The', 'book', 'was', 'written', 'by', 'John', '.'], models);
    expect(out.deprels).toEqual(['det', 'nsubj:pass', 'aux:pass', 'root', 'case', 'obl:agent', 'punct']);
    expect(out.lemmas[3]).toBe('write');
  });

  it('writes weights that load back to the same answers', () => {
    const again = decodeSyntaxModels(encodeSyntaxModels(models, { trainedOn: ['tiny.conllu'] }));
    for (const s of tiny) {
      const forms = s.words.map((w) => w.form);
      expect(analyzeSentence(forms, again)).toEqual(analyzeSentence(forms, models));
    }
  });
});
