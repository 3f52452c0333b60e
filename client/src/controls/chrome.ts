// The page's folding parts: the toolbar's menus (Layout, Export) close once used or left; on a
// phone the toolbar folds into a Menu button, and the entity panel is a bottom sheet — a handle to
// pull it up or down, opened half-way when an entity is selected, closed to its handle otherwise.
import { $ } from '../dom';

const PHONE = '(max-width: 760px)';

export function setupChrome(): { entitySelected(selected: boolean): void } {
  // menus: one open at a time, closed by a choice or a click elsewhere
  const menus = [...document.querySelectorAll<HTMLDetailsElement>('details.menu')];
  for (const m of menus) {
    m.addEventListener('toggle', () => { if (m.open) for (const other of menus) if (other !== m) other.open = false; });
    m.querySelector('.menu-items')?.addEventListener('click', (e) => { if ((e.target as HTMLElement).closest('button')) m.open = false; });
  }
  document.addEventListener('click', (e) => { for (const m of menus) if (m.open && !m.contains(e.target as Node)) m.open = false; });

  const toggle = $<HTMLButtonElement>('menu-toggle');
  const controls = $('toolbar-controls');
  toggle.addEventListener('click', () => {
    const open = !controls.classList.contains('open');
    controls.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
  });

  // the bottom sheet (a phone only: elsewhere the panel is a column of its own)
  const panel = $('panel');
  const handle = $<HTMLButtonElement>('sheet-handle');
  const phone = matchMedia(PHONE);
  const setHeight = (px: number | null) => {
    if (px === null) panel.style.removeProperty('--sheet-height');
    else panel.style.setProperty('--sheet-height', `${Math.round(px)}px`);
    handle.setAttribute('aria-expanded', String(px !== null));
  };
  const half = () => window.innerHeight * 0.45;
  handle.addEventListener('click', () => { if (!dragged) setHeight(handle.getAttribute('aria-expanded') === 'true' ? null : half()); dragged = false; });
  let dragged = false;
  handle.addEventListener('pointerdown', (down) => {
    if (!phone.matches) return;
    const startY = down.clientY, startHeight = panel.getBoundingClientRect().height;
    panel.classList.add('dragging');
    handle.setPointerCapture(down.pointerId);
    const move = (e: PointerEvent) => {
      if (Math.abs(e.clientY - startY) > 4) dragged = true;
      setHeight(Math.min(window.innerHeight * 0.85, Math.max(44, startHeight + startY - e.clientY)));
    };
    const up = () => {
      panel.classList.remove('dragging');
      handle.removeEventListener('pointermove', move);
      // let go near the bottom: closed to the handle
      if (dragged && panel.getBoundingClientRect().height < 90) setHeight(null);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up, { once: true });
  });
  return {
    entitySelected(selected: boolean) {
      if (!phone.matches) return;
      setHeight(selected ? half() : null);
      controls.classList.remove('open');
      toggle.setAttribute('aria-expanded', 'false');
    },
  };
}
