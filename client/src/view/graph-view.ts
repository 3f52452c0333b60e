// The sigma view. Rendering never changes the graph: how a node or an edge looks is decided in
// the reducers, from the state, the derived visibility and the hovered node.
import Sigma from 'sigma';
import type Graph from 'graphology';
import { NodeCircleProgram, EdgeArrowProgram, EdgeLineProgram, drawDiscNodeLabel } from 'sigma/rendering';
import { EdgeCurvedArrowProgram, indexParallelEdgesIndex } from '@sigma/edge-curve';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import { entityTypes } from '../vocabulary';
import type { ColorBy, ViewState } from '../state';
import type { Visibility } from './visibility';
import { groupColors, mostCentralNodes, OVERVIEW_MIN_NODES, peripheralNodes, sizeScale, type Group } from './appearance';
import { LabelPlacer } from './labels';

export interface ViewContext {
  state: ViewState;
  visibility: Visibility;
  hovered?: string;
}

/** The page's theme colours, read once and again when the system switches light and dark. */
const theme = new Map<string, string>();
const readTheme = () => { theme.clear(); };
window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', readTheme);
const cssVar = (name: string): string => {
  let v = theme.get(name);
  if (v === undefined) { v = getComputedStyle(document.documentElement).getPropertyValue(name).trim(); theme.set(name, v); }
  return v;
};

/** Above this many edges, straight lines: curved, arrowed edges cost too much to draw in software WebGL. */
const CURVED_EDGES_MAX = 2_000;

