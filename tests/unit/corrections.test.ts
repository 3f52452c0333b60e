import { describe, expect, it } from 'vitest';
import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extract } from '../../server/extract/index';
import { buildGraph, createKnowledgeGraph, type KnowledgeGraph } from '../../server/graph/build';
import { applyCorrection, EntityFinder, replayCorrections, type Correction } from '../../server/corrections/apply';
import { mergeSuggestions, sameSpelledOtherwise } from '../../server/corrections/suggestions';
import { CorrectionsLog } from '../../server/corrections/log';

const node = (g: KnowledgeGraph, key: string, label: string, aliases: string[] = []) =>
  g.addNode(key, { label, type: 'organization', aliases, mentions: [], documents: ['d1'] });
const edge = (g: KnowledgeGraph, s: string, t: string, label: string, evidence = 1) =>
  g.addDirectedEdgeWithKey(`${s}->${t}`, s, t, { label, predicates: [label], weight: evidence, evidence: Array.from({ length: evidence }, () => ({ document: 'd1', sentence: 0, start: 0, end: 1, text: label })) as never, years: [], documents: ['d1'] });

function football(): KnowledgeGraph {
  const g = createKnowledgeGraph();
  node(g, 'bayern', 'Bayern');
  node(g, 'bayern-munich', 'Bayern Munich', ['FC Bayern']);
  node(g, 'chelsea', 'Chelsea');
  node(g, 'munich', 'Munich');
  edge(g, 'bayern', 'chelsea', 'beat', 2);
  edge(g, 'bayern-munich', 'chelsea', 'played', 1);
  edge(g, 'bayern', 'munich', 'based in');
  return g;
}

const ref = (g: KnowledgeGraph, key: string) => ({ key, label: g.getNodeAttribute(key, 'label') });

describe('corrections', () => {
  it('merges one entity into another: names, mentions and relations combined, evidence of a relation both had joined', () => {
    const g = football();
    expect(applyCorrection(g, { kind: 'merge', entity: ref(g, 'bayern'), into: ref(g, 'bayern-munich') })).toBe('bayern-munich');
    expect(g.hasNode('bayern')).toBe(false);
    expect(g.getNodeAttribute('bayern-munich', 'aliases').sort()).toEqual(['Bayern', 'FC Bayern']);
    const e = g.edge('bayern-munich', 'chelsea')!;
    expect(g.getEdgeAttributes(e)).toMatchObject({ label: 'played', weight: 3 });
    expect(g.getEdgeAttribute(e, 'predicates').sort()).toEqual(['beat', 'played']);
    expect(g.getEdgeAttribute(e, 'evidence')).toHaveLength(3);
    expect(g.hasEdge(g.edge('bayern-munich', 'munich')!)).toBe(true);
  });

  it('renames (the old label becomes an alias), retypes, deletes and adds, each reporting whether it applied', () => {
    const g = football();
    expect(applyCorrection(g, { kind: 'rename', entity: ref(g, 'chelsea'), label: 'Chelsea F.C.' })).toBe('chelsea');
    expect(g.getNodeAttributes('chelsea')).toMatchObject({ label: 'Chelsea F.C.', aliases: ['Chelsea'] });
    expect(applyCorrection(g, { kind: 'retype', entity: ref(g, 'munich'), type: 'place' })).toBe('munich');
    expect(g.getNodeAttribute('munich', 'type')).toBe('place');
    expect(applyCorrection(g, { kind: 'delete-relation', source: ref(g, 'bayern'), target: ref(g, 'munich') })).toBe('bayern');
    expect(g.edge('bayern', 'munich')).toBeUndefined();
    expect(applyCorrection(g, { kind: 'add-relation', source: ref(g, 'bayern-munich'), target: ref(g, 'munich'), label: 'based in', note: 'the club page' })).toBe('bayern-munich');
    expect(g.getEdgeAttributes(g.edge('bayern-munich', 'munich')!)).toMatchObject({ label: 'based in', curated: true, note: 'the club page' });
    expect(applyCorrection(g, { kind: 'delete-entity', entity: { key: 'nobody', label: 'Nobody' } })).toBe(false);
    expect(applyCorrection(g, { kind: 'delete-entity', entity: ref(g, 'bayern') })).toBe('bayern');
    expect(g.hasNode('bayern')).toBe(false);
  });

  it('finds an entity by its label or an alias when its key moved, and replays onto a graph built again', () => {
    const source = readFileSync(new URL('../../graph-data/articles/secret-speech.md', import.meta.url), 'utf8');
    const build = () => buildGraph([extract({ id: 'secret-speech', source, format: 'md' })]);
    const g = build();
    const corrections: Correction[] = [
      { kind: 'rename', entity: ref(g, 'josef-stalin'), label: 'Joseph Stalin' },
      { kind: 'retype', entity: { key: 'a-key-that-changed', label: 'Kremlin' }, type: 'organization' },
      { kind: 'delete-entity', entity: { key: 'gone', label: 'An Entity Nobody Named' } },
    ];
    expect(replayCorrections(g, corrections)).toEqual([true, true, false]);
    const again = build();
    expect(replayCorrections(again, corrections)).toEqual([true, true, false]);
    expect(again.export()).toEqual(g.export());
    expect(again.getNodeAttributes('josef-stalin')).toMatchObject({ label: 'Joseph Stalin' });
    expect(again.getNodeAttribute(again.findNode((_n, a) => a.label === 'Kremlin')!, 'type')).toBe('organization');
  });
});

