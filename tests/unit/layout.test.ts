import { describe, expect, it } from 'vitest';
import { createKnowledgeGraph, type KnowledgeGraph } from '../../server/graph/build';
import { layoutByComponents } from '../../server/graph/layout';

const node = (g: KnowledgeGraph, key: string, at?: { x: number; y: number }) =>
  g.addNode(key, { label: key, type: 'person', aliases: [], mentions: [], documents: [], ...at } as never);
const edge = (g: KnowledgeGraph, a: string, b: string) =>
  g.addDirectedEdgeWithKey(`${a}->${b}`, a, b, { label: 'knows', predicates: ['knows'], weight: 1, evidence: [], years: [], documents: [] });

/** A story: a hub and its ring of n people, all related. */
function story(g: KnowledgeGraph, name: string, n: number): string[] {
  const keys = Array.from({ length: n }, (_, i) => `${name}${i}`);
  for (const k of keys) node(g, k);
  keys.forEach((k, i) => { if (i) edge(g, keys[0]!, k); if (i > 1) edge(g, keys[i - 1]!, k); });
  return keys;
}

interface Box { minX: number; maxX: number; minY: number; maxY: number }
function box(g: KnowledgeGraph, keys: string[]): Box {
  const b = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const k of keys) {
    const { x, y } = g.getNodeAttributes(k) as unknown as { x: number; y: number };
    b.minX = Math.min(b.minX, x); b.maxX = Math.max(b.maxX, x); b.minY = Math.min(b.minY, y); b.maxY = Math.max(b.maxY, y);
  }
  return b;
}
const overlap = (a: Box, b: Box) => a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
const positions = (g: KnowledgeGraph) => new Map(g.mapNodes((k, a) => [k, { x: (a as unknown as { x: number }).x, y: (a as unknown as { y: number }).y }] as const));

describe('layout by connected components', () => {
  it('lays out unrelated stories apart, the largest in the centre, the same way every time', () => {
    const g = createKnowledgeGraph();
    const big = story(g, 'big', 40), small = story(g, 'small', 12), tiny = story(g, 'tiny', 5);
    node(g, 'alone');
    expect(layoutByComponents(g, { seed: 1 })).toEqual({ components: 4 });
    const boxes = [box(g, big), box(g, small), box(g, tiny), box(g, ['alone'])];
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
    // the largest story holds the middle of the whole layout
    const all = box(g, g.nodes());
    const middle = { x: (all.minX + all.maxX) / 2, y: (all.minY + all.maxY) / 2 };
    const b = boxes[0]!;
    expect(middle.x).toBeGreaterThan(b.minX); expect(middle.x).toBeLessThan(b.maxX);
    expect(middle.y).toBeGreaterThan(b.minY); expect(middle.y).toBeLessThan(b.maxY);
    const again = createKnowledgeGraph();
    story(again, 'big', 40); story(again, 'small', 12); story(again, 'tiny', 5); node(again, 'alone');
    layoutByComponents(again, { seed: 1 });
    expect(positions(again)).toEqual(positions(g));
  });

  it('after a change, keeps what did not change in place and packs a new story apart from the others', () => {
    const g = createKnowledgeGraph();
    const first = story(g, 'first', 30), second = story(g, 'second', 10);
    layoutByComponents(g, { seed: 1 });
    const before = positions(g);
    // a new article's story, dropped in the middle of the old layout (as new entities are, for a moment)
    const fresh = story(g, 'new', 15);
    const mid = box(g, first);
    for (const k of fresh) g.mergeNodeAttributes(k, { x: (mid.minX + mid.maxX) / 2, y: (mid.minY + mid.maxY) / 2 } as never);
    layoutByComponents(g, { seed: 1, fresh: new Set(fresh) });
    for (const k of [...first, ...second]) expect(positions(g).get(k)).toEqual(before.get(k));
    expect(overlap(box(g, fresh), box(g, first))).toBe(false);
    expect(overlap(box(g, fresh), box(g, second))).toBe(false);
  });

  it('places an entity that joins a story beside it, and the story moves little', () => {
    const g = createKnowledgeGraph();
    const keys = story(g, 's', 30);
    layoutByComponents(g, { seed: 1 });
    const before = positions(g);
    const b = box(g, keys);
    const size = Math.max(b.maxX - b.minX, b.maxY - b.minY);
    node(g, 'joiner', { x: 1e6, y: 1e6 });
    edge(g, 's5', 'joiner');
    layoutByComponents(g, { seed: 1, fresh: new Set(['joiner']) });
    let moved = 0;
    for (const k of keys) { const p = positions(g).get(k)!, q = before.get(k)!; moved += Math.hypot(p.x - q.x, p.y - q.y); }
    expect(moved / keys.length).toBeLessThan(size * 0.15);
    const j = positions(g).get('joiner')!, s5 = positions(g).get('s5')!;
    expect(Math.hypot(j.x - s5.x, j.y - s5.y)).toBeLessThan(size);
  });
});
