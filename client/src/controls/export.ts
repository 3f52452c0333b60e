// Exports from the page: GEXF of the whole graph (from the service), and the view on screen —
// GEXF, GraphML, JSON and PNG of exactly the nodes and edges drawn, at the positions, sizes and
// colours on screen, named after what the view shows.
import type Graph from 'graphology';
import type Sigma from 'sigma';
import { downloadAsPNG } from '@sigma/export-image';
import { api } from '../api';
import { $, download } from '../dom';
import type { ViewState } from '../state';
import type { Visibility } from '../view/visibility';

/** What a view shows, for its file name: the focused entity, a filter, or the whole graph. */
export function viewName(state: ViewState): string {
  if (state.selected && state.focusDepth > 0) return `${state.selected}-depth-${state.focusDepth}`;
  const filters = [state.predicate, state.relation, state.document, state.community !== undefined ? `community-${state.community}` : undefined].filter(Boolean);
  return filters.length ? filters.join('-') : 'graph';
}

export function setupExport(graph: Graph, getSigma: () => Sigma | null, getView: () => { state: ViewState; visibility: Visibility }, announce: (text: string) => void): void {
  const go = (href: string) => { const a = document.createElement('a'); a.href = href; a.download = ''; document.body.append(a); a.click(); a.remove(); };
  $('export-gexf').addEventListener('click', () => go(api.exportUrl({ format: 'gexf' })));

  const exportView = async (format: 'gexf' | 'graphml' | 'json') => {
    const { state, visibility } = getView();
    const sigma = getSigma();
    const nodes = [...visibility.nodes].filter((n) => graph.hasNode(n)).map((key) => {
      const a = graph.getNodeAttributes(key);
      // as drawn: the reducers' size and colour, the graph's own coordinates (which the layout moves)
      const shown = sigma?.getNodeDisplayData(key);
      return { key, x: a.x as number, y: a.y as number, ...(shown ? { size: shown.size, color: shown.color } : {}) };
    });
    const edges = [...visibility.edges].filter((e) => graph.hasEdge(e));
    try {
      const { blob, fileName } = await api.exportView({ format, name: viewName(state), nodes, edges });
      download(blob, fileName);
    } catch (err) {
      announce(`The export failed: ${(err as Error).message}`);
    }
  };
  $('export-gexf-view').addEventListener('click', () => void exportView('gexf'));
  $('export-graphml-view').addEventListener('click', () => void exportView('graphml'));
  $('export-json').addEventListener('click', () => void exportView('json'));
  $('export-png').addEventListener('click', () => {
    const sigma = getSigma();
    if (sigma) void downloadAsPNG(sigma, { fileName: `ariadne-${viewName(getView().state)}-view`, backgroundColor: getComputedStyle(document.body).backgroundColor });
  });
}