describe('splitting an entity', () => {
  it('moves the aliases named, the mentions that use them and the relations stated where only they name it', () => {
    const text = 'Bayern Munich beat Chelsea. Munich is a city. Bayern Munich is based in Munich.';
    const g = createKnowledgeGraph();
    const at = (s: string, from = 0) => { const start = text.indexOf(s, from); return { document: 'd1', start, end: start + s.length, sentence: start < 27 ? 0 : start < 45 ? 1 : 2 }; };
    g.addNode('bayern-munich', { label: 'Bayern Munich', type: 'organization', aliases: ['Munich'], documents: ['d1'],
      mentions: [at('Bayern Munich'), at('Munich', 27), at('Bayern Munich', 45), at('Munich', 70)] });
    g.addNode('chelsea', { label: 'Chelsea', type: 'organization', aliases: [], mentions: [at('Chelsea')], documents: ['d1'] });
    g.addNode('germany', { label: 'Germany', type: 'place', aliases: [], mentions: [], documents: ['d1'] });
    const ev = (sentence: number, predicate: string) => ({ document: 'd1', sentence, start: 0, end: 1, text: '', predicate, years: [] });
    g.addDirectedEdgeWithKey('bayern-munich->chelsea', 'bayern-munich', 'chelsea', { label: 'beat', predicates: ['beat'], weight: 1, evidence: [ev(0, 'beat')], years: [], documents: ['d1'] });
    g.addDirectedEdgeWithKey('bayern-munich->germany', 'bayern-munich', 'germany', { label: 'in', predicates: ['in'], weight: 2, evidence: [ev(1, 'city in'), ev(2, 'based in')], years: [], documents: ['d1'] });
    const made = applyCorrection(g, { kind: 'split', entity: { key: 'bayern-munich', label: 'Bayern Munich' }, aliases: ['Munich'], label: 'Munich', type: 'place' }, new EntityFinder(g), () => text);
    expect(made).toBe('munich');
    expect(g.getNodeAttributes('munich')).toMatchObject({ label: 'Munich', type: 'place', aliases: [], documents: ['d1'] });
    expect(g.getNodeAttribute('munich', 'mentions').map((m) => m.start)).toEqual([text.indexOf('Munich is'), text.lastIndexOf('Munich')]);
    expect(g.getNodeAttribute('bayern-munich', 'aliases')).toEqual([]);
    expect(g.getNodeAttribute('bayern-munich', 'mentions')).toHaveLength(2);
    // sentence 1 names only the city: its relation goes with it; sentence 2 names both, and stays
    expect(g.getEdgeAttributes('munich->germany')).toMatchObject({ label: 'city in', weight: 1 });
    expect(g.getEdgeAttributes('bayern-munich->germany')).toMatchObject({ label: 'based in', weight: 1 });
    expect(g.edge('bayern-munich', 'chelsea')).toBeDefined();
    // applied again, nothing is left to move
    expect(applyCorrection(g, { kind: 'split', entity: { key: 'bayern-munich', label: 'Bayern Munich' }, aliases: ['Munich'], label: 'Munich', type: 'place' }, new EntityFinder(g), () => text)).toBe(false);
  });

  it('finds an entity by a name a rename gave it, and not by a name it lost', () => {
    const g = football();
    const finder = new EntityFinder(g);
    expect(finder.find({ key: 'gone', label: 'FC Bayern' })).toBe('bayern-munich');
    applyCorrection(g, { kind: 'rename', entity: ref(g, 'chelsea'), label: 'Chelsea F.C.' }, finder);
    expect(finder.find({ key: 'gone', label: 'Chelsea F.C.' })).toBe('chelsea');
    applyCorrection(g, { kind: 'merge', entity: ref(g, 'bayern'), into: ref(g, 'bayern-munich') }, finder);
    expect(finder.find({ key: 'gone', label: 'Bayern' })).toBe('bayern-munich');
    applyCorrection(g, { kind: 'delete-entity', entity: ref(g, 'munich') }, finder);
    expect(finder.find({ key: 'gone', label: 'Munich' })).toBeUndefined();
  });
});

