// The corpus from the page: the articles it holds (each removable, after a confirmation) and
// a form to add one — pasted, or a dropped .txt, .md or .html file. After an addition the graph
// on screen takes in what is new (no reload) and the page says what it was.
import { api, ApiFailure, askForToken, type DocumentSummary } from '../api';
import { $, el, clear } from '../dom';

export interface NewsOfAddition { title?: string; entities: { id: string; label: string }[]; updated: number; relations: number; duplicate: boolean }

export interface ArticleEvents {
  /** an article was added: the graph should take it in, then say what came */
  added(news: NewsOfAddition, first: string | undefined): Promise<void>;
  /** an article was taken out */
  removed(id: string): Promise<void>;
}

const formatOf = (name: string): 'txt' | 'md' | 'html' => (/\.html?$/i.test(name) ? 'html' : /\.(md|markdown)$/i.test(name) ? 'md' : 'txt');

/** Returns what shows a new list of articles (after any change of the corpus). */
export function setupArticles(initial: DocumentSummary[], on: ArticleEvents): (documents: DocumentSummary[]) => void {
  let documents = initial;
  const dialog = $<HTMLDialogElement>('articles');
  const list = $('documents-list');
  const text = $<HTMLTextAreaElement>('add-text');
  const title = $<HTMLInputElement>('add-title');
  const file = $<HTMLInputElement>('add-file');
  const status = $('add-status');
  let format: 'txt' | 'md' | 'html' = 'md';

  const renderList = () => {
    clear(list);
    if (!documents.length) list.append(el('li', { class: 'hint' }, 'No article yet.'));
    for (const d of documents) {
      list.append(el('li', {}, el('span', {}, d.title ?? d.id), ' ', el('button', {
        type: 'button', class: 'link', 'aria-label': `Remove ${d.title ?? d.id}`,
        onclick: async () => {
          if (!confirm(`Remove "${d.title ?? d.id}" from the corpus? Entities and relations that only it supports will go too.`)) return;
          try {
            await api.removeArticle(d.id);
            await on.removed(d.id);
          } catch (err) { status.textContent = (err as Error).message; }
        },
      }, 'Remove')));
    }
  };
  renderList();

  const load = async (f: File) => {
    text.value = await f.text();
    format = formatOf(f.name);
    if (!title.value) title.value = '';
    status.textContent = `${f.name} loaded (${Math.round(f.size / 1024)} KB)`;
  };
  file.addEventListener('change', () => { const f = file.files?.[0]; if (f) void load(f); });
  text.addEventListener('dragover', (e) => e.preventDefault());
  text.addEventListener('drop', (e) => { e.preventDefault(); const f = e.dataTransfer?.files?.[0]; if (f) void load(f); });
  text.addEventListener('input', () => { format = 'md'; });

  $('articles-open').addEventListener('click', () => dialog.showModal());
  $('articles-close').addEventListener('click', () => dialog.close());
  $('add-submit').addEventListener('click', async () => {
    if (!text.value.trim()) { status.textContent = 'Paste a text or choose a file first.'; return; }
    const submit = $<HTMLButtonElement>('add-submit');
    submit.disabled = true;
    status.textContent = 'Adding the article: extracting entities and relations…';
    // the service reads it on a worker thread and lists it as pending meanwhile: say how it goes
    const characters = text.value.length;
    const progress = setInterval(() => {
      void api.documents().then(({ pending }) => {
        const mine = pending.find((p) => p.characters === characters) ?? pending[0];
        if (!mine || submit.disabled === false) return;
        const seconds = Math.max(0, Math.round((Date.now() - Date.parse(mine.since)) / 1000));
        const ahead = pending.indexOf(mine);
        status.textContent = mine.state === 'queued'
          ? `Waiting for ${ahead} article${ahead === 1 ? '' : 's'} before it…`
          : `Reading the article (${characters.toLocaleString()} characters) — ${seconds} s so far…`;
      }, () => {});
    }, 1000);
    try {
      const r = await api.addArticle({ text: text.value, format, ...(title.value.trim() ? { title: title.value.trim() } : {}) });
      const news: NewsOfAddition = { title: r.title, entities: r.entitiesAdded.map(({ id, label }) => ({ id, label })), updated: r.entitiesUpdated.length, relations: r.relationsAdded, duplicate: r.duplicate };
      status.textContent = '';
      text.value = '';
      title.value = '';
      dialog.close();
      await on.added(news, r.entitiesAdded[0]?.id ?? r.entitiesUpdated[0]?.id);
    } catch (err) {
      if (err instanceof ApiFailure && err.status === 401) {
        if (askForToken('add articles')) status.textContent = 'Token saved: try again.';
      } else status.textContent = (err as Error).message;
    } finally {
      clearInterval(progress);
      submit.disabled = false;
    }
  });
  return (next) => { documents = next; renderList(); };
}

/** Tells what an addition brought, with links to the new entities. */
export function showNews(news: NewsOfAddition, box: HTMLElement, select: (id: string) => void): void {
  clear(box);
  if (news.duplicate) box.append(el('p', {}, `"${news.title ?? 'This article'}" was already in the corpus.`));
  else {
    box.append(el('p', {}, `Added "${news.title ?? 'the article'}": ${news.entities.length} new entities, ${news.updated} with new mentions, ${news.relations} new relations.`));
    if (news.entities.length) box.append(el('ul', { class: 'new-entities' }, ...news.entities.slice(0, 30).map((e) => el('li', {}, el('a', { href: `?node=${encodeURIComponent(e.id)}`, onclick: (ev: Event) => { ev.preventDefault(); select(e.id); } }, e.label)))));
  }
  box.append(el('button', { type: 'button', onclick: () => { box.hidden = true; } }, 'Dismiss'));
  box.hidden = false;
}
