// Corrections a person makes to the graph — rename, retype, merge, delete an entity or a relation,
// add a relation — as statements about the corpus that can be applied again to any graph built
// from it (after a new article, a rebuild, an extractor upgrade). An entity is named by the key and
// the label it had when the correction was made: it is found by its key, else by that label or an
// alias, so a correction still applies when the extractor's output moves a little. Pure functions
// over a graph; the log that keeps them is log.ts.
import type { EntityType } from '../extract/model';
import type { EdgeAttributes, KnowledgeGraph } from '../graph/build';
import { nameKey } from '../extract/names';

/** An entity as a correction names it: its key then, and its label then. */
export interface EntityRef { key: string; label: string }

export type Correction =
  | { kind: 'rename'; entity: EntityRef; label: string }
  | { kind: 'retype'; entity: EntityRef; type: EntityType }
  | { kind: 'merge'; entity: EntityRef; into: EntityRef }
  | { kind: 'delete-entity'; entity: EntityRef }
  | { kind: 'delete-relation'; source: EntityRef; target: EntityRef }
  | { kind: 'add-relation'; source: EntityRef; target: EntityRef; label: string; note?: string };

/** The node a correction means: the same key, else the one whose label or alias is its label. */
export function findEntity(graph: KnowledgeGraph, ref: EntityRef): string | undefined {
  if (graph.hasNode(ref.key)) return ref.key;
  const wanted = nameKey(ref.label);
  return graph.findNode((_n, a) => nameKey(a.label) === wanted || a.aliases.some((x) => nameKey(x) === wanted));
}

/** Applies one correction; false when it no longer applies (an entity it names is gone). */
export function applyCorrection(graph: KnowledgeGraph, c: Correction): boolean {
  switch (c.kind) {
    case 'rename': {
      const n = findEntity(graph, c.entity);
      if (!n) return false;
      const a = graph.getNodeAttributes(n);
      if (a.label === c.label) return true;
      // the old label stays a name of the entity: search and later articles still find it
      const aliases = [...new Set([...a.aliases, a.label])].filter((x) => x !== c.label);
      graph.mergeNodeAttributes(n, { label: c.label, aliases });
      return true;
    }
    case 'retype': {
      const n = findEntity(graph, c.entity);
      if (!n) return false;
      graph.mergeNodeAttributes(n, { type: c.type });
      return true;
    }
    case 'merge': {
      const from = findEntity(graph, c.entity), into = findEntity(graph, c.into);
      if (!from || !into) return false;
      if (from === into) return true; // merged already (the later extraction named them as one)
      mergeNodes(graph, from, into);
      return true;
    }
    case 'delete-entity': {
      const n = findEntity(graph, c.entity);
      if (!n) return false;
      graph.dropNode(n);
      return true;
    }
    case 'delete-relation': {
      const s = findEntity(graph, c.source), t = findEntity(graph, c.target);
      const e = s && t ? graph.edge(s, t) : undefined;
      if (!e) return false;
      graph.dropEdge(e);
      return true;
    }
    case 'add-relation': {
      const s = findEntity(graph, c.source), t = findEntity(graph, c.target);
      if (!s || !t || s === t) return false;
      const existing = graph.edge(s, t);
      if (existing) {
        graph.updateEdgeAttributes(existing, (a) => ({ ...a, curated: true, predicates: [...new Set([...a.predicates, c.label])] }) as EdgeAttributes);
        return true;
      }
      graph.addDirectedEdgeWithKey(`${s}->${t}`, s, t, {
        label: c.label, predicates: [c.label], weight: 1, evidence: [], years: [], documents: [],
        curated: true, ...(c.note ? { note: c.note } : {}),
      } as EdgeAttributes);
      return true;
    }
  }
}

/**
 * Merges node `from` into `into`: its label and aliases become aliases, its mentions and documents
 * join, its relations move over (a relation that becomes one `into` already has merges its evidence).
 */
export function mergeNodes(graph: KnowledgeGraph, from: string, into: string): void {
  const a = graph.getNodeAttributes(from), b = graph.getNodeAttributes(into);
  graph.mergeNodeAttributes(into, {
    aliases: [...new Set([...b.aliases, a.label, ...a.aliases])].filter((x) => x !== b.label),
    mentions: [...b.mentions, ...a.mentions],
    documents: [...new Set([...b.documents, ...a.documents])],
  });
  for (const e of graph.edges(from)) {
    const [s, t] = graph.extremities(e);
    const source = s === from ? into : s, target = t === from ? into : t;
    const attrs = graph.getEdgeAttributes(e);
    graph.dropEdge(e);
    if (source === target) continue; // a relation between the two merged: none is left
    const existing = graph.edge(source, target);
    if (existing) {
      graph.updateEdgeAttributes(existing, (x) => ({
        ...x,
        predicates: [...new Set([...x.predicates, ...attrs.predicates])],
        evidence: [...x.evidence, ...attrs.evidence],
        weight: x.weight + attrs.weight,
        years: [...new Set([...x.years, ...attrs.years])],
        documents: [...new Set([...x.documents, ...attrs.documents])],
      }));
    } else {
      let key = `${source}->${target}`;
      for (let k = 2; graph.hasEdge(key); k++) key = `${source}->${target}#${k}`;
      graph.addDirectedEdgeWithKey(key, source, target, attrs);
    }
  }
  graph.dropNode(from);
}

/** Applies corrections in order; returns whether each applied. */
export function replayCorrections(graph: KnowledgeGraph, corrections: readonly Correction[]): boolean[] {
  return corrections.map((c) => applyCorrection(graph, c));
}
