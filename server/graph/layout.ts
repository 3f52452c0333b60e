// Layout by connected components: each component is laid out on its own (ForceAtlas2 from a seeded
// start, then noverlap) and the components are packed side by side, the largest in the centre, so
// that two unrelated stories never interleave. Incrementally, after a change, a component whose
// nodes had positions starts from them and stays where it was (its nodes move little); a component
// made only of new nodes is packed apart from the others, beside the layout.
import type Graph from 'graphology';
import { connectedComponents } from 'graphology-components';
import { subgraph } from 'graphology-operators';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { packEnclose, packSiblings } from 'd3-hierarchy';
import { seededRandom } from '../util/random';

export interface ComponentLayoutOptions {
  seed: number;
  /**
   * Nodes whose position is to be found: every node when absent (a layout anew). Other nodes that
   * have a position start from it, and their component keeps its place.
   */
  fresh?: ReadonlySet<string>;
  /** space between two components, in layout units */
  gap: number;
}

export const DEFAULT_COMPONENT_LAYOUT: ComponentLayoutOptions = { seed: 42, gap: 20 };

/** ForceAtlas2 iterations for a component: fewer as it grows, and fewer when it only settles. */
export function componentIterations(order: number, settling: boolean): number {
  const full = order <= 1_000 ? 300 : order <= 10_000 ? 60 : 10;
  return settling ? Math.max(10, Math.round(full / 6)) : full;
}

interface Placed {
  nodes: string[];
  /** the centre the packing gives it */
  x: number; y: number;
  r: number;
  /** positions about the centre */
  local: Map<string, { x: number; y: number }>;
  /** where it was, if its nodes (some of them) had positions */
  previous?: { x: number; y: number };
  /** nothing in it is new: left exactly as it was unless the packing moves it */
  unchanged?: boolean;
}

const positionOf = (graph: Graph, n: string): { x: number; y: number } | undefined => {
  const { x, y } = graph.getNodeAttributes(n) as { x?: unknown; y?: unknown };
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : undefined;
};

