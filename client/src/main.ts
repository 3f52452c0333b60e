// The explorer: loads the graph from the service, draws it with sigma, and keeps the panels,
// controls and URL in step with one state object.
import Graph from 'graphology';
import { api, ApiFailure, currentGraph, useGraph, type DocumentSummary } from './api';
import { $, el, clear } from './dom';
import { Store, stateFromQuery, type ViewState, type Direction, type SizeBy, type ColorBy } from './state';
import { OVERVIEW_MIN_NODES } from './view/appearance';
import { setupLegend } from './controls/legend';
import { setupChrome } from './controls/chrome';
import { setupDataTable } from './panels/data-table';
import { setupGraphPicker } from './controls/graph-picker';
import { admitEdges, computeVisibility, type Visibility } from './view/visibility';
import { GraphView, prepareEdges } from './view/graph-view';
import { renderNodePanel } from './panels/node-panel';
import { renderPathPanel } from './panels/path-panel';
import { openReader, closeReader } from './panels/reader';
import { setupSearch } from './controls/search';
import { setupFilters } from './controls/filters';
import { setupLayout } from './controls/layout';
import { setupExport } from './controls/export';
import { setupArticles, showNews, type NewsOfAddition } from './controls/articles';
import { followChanges, syncGraph } from './live';
import { useVocabulary } from './vocabulary';

const status = $('status');
/** Graphs with more edges than this load them progressively. */
const PROGRESSIVE_EDGES = 10_000;
const EDGE_SLICE = 10_000;
const announce = (text: string) => { status.textContent = text; };

function showMessage(text: string, retry?: () => void): void {
  const box = $('message');
  clear(box);
  box.append(el('p', {}, text));
  if (retry) box.append(el('button', { type: 'button', onclick: () => { box.hidden = true; retry(); } }, 'Try again'));
  box.hidden = false;
}

