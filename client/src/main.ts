// The explorer: loads the graph from the service, draws it with sigma, and keeps the panels,
// controls and URL in step with one state object.
import Graph from 'graphology';
import { api, ApiFailure, currentGraph, useGraph, type DocumentSummary } from './api';
import { $, el, clear } from './dom';
import { Store, stateFromQuery, type ViewState } from './state';
import { OVERVIEW_EDGES, OVERVIEW_MIN_NODES } from './view/appearance';
import { setupLegend } from './controls/legend';
import { setupChrome } from './controls/chrome';
import { setupDataTable } from './panels/data-table';
import { setupGraphPicker } from './controls/graph-picker';
import { admitEdges, computeVisibility, strongestEdges, type Visibility } from './view/visibility';
import { GraphView, prepareEdges } from './view/graph-view';
import { setupPanel } from './panels/panel';
import { openReader, closeReader } from './panels/reader';
import { setupSearch } from './controls/search';
import { setupFilters } from './controls/filters';
import { setupLayout } from './controls/layout';
import { setupExport } from './controls/export';
import { setupArticles, showNews, type NewsOfAddition } from './controls/articles';
import { createSync, followChanges } from './live';
import { freeArea, overlays } from './view/free-area';
import { setupViewControls } from './controls/view-controls';
import { useVocabulary } from './vocabulary';
import { setupCorrections, type Corrector } from './controls/corrections';

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

