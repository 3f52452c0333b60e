// The seed article's figures as a regression test, scored with the guidelines' rules against a
// copy of its gold file. The gold is for measuring only; nothing in the extractor reads it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extract } from '../../server/extract/index';
import { buildGraph } from '../../server/graph/build';
import { GoldSchema, scoreGraph, summarize, type SerializedGraph } from '../../server/eval/score';

const source = readFileSync(new URL('../../graph-data/articles/secret-speech.md', import.meta.url), 'utf8');
const gold = GoldSchema.parse(JSON.parse(readFileSync(new URL('../fixtures/secret-speech.gold.json', import.meta.url), 'utf8')));
const graph = buildGraph([extract({ id: 'secret-speech', source, format: 'md' })]);
const score = scoreGraph(graph.export() as unknown as SerializedGraph, gold, source);
const figures = summarize([score]);

describe('the seed article', () => {
  it('reaches entity F1 0.95 with no duplicates', () => {
    expect(score.missed).toEqual([]);
    expect(figures.entity.f1).toBeGreaterThanOrEqual(0.95);
    expect(figures.duplicates).toBe(0);
  });

  it('types 95% of entities right', () => {
    expect(figures.typeAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('finds 85% of the relations, every edge grounded in the article', () => {
    expect(figures.relationRecall).toBeGreaterThanOrEqual(0.85);
    expect(figures.grounded).toBe(1);
  });

  it('is right about 80% of the pairs it relates, and labels 70% of them as the gold does (a floor under today\'s 0.74)', () => {
    expect(figures.relationPrecision).toBeGreaterThanOrEqual(0.8);
    expect(figures.labelAccuracy).toBeGreaterThanOrEqual(0.7);
  });

  it('shows the people, bodies and congresses the article is about, connected', () => {
    const labelOf = (id: string) => graph.getNodeAttribute(id, 'label');
    const find = (label: string) => graph.findNode((_, a) => a.label === label);
    for (const l of ['Nikita Khrushchev', 'Josef Stalin', 'Vladimir Putin', 'Vladimir Medinsky', 'Memorial', 'Gulag History Museum', '22nd Party Congress', '20th Congress of the Communist Party of the Soviet Union']) {
      const id = find(l);
      expect(id, l).toBeDefined();
      expect(graph.degree(id!), l).toBeGreaterThan(0);
    }
    expect(graph.neighbors(find('Nikita Khrushchev')!).map(labelOf)).toContain('Josef Stalin');
  });

  it('quotes the supporting sentence word for word, with offsets into the text', () => {
    const text = extract({ id: 'secret-speech', source, format: 'md' }).document.text;
    graph.forEachEdge((_, a) => {
      for (const ev of a.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    });
  });

  it('keeps every mention as a span of the text that names the entity', () => {
    const text = extract({ id: 'secret-speech', source, format: 'md' }).document.text;
    const stalin = graph.getNodeAttributes(graph.findNode((_, a) => a.label === 'Josef Stalin')!);
    for (const m of stalin.mentions) expect(['Josef Stalin', 'Stalin']).toContain(text.slice(m.start, m.end));
  });
});
