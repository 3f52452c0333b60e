import { describe, expect, it } from 'vitest';
import { parseConllu, writeConllu, ConlluError } from '../../server/models/conllu';

const SAMPLE = [
  '# sent_id = 1',
  '# text = I didn\'t go.',
  '1\tI\tI\tPRON\tPRP\tCase=Nom\t4\tnsubj\t4:nsubj\t_',
  '2-3\tdidn\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t4:aux\t_',
  '3\tn\'t\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_',
  '4\tgo\tgo\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_',
  '',
  '# sent_id = 2',
  '1\tHello\thello\tINTJ\tUH\t_\t0\troot\t0:root\t_',
  '1.1\tsaid\tsay\tVERB\tVBD\t_\t_\t_\t0:root\t_',
  '',
  '',
].join('\n');

describe('CoNLL-U', () => {
  it('reads words, comments, multi-word tokens and empty nodes, and writes them back unchanged', () => {
    const sentences = parseConllu(SAMPLE);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]!.words.map((w) => w.form)).toEqual(['I', 'did', "n't", 'go', '.']);
    expect(sentences[0]!.words[3]).toMatchObject({ head: 0, deprel: 'root', lemma: 'go', misc: 'SpaceAfter=No' });
    expect(sentences[0]!.comments).toEqual(['# sent_id = 1', "# text = I didn't go."]);
    expect(writeConllu(sentences)).toBe(SAMPLE);
  });

  it('reads lines that carry only an id and a form, leaving the rest blank', () => {
    const [s] = parseConllu('1\tDogs\n2\tbark\n');
    expect(s!.words[1]).toMatchObject({ id: 2, form: 'bark', upos: '_', head: -1, deprel: '_' });
    expect(writeConllu([s!])).toBe('1\tDogs\t_\t_\t_\t_\t_\t_\t_\t_\n2\tbark\t_\t_\t_\t_\t_\t_\t_\t_\n\n');
  });

  it('says which line is wrong', () => {
    expect(() => parseConllu('1\tA\n3\tB\n')).toThrow(ConlluError);
    expect(() => parseConllu('1\tA\n3\tB\n')).toThrow(/line 2: word id 3 where 2 was expected/);
    expect(() => parseConllu('x\tA\n')).toThrow(/line 1/);
  });
});
