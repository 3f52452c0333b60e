import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { entityRows, relationRows, sortRows, tableCsv } from '../../client/src/panels/data-table';

function graph(): Graph {
  const g = new Graph({ type: 'directed' });
  g.addNode('a', { label: 'Ada', type: 'person', mentionCount: 3, documents: ['d1'], degree: 2, pagerank: 0.5, community: 1 });
  g.addNode('b', { label: '=HYPERLINK("x")', type: 'organization', mentionCount: 1, documents: ['d1', 'd2'], degree: 1, pagerank: 0.2, community: 0 });
  g.addNode('c', { label: 'Cambridge, UK', type: 'place', mentionCount: 2, documents: [], degree: 1 });
  g.addEdgeWithKey('a->b', 'a', 'b', { label: 'founded', evidence: [{}, {}], confidence: 0.9 });
  g.addEdgeWithKey('a->c', 'a', 'c', { label: 'lived in', evidence: [{}] });
  return g;
}

describe('the data table', () => {
  it('lists only what the graph shows, and sorts with empty cells last either way', () => {
    const g = graph();
    const t = entityRows(g, new Set(['a', 'b', 'c']));
    sortRows(t, 5, true);
    expect(t.rows.map((r) => r.key)).toEqual(['a', 'b', 'c']); // c has no PageRank: last
    sortRows(t, 5, false);
    expect(t.rows.map((r) => r.key)).toEqual(['b', 'a', 'c']);
    sortRows(t, 0, false);
    expect(t.rows.map((r) => r.cells[0])).toEqual(['=HYPERLINK("x")', 'Ada', 'Cambridge, UK']);
    expect(entityRows(g, new Set(['a'])).rows).toHaveLength(1);
    const r = relationRows(g, new Set(['a->b']));
    expect(r.rows).toEqual([{ key: 'a->b', select: 'a', cells: ['Ada', 'founded', '=HYPERLINK("x")', 2, 0.9] }]);
  });

  it('writes a CSV a spreadsheet reads as text: formulas neutralised, commas and quotes quoted', () => {
    const t = entityRows(graph(), new Set(['b', 'c']));
    sortRows(t, 0, false);
    const lines = tableCsv(t).split('\r\n');
    expect(lines[0]).toBe('Label,Type,Mentions,Documents,Degree,PageRank,Community');
    expect(lines[1]).toBe(`"'=HYPERLINK(""x"")",organization,1,2,1,0.2,0`);
    expect(lines[2]).toBe('"Cambridge, UK",place,2,0,1,,');
  });
});
