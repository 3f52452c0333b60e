// Sentences: an endless one (no full stop in a megabyte) is cut into pieces no longer than the
// limit, where a clause may end, so that every later stage stays linear in the article.
import { describe, expect, it } from 'vitest';
import { analyze, MAX_SENTENCE_TOKENS } from '../../server/extract/nlp';
import { extract } from '../../server/extract/index';
import { pathologicalText } from '../../bench/pathological';

describe('sentences', () => {
  it('cuts a sentence longer than the limit after a comma or "and", never leaving one over the limit', () => {
    const text = pathologicalText('endless', 20_000);
    const { tokens, sentences } = analyze(text, [{ start: 0, end: text.length, kind: 'paragraph' } as never]);
    expect(sentences.length).toBeGreaterThan(20);
    for (const s of sentences) expect(s.tokenEnd - s.tokenStart).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    // cut where a clause may end: the pieces end with "and" (the text has no comma or full stop)
    const ends = sentences.slice(0, -1).map((s) => tokens[s.tokenEnd - 1]!.lower);
    expect(ends.every((w) => w === 'and')).toBe(true);
  });

  it('leaves ordinary sentences whole', () => {
    const x = extract({ id: 's', source: 'Anna Berg met Karl Venn in Oslo, and they founded Norvik Shipping in Bergen in 1950.', format: 'txt' });
    expect(x.document.sentences).toHaveLength(1);
  });
});
