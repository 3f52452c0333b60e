// The legend, which also toggles types and shows counts, and the other filters: minimum
// sentences per relation, predicate, relation type, document, community.
import type Graph from 'graphology';
import { $, el, clear } from '../dom';
import { TYPE_COLORS } from '../../../server/graph/palette';
import { WIKIDATA_PROPERTIES } from '../../../server/extract/lexicons/wikidata-properties';
import type { Store, ViewState } from '../state';

export function setupFilters(graph: Graph, store: Store, documents: { id: string; title?: string }[]): (s: ViewState) => void {
  const counts = new Map<string, number>();
  graph.forEachNode((_n, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
  const legend = $('legend-types');
  const renderLegend = (s: ViewState) => {
    clear(legend);
    for (const type of Object.keys(TYPE_COLORS)) {
      const n = counts.get(type) ?? 0;
      if (!n) continue;
      const shown = !s.hiddenTypes.includes(type);
      legend.append(el('li', {}, el('button', {
        type: 'button', class: `legend-item${shown ? '' : ' off'}`, 'aria-pressed': shown ? 'true' : 'false',
        title: shown ? `Hide ${type} entities` : `Show ${type} entities`,
        onclick: () => store.update({ hiddenTypes: shown ? [...s.hiddenTypes, type] : s.hiddenTypes.filter((t) => t !== type) }),
      }, el('span', { class: 'swatch', style: `background:${TYPE_COLORS[type as keyof typeof TYPE_COLORS]}` }), `${type} `, el('span', { class: 'count' }, String(n)))));
    }
  };

  let maxWeight = 1;
  const predicates = new Map<string, number>();
  const relationTypes = new Map<string, number>();
  const communities = new Set<number>();
  graph.forEachEdge((_e, a) => {
    maxWeight = Math.max(maxWeight, a.weight ?? 1);
    for (const p of a.predicates ?? [a.label]) predicates.set(p, (predicates.get(p) ?? 0) + 1);
    if (a.relation) relationTypes.set(a.relation, (relationTypes.get(a.relation) ?? 0) + 1);
  });
  graph.forEachNode((_n, a) => { if (a.community !== undefined && a.community !== null) communities.add(a.community); });
  const confidences: number[] = [];
  graph.forEachEdge((_e, a) => { if (typeof a.confidence === 'number') confidences.push(a.confidence); });
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
  weight.max = String(Math.max(2, maxWeight));
  weight.addEventListener('change', () => store.update({ minWeight: Number(weight.value) }));
  weight.addEventListener('input', () => { $('min-weight-value').textContent = weight.value; });
  const fill = (select: HTMLSelectElement, options: [string, string][]) => { for (const [value, text] of options) select.append(el('option', { value }, text)); };
  const predicate = $<HTMLSelectElement>('filter-predicate');
  fill(predicate, [...predicates].sort((a, b) => b[1] - a[1]).map(([p, n]) => [p, `${p} (${n})`]));
  predicate.addEventListener('change', () => store.update({ predicate: predicate.value || undefined }));
  const relation = $<HTMLSelectElement>('filter-relation');
  fill(relation, [...relationTypes].sort((a, b) => b[1] - a[1]).map(([p, n]) => [p, `${p} ${WIKIDATA_PROPERTIES[p]?.name ?? ''} (${n})`]));
  relation.addEventListener('change', () => store.update({ relation: relation.value || undefined }));
  const documentSelect = $<HTMLSelectElement>('filter-document');
  fill(documentSelect, documents.map((d) => [d.id, d.title ?? d.id]));
  documentSelect.addEventListener('change', () => store.update({ document: documentSelect.value || undefined }));
  const community = $<HTMLSelectElement>('filter-community');
  fill(community, [...communities].sort((a, b) => a - b).map((c) => [String(c), `community ${c}`]));
  community.addEventListener('change', () => store.update({ community: community.value || undefined }));

  return (s) => {
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
}
