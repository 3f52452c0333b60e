// The entity panel: name, type, aliases, mentions, documents, metrics, and the relations grouped
// by predicate, each with the sentences that support it and the two names marked. Neighbors are
// links; "Show in article" opens the reader at the sentence.
import { api, type NodeDetail } from '../api';
import { el, clear, highlighted } from '../dom';
import { typeColor } from '../vocabulary';
import { entityEditor, relationDelete, type EditorDeps } from './entity-editor';


const percent = (p: number) => `${Math.round(p * 100)}%`;
export interface NodePanelActions {
  select: (id: string) => void;
  openDocument: (documentId: string, sentenceStart?: number, sentenceEnd?: number) => void;
  startPath: (id: string) => void;
  endPath: (id: string) => void;
  pathFrom?: string;
  labelOf: (id: string) => string;
  /** every name of an entity, for marking it in sentences */
  namesOf: (id: string) => string[];
  /** an article's title, for its id */
  titleOf: (documentId: string) => string;
  /** how to correct the graph: the corpus's entities can be corrected, an imported graph's cannot */
  editor?: EditorDeps;
}

const fmt = (v: number | null | undefined, digits = 4) => (v === null || v === undefined ? '—' : Number(v).toFixed(digits).replace(/\.?0+$/, '') || '0');

/** `isCurrent`: false once another panel was asked for; a late answer then leaves the panel alone. */
export async function renderNodePanel(container: HTMLElement, id: string, actions: NodePanelActions, isCurrent: () => boolean = () => true): Promise<NodeDetail | null> {
  clear(container);
  container.append(el('p', { class: 'hint' }, 'Loading…'));
  let detail: NodeDetail;
  try {
    detail = await api.node(id);
  } catch (err) {
    if (!isCurrent()) return null;
    clear(container);
    container.append(el('p', { class: 'error' }, (err as Error).message));
    return null;
  }
  if (!isCurrent()) return null;
  clear(container);
  const link = (otherId: string, label: string) => el('a', {
    href: `?node=${encodeURIComponent(otherId)}`, class: 'entity-link',
    onclick: (e: Event) => { e.preventDefault(); actions.select(otherId); },
  }, label);

  const names = [detail.label, ...detail.aliases];
  container.append(
    el('h2', { id: 'panel-title' }, detail.label),
    el('p', { class: 'type' }, el('span', { class: 'swatch', style: `background:${typeColor(detail.type)}` }), detail.type,
      detail.confidence !== undefined ? el('span', { class: 'confidence', title: 'How sure the entity typer is of this type' }, ` (${percent(detail.confidence)} sure)`) : ''),
    detail.aliases.length ? el('p', {}, el('strong', {}, 'Also: '), detail.aliases.join(', ')) : '',
    el('dl', { class: 'metrics' },
      el('dt', {}, 'Mentions'), el('dd', {}, String(detail.mentionCount)),
      el('dt', {}, 'Relations'), el('dd', {}, String(detail.metrics.degree)),
      el('dt', {}, 'PageRank'), el('dd', {}, fmt(detail.metrics.pagerank)),
      el('dt', {}, 'Betweenness'), el('dd', {}, fmt(detail.metrics.betweenness)),
      el('dt', {}, 'Community'), el('dd', {}, detail.metrics.community === null ? '—' : String(detail.metrics.community)),
    ),
  );
  if (detail.documents.length) {
    container.append(el('h3', {}, 'Articles'), el('ul', { class: 'documents' }, ...detail.documents.map((d) =>
      el('li', {}, actions.titleOf(d), ' ', el('button', { type: 'button', class: 'link', onclick: () => actions.openDocument(d) }, 'Show in article')))));
  }
  const pathButtons = el('p', { class: 'path-actions' },
    el('button', { type: 'button', onclick: () => actions.startPath(id) }, 'Start a path here'),
    actions.pathFrom && actions.pathFrom !== id ? el('button', { type: 'button', onclick: () => actions.endPath(id) }, `Path from ${actions.labelOf(actions.pathFrom)} to here`) : null,
  );
  container.append(pathButtons);
  if (actions.editor) container.append(entityEditor(detail, actions.editor));

  container.append(el('h3', {}, `Relations (${detail.relations.reduce((n, g) => n + g.relations.length, 0)})`));
  if (!detail.relations.length) container.append(el('p', { class: 'hint' }, 'No relation stated in the articles.'));
  const groups = el('ul', { class: 'relations', 'aria-label': 'Relations by predicate' });
  for (const group of detail.relations) {
    const items = el('ul', { class: 'relation-items' });
    for (const r of group.relations) {
      const otherNames = [r.other.label, ...actions.namesOf(r.other.id)];
      const evidence = el('ul', { class: 'evidence' }, ...r.evidence.map((ev) => el('li', {},
        el('blockquote', {}, highlighted(ev.text, [...names, ...otherNames])),
        el('button', { type: 'button', class: 'link', onclick: () => actions.openDocument(ev.document, ev.start, ev.end) }, 'Show in article'))));
      items.append(el('li', { class: 'relation' },
        el('span', { class: 'direction', title: r.direction === 'out' ? `${detail.label} → ${r.other.label}` : `${r.other.label} → ${detail.label}` }, r.direction === 'out' ? '→ ' : '← '),
        link(r.other.id, r.other.label), ` (${r.other.type}${r.weight > 1 ? `, ${r.weight} sentences` : ''})`,
        ...(r.relation ? [' ', el('span', { class: 'relation-type', title: `Wikidata ${r.relation.id}: ${r.relation.name}` }, `${r.relation.id} ${r.relation.name}`)] : []),
        ...(r.confidence !== undefined ? [' ', el('span', { class: 'confidence', title: 'The models’ estimate that this relation is true' }, `${percent(r.confidence)} likely`)] : []),
        ...(r.curated ? [' ', el('span', { class: 'badge curated', title: r.note ? `Added by a person: ${r.note}` : 'Added or confirmed by a person' }, 'curated')] : []),
        ...(actions.editor ? [' ', relationDelete(r.edge, r.direction === 'out' ? `${detail.label} → ${r.other.label}` : `${r.other.label} → ${detail.label}`, actions.editor.corrector)] : []),
        evidence));
    }
    groups.append(el('li', {}, el('h4', {}, group.predicate), items));
  }
  container.append(groups);
  return detail;
}
