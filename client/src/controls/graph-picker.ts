// The graph picker: the corpus and every imported graph (GET /api/graphs); choosing one opens it
// (?graph=<id>), with the view of the graph before left behind. Returns what refreshes its counts.
import { api } from '../api';
import { $, el } from '../dom';

export function setupGraphPicker(current: string | undefined): () => Promise<void> {
  const picker = $<HTMLSelectElement>('graph-picker');
  picker.addEventListener('change', () => {
    location.assign(picker.value === 'main' ? location.pathname : `${location.pathname}?graph=${encodeURIComponent(picker.value)}`);
  });
  const refresh = async () => {
    let graphs;
    try {
      ({ graphs } = await api.graphs());
    } catch {
      picker.hidden = true; // the graph shown still works; only the choice of another is lost
      return;
    }
    picker.replaceChildren(...graphs.map((g) => el('option', { value: g.id }, g.id === 'main' ? `the corpus (${g.nodes} entities)` : `${g.name} (${g.nodes} entities)`)));
    picker.value = current ?? 'main';
  };
  void refresh();
  return refresh;
}
