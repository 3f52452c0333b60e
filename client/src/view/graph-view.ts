// The sigma view. Rendering never changes the graph: how a node or an edge looks is decided in
// the reducers, from the state, the derived visibility and the hovered node.
import Sigma from 'sigma';
import type Graph from 'graphology';
import { NodeCircleProgram, EdgeArrowProgram, EdgeLineProgram } from 'sigma/rendering';
import { EdgeCurvedArrowProgram, indexParallelEdgesIndex } from '@sigma/edge-curve';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import { entityTypes, typeColor } from '../vocabulary';
import type { ViewState } from '../state';
import type { Visibility } from './visibility';

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
const CURVED_EDGES_MAX = 10_000;

/** Sizes from the chosen metric, square-root scaled; the more nodes, the smaller the largest. */
function sizeScale(graph: Graph, metric: string): (n: string) => number {
  let max = 0;
  graph.forEachNode((_n, a) => { const v = Number(a[metric] ?? 0); if (v > max) max = v; });
  const largest = graph.order < 100 ? 22 : graph.order < 2_000 ? 12 : 7;
  const smallest = graph.order < 2_000 ? 3 : 1.5;
  return (n) => { const v = Number(graph.getNodeAttribute(n, metric) ?? 0); return max > 0 ? smallest + (largest - smallest) * Math.sqrt(Math.max(0, v) / max) : smallest + 2; };
}

/** Marks parallel edges (a → b beside b → a) so that they curve apart. */
export function prepareEdges(graph: Graph): void {
  indexParallelEdgesIndex(graph, { edgeIndexAttribute: 'parallelIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
}

export class GraphView {
  readonly sigma: Sigma;
  private ctx: ViewContext;
  private size: (n: string) => number;
  private important = new Set<string>();
  /** entities the last addition brought: highlighted until the next page load */
  private fresh = new Set<string>();

  constructor(container: HTMLElement, readonly graph: Graph, ctx: ViewContext) {
    this.ctx = ctx;
    this.size = sizeScale(graph, ctx.state.sizeBy);
    // the ten most central entities keep their labels at any zoom
    this.important = new Set(graph.nodes().sort((a, b) => (graph.getNodeAttribute(b, 'pagerank') ?? 0) - (graph.getNodeAttribute(a, 'pagerank') ?? 0)).slice(0, 10));
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
      nodeReducer: (n, a) => this.nodeReducer(n, a),
      edgeReducer: (e, a) => this.edgeReducer(e, a),
    });
  }

  update(ctx: ViewContext): void {
    if (ctx.state.sizeBy !== this.ctx.state.sizeBy) this.size = sizeScale(this.graph, ctx.state.sizeBy);
    this.ctx = ctx;
    this.sigma.refresh({ skipIndexation: false });
  }

  private nodeReducer(node: string, a: Record<string, unknown>): Partial<NodeDisplayData> {
    const { state, visibility, hovered } = this.ctx;
    const type = (a.type as string) ?? 'other';
    const out: Partial<NodeDisplayData> & { type?: string } = {
      x: a.x as number, y: a.y as number, label: a.label as string, type,
      color: typeColor(type), size: this.size(node),
      forceLabel: this.important.has(node), zIndex: 1,
    };
    if (!visibility.nodes.has(node)) return { ...out, hidden: true };
    const onPath = visibility.pathNodes.size > 0;
    const dim = (hovered && hovered !== node && !this.graph.areNeighbors(hovered, node)) || (onPath && !visibility.pathNodes.has(node));
    if (dim) return { ...out, color: cssVar('--dim') || '#ccc', label: null, forceLabel: false, zIndex: 0 };
    if (node === state.selected || node === hovered || visibility.pathNodes.has(node) || this.fresh.has(node)) return { ...out, highlighted: true, forceLabel: true, zIndex: 2 };
    if (hovered) return { ...out, forceLabel: true };
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
    return out;
  }

  markNew(nodes: string[]): void {
    this.fresh = new Set(nodes);
    this.sigma.refresh();
  }

  /** Moves the camera to a node. */
  focusNode(node: string): void {
    const d = this.sigma.getNodeDisplayData(node);
    if (d) this.sigma.getCamera().animate({ x: d.x, y: d.y, ratio: 0.6 }, { duration: 400 });
  }

  /** Moves the camera so that these nodes fill the view (display coordinates: the whole graph spans 0 to 1). */
  fitNodes(nodes: Iterable<string>): void {
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    for (const n of nodes) {
      const d = this.sigma.getNodeDisplayData(n);
      if (!d) continue;
      minX = Math.min(minX, d.x); maxX = Math.max(maxX, d.x); minY = Math.min(minY, d.y); maxY = Math.max(maxY, d.y);
    }
    if (minX === Infinity) return;
    const ratio = Math.min(1.1, Math.max(0.08, Math.max(maxX - minX, maxY - minY) * 1.4));
    this.sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 400 });
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