/** Marks parallel edges (a → b beside b → a) so that they curve apart. */
export function prepareEdges(graph: Graph): void {
  indexParallelEdgesIndex(graph, { edgeIndexAttribute: 'parallelIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
}

/** How many of the most central entities are always labelled: more in the overview of a large graph. */
const CENTRAL_LABELS = 10;
const OVERVIEW_LABELS = 30;

export interface GraphViewOptions {
  /** an article's title, for colouring by document */
  documentTitle: (id: string) => string;
  /** the part of the canvas the overlays (the legend) leave free, in viewport pixels */
  freeArea?: () => { left: number; top: number; right: number; bottom: number };
  /** the boxes of the overlays over the canvas (the legend, the table), in viewport pixels: no label is drawn under them */
  overlays?: () => { x1: number; y1: number; x2: number; y2: number }[];
}

export class GraphView {
  readonly sigma: Sigma;
  private ctx: ViewContext;
  private size!: (n: string) => number;
  private colors!: { colorOf: (n: string) => string; groups: Group[] };
  private colorBy!: ColorBy;
  private central = new Set<string>();
  private peripheral = new Set<string>();
  /** entities the last addition brought: highlighted until the next page load */
  private fresh = new Set<string>();
  private readonly labels = new LabelPlacer();

  constructor(private readonly container: HTMLElement, readonly graph: Graph, ctx: ViewContext, private readonly options: GraphViewOptions) {
    this.ctx = ctx;
    this.measure();
    // the node's `type` attribute is its entity type: each names the same circle program
    const nodePrograms = Object.fromEntries(entityTypes().map((t) => [t, NodeCircleProgram]));
    this.sigma = new Sigma(graph, container, {
      nodeProgramClasses: { circle: NodeCircleProgram, ...nodePrograms },
      edgeProgramClasses: { arrow: EdgeArrowProgram, curved: EdgeCurvedArrowProgram, line: EdgeLineProgram },
      defaultEdgeType: graph.size > CURVED_EDGES_MAX ? 'line' : 'curved',
      renderEdgeLabels: true,
      enableEdgeEvents: false,
      labelDensity: 0.6,
      labelRenderedSizeThreshold: 9,
      labelFont: 'system-ui, sans-serif',
      labelColor: { color: cssVar('--text') || '#222' },
      edgeLabelColor: { color: cssVar('--muted') || '#666' },
      edgeLabelFont: 'system-ui, sans-serif',
      zIndex: true,
      defaultDrawNodeHover: drawHover,
      // labels are gathered while sigma renders, then drawn without overlapping (labels.ts)
      defaultDrawNodeLabel: (context, data, settings) => this.labels.offer(context, data, settings),
      nodeReducer: (n, a) => this.nodeReducer(n, a),
      edgeReducer: (e, a) => this.edgeReducer(e, a),
    });
    this.sigma.on('beforeRender', () => this.labels.start());
    this.sigma.on('afterRender', () => { this.renderPending = false; this.placeLabels(); });
    // the first frame was drawn inside sigma's constructor, before these listeners: its labels too
    this.placeLabels();
  }

  private placeLabels(): void {
    const drawn = this.labels.place(drawDiscNodeLabel, this.options.overlays?.() ?? []);
    // the boxes of the labels drawn, for anyone checking the page (the tests: none overlaps)
    this.container.dataset.labels = JSON.stringify(drawn.map((b) => [b.x1, b.y1, b.x2, b.y2].map(Math.round)));
  }

  /**
   * A refresh is scheduled and not drawn yet: until then sigma's display data hold the graph's raw
   * coordinates, not the framed ones the camera works in, so camera moves wait for the frame.
   */
  private renderPending = false;

  /** Runs a camera move now, or after the frame being prepared. */
  private whenFramed(move: () => void): void {
    if (this.renderPending) this.sigma.once('afterRender', move);
    else move();
  }


  /** Is this graph large enough for the overview, and the overview on? */
  private get overview(): boolean { return this.graph.order >= OVERVIEW_MIN_NODES && !this.ctx.state.showAll; }

  /** What colours mean now: the chosen one, else communities for a large graph and types otherwise. */
  colorByOf(state: ViewState): ColorBy { return state.colorBy ?? (this.graph.order >= OVERVIEW_MIN_NODES ? 'community' : 'type'); }

  /** The groups the colours stand for (communities or documents), largest first; none when by type. */
  groups(): Group[] { return this.colors.groups; }

  /** Sizes, colours, the central and the peripheral entities, from the graph and the state. */
  private measure(): void {
    const { state } = this.ctx;
    this.size = sizeScale(this.graph, state.sizeBy);
    this.colorBy = this.colorByOf(state);
    this.colors = groupColors(this.graph, this.colorBy, this.options.documentTitle);
    this.central = mostCentralNodes(this.graph, this.graph.order >= OVERVIEW_MIN_NODES ? OVERVIEW_LABELS : CENTRAL_LABELS);
    this.peripheral = this.graph.order >= OVERVIEW_MIN_NODES ? peripheralNodes(this.graph) : new Set();
  }

  /** The graph changed (a live update): what is derived from it is measured again. */
  graphChanged(): void {
    this.measure();
    this.sigma.refresh();
  }

  /**
   * Draws a new state. `light`: only the hovered entity changed, so nothing moves or resizes and
   * sigma need not index the graph again.
   */
  update(ctx: ViewContext, light = false): void {
    const before = this.ctx.state;
    this.ctx = ctx;
    if (ctx.state.sizeBy !== before.sizeBy || this.colorByOf(ctx.state) !== this.colorBy) this.measure();
    // scheduled: several updates in one frame (a state change, a fit) are drawn once
    this.renderPending = true;
    this.sigma.refresh({ skipIndexation: light, schedule: true });
  }

  private nodeReducer(node: string, a: Record<string, unknown>): Partial<NodeDisplayData> {
    const { state, visibility, hovered } = this.ctx;
    const type = (a.type as string) ?? 'other';
    const out: Partial<NodeDisplayData> & { type?: string } = {
      x: a.x as number, y: a.y as number, label: a.label as string, type,
      color: this.colors.colorOf(node), size: this.size(node),
      forceLabel: this.central.has(node), zIndex: 1,
    };
    if (!visibility.nodes.has(node)) return { ...out, hidden: true };
    const onPath = visibility.pathNodes.size > 0;
    const dim = (hovered && hovered !== node && !this.graph.areNeighbors(hovered, node)) || (onPath && !visibility.pathNodes.has(node));
    if (dim) return { ...out, color: cssVar('--dim') || '#ccc', label: null, forceLabel: false, zIndex: 0 };
    if (node === state.selected || node === hovered || visibility.pathNodes.has(node) || this.fresh.has(node)) return { ...out, highlighted: true, forceLabel: true, zIndex: 3 };
    // the selected entity's neighbours are always named
    if (hovered || (state.selected && this.graph.hasNode(state.selected) && this.graph.areNeighbors(state.selected, node))) return { ...out, forceLabel: true, zIndex: 2 };
    // the overview: the periphery (small components, leaves) stays in the background, unnamed
    if (this.overview && this.peripheral.has(node)) return { ...out, color: cssVar('--faint') || '#d8d8d8', label: null, forceLabel: false, zIndex: 0 };
    return out;
  }

  private edgeReducer(edge: string, a: Record<string, unknown>): Partial<EdgeDisplayData> {
    const { state, visibility, hovered } = this.ctx;
    const parallel = (a.parallelMaxIndex as number | undefined) ?? 0;
    const out: Partial<EdgeDisplayData> & { type?: string; curvature?: number } = {
      label: null, color: cssVar('--edge') || '#bbb', size: Math.min(6, 0.8 + Math.log2(Number(a.weight ?? 1)) * 1.2),
      type: this.graph.size > CURVED_EDGES_MAX ? 'line' : 'curved', curvature: parallel > 0 ? 0.25 : 0.12,
    };
    if (!visibility.edges.has(edge)) return { ...out, hidden: true };
    const [source, target] = this.graph.extremities(edge);
    const touchesHover = hovered && (source === hovered || target === hovered);
    const touchesSelected = state.selected && (source === state.selected || target === state.selected);
    const onPath = visibility.pathEdges.has(edge);
    if (visibility.pathEdges.size && !onPath) return { ...out, color: cssVar('--dim') || '#ddd' };
    if (hovered && !touchesHover) return { ...out, hidden: true };
    if (touchesHover || touchesSelected || onPath) return { ...out, label: (a.label as string) ?? null, color: cssVar('--edge-strong') || '#555', zIndex: 1 };
    if (this.overview && (this.peripheral.has(source) || this.peripheral.has(target))) return { ...out, color: cssVar('--faint') || '#e4e4e4' };
    return out;
  }

  markNew(nodes: string[]): void {
    this.fresh = new Set(nodes);
    this.sigma.refresh();
  }

  /** Moves the camera to a node, at the centre of the part of the canvas the overlays leave free. */
  focusNode(node: string): void {
    if (this.renderPending) { this.whenFramed(() => this.focusNode(node)); return; }
    const d = this.sigma.getNodeDisplayData(node);
    if (d) this.sigma.getCamera().animate(this.cameraFor(d.x, d.y, 0.6), { duration: 400 });
  }

  /** Moves the camera so that these nodes fill the free part of the canvas (the whole graph spans 0 to 1). */
  fitNodes(nodes: Iterable<string>, duration = 400): void {
    if (this.renderPending) { const list = [...nodes]; this.whenFramed(() => this.fitNodes(list, duration)); return; }
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    for (const n of nodes) {
      const d = this.sigma.getNodeDisplayData(n);
      if (!d) continue;
      minX = Math.min(minX, d.x); maxX = Math.max(maxX, d.x); minY = Math.min(minY, d.y); maxY = Math.max(maxY, d.y);
    }
    if (minX === Infinity) return;
    const { width, height } = this.sigma.getDimensions();
    const free = this.freeArea();
    // the nodes' extent against the free part's share of the canvas
    const share = Math.min((free.right - free.left) / width, (free.bottom - free.top) / height);
    const ratio = Math.min(1.6, Math.max(0.08, (Math.max(maxX - minX, maxY - minY) * 1.1) / Math.max(0.3, share)));
    const target = this.cameraFor((minX + maxX) / 2, (minY + maxY) / 2, ratio);
    if (duration) this.sigma.getCamera().animate(target, { duration });
    else this.sigma.getCamera().setState(target);
  }

  private freeArea(): { left: number; top: number; right: number; bottom: number } {
    const { width, height } = this.sigma.getDimensions();
    return this.options.freeArea?.() ?? { left: 0, top: 0, right: width, bottom: height };
  }

  /**
   * The camera state that shows the point (x, y) (framed graph coordinates) at the centre of the
   * free area at this ratio: the camera's own centre is shifted by the free area's offset from the
   * canvas's centre, converted to graph units at that ratio.
   */
  private cameraFor(x: number, y: number, ratio: number): { x: number; y: number; ratio: number } {
    const { width, height } = this.sigma.getDimensions();
    const free = this.freeArea();
    const dx = width / 2 - (free.left + free.right) / 2, dy = height / 2 - (free.top + free.bottom) / 2;
    if (!dx && !dy) return { x, y, ratio };
    // graph units per pixel, measured at the current ratio and scaled to the target one
    const camera = this.sigma.getCamera().getState();
    const o = this.sigma.viewportToFramedGraph({ x: 0, y: 0 });
    const ux = this.sigma.viewportToFramedGraph({ x: 100, y: 0 });
    const uy = this.sigma.viewportToFramedGraph({ x: 0, y: 100 });
    const k = ratio / camera.ratio / 100;
    return { x: x + (dx * (ux.x - o.x) + dy * (uy.x - o.x)) * k, y: y + (dx * (ux.y - o.y) + dy * (uy.y - o.y)) * k, ratio };
  }

  kill(): void { this.sigma.kill(); }
}

/** Sigma's hover box is white by default: draw it in the page's own colours (dark mode too). */
function drawHover(ctx: CanvasRenderingContext2D, data: { x: number; y: number; size: number; label?: string | null; color: string }, settings: { labelSize: number; labelFont: string; labelWeight: string }): void {
  const size = settings.labelSize;
  ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  ctx.fillStyle = cssVar('--surface') || '#fff';
  ctx.shadowOffsetX = 0; ctx.shadowOffsetY = 0; ctx.shadowBlur = 8; ctx.shadowColor = cssVar('--shadow') || '#000';
  const PADDING = 2;
  if (typeof data.label === 'string') {
    const textWidth = ctx.measureText(data.label).width;
    const boxWidth = Math.round(textWidth + 5);
    const boxHeight = Math.round(size + 2 * PADDING);
    const radius = Math.max(data.size, size / 2) + PADDING;
    const angle = Math.asin(boxHeight / 2 / radius);
    const xDelta = Math.sqrt(Math.abs(radius ** 2 - (boxHeight / 2) ** 2));
    ctx.beginPath();
    ctx.moveTo(data.x + xDelta, data.y + boxHeight / 2);
    ctx.lineTo(data.x + radius + boxWidth, data.y + boxHeight / 2);
    ctx.lineTo(data.x + radius + boxWidth, data.y - boxHeight / 2);
    ctx.lineTo(data.x + xDelta, data.y - boxHeight / 2);
    ctx.arc(data.x, data.y, radius, angle, -angle);
    ctx.closePath();
    ctx.fill();
  } else {
    ctx.beginPath();
    ctx.arc(data.x, data.y, data.size + PADDING, 0, Math.PI * 2);
    ctx.closePath();
    ctx.fill();
  }
  ctx.shadowBlur = 0;
  if (typeof data.label === 'string') {
    ctx.fillStyle = cssVar('--text') || '#000';
    ctx.fillText(data.label, data.x + data.size + 3, data.y + size / 3);
  }
}