async function start(): Promise<void> {
  announce('Loading the graph…');
  // an imported graph (?graph=) has no articles behind it: no documents, nothing to follow
  useGraph(stateFromQuery(location.search).graph);
  const corpus = currentGraph() === undefined;
  let data, documents: DocumentSummary[];
  try {
    let vocabulary;
    [data, { documents }, vocabulary] = await Promise.all([api.graph(), corpus ? api.documents() : { documents: [] }, api.vocabulary()]);
    useVocabulary(vocabulary);
    void setupGraphPicker(currentGraph());
  } catch (err) {
    announce('');
    const detail = err instanceof ApiFailure && err.status ? ` (${err.message})` : '';
    showMessage(`The graph service is unreachable${detail}. Is it running?`, () => void start());
    return;
  }
  // each step its own task, so that a large graph never holds the page for all of them at once
  const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));
  await yieldToPage();
  // a large graph is drawn nodes first; its edges follow in slices, each a task of its own
  const progressive = (data.edges?.length ?? 0) > PROGRESSIVE_EDGES;
  const pendingEdges = progressive ? data.edges ?? [] : [];
  const graph = new Graph({ type: 'directed', multi: false });
  graph.import(progressive ? { ...data, edges: [] } : data);
  await yieldToPage();
  if (!progressive) prepareEdges(graph);
  await yieldToPage();
  const store = new Store();
  let path: string[] | null = null;
  let hovered: string | undefined;
  let visibility: Visibility = computeVisibility(graph, store.state, path);

  let view: GraphView | null = null;
  await yieldToPage();
  try {
    view = new GraphView($('sigma'), graph, { state: store.state, visibility }, {
      documentTitle: (id) => documents.find((d) => d.id === id)?.title ?? id,
      freeArea: () => freeArea($('sigma'), $('legend'), $('panel'), $('data-table')),
    });
  } catch (err) {
    // no WebGL (or a broken one): the panels, search and lists still work without the canvas
    showMessage(`This browser cannot draw the graph: ${(err as Error).message}. Search and the entity panel still work.`);
  }
  const layout = setupLayout(graph, view?.sigma ?? null, announce);
  const labelOf = (id: string) => (graph.hasNode(id) ? (graph.getNodeAttribute(id, 'label') as string) : id);
  const select = (id: string) => { store.update({ selected: id }); view?.focusNode(id); };
  // a mention chosen in the article closes it: the selection it makes happens in sight
  const selectFromReader = (id: string) => { closeReader(); select(id); };
  const openDocument = (d: string, start?: number, end?: number) => void openReader(d, selectFromReader, start !== undefined && end !== undefined ? { start, end } : undefined);

  const panel = $('panel-body');
  let panelKey = '';
  let panelRequest = 0;
  async function renderPanel(s: ViewState): Promise<void> {
    const key = s.pathFrom && s.pathTo ? `path:${s.pathFrom}:${s.pathTo}` : `node:${s.selected ?? ''}:${s.pathFrom ?? ''}`;
    if (key === panelKey) return;
    panelKey = key;
    // only the latest panel asked for lands: a slow answer for an earlier one is dropped
    const mine = ++panelRequest;
    const isCurrent = () => mine === panelRequest;
    if (s.pathFrom && s.pathTo) {
      const result = await renderPathPanel(panel, s.pathFrom, s.pathTo, { select, clearPath: () => store.update({ pathFrom: undefined, pathTo: undefined }), openDocument }, isCurrent);
      if (!isCurrent()) return;
      path = result ? result.nodes.map((n) => n.id) : null;
      refresh(store.state);
      if (path) view?.fitNodes(path);
    } else if (s.selected) {
      path = null;
      await renderNodePanel(panel, s.selected, {
        select, openDocument, labelOf, pathFrom: s.pathFrom,
        titleOf: (d) => documents.find((x) => x.id === d)?.title ?? d,
        namesOf: (id) => (graph.hasNode(id) ? [graph.getNodeAttribute(id, 'label'), ...(graph.getNodeAttribute(id, 'aliases') ?? [])] : []),
        startPath: (id) => { store.update({ pathFrom: id, pathTo: undefined }); announce(`Path starts at ${labelOf(id)}: select another entity and choose "Path … to here"`); },
        endPath: (id) => store.update({ pathTo: id }),
      }, isCurrent);
    } else {
      path = null;
      clear(panel);
      panel.append(el('p', { class: 'hint' }, 'Select an entity — click a node, or search — to see its relations and the sentences behind them.'));
    }
  }

  const filters = setupFilters(graph, store, documents);
  const legend = setupLegend(store, () => view);
  const chrome = setupChrome();
  // the table shows what the graph shows; opening or closing it changes the free part of the canvas
  const table = setupDataTable(graph, () => visibility, (id) => select(id), () => { if (!store.state.selected) view?.fitNodes(visibility.nodes); });
  function refresh(s: ViewState): void {
    visibility = computeVisibility(graph, s, path);
    view?.update({ state: s, visibility, hovered });
    legend.sync(s);
    table.refresh();
    // what is drawn: a filter of relations alone (a predicate) hides edges, not nodes
    const filtered = visibility.nodes.size !== graph.order || visibility.edges.size !== graph.size;
    announce(filtered ? `Showing ${visibility.nodes.size} of ${graph.order} entities and ${visibility.edges.size} of ${graph.size} relations` : `${graph.order} entities, ${graph.size} relations`);
  }
  function apply(s: ViewState, previous?: ViewState): void {
    // a new selection (a click, a link, the table) ends the hover: else its dimming would stay on
    // the new focus (the depth-2 ring drawn grey) until the pointer left the node
    if (previous && s.selected !== previous.selected) hovered = undefined;
    ($('focus-depth') as HTMLSelectElement).value = String(s.focusDepth);
    ($('focus-direction') as HTMLSelectElement).value = s.focusDirection;
    ($('size-by') as HTMLSelectElement).value = s.sizeBy;
    ($('color-by') as HTMLSelectElement).value = view?.colorByOf(s) ?? s.colorBy ?? 'type';
    ($('show-all') as HTMLInputElement).checked = s.showAll;
    filters.sync(s);
    refresh(s);
    // a new focus frames what it shows
    const focusChanged = !previous || s.focusDepth !== previous.focusDepth || s.focusDirection !== previous.focusDirection || (s.focusDepth > 0 && s.selected !== previous.selected);
    if (view && s.selected && s.focusDepth > 0 && focusChanged) view.fitNodes(visibility.nodes);
    else if (view && previous && previous.focusDepth > 0 && s.focusDepth === 0) view.fitNodes(graph.nodes());
    void renderPanel(s);
    if (s.selected !== previous?.selected) chrome.entitySelected(Boolean(s.selected));
    if (s.selected && s.selected !== previous?.selected && !graph.hasNode(s.selected)) announce(`No entity "${s.selected}" in this graph`);
  }
  store.subscribe(apply);

  $('focus-depth').addEventListener('change', (e) => store.update({ focusDepth: Number((e.target as HTMLSelectElement).value) }));
  $('focus-direction').addEventListener('change', (e) => store.update({ focusDirection: (e.target as HTMLSelectElement).value as Direction }));
  $('size-by').addEventListener('change', (e) => store.update({ sizeBy: (e.target as HTMLSelectElement).value as SizeBy }));
  $('color-by').addEventListener('change', (e) => store.update({ colorBy: (e.target as HTMLSelectElement).value as ColorBy }));
  // the overview's switch, for a graph large enough to have one
  $('show-all-label').hidden = graph.order < OVERVIEW_MIN_NODES;
  $('show-all').addEventListener('change', (e) => store.update({ showAll: (e.target as HTMLInputElement).checked }));
  $('reader-close').addEventListener('click', closeReader);
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    if (!$('reader').hidden) closeReader();
    else if (document.activeElement === document.body && store.state.selected) store.update({ selected: undefined });
  });
  if (view) {
    const sigma = view.sigma;
    // the first frame drawn, for the benchmark and for anyone measuring the page
    sigma.once('afterRender', () => { document.body.dataset.painted = String(Math.round(performance.now())); });
    // hovering changes how things look, not what is shown: no new visibility, no indexation
    const hover = (node: string | undefined) => { hovered = node; view?.update({ state: store.state, visibility, hovered }, true); };
    sigma.on('enterNode', ({ node }) => hover(node));
    sigma.on('leaveNode', () => hover(undefined));
    // a click selects, unless it ends a drag
    sigma.on('clickNode', ({ node }) => { if (!layout.consumeDrag()) store.update({ selected: node }); });
  }
  for (let i = 0; i < pendingEdges.length; i += EDGE_SLICE) {
    await yieldToPage();
    const slice = pendingEdges.slice(i, i + EDGE_SLICE);
    graph.import({ edges: slice }, true);
    admitEdges(graph, store.state, visibility, slice.map((e) => e.key!));
    announce(`Loading relations… ${Math.min(graph.size, pendingEdges.length)} of ${pendingEdges.length}`);
  }
  if (pendingEdges.length) refresh(store.state);
  setupSearch(select);

  // the graph follows the corpus: after any change (here, in another tab, by kg add) it is fetched
  // again and applied in place; one sync at a time, and one more if changes came meanwhile
  let syncing: Promise<void> | null = null;
  let again = false;
  const showArticles = setupArticles(documents, {
    added: async (news: NewsOfAddition, first?: string) => {
      await resync();
      showNews(news, $('message'), select);
      view?.markNew(news.entities.map((e) => e.id));
      if (first && graph.hasNode(first)) select(first);
    },
    removed: () => resync(),
  });
  function resync(): Promise<void> {
    if (syncing) { again = true; return syncing; }
    syncing = (async () => {
      do {
        again = false;
        const [data, docs] = await Promise.all([api.graph(), corpus ? api.documents() : { documents: [], pending: [] }]);
        const changes = syncGraph(graph, data);
        documents = docs.documents;
        prepareEdges(graph);
        view?.graphChanged();
        filters.survey(documents);
        showArticles(documents);
        // the panel shows the selected entity's metrics and relations as they are now
        panelKey = '';
        if (store.state.selected && !graph.hasNode(store.state.selected)) store.update({ selected: undefined });
        else apply(store.state);
        if (changes.added.length || changes.removed.length) announce(`${graph.order} entities, ${graph.size} relations (${changes.added.length} new, ${changes.removed.length} gone)`);
      } while (again);
    })().catch((err) => announce(`Could not bring in the latest changes: ${(err as Error).message}`)).finally(() => { syncing = null; });
    return syncing;
  }
  if (corpus) followChanges({ graph: () => void resync() });
  $('articles-open').hidden = !corpus;
  setupExport(graph, () => view?.sigma ?? null, () => ({ state: store.state, visibility }), announce);
  apply(store.state);
  if (store.state.selected && graph.hasNode(store.state.selected) && !store.state.focusDepth) view?.focusNode(store.state.selected);
  // the whole graph in the part of the canvas the legend leaves free
  else if (!store.state.selected && !store.state.pathFrom) view?.fitNodes(graph.nodes(), 0);
  document.body.dataset.ready = 'true';
}