describe('merge suggestions', () => {
  it('pairs entities of one type by accents, a title, an acronym, a spelling and a name inside another; never across types', () => {
    const g = createKnowledgeGraph();
    const add = (key: string, label: string, type: 'person' | 'place' | 'organization', mentions = 1) =>
      g.addNode(key, { label, type, aliases: [], documents: ['d'], mentions: Array.from({ length: mentions }, () => ({ document: 'd', start: 0, end: 1, sentence: 0 })) });
    add('lech-walesa', 'Lech Walesa', 'person'); add('lech-wałęsa', 'Lech Wałęsa', 'person', 3);
    add('putin', 'Vladimir Putin', 'person', 5); add('president-vladimir-putin', 'President Vladimir Putin', 'person');
    add('us', 'U.S.', 'place', 4); add('united-states', 'United States', 'place', 2);
    add('josef-stalin', 'Josef Stalin', 'person', 2); add('joseph-stalin', 'Joseph Stalin', 'person', 6);
    add('bayern', 'Bayern', 'organization'); add('bayern-munich', 'Bayern Munich', 'organization', 3);
    add('munich', 'Munich', 'place'); // a place inside a club's name: not the same thing
    add('australia', 'Australia', 'place'); add('south-australia', 'South Australia', 'place'); // nor a place inside a place's
    add('frederick-i', 'Frederick I', 'person'); add('frederick-ii', 'Frederick II', 'person');
    add('miles-davis', 'Miles Davis', 'person'); add('mac-davis', 'Mac Davis', 'person'); add('davis', 'Davis', 'person'); // which Davis?
    const found = mergeSuggestions(g);
    const by = (a: string, b: string) => found.find((s) => [s.a.id, s.b.id].sort().join() === [a, b].sort().join());
    expect(by('lech-walesa', 'lech-wałęsa')).toMatchObject({ keep: 'lech-wałęsa', score: 0.95, reason: expect.stringMatching(/accents/) });
    expect(by('putin', 'president-vladimir-putin')).toMatchObject({ keep: 'putin', reason: expect.stringMatching(/title/) });
    expect(by('us', 'united-states')).toMatchObject({ reason: expect.stringMatching(/acronym/) });
    expect(by('josef-stalin', 'joseph-stalin')).toMatchObject({ keep: 'joseph-stalin', merge: 'josef-stalin', reason: expect.stringMatching(/spelled two ways/) });
    expect(by('bayern', 'bayern-munich')).toMatchObject({ keep: 'bayern-munich', reason: expect.stringMatching(/part of/) });
    expect(by('munich', 'bayern-munich')).toBeUndefined();
    expect(by('australia', 'south-australia')).toBeUndefined();
    expect(by('frederick-i', 'frederick-ii')).toBeUndefined();
    expect(found.filter((s) => [s.a.id, s.b.id].includes('davis'))).toEqual([]);
    expect(found.map((s) => s.score)).toEqual([...found.map((s) => s.score)].sort((a, b) => b - a));
  });

  it('takes two words for one name spelled two ways when they sound alike or differ by one vowel', () => {
    expect(sameSpelledOtherwise('josef', 'joseph')).toBe(true);
    expect(sameSpelledOtherwise('zachary', 'zakhary')).toBe(true);
    expect(sameSpelledOtherwise('gorbachev', 'gorbachov')).toBe(true);
    expect(sameSpelledOtherwise('africa', 'america')).toBe(false);
    expect(sameSpelledOtherwise('ocean', 'oceans')).toBe(false);
    expect(sameSpelledOtherwise('ramey', 'ramez')).toBe(false);
    expect(sameSpelledOtherwise('2008', '2012')).toBe(false);
  });
});

describe('the corrections log', () => {
  it('appends entries that survive a reopening, keeps them whole past an interrupted write, and undoes one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-corrections-'));
    const log = CorrectionsLog.inDataDir(dir);
    expect(await log.read()).toEqual({ entries: [], skipped: [] });
    const a = await log.append({ kind: 'retype', entity: { key: 'munich', label: 'Munich' }, type: 'place' });
    // a crash in the middle of the next write leaves half a line
    appendFileSync(log.file, '{"id":"half","at":"2026-');
    const b = await log.append({ kind: 'rename', entity: { key: 'chelsea', label: 'Chelsea' }, label: 'Chelsea F.C.' });
    const again = await CorrectionsLog.inDataDir(dir).read();
    expect(again.entries.map((e) => e.id)).toEqual([a.id, b.id]);
    expect(again.skipped).toEqual([{ line: 2, reason: 'not whole JSON (an interrupted write)' }]);
    expect(await log.remove(a.id)).toBe(true);
    expect(await log.remove('no-such-id')).toBe(false);
    expect((await log.read()).entries.map((e) => e.correction)).toEqual([b.correction]);
    expect(readFileSync(log.file, 'utf8').trim().split('\n')).toHaveLength(1);
  });
});
