// The path panel: the shortest path between two entities, hop by hop, each with its evidence.
import { api, type PathResult } from '../api';
import { el, clear, highlighted } from '../dom';

/** `isCurrent`: false once another panel was asked for; a late answer then leaves the panel alone. */
export async function renderPathPanel(container: HTMLElement, from: string, to: string, actions: { select: (id: string) => void; clearPath: () => void; openDocument: (d: string, s?: number, e?: number) => void }, isCurrent: () => boolean = () => true): Promise<PathResult | null> {
  clear(container);
  container.append(el('p', { class: 'hint' }, 'Finding the path…'));
  let path: PathResult;
  try {
    path = await api.path(from, to);
  } catch (err) {
    if (!isCurrent()) return null;
    clear(container);
    container.append(el('p', { class: 'error' }, (err as Error).message), el('button', { type: 'button', onclick: actions.clearPath }, 'Clear the path'));
    return null;
  }
  if (!isCurrent()) return null;
  clear(container);
  const label = new Map(path.nodes.map((n) => [n.id, n.label]));
  container.append(el('h2', {}, `Path: ${label.get(from)} → ${label.get(to)}`), el('p', {}, `${path.length} hop${path.length === 1 ? '' : 's'}`),
    el('button', { type: 'button', onclick: actions.clearPath }, 'Clear the path'));
  const hops = el('ol', { class: 'hops', 'aria-label': 'Hops of the path' });
  for (const hop of path.hops) {
    const a = label.get(hop.from)!, b = label.get(hop.to)!;
    const link = (id: string) => el('a', { href: `?node=${encodeURIComponent(id)}`, onclick: (e: Event) => { e.preventDefault(); actions.select(id); } }, label.get(id)!);
    hops.append(el('li', {},
      link(hop.from), ` ${hop.direction === 'forward' ? '—' : '←'} ${hop.predicate} ${hop.direction === 'forward' ? '→' : '—'} `, link(hop.to),
      el('ul', { class: 'evidence' }, ...hop.evidence.map((ev) => el('li', {}, el('blockquote', {}, highlighted(ev.text, [a, b])),
        el('button', { type: 'button', class: 'link', onclick: () => actions.openDocument(ev.document, ev.start, ev.end) }, 'Show in article'))))));
  }
  container.append(hops);
  return path;
}
