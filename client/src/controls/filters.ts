// The legend, which also toggles types and shows counts, and the other filters: minimum
// sentences per relation, predicate, relation type, document, community.
import type Graph from 'graphology';
import { $, el, clear } from '../dom';
import { entityTypes, relationName, typeColor } from '../vocabulary';
import type { Store, ViewState } from '../state';

export interface Filters {
  /** shows a state's filters */
  sync(s: ViewState): void;
  /** counts the graph's types, predicates and communities again, after the graph changed */
  survey(documents: { id: string; title?: string }[]): void;
}

export function setupFilters(graph: Graph, store: Store, documents: { id: string; title?: string }[]): Filters {
  const counts = new Map<string, number>();
  const legend = $('legend-types');
  const renderLegend = (s: ViewState) => {
    clear(legend);
    for (const type of entityTypes()) {
      const n = counts.get(type) ?? 0;
      if (!n) continue;
      const shown = !s.hiddenTypes.includes(type);
      legend.append(el('li', {}, el('button', {
        type: 'button', class: `legend-item${shown ? '' : ' off'}`, 'aria-pressed': shown ? 'true' : 'false',
        title: shown ? `Hide ${type} entities` : `Show ${type} entities`,
        onclick: () => store.update({ hiddenTypes: shown ? [...s.hiddenTypes, type] : s.hiddenTypes.filter((t) => t !== type) }),
      }, el('span', { class: 'swatch', style: `background:${typeColor(type)}` }), `${type} `, el('span', { class: 'count' }, String(n)))));
    }
  };

  let maxWeight = 1;
  const predicates = new Map<string, number>();
  const relationTypes = new Map<string, number>();
  const communities = new Set<number>();
  const confidences: number[] = [];
  const confidence = $<HTMLInputElement>('min-confidence');
  const hiddenBelow = (min: number) => confidences.filter((c) => c < min).length;
  const describeConfidence = (min: number) => {
    $('min-confidence-value').textContent = min.toFixed(2);
    $('min-confidence-hint').textContent = confidences.length
      ? `${hiddenBelow(min)} of ${graph.size} relations hidden; each relation's confidence is the models' estimate that it is true.`
      : 'The relations of this graph carry no confidence.';
  };
  confidence.addEventListener('input', () => describeConfidence(Number(confidence.value)));
  confidence.addEventListener('change', () => store.update({ minConfidence: Number(confidence.value) }));
  const weight = $<HTMLInputElement>('min-weight');
  weight.addEventListener('change', () => store.update({ minWeight: Number(weight.value) }));
  weight.addEventListener('input', () => { $('min-weight-value').textContent = weight.value; });
  // the first option ("all …") stays; the others are the graph's
  const fill = (select: HTMLSelectElement, options: [string, string][]) => {
    const value = select.value;
    while (select.options.length > 1) select.remove(1);
    for (const [v, text] of options) select.append(el('option', { value: v }, text));
    select.value = value;
  };
  const predicate = $<HTMLSelectElement>('filter-predicate');
  predicate.addEventListener('change', () => store.update({ predicate: predicate.value || undefined }));
  const relation = $<HTMLSelectElement>('filter-relation');
  relation.addEventListener('change', () => store.update({ relation: relation.value || undefined }));
  const documentSelect = $<HTMLSelectElement>('filter-document');
  documentSelect.addEventListener('change', () => store.update({ document: documentSelect.value || undefined }));
  const community = $<HTMLSelectElement>('filter-community');
  community.addEventListener('change', () => store.update({ community: community.value || undefined }));

  const survey = (docs: { id: string; title?: string }[]) => {
    counts.clear(); predicates.clear(); relationTypes.clear(); communities.clear(); confidences.length = 0; maxWeight = 1;
    graph.forEachNode((_n, a) => {
      counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
      if (a.community !== undefined && a.community !== null && a.community >= 0) communities.add(a.community);
    });
    graph.forEachEdge((_e, a) => {
      maxWeight = Math.max(maxWeight, a.weight ?? 1);
      for (const p of a.predicates ?? [a.label]) predicates.set(p, (predicates.get(p) ?? 0) + 1);
      if (a.relation) relationTypes.set(a.relation, (relationTypes.get(a.relation) ?? 0) + 1);
      if (typeof a.confidence === 'number') confidences.push(a.confidence);
    });
    weight.max = String(Math.max(2, maxWeight));
    fill(predicate, [...predicates].sort((a, b) => b[1] - a[1]).map(([p, n]) => [p, `${p} (${n})`]));
    fill(relation, [...relationTypes].sort((a, b) => b[1] - a[1]).map(([p, n]) => [p, `${p} ${relationName(p)} (${n})`]));
    fill(documentSelect, docs.map((d) => [d.id, d.title ?? d.id]));
    fill(community, [...communities].sort((a, b) => a - b).map((c) => [String(c), `community ${c}`]));
  };
  survey(documents);

  const sync = (s: ViewState) => {
    renderLegend(s);
    confidence.value = String(s.minConfidence);
    describeConfidence(s.minConfidence);
    weight.value = String(s.minWeight);
    $('min-weight-value').textContent = String(s.minWeight);
    predicate.value = s.predicate ?? '';
    relation.value = s.relation ?? '';
    documentSelect.value = s.document ?? '';
    community.value = s.community ?? '';
  };
  return { sync, survey: (docs) => { survey(docs); sync(store.state); } };
}
