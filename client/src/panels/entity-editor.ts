// "Correct this entity" in the entity panel: rename, change the type, merge into another entity,
// split some names off into a new one, add a relation (optionally citing a passage chosen in the
// article), delete. Each goes through the corrector: kept by the service, undoable.
import { api, type EntityType, type NodeDetail } from '../api';
import { el } from '../dom';
import { entityTypes } from '../vocabulary';
import { entityPicker } from '../controls/entity-picker';
import type { Corrector } from '../controls/corrections';

/** A passage of an article: offsets into its text, and the words. */
export interface Passage { document: string; start: number; end: number; text: string }

export interface EditorDeps {
  corrector: Corrector;
  select: (id: string | undefined) => void;
  /** opens an article to choose a passage in it; calls back with the passage chosen */
  choosePassage: (documentId: string, chosen: (p: Passage) => void) => void;
  titleOf: (documentId: string) => string;
}

const typeSelect = (current: string, label: string) => {
  const select = el('select', { 'aria-label': label }, ...entityTypes().map((t) => el('option', { value: t, selected: t === current }, t)));
  return select;
};

export function entityEditor(detail: NodeDetail, deps: EditorDeps): HTMLElement {
  const { corrector } = deps;
  const relationCount = detail.relations.reduce((n, g) => n + g.relations.length, 0);

  // rename and retype
  const name = el('input', { type: 'text', value: detail.label, 'aria-label': 'New label', maxlength: 300 });
  const type = typeSelect(detail.type, 'New type');
  const edit = el('form', { class: 'editor-row', onsubmit: (e: Event) => {
    e.preventDefault();
    const label = name.value.trim();
    const change = { ...(label && label !== detail.label ? { label } : {}), ...(type.value !== detail.type ? { type: type.value as EntityType } : {}) };
    if (!Object.keys(change).length) return;
    const what = [change.label ? `Renamed ${detail.label} to ${change.label}` : '', change.type ? `${change.label ? 'typed' : `Typed ${detail.label}`} as ${change.type}` : ''].filter(Boolean).join(', ');
    void corrector.run(what, () => api.editEntity(detail.id, change));
  } }, el('label', {}, 'Label ', name), el('label', {}, 'Type ', type), el('button', { type: 'submit' }, 'Save'));

  // merge into another entity
  const mergeInto = entityPicker('Merge into', detail.id);
  const merge = el('div', { class: 'editor-block' }, mergeInto.element, el('button', {
    type: 'button', onclick: async () => {
      const into = mergeInto.picked();
      if (!into) return;
      const r = await corrector.run(`Merged ${detail.label} into ${into.label}`, () => api.mergeEntity(detail.id, into.id));
      if (r?.entity) deps.select(r.entity.id);
    },
  }, 'Merge'), el('p', { class: 'hint' }, `${detail.label}'s names, mentions and relations join the chosen entity.`));

  // split names off
  const splitBlock = el('div', { class: 'editor-block' });
  if (detail.aliases.length) {
    const boxes = detail.aliases.map((a) => ({ alias: a, box: el('input', { type: 'checkbox', value: a }) }));
    const newLabel = el('input', { type: 'text', placeholder: 'Label (default: the first name chosen)', 'aria-label': 'Label of the new entity', maxlength: 300 });
    const newType = typeSelect(detail.type, 'Type of the new entity');
    splitBlock.append(el('fieldset', {}, el('legend', {}, 'Split off into a new entity'),
      ...boxes.map(({ alias, box }) => el('label', { class: 'check' }, box, ` ${alias}`)),
      newLabel, newType,
      el('button', { type: 'button', onclick: async () => {
        const aliases = boxes.filter((b) => b.box.checked).map((b) => b.alias);
        if (!aliases.length) return;
        const label = newLabel.value.trim() || aliases[0]!;
        const r = await corrector.run(`Split ${label} off ${detail.label}`, () => api.splitEntity(detail.id, { aliases, label, type: newType.value as EntityType }));
        if (r?.entity) deps.select(r.entity.id);
      } }, 'Split')));
  }

  // add a relation from this entity
  const target = entityPicker('Related to', detail.id);
  const relationLabel = el('input', { type: 'text', placeholder: 'e.g. founded, member of', 'aria-label': 'Relation label', maxlength: 100 });
  const note = el('input', { type: 'text', placeholder: 'Note (optional)', 'aria-label': 'Note', maxlength: 2000 });
  let passage: Passage | undefined;
  const cited = el('p', { class: 'hint' }, 'No passage cited.');
  const documentChoice = el('select', { 'aria-label': 'Article to cite' }, ...detail.documents.map((d) => el('option', { value: d }, deps.titleOf(d))));
  const add = el('fieldset', { class: 'editor-block' }, el('legend', {}, 'Add a relation'),
    el('p', {}, `${detail.label} →`), target.element, el('label', {}, 'Label ', relationLabel), note,
    detail.documents.length ? el('div', { class: 'editor-row' }, documentChoice, el('button', {
      type: 'button', onclick: () => deps.choosePassage(documentChoice.value, (p) => { passage = p; cited.textContent = `Citing: “${p.text.slice(0, 160)}${p.text.length > 160 ? '…' : ''}”`; }),
    }, 'Cite a passage…')) : '',
    cited,
    el('button', { type: 'button', onclick: async () => {
      const other = target.picked();
      const label = relationLabel.value.trim();
      if (!other || !label) { cited.textContent = 'Choose the other entity and give the relation a label.'; return; }
      await corrector.run(`Added ${detail.label} —${label}→ ${other.label}`, () => api.addRelation({
        source: detail.id, target: other.id, label,
        ...(passage ? { evidence: { document: passage.document, start: passage.start, end: passage.end } } : {}),
        ...(note.value.trim() ? { note: note.value.trim() } : {}),
      }));
    } }, 'Add relation'));

  // delete, after a confirmation in place
  const confirmBox = el('div', { class: 'confirm', hidden: true },
    el('p', {}, `Delete ${detail.label} and its ${relationCount} relation${relationCount === 1 ? '' : 's'}? You can undo it.`),
    el('button', { type: 'button', class: 'danger', onclick: async () => {
      const r = await corrector.run(`Deleted ${detail.label}`, () => api.deleteEntity(detail.id));
      if (r) deps.select(undefined);
    } }, 'Delete'),
    el('button', { type: 'button', onclick: () => { confirmBox.hidden = true; } }, 'Cancel'));
  const remove = el('div', { class: 'editor-block' },
    el('button', { type: 'button', class: 'danger', onclick: () => { confirmBox.hidden = false; } }, 'Delete this entity…'), confirmBox);

  return el('details', { class: 'editor' }, el('summary', {}, 'Correct this entity'), edit, merge, splitBlock, add, remove);
}

/** A Delete button for one relation, with a confirmation in place. */
export function relationDelete(edge: string, description: string, corrector: Corrector): HTMLElement {
  const wrap = el('span', { class: 'relation-delete' });
  const ask = el('button', { type: 'button', class: 'link', 'aria-label': `Delete the relation ${description}`, onclick: () => { ask.hidden = true; sure.hidden = false; } }, 'Delete');
  const sure = el('span', { hidden: true }, 'Delete it? ',
    el('button', { type: 'button', class: 'danger', onclick: () => void corrector.run(`Deleted the relation ${description}`, () => api.deleteRelation(edge)) }, 'Yes'),
    el('button', { type: 'button', class: 'link', onclick: () => { ask.hidden = false; sure.hidden = true; } }, 'No'));
  wrap.append(ask, sure);
  return wrap;
}
