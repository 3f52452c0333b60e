// The reading view: an article's text with every mention marked (a click selects its entity)
// and the sentence behind a relation in view.
import { api } from '../api';
import { $, el, clear } from '../dom';

export async function openReader(documentId: string, select: (id: string) => void, sentence?: { start: number; end: number }): Promise<void> {
  const section = $('reader');
  const body = $('reader-text');
  clear(body);
  section.hidden = false;
  $('reader-title').textContent = 'Loading…';
  let doc;
  try {
    doc = await api.document(documentId);
  } catch (err) {
    $('reader-title').textContent = (err as Error).message;
    return;
  }
  $('reader-title').textContent = doc.title ?? doc.id;
  // cut the text at every mention and at the sentence's edges, then build paragraphs of pieces
  const cuts = new Set<number>([0, doc.text.length]);
  for (const m of doc.mentions) { cuts.add(m.start); cuts.add(m.end); }
  if (sentence) { cuts.add(sentence.start); cuts.add(sentence.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const mentionAt = new Map(doc.mentions.map((m) => [m.start, m]));
  let paragraph = el('p');
  body.append(paragraph);
  let target: HTMLElement | null = null;
  let open: { end: number; entity: string; label: string } | null = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const m = mentionAt.get(from);
    if (m) open = { end: m.end, entity: m.entity, label: m.label };
    const inSentence = sentence && from >= sentence.start && to <= sentence.end;
    const parts = doc.text.slice(from, to).split('\n');
    parts.forEach((part, k) => {
      if (k > 0) { paragraph = el('p'); body.append(paragraph); }
      if (!part) return;
      let node: HTMLElement | Text = document.createTextNode(part);
      if (open && from < open.end) {
        const entity = open.entity;
        node = el('button', { type: 'button', class: 'mention', title: `Select ${open.label}`, onclick: () => select(entity) }, part);
      }
      if (inSentence) {
        const mark = el('mark', { class: 'sentence' });
        mark.append(node);
        node = mark;
        target ??= mark;
      }
      paragraph.append(node);
    });
    if (open && to >= open.end) open = null;
  }
  section.focus();
  (target as HTMLElement | null)?.scrollIntoView({ block: 'center' });
}

export function closeReader(): void { $('reader').hidden = true; }
