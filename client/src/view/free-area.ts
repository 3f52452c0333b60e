// The part of the canvas nothing covers: the camera frames what is shown there. The legend sits at
// the top right (when open), the data table at the bottom (when open), and on a phone the entity
// panel is a sheet over the bottom.

export interface Area { left: number; top: number; right: number; bottom: number }

export function freeArea(canvas: HTMLElement, legend: HTMLElement, panel: HTMLElement, table: HTMLElement): Area {
  const c = canvas.getBoundingClientRect();
  const area = { left: 0, top: 0, right: c.width, bottom: c.height };
  const l = legend.getBoundingClientRect();
  // an open legend beside the graph takes the right; a collapsed one is a small tab, ignored
  if (!legend.classList.contains('collapsed') && l.width && l.left - c.left > c.width * 0.4) area.right = Math.max(c.width * 0.4, l.left - c.left - 8);
  // the bottom sheet over the graph takes the bottom, at the height it is going to (it slides there)
  const target = parseFloat(panel.style.getPropertyValue('--sheet-height'));
  const top = Number.isFinite(target) ? window.innerHeight - target : panel.getBoundingClientRect().top;
  if (getComputedStyle(panel).position === 'fixed' && top > c.top && top < c.bottom) area.bottom = Math.max(c.height * 0.3, top - c.top - 8);
  // the data table, open at the bottom of the canvas
  if (!table.hidden) area.bottom = Math.min(area.bottom, Math.max(c.height * 0.3, table.getBoundingClientRect().top - c.top - 8));
  return area;
}

/** The boxes of the overlays over the canvas (an open legend, an open table), relative to it. */
export function overlays(canvas: HTMLElement, ...elements: HTMLElement[]): { x1: number; y1: number; x2: number; y2: number }[] {
  const c = canvas.getBoundingClientRect();
  return elements.filter((e) => !e.hidden && e.getBoundingClientRect().width > 0).map((e) => {
    const r = e.getBoundingClientRect();
    return { x1: r.left - c.left, y1: r.top - c.top, x2: r.right - c.left, y2: r.bottom - c.top };
  });
}
