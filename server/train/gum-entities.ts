// GUM's entity layer as training data for the entity typer: each GUM document becomes plain text
// (its sentences, a paragraph per `newpar`), and each named mention a character span with GUM's type
// (person, place, organization, event, object, abstract, …). A mention is named when GUM links it to
// a Wikipedia page or its first word is a capitalised proper noun.
import { parseConllu, type ConlluSentence } from '../models/conllu';

export interface GumMention { start: number; end: number; type: string; named: boolean }
export interface GumDocument { id: string; text: string; mentions: GumMention[] }

/** The GUM documents of a CoNLL-U file (split at `# newdoc`). */
export function gumDocuments(conllu: string): GumDocument[] {
  const sentences = parseConllu(conllu);
  const docs: { id: string; sentences: ConlluSentence[] }[] = [];
  for (const s of sentences) {
    const newdoc = s.comments.find((c) => c.startsWith('# newdoc id'));
    if (newdoc || !docs.length) docs.push({ id: newdoc?.split('=')[1]?.trim() ?? `doc${docs.length}`, sentences: [] });
    docs[docs.length - 1]!.sentences.push(s);
  }
  return docs.map((d) => gumDocument(d.id, d.sentences));
}

function gumDocument(id: string, sentences: ConlluSentence[]): GumDocument {
  let text = '';
  const mentions: GumMention[] = [];
  for (const s of sentences) {
    const sentenceText = s.comments.find((c) => c.startsWith('# text ='))?.slice('# text ='.length).trim()
      ?? s.words.map((w) => w.form).join(' ');
    if (text) text += s.comments.some((c) => c.startsWith('# newpar')) ? '\n\n' : ' ';
    const base = text.length;
    text += sentenceText;
    // each word's offsets in the sentence text (a word the text spells otherwise keeps none)
    const starts: (number | undefined)[] = [], ends: (number | undefined)[] = [];
    let cursor = 0;
    for (const w of s.words) {
      const at = sentenceText.indexOf(w.form, cursor);
      if (at >= 0 && at - cursor <= 3) { starts.push(base + at); ends.push(base + at + w.form.length); cursor = at + w.form.length; }
      else { starts.push(undefined); ends.push(undefined); }
    }
    // mentions open with "(12-type-…" and close with "12)" in the Entity field of MISC
    const open = new Map<string, { from: number; type: string; linked: boolean }[]>();
    s.words.forEach((w, i) => {
      const field = w.misc.split('|').find((f) => f.startsWith('Entity='))?.slice('Entity='.length);
      if (!field) return;
      for (const m of field.matchAll(/\((\d+)-([a-z]+)((?:-[^()]*)?)|(\d+)\)/g)) {
        if (m[1]) {
          const parts = (m[3] ?? '').split('-');
          // GRP-etype-infstat-salience-centering-minspan-link-identity: the identity is the 8th field
          const linked = parts.length > 6 && parts.slice(6).join('-') !== '';
          const list = open.get(m[1]) ?? [];
          list.push({ from: i, type: m[2]!, linked });
          open.set(m[1], list);
          // a one-word mention closes in the same field: "(5-object-…)" 
          if (field.slice(m.index! + m[0].length).startsWith(')')) close(m[1], i);
        } else if (m[4]) close(m[4], i);
      }
    });
    function close(group: string, to: number): void {
      const o = open.get(group)?.pop();
      if (!o) return;
      const first = s.words[o.from]!;
      const named = o.linked || (first.upos === 'PROPN' && /^\p{Lu}/u.test(first.form));
      const start = starts[o.from], end = ends[to];
      if (start !== undefined && end !== undefined) mentions.push({ start, end, type: o.type, named });
    }
  }
  return { id, text, mentions };
}
