import { describe, expect, it } from 'vitest';
import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extract } from '../../server/extract/index';
import { buildGraph, createKnowledgeGraph, type KnowledgeGraph } from '../../server/graph/build';
import { applyCorrection, replayCorrections, type Correction } from '../../server/corrections/apply';
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
    expect(applyCorrection(g, { kind: 'merge', entity: ref(g, 'bayern'), into: ref(g, 'bayern-munich') })).toBe(true);
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
    expect(applyCorrection(g, { kind: 'rename', entity: ref(g, 'chelsea'), label: 'Chelsea F.C.' })).toBe(true);
    expect(g.getNodeAttributes('chelsea')).toMatchObject({ label: 'Chelsea F.C.', aliases: ['Chelsea'] });
    expect(applyCorrection(g, { kind: 'retype', entity: ref(g, 'munich'), type: 'place' })).toBe(true);
    expect(g.getNodeAttribute('munich', 'type')).toBe('place');
    expect(applyCorrection(g, { kind: 'delete-relation', source: ref(g, 'bayern'), target: ref(g, 'munich') })).toBe(true);
    expect(g.edge('bayern', 'munich')).toBeUndefined();
    expect(applyCorrection(g, { kind: 'add-relation', source: ref(g, 'bayern-munich'), target: ref(g, 'munich'), label: 'based in', note: 'the club page' })).toBe(true);
    expect(g.getEdgeAttributes(g.edge('bayern-munich', 'munich')!)).toMatchObject({ label: 'based in', curated: true, note: 'the club page' });
    expect(applyCorrection(g, { kind: 'delete-entity', entity: { key: 'nobody', label: 'Nobody' } })).toBe(false);
    expect(applyCorrection(g, { kind: 'delete-entity', entity: ref(g, 'bayern') })).toBe(true);
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
