// The page in step with the service: Server-Sent Events (GET /api/events) say when the corpus
// changed; the graph is fetched again and applied to the live graphology instance — nodes and edges
// added, dropped or updated in place — so sigma redraws what changed and the view (selection,
// camera, filters) stays as it was.
import type Graph from 'graphology';
import type { GraphChangeEvent, PendingEvent, ServedGraph } from '../../server/api/contract';

export interface GraphChanges { added: string[]; removed: string[]; updated: number; edgesAdded: number; edgesRemoved: number }

/** Makes `graph` hold what `data` holds, touching only what differs. */
export function syncGraph(graph: Graph, data: ServedGraph): GraphChanges {
  const changes: GraphChanges = { added: [], removed: [], updated: 0, edgesAdded: 0, edgesRemoved: 0 };
  const nodes = new Set<string>();
  for (const { key, attributes } of data.nodes) {
    nodes.add(key);
    if (!graph.hasNode(key)) { graph.addNode(key, attributes); changes.added.push(key); continue; }
    const current = graph.getNodeAttributes(key);
    if (Object.entries(attributes ?? {}).some(([k, v]) => !same(current[k], v))) { graph.mergeNodeAttributes(key, attributes); changes.updated++; }
  }
  const edges = new Set<string>();
  for (const { key, source, target, attributes } of data.edges ?? []) {
    if (key === undefined) continue;
    edges.add(key);
    if (!graph.hasEdge(key)) { graph.addDirectedEdgeWithKey(key, source, target, attributes); changes.edgesAdded++; continue; }
    const current = graph.getEdgeAttributes(key);
    if (Object.entries(attributes ?? {}).some(([k, v]) => !same(current[k], v))) graph.mergeEdgeAttributes(key, attributes);
  }
  for (const e of graph.edges()) if (!edges.has(e)) { graph.dropEdge(e); changes.edgesRemoved++; }
  for (const n of graph.nodes()) if (!nodes.has(n)) { graph.dropNode(n); changes.removed.push(n); }
  return changes;
}

/** Plain values and arrays compared by value (attributes come from JSON). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return false;
}

export interface LiveHandlers {
  /** the corpus changed (not called for the first event, which only says the stream is open) */
  graph(event: GraphChangeEvent): void;
  pending?(event: PendingEvent): void;
}

/** Listens to the service's events; the browser reconnects by itself. Returns what stops listening. */
export function followChanges(handlers: LiveHandlers): () => void {
  if (typeof EventSource === 'undefined') return () => {};
  const source = new EventSource('/api/events');
  let first = true;
  source.addEventListener('graph', (e) => {
    const event = JSON.parse((e as MessageEvent<string>).data) as GraphChangeEvent;
    // after a reconnection "connected" may hide changes missed meanwhile: those count
    if (first && event.reason === 'connected') { first = false; return; }
    handlers.graph(event);
  });
  source.addEventListener('pending', (e) => handlers.pending?.(JSON.parse((e as MessageEvent<string>).data) as PendingEvent));
  return () => source.close();
}

/**
 * Brings the page's graph up to the service's: one sync at a time, and one more if changes came
 * while it ran. `fetch` gets what is served now, `synced` is told what changed.
 */
export function createSync<T extends { graph: ServedGraph }>(graph: Graph, fetch: () => Promise<T>, synced: (changes: GraphChanges, served: T) => void): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  const sync = (): Promise<void> => {
    if (running) { again = true; return running; }
    running = (async () => {
      do {
        again = false;
        const served = await fetch();
        synced(syncGraph(graph, served.graph), served);
      } while (again);
    })().finally(() => { running = null; });
    return running;
  };
  return sync;
}
