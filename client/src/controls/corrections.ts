// Corrections from the page: every edit (rename, retype, merge, split, delete, add a relation) goes
// through run(), which asks the service (the token asked for once if the service wants one), brings
// the graph on screen up to date and offers Undo for a few seconds. The Corrections dialog lists
// them all, each with Undo, and the merges the service suggests, each one click from done.
import { api, ApiFailure, askForToken, type CorrectionResult, type MergeSuggestion } from '../api';
import { $, el, clear } from '../dom';

/** How long the Undo of the last correction stays on screen. */
const UNDO_MS = 10_000;

export interface CorrectionDeps {
  /** brings the graph on screen up to date with the service */
  sync: () => Promise<void>;
  /** selects an entity (after a merge, a split), or none (after a delete) */
  select: (id: string | undefined) => void;
  announce: (text: string) => void;
}

export interface Corrector {
  /** Makes a correction; null (and says why) when the service refused it. */
  run(what: string, call: () => Promise<CorrectionResult>): Promise<CorrectionResult | null>;
}

/** A write, asking for the API token once if the service needs one. */
async function withToken<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (!(err instanceof ApiFailure && err.status === 401)) throw err;
    if (!askForToken('change the graph')) throw err;
    return call();
  }
}

export function setupCorrections(deps: CorrectionDeps): Corrector {
  const toast = $('toast');
  const home = toast.parentElement!;
  let hideTimer: number | undefined;
  const dialog = $<HTMLDialogElement>('corrections');
  const list = $('corrections-list');
  const suggestions = $('suggestions-list');
  const status = $('corrections-status');

  const undo = async (ids: string[], what: string) => {
    try {
      for (const id of [...ids].reverse()) await withToken(() => api.undoCorrection(id));
      await deps.sync();
      deps.announce(`Undone: ${what}`);
    } catch (err) {
      deps.announce(`Could not undo: ${(err as Error).message}`);
    }
  };
  const offerUndo = (what: string, ids: string[]) => {
    window.clearTimeout(hideTimer);
    // a modal dialog makes the rest of the page inert: the toast is shown inside it while it is open
    (dialog.open ? dialog : home).append(toast);
    clear(toast);
    toast.append(el('span', {}, what), ' ', el('button', {
      type: 'button', onclick: () => { toast.hidden = true; void undo(ids, what).then(() => { if (dialog.open) void renderDialog(); }); },
    }, 'Undo'));
    toast.hidden = false;
    hideTimer = window.setTimeout(() => { toast.hidden = true; }, UNDO_MS);
  };

  const corrector: Corrector = {
    async run(what, call) {
      let result: CorrectionResult;
      try {
        result = await withToken(call);
      } catch (err) {
        deps.announce(`Not changed: ${(err as Error).message}`);
        return null;
      }
      if (!result.corrections.length) { deps.announce('Nothing to change'); return result; }
      // said at once; the graph on screen follows (on a large corpus its new version takes a moment)
      offerUndo(what, result.corrections.map((c) => c.id));
      deps.announce(what);
      await deps.sync();
      return result;
    },
  };

  const merge = async (s: MergeSuggestion) => {
    const result = await corrector.run(`Merged ${s.merge === s.a.id ? s.a.label : s.b.label} into ${s.keep === s.a.id ? s.a.label : s.b.label}`, () => api.mergeEntity(s.merge, s.keep));
    if (result?.entity) deps.select(result.entity.id);
    await renderDialog();
  };

  async function renderDialog(): Promise<void> {
    status.textContent = 'Loading…';
    let corrections, suggested;
    try {
      [{ corrections }, { suggestions: suggested }] = await Promise.all([api.corrections(), api.mergeSuggestions()]);
    } catch (err) {
      status.textContent = (err as Error).message;
      return;
    }
    status.textContent = '';
    clear(list);
    if (!corrections.length) list.append(el('li', { class: 'hint' }, 'No correction yet. Edit an entity from its panel, or merge a suggested pair below.'));
    for (const c of [...corrections].reverse()) {
      list.append(el('li', { class: c.applies ? '' : 'stale' },
        el('span', {}, c.summary), ' ', el('time', { datetime: c.at }, new Date(c.at).toLocaleString()),
        c.applies ? '' : el('span', { class: 'badge', title: 'What it names is no longer in the graph; it is kept, and applies again if it comes back' }, 'no longer applies'),
        ' ', el('button', { type: 'button', class: 'link', onclick: async () => { await undo([c.id], c.summary); await renderDialog(); } }, 'Undo')));
    }
    clear(suggestions);
    if (!suggested.length) suggestions.append(el('li', { class: 'hint' }, 'No likely duplicates.'));
    for (const s of suggested) {
      const keep = s.keep === s.a.id ? s.a : s.b, drop = s.keep === s.a.id ? s.b : s.a;
      suggestions.append(el('li', {},
        el('span', {}, `${drop.label} → ${keep.label}`), ' ', el('span', { class: 'hint' }, `(${keep.type}; ${s.reason})`), ' ',
        el('button', { type: 'button', onclick: () => void merge(s) }, 'Merge')));
    }
  }

  $('corrections-open').addEventListener('click', () => { dialog.showModal(); void renderDialog(); });
  $('corrections-close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => { if (toast.parentElement === dialog) home.append(toast); });
  return corrector;
}
