import { describe, expect, it } from 'vitest';
import { foldName, scoreGraph, summarize, type Gold } from '../../server/eval/score';

const gold: Gold = {
  document: 'x.txt',
  entities: [
    { name: 'Nikita Khrushchev', type: 'person', aliases: ['Khrushchev'] },
    { name: 'Moscow', type: 'place', aliases: [] },
    { name: 'TASS', type: 'organization', aliases: [], optional: true },
  ],
  relations: [{ a: 'Nikita Khrushchev', b: 'Moscow' }],
};

describe('the evaluation', () => {
  it('folds names as the guidelines say', () => {
    expect(foldName("The U.S.S.R.'s")).toBe('u.s.s.r.');
    expect(foldName('“Secret Speech,”')).toBe('secret speech');
    expect(foldName('Tsar-bomba')).toBe('tsar bomba');
  });

  it('counts hits, duplicates, spurious nodes, types, relations and grounding', () => {
    const graph = {
      nodes: [
        { key: 'a', attributes: { label: 'Nikita Khrushchev', type: 'person', aliases: [] } },
        { key: 'b', attributes: { label: 'Khrushchev', type: 'person', aliases: [] } },
        { key: 'c', attributes: { label: 'Moscow', type: 'organization', aliases: [] } },
        { key: 'd', attributes: { label: 'Soviet', type: 'other', aliases: [] } },
        { key: 'e', attributes: { label: 'TASS', type: 'organization', aliases: [] } },
      ],
      edges: [
        { source: 'a', target: 'c', attributes: { evidence: [{ text: 'Khrushchev went to Moscow.' }] } },
        { source: 'a', target: 'd', attributes: { evidence: [{ text: 'words not in the article' }] } },
      ],
    };
    const s = scoreGraph(graph, gold, 'Khrushchev went to Moscow. Soviet TASS.');
    const f = summarize([s]);
    expect(s.duplicateList).toHaveLength(1);
    expect(s.spurious).toEqual(['Soviet']);
    expect(f.entity).toEqual({ precision: 0.5, recall: 1, f1: 0.667 }); // (3 hits - 1 duplicate) / 4 counted
    expect(f.typeAccuracy).toBe(0.75); // optional entities with a type are typed too
    expect(f.relationRecall).toBe(1);
    expect(f.grounded).toBe(0.5);
  });

  it('scores predicate labels (short, a stem in common, the gold\'s way), typed triples and borderline pairs', () => {
    const g: Gold = {
      document: 'y.txt',
      entities: [
        { name: 'Anna Berg', type: 'person', aliases: [] }, { name: 'Karvensk', type: 'place', aliases: [] },
        { name: 'Norvik', type: 'organization', aliases: [] }, { name: 'Oslo', type: 'place', aliases: [] },
      ],
      relations: [
        { a: 'Anna Berg', b: 'Norvik', predicates: ['founded', 'founder of'], direction: 'a->b', wikidata: 'P112' },
        { a: 'Norvik', b: 'Karvensk', predicates: ['based in'], direction: 'a->b' },
        { a: 'Anna Berg', b: 'Oslo', borderline: true },
      ],
    };
    const node = (key: string, label: string) => ({ key, attributes: { label, type: 'other', aliases: [] } });
    const graph = {
      nodes: [node('a', 'Anna Berg'), node('k', 'Karvensk'), node('n', 'Norvik'), node('o', 'Oslo')],
      edges: [
        { source: 'a', target: 'n', attributes: { label: 'founding', relation: 'P112', evidence: [] } },
        { source: 'k', target: 'n', attributes: { label: 'based in', relation: 'P159', evidence: [] } },
        { source: 'a', target: 'o', attributes: { label: 'moved to', evidence: [] } },
      ],
    };
    const f = summarize([scoreGraph(graph, g)]);
    expect(f.labelAccuracy).toBe(0.5); // "founding" shares "found"; "based in" runs the wrong way
    expect(f.relationRecall).toBe(1);
    expect(f.relationPrecision).toBe(1); // the borderline pair counts neither way
    expect(f.typedRelationRecall).toBe(1);
    expect(f.typedRelationPrecision).toBe(0.5); // Karvensk → Norvik P159 is no gold triple
  });
});
