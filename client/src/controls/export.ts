// Exports from the page: GEXF of the whole graph or of the current view (from the service),
// a PNG of the canvas, the current view as JSON.
import type Graph from 'graphology';
import type Sigma from 'sigma';
import { downloadAsPNG } from '@sigma/export-image';
import { api } from '../api';
import { $, download } from '../dom';
import type { ViewState } from '../state';
import type { Visibility } from '../view/visibility';

export function setupExport(graph: Graph, getSigma: () => Sigma | null, getView: () => { state: ViewState; visibility: Visibility }): void {
  const go = (href: string) => { const a = document.createElement('a'); a.href = href; a.download = ''; document.body.append(a); a.click(); a.remove(); };
  $('export-gexf').addEventListener('click', () => go(api.exportUrl({ format: 'gexf' })));
  $('export-gexf-view').addEventListener('click', () => {
    const { state } = getView();
    const shownTypes = [...new Set(graph.mapNodes((_n, a) => a.type as string))].filter((t) => !state.hiddenTypes.includes(t));
    go(api.exportUrl({
      format: 'gexf',
      ...(state.selected && state.focusDepth ? { node: state.selected, depth: state.focusDepth, direction: state.focusDirection } : {}),
      ...(state.hiddenTypes.length ? { types: shownTypes.join(',') } : {}),
    }));
  });
  $('export-png').addEventListener('click', () => {
    const sigma = getSigma();
    if (sigma) void downloadAsPNG(sigma, { fileName: 'ariadne-graph', backgroundColor: getComputedStyle(document.body).backgroundColor });
  });
  $('export-json').addEventListener('click', () => {
    const { visibility } = getView();
    const view = graph.copy();
    view.forEachNode((n) => { if (!visibility.nodes.has(n)) view.dropNode(n); });
    view.forEachEdge((e) => { if (!visibility.edges.has(e)) view.dropEdge(e); });
    download(new Blob([JSON.stringify(view.export())], { type: 'application/json' }), 'ariadne-view.json');
  });
}