/** The part of the canvas the legend (top right) and, on a phone, the entity sheet (bottom) leave free. */
function freeArea(canvas: HTMLElement, legend: HTMLElement, panel: HTMLElement, table: HTMLElement): { left: number; top: number; right: number; bottom: number } {
  const c = canvas.getBoundingClientRect();
  const area = { left: 0, top: 0, right: c.width, bottom: c.height };
  const l = legend.getBoundingClientRect();
  // an open legend beside the graph takes the right; a collapsed one is a small tab, ignored
  if (!legend.classList.contains('collapsed') && l.width && l.left - c.left > c.width * 0.4) area.right = Math.max(c.width * 0.4, l.left - c.left - 8);
  // the bottom sheet over the graph takes the bottom
  // (at the height it is going to: it slides there)
  const target = parseFloat(panel.style.getPropertyValue('--sheet-height'));
  const top = Number.isFinite(target) ? window.innerHeight - target : panel.getBoundingClientRect().top;
  if (getComputedStyle(panel).position === 'fixed' && top > c.top && top < c.bottom) area.bottom = Math.max(c.height * 0.3, top - c.top - 8);
  // the data table, open at the bottom of the canvas
  if (!table.hidden) area.bottom = Math.min(area.bottom, Math.max(c.height * 0.3, table.getBoundingClientRect().top - c.top - 8));
  return area;
}

void start();
