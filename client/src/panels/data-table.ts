// The data table beside the graph, as Gephi Lite's data view: the entities and the relations the
// graph shows (in step with its filters), sortable by any column, filtered by text, a row selecting
// its entity on the graph, and a CSV of the rows. Only the rows in sight are in the page (a window
// over the sorted rows), so a corpus of thousands scrolls smoothly.
import type Graph from 'graphology';
import { $, el, clear, download } from '../dom';
import type { Visibility } from '../view/visibility';

type Cell = string | number | null;

interface Column { title: string; numeric?: boolean; digits?: number }

interface Table { columns: Column[]; rows: { key: string; select: string; cells: Cell[] }[] }

const ROW_HEIGHT = 26;
/** rows drawn beyond those in sight, above and below */
const OVERSCAN = 10;

export type TableKind = 'entities' | 'relations';

/** The entities shown, one row each. */
export function entityRows(graph: Graph, visible: Set<string>): Table {
  const columns: Column[] = [{ title: 'Label' }, { title: 'Type' }, { title: 'Mentions', numeric: true }, { title: 'Documents', numeric: true }, { title: 'Degree', numeric: true }, { title: 'PageRank', numeric: true, digits: 4 }, { title: 'Community', numeric: true }];
  const rows: Table['rows'] = [];
  graph.forEachNode((n, a) => {
    if (!visible.has(n)) return;
    rows.push({ key: n, select: n, cells: [a.label ?? n, a.type ?? '', a.mentionCount ?? null, (a.documents as string[] | undefined)?.length ?? 0, a.degree ?? graph.degree(n), a.pagerank ?? null, a.community ?? null] });
  });
  return { columns, rows };
}

/** The relations shown, one row each. */
export function relationRows(graph: Graph, visible: Set<string>): Table {
  const columns: Column[] = [{ title: 'Source' }, { title: 'Relation' }, { title: 'Target' }, { title: 'Sentences', numeric: true }, { title: 'Confidence', numeric: true, digits: 2 }];
  const rows: Table['rows'] = [];
  graph.forEachEdge((e, a, s, t, sa, ta) => {
    if (!visible.has(e)) return;
    rows.push({ key: e, select: s, cells: [sa.label ?? s, a.label ?? '', ta.label ?? t, (a.evidence as unknown[] | undefined)?.length ?? 0, typeof a.confidence === 'number' ? a.confidence : null] });
  });
  return { columns, rows };
}

/** Sorts rows by a column (empty cells last either way). */
export function sortRows(table: Table, column: number, descending: boolean): void {
  const numeric = table.columns[column]?.numeric;
  table.rows.sort((x, y) => {
    const a = x.cells[column], b = y.cells[column];
    if (a === null || a === '') return b === null || b === '' ? 0 : 1;
    if (b === null || b === '') return -1;
    const d = numeric ? Number(a) - Number(b) : String(a).localeCompare(String(b));
    return descending ? -d : d;
  });
}

/** A CSV of the rows; a cell that a spreadsheet would read as a formula is quoted as text. */
export function tableCsv(table: Table): string {
  const cell = (v: Cell) => {
    let s = v === null ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [table.columns.map((c) => cell(c.title)).join(','), ...table.rows.map((r) => r.cells.map(cell).join(','))].join('\r\n') + '\r\n';
}

export function setupDataTable(graph: Graph, visibility: () => Visibility, select: (id: string) => void, onToggle: () => void): { refresh(): void; readonly open: boolean } {
  const section = $('data-table');
  const scroll = $('table-scroll');
  const head = $('table-head');
  const body = $('table-body');
  const filter = $<HTMLInputElement>('table-filter');
  const count = $('table-count');
  const tabs = { entities: $<HTMLButtonElement>('table-tab-entities'), relations: $<HTMLButtonElement>('table-tab-relations') };
  let kind: TableKind = 'entities';
  const sort: Record<TableKind, { column: number; descending: boolean }> = { entities: { column: 5, descending: true }, relations: { column: 3, descending: true } };
  let table: Table = { columns: [], rows: [] };

  const build = () => {
    const v = visibility();
    const all = kind === 'entities' ? entityRows(graph, v.nodes) : relationRows(graph, v.edges);
    const text = filter.value.trim().toLowerCase();
    if (text) all.rows = all.rows.filter((r) => r.cells.some((c) => typeof c === 'string' && c.toLowerCase().includes(text)));
    sortRows(all, sort[kind].column, sort[kind].descending);
    table = all;
    count.textContent = `${table.rows.length.toLocaleString()} ${kind}`;
    renderHead();
    scroll.scrollTop = 0;
    renderRows();
  };

  const renderHead = () => {
    clear(head);
    const s = sort[kind];
    head.append(el('tr', {}, ...table.columns.map((c, i) => el('th', {
      scope: 'col', class: c.numeric ? 'num' : '', 'aria-sort': i === s.column ? (s.descending ? 'descending' : 'ascending') : 'none',
    }, el('button', {
      type: 'button', class: 'link',
      onclick: () => { sort[kind] = { column: i, descending: i === s.column ? !s.descending : Boolean(c.numeric) }; build(); },
    }, c.title)))));
  };

  // the rows in sight, between two spacers that keep the scroll height of all of them
  const renderRows = () => {
    const first = Math.max(0, Math.floor(scroll.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(table.rows.length, Math.ceil((scroll.scrollTop + scroll.clientHeight) / ROW_HEIGHT) + OVERSCAN);
    clear(body);
    if (first > 0) body.append(el('tr', { class: 'spacer', style: `height:${first * ROW_HEIGHT}px` }));
    for (const row of table.rows.slice(first, last)) {
      body.append(el('tr', { tabindex: '0', 'data-key': row.key, onclick: () => select(row.select), onkeydown: (e: Event) => { if ((e as KeyboardEvent).key === 'Enter') select(row.select); } },
        ...row.cells.map((c, i) => el('td', { class: table.columns[i]!.numeric ? 'num' : '' }, format(c, table.columns[i]!)))));
    }
    if (last < table.rows.length) body.append(el('tr', { class: 'spacer', style: `height:${(table.rows.length - last) * ROW_HEIGHT}px` }));
  };
  scroll.addEventListener('scroll', () => requestAnimationFrame(renderRows));

  const show = (next: TableKind) => {
    kind = next;
    for (const [k, tab] of Object.entries(tabs)) tab.setAttribute('aria-selected', String(k === kind));
    build();
  };
  tabs.entities.addEventListener('click', () => show('entities'));
  tabs.relations.addEventListener('click', () => show('relations'));
  filter.addEventListener('input', () => build());
  $('table-csv').addEventListener('click', () => download(new Blob([tableCsv(table)], { type: 'text/csv' }), `ariadne-${kind}.csv`));
  const toggle = (open: boolean) => {
    section.hidden = !open;
    $('table-open').setAttribute('aria-pressed', String(open));
    if (open) build();
    onToggle();
  };
  $('table-open').addEventListener('click', () => toggle(section.hidden === true));
  $('table-close').addEventListener('click', () => toggle(false));
  return {
    refresh: () => { if (!section.hidden) build(); },
    get open() { return !section.hidden; },
  };
}

function format(c: Cell, column: Column): string {
  if (c === null) return '—';
  if (typeof c === 'number' && column.digits !== undefined) return c.toFixed(column.digits);
  return String(c);
}
