// The view's state in one object, mirrored in the URL: a copied link reopens the same view, and
// Back and Forward step through views. The page derives everything it draws from this state.

export type Direction = 'both' | 'out' | 'in';
export type SizeBy = 'pagerank' | 'degree' | 'betweenness' | 'mentions';
export type ColorBy = 'type' | 'community' | 'document';

export interface ViewState {
  /** an imported graph (GET /api/graphs); the corpus when absent */
  graph?: string;
  selected?: string;
  focusDepth: number;
  focusDirection: Direction;
  hiddenTypes: string[];
  minWeight: number;
  /** edges the models think less likely than this are hidden (edges without a confidence never are) */
  minConfidence: number;
  predicate?: string;
  /** a Wikidata property: only edges typed with it */
  relation?: string;
  document?: string;
  community?: string;
  pathFrom?: string;
  pathTo?: string;
  sizeBy: SizeBy;
  /** undefined: by community for a large graph (the overview), by type otherwise */
  colorBy?: ColorBy;
  /** a large graph's overview off: every entity as prominent as the others */
  showAll: boolean;
}

/** By default the edges the models think more likely false than true are hidden. */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

export const DEFAULT_STATE: ViewState = { focusDepth: 0, focusDirection: 'both', hiddenTypes: [], minWeight: 1, minConfidence: DEFAULT_MIN_CONFIDENCE, sizeBy: 'pagerank', showAll: false };

export function stateToQuery(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.graph) p.set('graph', s.graph);
  if (s.selected) p.set('node', s.selected);
  if (s.focusDepth) p.set('depth', String(s.focusDepth));
  if (s.focusDirection !== 'both') p.set('dir', s.focusDirection);
  if (s.hiddenTypes.length) p.set('hide', s.hiddenTypes.join(','));
  if (s.minWeight > 1) p.set('minWeight', String(s.minWeight));
  if (s.minConfidence !== DEFAULT_MIN_CONFIDENCE) p.set('minConfidence', String(s.minConfidence));
  if (s.predicate) p.set('predicate', s.predicate);
  if (s.relation) p.set('relation', s.relation);
  if (s.document) p.set('doc', s.document);
  if (s.community) p.set('community', s.community);
  if (s.pathFrom) p.set('from', s.pathFrom);
  if (s.pathTo) p.set('to', s.pathTo);
  if (s.sizeBy !== 'pagerank') p.set('size', s.sizeBy);
  if (s.colorBy) p.set('color', s.colorBy);
  if (s.showAll) p.set('all', '1');
  const text = p.toString();
  return text ? `?${text}` : '';
}

export function stateFromQuery(search: string): ViewState {
  const p = new URLSearchParams(search);
  const depth = Number(p.get('depth') ?? 0);
  const dir = p.get('dir');
  const size = p.get('size');
  const color = p.get('color');
  const minWeight = Number(p.get('minWeight') ?? 1);
  const minConfidence = Number(p.get('minConfidence') ?? DEFAULT_MIN_CONFIDENCE);
  const graph = p.get('graph');
  return {
    graph: graph && graph !== 'main' ? graph : undefined,
    selected: p.get('node') ?? undefined,
    focusDepth: [0, 1, 2, 3].includes(depth) ? depth : 0,
    focusDirection: dir === 'in' || dir === 'out' ? dir : 'both',
    hiddenTypes: (p.get('hide') ?? '').split(',').filter(Boolean),
    minWeight: Number.isFinite(minWeight) && minWeight >= 1 ? Math.floor(minWeight) : 1,
    minConfidence: Number.isFinite(minConfidence) && minConfidence >= 0 && minConfidence <= 1 ? minConfidence : DEFAULT_MIN_CONFIDENCE,
    predicate: p.get('predicate') ?? undefined,
    relation: p.get('relation') ?? undefined,
    document: p.get('doc') ?? undefined,
    community: p.get('community') ?? undefined,
    pathFrom: p.get('from') ?? undefined,
    pathTo: p.get('to') ?? undefined,
    sizeBy: size === 'degree' || size === 'betweenness' || size === 'mentions' ? size : 'pagerank',
    colorBy: color === 'type' || color === 'community' || color === 'document' ? color : undefined,
    showAll: p.get('all') === '1',
  };
}

type Listener = (state: ViewState, previous: ViewState) => void;

/** Holds the state; every change notifies the listeners and, unless told not to, adds a history entry. */
export class Store {
  private listeners: Listener[] = [];
  state: ViewState;

  constructor() {
    this.state = stateFromQuery(location.search);
    window.addEventListener('popstate', () => this.replace(stateFromQuery(location.search), false));
  }

  subscribe(listener: Listener): void { this.listeners.push(listener); }

  update(patch: Partial<ViewState>, push = true): void {
    this.replace({ ...this.state, ...patch }, push);
  }

  private replace(next: ViewState, push: boolean): void {
    const previous = this.state;
    this.state = next;
    const query = stateToQuery(next);
    if (push && query !== location.search) history.pushState(null, '', `${location.pathname}${query}`);
    for (const l of this.listeners) l(next, previous);
  }
}