/** brings the graph picker's counts up to date */
let refreshGraphPicker = async () => {};

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
    refreshGraphPicker = setupGraphPicker(currentGraph());
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
  // the overview of a very large graph draws its strongest relations only (until "Show all")
  const hasOverview = () => graph.order >= OVERVIEW_MIN_NODES;
  let strongest: Set<string> | null = null;
  const overviewEdges = (s: ViewState) => (hasOverview() && !s.showAll && !s.focusDepth && !s.pathTo ? strongest : null);
  let visibility: Visibility = computeVisibility(graph, store.state, path);

  let view: GraphView | null = null;
  await yieldToPage();
  try {
    view = new GraphView($('sigma'), graph, { state: store.state, visibility }, {
      documentTitle: (id) => documents.find((d) => d.id === id)?.title ?? id,
      freeArea: () => freeArea($('sigma'), $('legend'), $('panel'), $('data-table')),
      overlays: () => overlays($('sigma'), $('legend'), $('data-table')),
    });
  } catch (err) {
    // no WebGL (or a broken one): the panels, search and lists still work without the canvas
    showMessage(`This browser cannot draw the graph: ${(err as Error).message}. Search and the entity panel still work.`);
  }
  const layout = setupLayout(graph, view?.sigma ?? null, announce);
  const select = (id: string) => { store.update({ selected: id }); view?.focusNode(id); };
  /** after a correction: the entity it leaves, or none (a deletion) */
  const selectOrClear = (id: string | undefined) => (id ? select(id) : store.update({ selected: undefined }));
  // a mention chosen in the article closes it: the selection it makes happens in sight
  const selectFromReader = (id: string) => { closeReader(); select(id); };
  const openDocument = (d: string, start?: number, end?: number) => void openReader(d, selectFromReader, start !== undefined && end !== undefined ? { start, end } : undefined);
  // corrections are made to the corpus; an imported graph is shown as it came
  let corrector: Corrector | undefined;
  const panel = setupPanel({
    container: $('panel-body'), graph, store, select, openDocument, announce,
    editor: () => (corrector ? {
      corrector,
      select: selectOrClear,
      choosePassage: (d, chosen) => void openReader(d, selectFromReader, undefined, chosen),
      titleOf: (d) => documents.find((x) => x.id === d)?.title ?? d,
    } : undefined),
    titleOf: (d) => documents.find((x) => x.id === d)?.title ?? d,
    showPath: (nodes) => {
      const changed = (nodes ?? []).join() !== (path ?? []).join();
      path = nodes;
      if (!changed) return;
      refresh(store.state);
      if (path) view?.fitNodes(path);
    },
  });

  const filters = setupFilters(graph, store, documents);
  const legend = setupLegend(store, () => view);
  const chrome = setupChrome();
  const controls = setupViewControls(store, hasOverview());
  // the table shows what the graph shows; opening or closing it changes the free part of the canvas
  const table = setupDataTable(graph, () => visibility, (id) => select(id), () => { if (!store.state.selected) view?.fitNodes(visibility.nodes); });
  let lastCounts = '';
  function refresh(s: ViewState): void {
    visibility = computeVisibility(graph, s, path, overviewEdges(s));
    view?.update({ state: s, visibility, hovered });
    legend.sync(s);
    table.refresh();
    // what is drawn: a filter of relations alone (a predicate) hides edges, not nodes
    const filtered = visibility.nodes.size !== graph.order || visibility.edges.size !== graph.size;
    const counts = (filtered ? `Showing ${visibility.nodes.size} of ${graph.order} entities and ${visibility.edges.size} of ${graph.size} relations` : `${graph.order} entities, ${graph.size} relations`)
      + (overviewEdges(s) ? ' (the overview draws the strongest relations: "Show all" for every one)' : '');
    // said when they change: a message meanwhile ("Layout saved") is not overwritten by the same counts
    if (counts !== lastCounts) announce(lastCounts = counts);
  }
  function apply(s: ViewState, previous?: ViewState): void {
    // a new selection (a click, a link, the table) ends the hover: else its dimming would stay on
    // the new focus (the depth-2 ring drawn grey) until the pointer left the node
    if (previous && s.selected !== previous.selected) hovered = undefined;
    controls.sync(s, view?.colorByOf(s) ?? s.colorBy ?? 'type');
    filters.sync(s);
    refresh(s);
    // a new focus frames what it shows
    const focusChanged = !previous || s.focusDepth !== previous.focusDepth || s.focusDirection !== previous.focusDirection || (s.focusDepth > 0 && s.selected !== previous.selected);
    if (view && s.selected && s.focusDepth > 0 && focusChanged) view.fitNodes(visibility.nodes);
    else if (view && previous && previous.focusDepth > 0 && s.focusDepth === 0) view.fitNodes(graph.nodes());
    void panel.render(s);
    if (s.selected !== previous?.selected) chrome.entitySelected(Boolean(s.selected));
    if (s.selected && s.selected !== previous?.selected && !graph.hasNode(s.selected)) announce(`No entity "${s.selected}" in this graph`);
  }
  store.subscribe(apply);

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
    admitEdges(graph, store.state, visibility, slice.map((e) => e.key!), hasOverview() && !store.state.showAll ? OVERVIEW_EDGES : Infinity);
    announce(`Loading relations… ${Math.min(graph.size, pendingEdges.length)} of ${pendingEdges.length}`);
  }
  strongest = strongestEdges(graph, OVERVIEW_EDGES);
  if (pendingEdges.length || strongest) refresh(store.state);
  setupSearch(select);

  // the graph follows the corpus: after any change (here, in another tab, by kg add) it is fetched
  // again and applied in place
  const resync = createSync(graph, async () => {
    const [served, docs] = await Promise.all([api.graph(), corpus ? api.documents() : { documents: [] }]);
    return { graph: served, documents: docs.documents };
  }, (changes, served) => {
    documents = served.documents;
    prepareEdges(graph);
    strongest = strongestEdges(graph, OVERVIEW_EDGES);
    view?.graphChanged();
    filters.survey(documents);
    showArticles(documents);
    void refreshGraphPicker();
    // the panel shows the selected entity's metrics and relations as they are now
    panel.invalidate();
    if (store.state.selected && !graph.hasNode(store.state.selected)) store.update({ selected: undefined });
    else apply(store.state);
    if (changes.added.length || changes.removed.length) announce(`${graph.order} entities, ${graph.size} relations (${changes.added.length} new, ${changes.removed.length} gone)`);
  });
  const syncNow = () => resync().catch((err) => announce(`Could not bring in the latest changes: ${(err as Error).message}`));
  const showArticles = setupArticles(documents, {
    added: async (news: NewsOfAddition, first?: string) => {
      await syncNow();
      showNews(news, $('message'), select);
      view?.markNew(news.entities.map((e) => e.id));
      if (first && graph.hasNode(first)) select(first);
    },
    removed: () => syncNow(),
  });
  if (corpus) followChanges({ graph: () => void syncNow() });
  $('articles-open').hidden = !corpus;
  $('corrections-open').hidden = !corpus;
  if (corpus) {
    corrector = setupCorrections({ sync: syncNow, announce, select: selectOrClear });
  }
  setupExport(graph, () => view?.sigma ?? null, () => ({ state: store.state, visibility }), announce);
  apply(store.state);
  if (store.state.selected && graph.hasNode(store.state.selected) && !store.state.focusDepth) view?.focusNode(store.state.selected);
  // the whole graph in the part of the canvas the legend leaves free
  else if (!store.state.selected && !store.state.pathFrom) view?.fitNodes(graph.nodes(), 0);
  document.body.dataset.ready = 'true';
}

void start();
