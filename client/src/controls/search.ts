// Search with autocomplete over labels and aliases: "/" focuses it, arrows move, Enter picks.
import { api, type SearchHit } from '../api';
import { $, el, clear } from '../dom';

export function setupSearch(pick: (id: string) => void): void {
  const input = $<HTMLInputElement>('search-input');
  const list = $<HTMLUListElement>('search-results');
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: number | undefined;
  let seq = 0;

  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
  const choose = (i: number) => { const h = hits[i]; if (!h) return; close(); input.value = h.label; pick(h.id); };
  const render = () => {
    clear(list);
    hits.forEach((h, i) => list.append(el('li', {
      id: `search-hit-${i}`, role: 'option', 'aria-selected': i === active ? 'true' : 'false', class: i === active ? 'active' : '',
      onmousedown: (e: Event) => { e.preventDefault(); choose(i); },
    }, h.label, el('span', { class: 'hit-type' }, ` ${h.type}`))));
    if (!hits.length) list.append(el('li', { class: 'empty', role: 'option', 'aria-disabled': 'true' }, 'No match'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-hit-${active}`);
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (!text) { close(); return; }
    timer = window.setTimeout(async () => {
      const mine = ++seq;
      try {
        const r = await api.search(text);
        if (mine !== seq) return; // an older answer arriving late
        hits = r.results; active = hits.length ? 0 : -1; render();
      } catch { hits = []; render(); }
    }, 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) { active = (active + 1) % hits.length; render(); e.preventDefault(); }
    else if (e.key === 'ArrowUp' && hits.length) { active = (active - 1 + hits.length) % hits.length; render(); e.preventDefault(); }
    else if (e.key === 'Enter') { if (active >= 0) choose(active); e.preventDefault(); }
    else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (e.key === '/' && !['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) { e.preventDefault(); input.focus(); input.select(); }
  });
}
