// The legend's colour groups (communities or documents, when the graph is coloured by them), each
// named and counted, a click keeping only that group; and the legend's collapse, remembered.
import { $, el, clear } from '../dom';
import type { Store, ViewState } from '../state';
import type { GraphView } from '../view/graph-view';

const COLLAPSED_KEY = 'ariadne:legend-collapsed';
/** the groups the legend lists; the rest are counted under "others" */
const LISTED = 12;

export function setupLegend(store: Store, view: () => GraphView | null): { sync(s: ViewState): void } {
  const legend = $('legend');
  const toggle = $<HTMLButtonElement>('legend-toggle');
  const body = $('legend-body');
  const collapse = (collapsed: boolean) => {
    body.hidden = collapsed;
    legend.classList.toggle('collapsed', collapsed);
    toggle.textContent = collapsed ? 'Show' : 'Hide';
    toggle.setAttribute('aria-expanded', String(!collapsed));
  };
  // on a narrow screen the legend starts collapsed: the graph keeps the room
  collapse(localStorage.getItem(COLLAPSED_KEY) === '1' || (localStorage.getItem(COLLAPSED_KEY) === null && matchMedia('(max-width: 760px)').matches));
  toggle.addEventListener('click', () => { const next = !body.hidden; collapse(next); localStorage.setItem(COLLAPSED_KEY, next ? '1' : '0'); });

  const title = $('legend-groups-title');
  const list = $('legend-groups');
  let shown = '';
  return {
    sync(s: ViewState) {
      const v = view();
      const by = v?.colorByOf(s) ?? 'type';
      const groups = v?.groups() ?? [];
      const key = `${by}:${groups.length}:${groups.slice(0, LISTED).map((g) => `${g.key}=${g.count}`).join()}:${s.community ?? ''}:${s.document ?? ''}`;
      if (key === shown) return;
      shown = key;
      title.hidden = list.hidden = by === 'type' || !groups.length;
      clear(list);
      if (by === 'type') return;
      title.textContent = by === 'community' ? 'Communities' : 'Documents';
      for (const g of groups.slice(0, LISTED)) {
        const active = (by === 'community' ? s.community : s.document) === g.key;
        list.append(el('li', {}, el('button', {
          type: 'button', class: `legend-item${active ? ' active' : ''}`, 'aria-pressed': active ? 'true' : 'false',
          title: active ? 'Show every group again' : `Show only ${g.name}`,
          onclick: () => store.update(by === 'community' ? { community: active ? undefined : g.key } : { document: active ? undefined : g.key }),
        }, el('span', { class: 'swatch', style: `background:${g.color}` }), `${g.name} `, el('span', { class: 'count' }, String(g.count)))));
      }
      const rest = groups.slice(LISTED).reduce((n, g) => n + g.count, 0);
      if (rest) list.append(el('li', { class: 'hint' }, `${groups.length - LISTED} more, ${rest} entities (grey)`));
    },
  };
}
