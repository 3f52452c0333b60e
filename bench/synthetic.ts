// A synthetic knowledge graph of the given size, from graphology's clusters generator, with the
// attributes an extracted graph carries (labels, types, aliases, predicates, evidence).
import Graph from 'graphology';
import clusters from 'graphology-generators/random/clusters';
import { seededRandom } from '../server/util/random';
import type { KnowledgeGraph } from '../server/graph/build';
import { ENTITY_TYPES } from '../server/extract/model';

const SYLLABLES = ['ka', 'ri', 'mo', 'ven', 'tal', 'dor', 'shi', 'lu', 'pra', 'nek', 'vo', 'zan', 'mir', 'ost', 'bel', 'gra'];

export function syntheticGraph(order: number, size: number, seed = 7): KnowledgeGraph {
  const rng = seededRandom(seed);
  const base = clusters(Graph, { order, size, clusters: Math.max(1, Math.round(order / 500)), rng });
  const graph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false }) as unknown as KnowledgeGraph;
  const word = () => { let w = ''; for (let i = 0; i < 3; i++) w += SYLLABLES[Math.floor(rng() * SYLLABLES.length)]; return w[0]!.toUpperCase() + w.slice(1); };
  base.forEachNode((n) => {
    const label = `${word()} ${word()}`;
    graph.addNode(`n${n}`, { label, type: ENTITY_TYPES[Math.floor(rng() * 5)]!, aliases: [label.split(' ')[1]!], mentions: [], documents: ['synthetic'] });
  });
  base.forEachEdge((_e, _a, s, t) => {
    if (s === t || graph.hasEdge(`n${s}`, `n${t}`)) return;
    const text = `${graph.getNodeAttribute(`n${s}`, 'label')} met ${graph.getNodeAttribute(`n${t}`, 'label')}.`;
    graph.addDirectedEdgeWithKey(`n${s}->n${t}`, `n${s}`, `n${t}`, {
      label: 'met', predicates: ['met'], weight: 1, years: [], documents: ['synthetic'],
      evidence: [{ document: 'synthetic', sentence: 0, start: 0, end: text.length, text, predicate: 'met', years: [] }],
    });
  });
  graph.setAttribute('documents', [{ id: 'synthetic', title: 'synthetic graph' }]);
  return graph;
}