/** Lays out every node of the graph (in place), component by component. */
export function layoutByComponents(graph: Graph, options: Partial<ComponentLayoutOptions> = {}): { components: number } {
  const o = { ...DEFAULT_COMPONENT_LAYOUT, ...options };
  const rng = seededRandom(o.seed);
  const known = (n: string) => (o.fresh ? !o.fresh.has(n) && positionOf(graph, n) !== undefined : false);
  // largest first, ties by their first key: the same graph packs the same way every time
  const components = connectedComponents(graph)
    .map((nodes) => nodes.sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const placed: Placed[] = components.map((nodes) => layOutComponent(graph, nodes, known, rng));
  pack(placed, o.gap);
  for (const c of placed) {
    if (c.unchanged && c.x === c.previous!.x && c.y === c.previous!.y) continue; // to the last bit
    for (const [n, p] of c.local) graph.mergeNodeAttributes(n, { x: c.x + p.x, y: c.y + p.y } as never);
  }
  return { components: placed.length };
}

/** One component's positions around its own centre, and the radius of the circle that holds them. */
function layOutComponent(graph: Graph, nodes: string[], known: (n: string) => boolean, rng: () => number): Placed {
  const old = nodes.filter(known);
  const previous = old.length ? centroid(old.map((n) => positionOf(graph, n)!)) : undefined;
  const local = new Map<string, { x: number; y: number }>();
  if (nodes.length === 1) {
    local.set(nodes[0]!, { x: 0, y: 0 });
    return { nodes, x: 0, y: 0, r: nodeRadius(graph, nodes[0]!), local, previous, unchanged: old.length === 1 };
  }
  if (old.length === nodes.length) {
    // nothing new in it: it stays exactly as it was
    let r = 0;
    for (const n of nodes) {
      const p = positionOf(graph, n)!;
      const q = { x: p.x - previous!.x, y: p.y - previous!.y };
      local.set(n, q);
      r = Math.max(r, Math.hypot(q.x, q.y) + nodeRadius(graph, n));
    }
    return { nodes, x: 0, y: 0, r, local, previous, unchanged: true };
  }
  const sub = subgraph(graph, nodes);
  const spread = Math.sqrt(nodes.length) * 10;
  // a known node starts where it was (about the old centre); a new one beside its known neighbours, else anywhere
  sub.forEachNode((n) => {
    if (previous && known(n)) {
      const p = positionOf(graph, n)!;
      sub.mergeNodeAttributes(n, { x: p.x - previous.x, y: p.y - previous.y });
      return;
    }
    const around = previous ? graph.neighbors(n).filter(known).map((m) => positionOf(graph, m)!) : [];
    const c = around.length ? centroid(around) : { x: previous?.x ?? 0, y: previous?.y ?? 0 };
    const jitter = around.length ? spread * 0.05 : spread;
    sub.mergeNodeAttributes(n, { x: c.x - (previous?.x ?? 0) + (rng() - 0.5) * jitter, y: c.y - (previous?.y ?? 0) + (rng() - 0.5) * jitter });
  });
  if (sub.size > 0) {
    const settings = { ...forceAtlas2.inferSettings(sub), barnesHutOptimize: sub.order > 2_000 };
    forceAtlas2.assign(sub, { iterations: componentIterations(sub.order, old.length > nodes.length / 2), settings, getEdgeWeight: null });
  }
  if (sub.order <= 10_000) noverlap.assign(sub, { maxIterations: 50, settings: { margin: 2, ratio: 1.1 } });
  // a component that stays keeps its own centre; a new one is centred on itself
  const centre = previous ? { x: 0, y: 0 } : centroid(sub.mapNodes((_n, a) => ({ x: a.x as number, y: a.y as number })));
  let r = 0;
  sub.forEachNode((n, a) => {
    const p = { x: (a.x as number) - centre.x, y: (a.y as number) - centre.y };
    local.set(n, p);
    r = Math.max(r, Math.hypot(p.x, p.y) + nodeRadius(graph, n));
  });
  return { nodes, x: 0, y: 0, r, local, previous };
}

const nodeRadius = (graph: Graph, n: string): number => {
  const size = graph.getNodeAttribute(n, 'size' as never) as unknown;
  return typeof size === 'number' && Number.isFinite(size) ? size : 5;
};

function centroid(points: { x: number; y: number }[]): { x: number; y: number } {
  let x = 0, y = 0;
  for (const p of points) { x += p.x; y += p.y; }
  return { x: x / Math.max(1, points.length), y: y / Math.max(1, points.length) };
}

/**
 * Places the components: those that were laid out before stay at their old centres (pushed apart
 * only where they grew into each other); the new ones are packed together (d3's front-chain circle
 * packing, largest first) and set beside the others, on the side where the layout has room.
 */
function pack(components: Placed[], gap: number): void {
  const stay = components.filter((c) => c.previous);
  const fresh = components.filter((c) => !c.previous);
  for (const c of stay) { c.x = c.previous!.x; c.y = c.previous!.y; }
  separate(stay, gap);
  if (!fresh.length) return;
  const circles = fresh.map((c) => ({ c, x: 0, y: 0, r: c.r + gap / 2 }));
  packSiblings(circles);
  const group = enclosing(circles);
  if (!stay.length) {
    for (const { c, x, y } of circles) { c.x = x; c.y = y; }
    return;
  }
  // beside the existing layout: at the angle whose direction is emptiest, just outside its circle
  const around = enclosing(stay.map((c) => ({ x: c.x, y: c.y, r: c.r + gap / 2 })));
  const angle = emptiestDirection(stay, around);
  const d = around.r + group.r + gap;
  const cx = around.x + Math.cos(angle) * d, cy = around.y + Math.sin(angle) * d;
  for (const { c, x, y } of circles) { c.x = cx + x - group.x; c.y = cy + y - group.y; }
}

/** Pushes overlapping circles apart, a few rounds, bigger circles moving less. */
function separate(cs: Placed[], gap: number): void {
  for (let round = 0; round < 50; round++) {
    let moved = false;
    for (let i = 0; i < cs.length; i++) {
      for (let j = i + 1; j < cs.length; j++) {
        const a = cs[i]!, b = cs[j]!;
        const dx = b.x - a.x, dy = b.y - a.y;
        const dist = Math.hypot(dx, dy);
        const need = a.r + b.r + gap;
        if (dist >= need * 0.999) continue; // tangent circles (as packed) are not overlapping
        moved = true;
        const ux = dist > 1e-9 ? dx / dist : 1, uy = dist > 1e-9 ? dy / dist : 0;
        const push = need - dist;
        const wa = b.r / (a.r + b.r), wb = a.r / (a.r + b.r);
        a.x -= ux * push * wa; a.y -= uy * push * wa;
        b.x += ux * push * wb; b.y += uy * push * wb;
      }
    }
    if (!moved) return;
  }
}

/** The direction (of 16) from the layout's centre in which the components' mass is least. */
function emptiestDirection(cs: Placed[], around: { x: number; y: number }): number {
  let best = 0, bestMass = Infinity;
  for (let k = 0; k < 16; k++) {
    const angle = (k / 16) * 2 * Math.PI;
    const ux = Math.cos(angle), uy = Math.sin(angle);
    let mass = 0;
    for (const c of cs) {
      const along = (c.x - around.x) * ux + (c.y - around.y) * uy;
      if (along > 0) mass += along * c.nodes.length;
    }
    if (mass < bestMass - 1e-9) { bestMass = mass; best = angle; }
  }
  return best;
}

/** The smallest circle holding all the given circles (d3's enclosing circle). */
function enclosing(cs: { x: number; y: number; r: number }[]): { x: number; y: number; r: number } {
  const e = packEnclose(cs.map(({ x, y, r }) => ({ x, y, r })));
  return e ? { x: e.x, y: e.y, r: e.r } : { x: 0, y: 0, r: 0 };
}
