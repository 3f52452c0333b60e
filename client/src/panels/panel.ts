// The side panel: the selected entity, or the path between two, or a hint. It renders once per
// change of what it shows, and only the latest answer lands (a slow answer for an entity selected
// earlier is dropped).
import type Graph from 'graphology';
import { el, clear } from '../dom';
import type { Store, ViewState } from '../state';
import { renderNodePanel } from './node-panel';
import type { EditorDeps } from './entity-editor';
import { renderPathPanel } from './path-panel';

export interface PanelDeps {
  container: HTMLElement;
  graph: Graph;
  store: Store;
  select: (id: string) => void;
  openDocument: (d: string, start?: number, end?: number) => void;
  titleOf: (documentId: string) => string;
  announce: (text: string) => void;
  /** the path shown (its entities in order), or none: the view highlights it */
  showPath: (nodes: string[] | null) => void;
  /** how the shown entity can be corrected, if it can */
  editor: () => EditorDeps | undefined;
}

export function setupPanel(d: PanelDeps): { render(s: ViewState): Promise<void>; invalidate(): void } {
  const { container, graph, store } = d;
  const labelOf = (id: string) => (graph.hasNode(id) ? (graph.getNodeAttribute(id, 'label') as string) : id);
  let shown = '';
  let request = 0;
  return {
    invalidate() { shown = ''; },
    async render(s: ViewState) {
      const key = s.pathFrom && s.pathTo ? `path:${s.pathFrom}:${s.pathTo}` : `node:${s.selected ?? ''}:${s.pathFrom ?? ''}`;
      if (key === shown) return;
      shown = key;
      const mine = ++request;
      const isCurrent = () => mine === request;
      if (s.pathFrom && s.pathTo) {
        const result = await renderPathPanel(container, s.pathFrom, s.pathTo, { select: d.select, clearPath: () => store.update({ pathFrom: undefined, pathTo: undefined }), openDocument: d.openDocument }, isCurrent);
        if (isCurrent()) d.showPath(result ? result.nodes.map((n) => n.id) : null);
      } else if (s.selected) {
        d.showPath(null);
        await renderNodePanel(container, s.selected, {
          select: d.select, openDocument: d.openDocument, labelOf, pathFrom: s.pathFrom, titleOf: d.titleOf,
          namesOf: (id) => (graph.hasNode(id) ? [graph.getNodeAttribute(id, 'label'), ...(graph.getNodeAttribute(id, 'aliases') ?? [])] : []),
          startPath: (id) => { store.update({ pathFrom: id, pathTo: undefined }); d.announce(`Path starts at ${labelOf(id)}: select another entity and choose "Path … to here"`); },
          endPath: (id) => store.update({ pathTo: id }),
          editor: d.editor(),
        }, isCurrent);
      } else {
        d.showPath(null);
        clear(container);
        container.append(el('p', { class: 'hint' }, 'Select an entity — click a node, or search — to see its relations and the sentences behind them.'));
      }
    },
  };
}
