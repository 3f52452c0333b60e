// The reading view: an article's text with every mention marked (a click selects its entity)
// and the sentence behind a relation in view. To cite a passage (for a relation added by hand)
// the reader asks for a selection and cites the whole sentences it falls in.
import { api } from '../api';
import { $, el, clear } from '../dom';
import type { Passage } from './entity-editor';

export async function openReader(documentId: string, select: (id: string) => void, sentence?: { start: number; end: number }, cite?: (p: Passage) => void): Promise<void> {
  const section = $('reader');
  const body = $('reader-text');
  const citeBar = $('reader-cite');
  clear(body);
  clear(citeBar);
  citeBar.hidden = !cite;
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
    let offset = from;
    parts.forEach((part, k) => {
      if (k > 0) { paragraph = el('p'); body.append(paragraph); offset++; }
      const at = offset;
      offset += part.length;
      if (!part) return;
      // each piece knows where it starts in the text: a selection maps back to offsets
      let node: HTMLElement | Text = el('span', { 'data-at': at }, part);
      if (open && from < open.end) {
        const entity = open.entity;
        node = el('button', { type: 'button', class: 'mention', title: `Select ${open.label}`, onclick: () => select(entity) }, node);
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
  if (cite) {
    const message = el('span', {}, 'Select words of the passage in the text, then: ');
    citeBar.append(message, el('button', { type: 'button', onclick: () => {
      const range = selectedOffsets(body);
      if (!range) { message.textContent = 'Select some words of the article first, then: '; return; }
      // whole sentences: the evidence of a relation is the sentences that state it
      const first = doc.sentences.find((x) => x.start <= range.start && range.start < x.end);
      const last = doc.sentences.find((x) => x.start < range.end && range.end <= x.end);
      const start = first?.start ?? range.start, end = last?.end ?? range.end;
      cite({ document: doc.id, start, end, text: doc.text.slice(start, end) });
      closeReader();
    } }, 'Cite the selection'));
  }
  section.focus();
  (target as HTMLElement | null)?.scrollIntoView({ block: 'center' });
}

/** The selection in the reader as offsets into the article's text, or null. */
function selectedOffsets(body: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  const range = selection.getRangeAt(0);
  const offsetOf = (node: Node, within: number): number | null => {
    const piece = (node.nodeType === Node.TEXT_NODE ? node.parentElement : node as Element)?.closest<HTMLElement>('[data-at]');
    if (!piece || !body.contains(piece)) return null;
    return Number(piece.dataset.at) + (node.nodeType === Node.TEXT_NODE ? within : 0);
  };
  const start = offsetOf(range.startContainer, range.startOffset), end = offsetOf(range.endContainer, range.endOffset);
  return start === null || end === null || end <= start ? null : { start, end };
}

export function closeReader(): void { $('reader').hidden = true; }
