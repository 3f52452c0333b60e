import { beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { seedApp } from './setup';
import { combinedConfidence } from '../../server/graph/build';
import { fitLogistic } from '../../server/train/relation-confidence';
import type { Evidence } from '../../server/extract/model';

let ctx: Awaited<ReturnType<typeof seedApp>>;
beforeAll(async () => { ctx = await seedApp(); });

const ev = (document: string, confidence?: number): Evidence => ({ document, sentence: 0, start: 0, end: 1, text: 'x', predicate: 'p', years: [], ...(confidence !== undefined ? { confidence } : {}) });

describe('confidence', () => {
  it('combines the documents behind an edge as independent witnesses, a document once', () => {
    expect(combinedConfidence([ev('a', 0.5), ev('b', 0.5)])).toBeCloseTo(0.75, 3);
    expect(combinedConfidence([ev('a', 0.5), ev('a', 0.3)])).toBeCloseTo(0.5, 3);
    expect(combinedConfidence([ev('a')])).toBeUndefined();
  });

  it('fits a logistic curve that recovers the probabilities behind the margins', () => {
    // margins m with P(true) = 1 / (1 + e^(−m/1000)): 0 → 0.5, 2000 → 0.88
    const data: { margin: number; gold: 0 | 1 }[] = [];
    for (const margin of [-3000, -2000, -1000, 0, 1000, 2000, 3000]) {
      const p = 1 / (1 + Math.exp(-margin / 1000));
      for (let k = 0; k < 100; k++) data.push({ margin, gold: k < Math.round(p * 100) ? 1 : 0 });
    }
    const { scale, offset } = fitLogistic(data);
    expect(scale * 1000).toBeCloseTo(1, 1);
    expect(offset).toBeCloseTo(0, 1);
  });

  it('gives every entity and relation of the seed article a confidence in [0, 1]', async () => {
    const g = (await request(ctx.app).get('/api/graph').expect(200)).body;
    expect(g.edges.length).toBeGreaterThan(20);
    for (const e of g.edges) expect(e.attributes.confidence).toBeGreaterThanOrEqual(0);
    for (const e of g.edges) expect(e.attributes.confidence).toBeLessThanOrEqual(1);
    for (const n of g.nodes) expect(n.attributes.confidence).toBeGreaterThan(0);
  });

  it('leaves out the less likely edges of the graph, a neighbourhood and an export when asked', async () => {
    const all = (await request(ctx.app).get('/api/graph').expect(200)).body.edges as { key: string; attributes: { confidence: number } }[];
    const cut = [...all.map((e) => e.attributes.confidence)].sort((a, b) => a - b)[Math.floor(all.length / 2)]!;
    const kept = (await request(ctx.app).get(`/api/graph?minConfidence=${cut}`).expect(200)).body.edges as typeof all;
    expect(kept.length).toBe(all.filter((e) => e.attributes.confidence >= cut).length);
    expect(kept.length).toBeLessThan(all.length);
    expect(kept.every((e) => e.attributes.confidence >= cut)).toBe(true);

    const near = (await request(ctx.app).get(`/api/nodes/nikita-khrushchev/neighbors?minConfidence=${cut}`).expect(200)).body;
    expect(near.graph.edges.every((e: { attributes: { confidence: number } }) => e.attributes.confidence >= cut)).toBe(true);
    const nearAll = (await request(ctx.app).get('/api/nodes/nikita-khrushchev/neighbors').expect(200)).body;
    expect(near.graph.edges.length).toBeLessThanOrEqual(nearAll.graph.edges.length);

    const gexf = (await request(ctx.app).get(`/api/export?format=gexf&minConfidence=${cut}`).expect(200)).text;
    expect((gexf.match(/<edge /g) ?? []).length).toBe(kept.length);
    expect(gexf).toContain('<attribute id="confidence" title="confidence" type="double"/>');
    const graphml = (await request(ctx.app).get('/api/export?format=graphml').expect(200)).text;
    expect(graphml).toContain('attr.name="confidence"');
    expect(graphml).toMatch(/<data key="e_confidence">0\.\d+<\/data>/);
  });

  it('answers 400 to a confidence outside [0, 1]', async () => {
    const r = await request(ctx.app).get('/api/graph?minConfidence=2').expect(400);
    expect(JSON.stringify(r.body)).toContain('minConfidence');
  });
});
