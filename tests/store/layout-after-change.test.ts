import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CorpusStore } from '../../server/store/corpus-store';

const ANOTHER_STORY = `# A chess club's jubilee

The Tallinn Chess Club celebrated its centenary on Saturday. Founded in 1925 by Aleksander Rebane,
the club trained Paul Keres, who later won the AVRO tournament in Amsterdam. Maria Tamm, the club's
president, thanked the Estonian Chess Federation and the city of Tallinn for their support.`;

type Box = { minX: number; maxX: number; minY: number; maxY: number };
const overlap = (a: Box, b: Box) => a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;

describe('the layout after an addition', () => {
  it("lays out a second article's entities apart from the first's, with metrics, and leaves the first's in place", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-layout-'));
    cpSync(path.resolve(import.meta.dirname, '../../graph-data/articles'), path.join(dir, 'articles'), { recursive: true });
    const store = await CorpusStore.open(dir, { analysisDelayMs: 60_000 });
    const graph = store.corpus.graph;
    const before = new Map(graph.mapNodes((n, a) => [n, { x: (a as unknown as { x: number }).x, y: (a as unknown as { y: number }).y }] as const));
    const added = await store.add({ text: ANOTHER_STORY, format: 'md' });
    const fresh = added.entitiesAdded.map((e) => e.id);
    expect(fresh.length).toBeGreaterThan(3);
    // until the layout runs, new entities have no metrics yet
    expect(graph.getNodeAttribute(fresh[0]!, 'community' as never)).toBe(-1);
    await store.flush();
    const boxOf = (keys: string[]): Box => {
      const b = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
      for (const k of keys) {
        const { x, y } = graph.getNodeAttributes(k) as unknown as { x: number; y: number };
        b.minX = Math.min(b.minX, x); b.maxX = Math.max(b.maxX, x); b.minY = Math.min(b.minY, y); b.maxY = Math.max(b.maxY, y);
      }
      return b;
    };
    const old = [...before.keys()];
    // the new story's largest component lies outside the old layout's box
    const joined = fresh.filter((n) => graph.degree(n) > 0 && graph.neighbors(n).every((m) => fresh.includes(m)));
    expect(joined.length).toBeGreaterThan(2);
    expect(overlap(boxOf(joined), boxOf(old))).toBe(false);
    const movedOld = old.filter((n) => graph.getNodeAttribute(n, "x" as never) !== before.get(n)!.x || graph.getNodeAttribute(n, "y" as never) !== before.get(n)!.y);
    expect(movedOld).toEqual([]);
    for (const n of fresh) {
      expect(graph.getNodeAttribute(n, 'pagerank' as never)).toBeGreaterThan(0);
      expect(graph.getNodeAttribute(n, 'community' as never)).toBeGreaterThanOrEqual(0);
    }
    // and graph.json (written in pieces) is the graph as it is now
    const saved = JSON.parse(readFileSync(path.join(dir, 'graph.json'), 'utf8'));
    expect(saved).toEqual(JSON.parse(JSON.stringify(graph.export())));
  });
});
