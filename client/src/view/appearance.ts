// How the graph looks, decided once per graph (and again when it changes), read by the reducers:
// node sizes from a metric, colours by type, community or document (each group named, for the
// legend), the entities that matter most (always labelled), and what the overview of a large
// graph fades (small components and leaves). Pure functions over the graph.
import type Graph from 'graphology';
import { connectedComponents } from 'graphology-components';
import type { ColorBy, SizeBy } from '../state';
import { typeColor } from '../vocabulary';

/** Above this many entities the first view is the overview. */
export const OVERVIEW_MIN_NODES = 3_000;

/** The most relations the overview draws: the strongest of them (visibility.ts strongestEdges). */
export const OVERVIEW_EDGES = 30_000;

/** Twelve colours that stay apart (Paul Tol's bright and light schemes); other groups are grey. */
export const GROUP_PALETTE = ['#4477aa', '#ee6677', '#228833', '#ccbb44', '#66ccee', '#aa3377', '#ee8866', '#44bb99', '#bbcc33', '#99ddff', '#ffaabb', '#77aadd'];
export const OTHER_GROUP_COLOR = '#b4b4b4';

const METRIC: Record<SizeBy, string> = { pagerank: 'pagerank', degree: 'degree', betweenness: 'betweenness', mentions: 'mentionCount' };

/**
 * Sizes from the chosen metric, square-root scaled: the more nodes, the smaller the largest; never
 * below a minimum, so that no entity vanishes (most have no betweenness at all).
 */
export function sizeScale(graph: Graph, sizeBy: SizeBy): (n: string) => number {
  const metric = METRIC[sizeBy];
  let max = 0;
  graph.forEachNode((_n, a) => { const v = Number(a[metric] ?? 0); if (v > max) max = v; });
  const largest = graph.order < 100 ? 22 : graph.order < 2_000 ? 12 : 8;
  const smallest = graph.order < 2_000 ? 3.5 : 2;
  return (n) => {
    const v = Number(graph.getNodeAttribute(n, metric) ?? 0);
    return max > 0 ? smallest + (largest - smallest) * Math.sqrt(Math.max(0, v) / max) : smallest + 1;
  };
}

export interface Group { key: string; name: string; color: string; count: number }

/** Colours by type, community or document; for the last two, the groups (largest first) for the legend. */
export function groupColors(graph: Graph, colorBy: ColorBy, documentTitle: (id: string) => string): { colorOf: (n: string) => string; groups: Group[] } {
  if (colorBy === 'type') return { colorOf: (n) => typeColor(graph.getNodeAttribute(n, 'type') as string), groups: [] };
  const groupOf = (n: string): string | undefined => {
    const a = graph.getNodeAttributes(n);
    if (colorBy === 'community') return a.community === undefined || a.community === null || a.community < 0 ? undefined : String(a.community);
    return (a.documents as string[] | undefined)?.[0];
  };
  const members = new Map<string, string[]>();
  graph.forEachNode((n) => { const g = groupOf(n); if (g !== undefined) (members.get(g) ?? members.set(g, []).get(g)!).push(n); });
  const ranked = [...members].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  const color = new Map(ranked.slice(0, GROUP_PALETTE.length).map(([g], i) => [g, GROUP_PALETTE[i]!]));
  const groups = ranked.map(([key, nodes]) => ({
    key,
    // a community is named after its most central entity; a document by its title
    name: colorBy === 'community' ? String(graph.getNodeAttribute(mostCentral(graph, nodes), 'label')) : documentTitle(key),
    color: color.get(key) ?? OTHER_GROUP_COLOR,
    count: nodes.length,
  }));
  return { colorOf: (n) => { const g = groupOf(n); return (g !== undefined && color.get(g)) || OTHER_GROUP_COLOR; }, groups };
}

function mostCentral(graph: Graph, nodes: string[]): string {
  let best = nodes[0]!, bestRank = -Infinity;
  for (const n of nodes) { const r = Number(graph.getNodeAttribute(n, 'pagerank') ?? 0); if (r > bestRank) { best = n; bestRank = r; } }
  return best;
}

/** The n most central entities (by PageRank). */
export function mostCentralNodes(graph: Graph, n: number): Set<string> {
  return new Set(graph.nodes().sort((a, b) => Number(graph.getNodeAttribute(b, 'pagerank') ?? 0) - Number(graph.getNodeAttribute(a, 'pagerank') ?? 0)).slice(0, n));
}

/** What the overview fades: entities in components of at most `small` entities, and leaves (one relation or none). */
export function peripheralNodes(graph: Graph, small = 3): Set<string> {
  const out = new Set<string>();
  for (const component of connectedComponents(graph)) {
    if (component.length <= small) for (const n of component) out.add(n);
  }
  graph.forEachNode((n) => { if (graph.degree(n) <= 1) out.add(n); });
  return out;
}
