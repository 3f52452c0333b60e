// A small search field that picks an entity (for "Merge with…" and "Add relation"): the service's
// search as one types, the matches as buttons, the chosen one named beside it.
import { api, type SearchHit } from '../api';
import { el, clear } from '../dom';

export interface EntityPicker { element: HTMLElement; picked(): SearchHit | undefined; reset(): void }

/** `exclude`: an entity that may not be picked (the one being edited). */
export function entityPicker(label: string, exclude: string, onPick: (hit: SearchHit) => void = () => {}): EntityPicker {
  const id = `picker-${Math.random().toString(36).slice(2, 8)}`;
  const input = el('input', { id, type: 'search', autocomplete: 'off', placeholder: 'Type a name' });
  const results = el('ul', { class: 'picker-results', role: 'listbox', 'aria-label': `${label}: matches` });
  const chosen = el('p', { class: 'picker-chosen', role: 'status' });
  let hit: SearchHit | undefined;
  let seq = 0;
  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (!text) { clear(results); return; }
    timer = window.setTimeout(async () => {
      const mine = ++seq;
      const found = await api.search(text, 8).catch(() => ({ results: [] as SearchHit[] }));
      if (mine !== seq) return;
      clear(results);
      const hits = found.results.filter((h) => h.id !== exclude);
      if (!hits.length) results.append(el('li', { class: 'hint' }, 'No match'));
      for (const h of hits) {
        results.append(el('li', {}, el('button', {
          type: 'button', role: 'option', class: 'link',
          onclick: () => { hit = h; chosen.textContent = `Chosen: ${h.label} (${h.type})`; clear(results); input.value = h.label; onPick(h); },
        }, h.label, el('span', { class: 'hit-type' }, ` ${h.type}`))));
      }
    }, 120);
  });
  const element = el('div', { class: 'picker' }, el('label', { for: id }, label), input, results, chosen);
  return { element, picked: () => hit, reset: () => { hit = undefined; input.value = ''; chosen.textContent = ''; clear(results); } };
}
