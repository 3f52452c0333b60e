import { describe, expect, it } from 'vitest';
import { createKnowledgeGraph } from '../../server/graph/build';
import { analyzeGraph, betweennessWork } from '../../server/graph/analyze';

describe('analyzing a graph', () => {
  it('copes with an empty graph and a graph without edges', () => {
    const empty = createKnowledgeGraph();
    expect(() => analyzeGraph(empty)).not.toThrow();
    const lonely = createKnowledgeGraph();
    lonely.addNode('a', { label: 'A', type: 'person', aliases: [], mentions: [], documents: [] });
    analyzeGraph(lonely);
    expect(lonely.getNodeAttributes('a')).toMatchObject({ degree: 0, pagerank: 1, community: 0 });
  });

  it('keeps the positions an imported graph came with', () => {
    const g = createKnowledgeGraph();
    g.addNode('a', { label: 'A', type: 'person', aliases: [], mentions: [], documents: [], x: 5, y: 7 } as never);
    g.addNode('b', { label: 'B', type: 'place', aliases: [], mentions: [], documents: [], x: -1, y: 2 } as never);
    g.addDirectedEdgeWithKey('a->b', 'a', 'b', { label: 'in', predicates: ['in'], weight: 1, evidence: [], years: [], documents: [] });
    analyzeGraph(g, { keepPositions: true });
    expect(g.getNodeAttributes('a')).toMatchObject({ x: 5, y: 7, degree: 1 });
  });

  it('counts betweenness\'s work as V·(V + E), so that many nodes without edges are not searched from each', () => {
    expect(betweennessWork(100_000, 0)).toBe(1e10);
    const g = createKnowledgeGraph();
    for (let i = 0; i < 15_000; i++) g.addNode(`n${i}`, { label: `N${i}`, type: 'other', aliases: [], mentions: [], documents: [] });
    g.addEdge('n0', 'n1', { label: 'x', predicates: ['x'], weight: 1, evidence: [], years: [], documents: [] } as never);
    const report = analyzeGraph(g);
    expect(report.betweenness).toBe(false); // 15,000 × 15,001 > 2·10⁸ (V·E alone was 15,000)
    expect(g.getNodeAttribute('n0', 'betweenness' as never)).toBeNull();
  });
});
