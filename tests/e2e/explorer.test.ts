import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, collectErrors, launch, paintedPixels, startExplorer } from './browser';
import { hasXmllint, xmllintRelaxNg } from '../formats/tools';
import { ExtractionPool } from '../../server/extract/pool';
import { pathologicalText } from '../../bench/pathological';
import { readFileSync } from 'node:fs';
import { readXmlGraph } from '../../server/graph/formats/read-xml-graph';
import { DEFAULT_MIN_CONFIDENCE } from '../../client/src/state';

const enabled = browserAvailable();

/** A GEXF without positions shaped like a corpus: one large component, many small ones, lone entities. */
function largeGexf(order: number): string {
  let seed = 7;
  const random = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
  const nodes: string[] = [];
  const edges: string[] = [];
  const giant = Math.floor(order / 2);
  for (let i = 0; i < order; i++) nodes.push(`<node id="n${i}" label="Entity ${i}"/>`);
  for (let i = 1; i < giant; i++) edges.push(`<edge source="n${i}" target="n${Math.floor(random() ** 2 * i)}"/>`);
  for (let i = giant; i + 3 < order * 0.9; i += 4) edges.push(`<edge source="n${i}" target="n${i + 1}"/>`, `<edge source="n${i + 1}" target="n${i + 2}"/>`);
  return `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes>${nodes.join('')}</nodes><edges>${edges.join('')}</edges></graph></gexf>`;
}

const CHESS_CLUB = `The Tallinn Chess Club celebrated its centenary on Saturday. Founded in 1925 by Aleksander Rebane,
the club trained Paul Keres, who later won the AVRO tournament in Amsterdam. Maria Tamm, the club's
president, thanked the Estonian Chess Federation for its support.`;
let browser: Browser;
let explorer: Awaited<ReturnType<typeof startExplorer>>;

beforeAll(async () => {
  if (!enabled) return;
  explorer = await startExplorer();
  browser = await launch();
}, 60_000);
afterAll(async () => { await browser?.close(); await explorer?.close(); });

async function open(query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const errors = collectErrors(page);
  await page.goto(`${explorer.url}/${query}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  return { page, errors };
}

/** A page on an explorer with a corpus of its own (the other tests read the seed article alone). */
async function withOwnExplorer(run: (page: Page, own: Awaited<ReturnType<typeof startExplorer>>, errors: string[]) => Promise<void>): Promise<void> {
  const own = await startExplorer();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectErrors(page);
    await page.goto(`${own.url}/`);
    await page.waitForSelector('body[data-ready="true"]');
    await run(page, own, errors);
    await page.close();
  } finally {
    await own.close();
  }
}

async function search(page: Page, text: string): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.type(text);
  await page.waitForSelector('#search-results li[role="option"]:not(.empty)');
  await page.keyboard.press('Enter');
}

describe.runIf(enabled)('the explorer in Chromium', () => {
  it('paints the graph on the canvas, with no console errors', async () => {
    const { page, errors } = await open();
    await page.waitForTimeout(500);
    expect(await paintedPixels(page, '#sigma')).toBeGreaterThan(2_000);
    // the counts: all of them, or what the default confidence floor leaves of them
    await expect.poll(() => page.textContent('#status')).toMatch(/\d+ entities, \d+ relations|Showing \d+ of \d+ entities and \d+ of \d+ relations/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("searching Medinsky opens Vladimir Medinsky's panel with the sentence about the textbook", async () => {
    const { page, errors } = await open();
    await search(page, 'Medinsky');
    await expect.poll(() => page.textContent('#panel-title')).toBe('Vladimir Medinsky');
    const panel = await page.textContent('#panel');
    expect(panel).toContain('the national secondary school modern history textbook, authored by his closest history advisor');
    expect(page.url()).toContain('node=vladimir-medinsky');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows a neighbor link to that entity, and Back returns', async () => {
    const { page } = await open('?node=vladimir-medinsky');
    await expect.poll(() => page.textContent('#panel-title')).toBe('Vladimir Medinsky');
    await page.getByRole('link', { name: 'Vladimir Putin' }).first().click();
    await expect.poll(() => page.textContent('#panel-title')).toBe('Vladimir Putin');
    expect(page.url()).toContain('node=vladimir-putin');
    await page.goBack();
    await expect.poll(() => page.textContent('#panel-title')).toBe('Vladimir Medinsky');
    await page.close();
  });

  it('focus at depth 1 hides everything but the entity and its neighbors', async () => {
    const { page } = await open('?node=vladimir-medinsky');
    await page.selectOption('#focus-depth', '1');
    // the page shows the neighbors through the relations it does not hide (by default the least likely)
    const neighbors = explorer && (await (await fetch(`${explorer.url}/api/nodes/vladimir-medinsky/neighbors?minConfidence=${DEFAULT_MIN_CONFIDENCE}`)).json()).graph.nodes.length;
    await expect.poll(() => page.textContent('#status')).toMatch(new RegExp(`^Showing ${neighbors} of \\d+ entities`));
    expect(page.url()).toContain('depth=1');
    await page.close();
  });

  it('shows the path between two entities with the evidence of every hop', async () => {
    const { page } = await open('?node=vladimir-medinsky');
    await page.getByRole('button', { name: 'Start a path here' }).click();
    await search(page, 'Khrushchev');
    await expect.poll(() => page.textContent('#panel-title')).toBe('Nikita Khrushchev');
    await page.getByRole('button', { name: /Path from Vladimir Medinsky to here/ }).click();
    await page.waitForSelector('.hops li');
    const hops = await page.locator('.hops > li').count();
    expect(hops).toBeGreaterThan(0);
    expect(await page.locator('.hops > li blockquote').count()).toBeGreaterThanOrEqual(hops);
    expect(await page.textContent('#panel h2')).toBe('Path: Vladimir Medinsky → Nikita Khrushchev');
    expect(page.url()).toMatch(/from=vladimir-medinsky.*to=nikita-khrushchev/);
    await page.close();
  });

  it.runIf(hasXmllint)('downloads a GEXF export that validates against the GEXF 1.3 schema', async () => {
    const { page } = await open();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-menu > summary').then(() => page.click('#export-gexf'))]);
    expect(download.suggestedFilename()).toBe('ariadne-graph.gexf');
    const file = path.join(explorer.dir, 'download.gexf');
    await download.saveAs(file);
    expect(xmllintRelaxNg(path.resolve(import.meta.dirname, '../fixtures/gexf-1.3/gexf.rng'), file).ok).toBe(true);
    await page.close();
  });

  it.runIf(hasXmllint)('with a predicate filter, "GEXF (view)" holds exactly the relations drawn, at the positions on screen, and says so in the status line', async () => {
    const served = (await (await fetch(`${explorer.url}/api/graph`)).json()) as { nodes: { key: string; attributes: { x: number; y: number } }[]; edges: { source: string; target: string; attributes: { predicates: string[] } }[] };
    const counts = new Map<string, number>();
    for (const e of served.edges) for (const p of e.attributes.predicates) counts.set(p, (counts.get(p) ?? 0) + 1);
    const [predicate, drawn] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    expect(drawn).toBeLessThan(served.edges.length);
    const { page } = await open(`?predicate=${encodeURIComponent(predicate)}`);
    await expect.poll(() => page.textContent('#status')).toContain(`${drawn} of ${served.edges.length} relations`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-menu > summary').then(() => page.click('#export-gexf-view'))]);
    expect(download.suggestedFilename()).toBe(`ariadne-${predicate.replace(/[^A-Za-z0-9._-]+/g, '-')}-view.gexf`);
    const file = path.join(explorer.dir, 'view.gexf');
    await download.saveAs(file);
    expect(xmllintRelaxNg(path.resolve(import.meta.dirname, '../fixtures/gexf-1.3/gexf.rng'), file).ok).toBe(true);
    const nodes = new Map<string, Record<string, unknown>>();
    const edges: Record<string, unknown>[] = [];
    readXmlGraph(readFileSync(file, 'utf8'), { node: (id, a) => nodes.set(id, a), edge: (_s, _t, a) => edges.push(a) });
    expect(edges.length).toBe(drawn);
    for (const e of edges) expect(e.predicates).toContain(predicate);
    for (const n of served.nodes) expect(nodes.get(n.key)).toMatchObject({ x: expect.closeTo(n.attributes.x, 3), y: expect.closeTo(n.attributes.y, 3) });
    await page.close();
  });

  it('runs ForceAtlas2 in a worker under the content security policy, and resets the layout', async () => {
    const { page, errors } = await open();
    await page.click('#layout-menu > summary');
    await page.click('#layout-run');
    await expect.poll(() => page.getAttribute('#layout-run', 'aria-pressed')).toBe('true');
    await page.waitForTimeout(600);
    await page.click('#layout-menu > summary');
    await page.click('#layout-run');
    await expect.poll(() => page.textContent('#status')).toBe('ForceAtlas2 stopped');
    await page.click('#layout-menu > summary');
    await page.click('#layout-reset');
    await expect.poll(() => page.textContent('#status')).toMatch(/reset/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('saves a layout made in the page: the service and its exports take the positions', async () => {
    await withOwnExplorer(async (page, own, errors) => {
      type Served = { nodes: { key: string; attributes: { x: number; y: number } }[] };
      const before = ((await (await fetch(`${own.url}/api/graph`)).json()) as Served).nodes;
      await page.click('#layout-menu > summary');
      await page.click('#layout-run');
      await page.waitForTimeout(800);
      await page.click('#layout-menu > summary');
      await page.click('#layout-save');
      await expect.poll(() => page.textContent('#status')).toMatch(/^Layout saved \(\d+ positions\)/);
      const after = new Map(((await (await fetch(`${own.url}/api/graph`)).json()) as Served).nodes.map((n) => [n.key, n.attributes]));
      const moved = before.filter((n) => { const a = after.get(n.key)!; return Math.hypot(a.x - n.attributes.x, a.y - n.attributes.y) > 1e-6; });
      expect(moved.length).toBeGreaterThan(before.length / 2);
      expect(errors).toEqual([]);
    });
  });

  it('adds an article through the page, says what is new, and finds a new entity in search', async () => {
    await withOwnExplorer(async (page, own, errors) => {
      await page.click('#articles-open');
      await page.fill('#add-title', '<img src=x onerror="__xss=1"> Kettle report');
      await page.fill('#add-text', 'Zorvan Kettle, a historian in Tallinn, criticised Vladimir Medinsky.');
      await Promise.all([page.waitForURL(/node=/), page.click('#add-submit')]);
      await page.waitForSelector('body[data-ready="true"]');
      const message = await page.textContent('#message');
      expect(message).toContain('Added "<img src=x onerror="__xss=1"> Kettle report"');
      expect(message).toContain('Zorvan Kettle');
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      await search(page, 'Kettle');
      await expect.poll(() => page.textContent('#panel-title')).toBe('Zorvan Kettle');
      expect(errors).toEqual([]);
    });
  });

  it('takes in a second article on another subject without a reload: its entities apart from the first, with metrics', async () => {
    await withOwnExplorer(async (page, own, errors) => {
      const seedIds = new Set(((await (await fetch(`${own.url}/api/graph`)).json()) as { nodes: { key: string }[] }).nodes.map((n) => n.key));
      await page.evaluate(() => { (window as unknown as { __sameDocument: boolean }).__sameDocument = true; });
      await page.click('#articles-open');
      await page.fill('#add-title', 'A chess club');
      await page.fill('#add-text', CHESS_CLUB);
      await page.click('#add-submit');
      await expect.poll(() => page.textContent('#message'), { timeout: 30_000 }).toContain('Added "A chess club"');
      expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
      // the first new entity is selected; its panel shows its metrics once layout and metrics land
      const metric = (name: string) => page.evaluate((n) => [...document.querySelectorAll('#panel-body dt')].find((dt) => dt.textContent === n)?.nextElementSibling?.textContent ?? '', name);
      await expect.poll(async () => Number(await metric('PageRank')), { timeout: 20_000 }).toBeGreaterThan(0);
      expect(Number(await metric('Community'))).toBeGreaterThanOrEqual(0);
      // the page holds what the service holds, and the new story lies apart from the seed's
      const served = (await (await fetch(`${own.url}/api/graph`)).json()) as { nodes: { key: string; attributes: { x: number; y: number } }[] };
      await expect.poll(() => page.textContent('#status')).toContain(`${served.nodes.length} entities`);
      const box = (nodes: typeof served.nodes) => nodes.reduce((b, { attributes: { x, y } }) => ({ minX: Math.min(b.minX, x), maxX: Math.max(b.maxX, x), minY: Math.min(b.minY, y), maxY: Math.max(b.maxY, y) }), { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity });
      const seedBox = box(served.nodes.filter((n) => seedIds.has(n.key)));
      const newBox = box(served.nodes.filter((n) => !seedIds.has(n.key)));
      const overlap = seedBox.minX <= newBox.maxX && newBox.minX <= seedBox.maxX && seedBox.minY <= newBox.maxY && newBox.minY <= seedBox.maxY;
      expect(overlap).toBe(false);
      await page.screenshot({ path: path.join(own.dir, 'second-article.png') });
      expect(errors).toEqual([]);
    });
  });

  it('merges two entities from the panel: one node on screen at once, still one after a reload; listed among the corrections', async () => {
    const fixtures = path.resolve(import.meta.dirname, '../fixtures/corrections');
    const own = await startExplorer(Object.fromEntries(['football.md', 'history.md'].map((f) => [f, readFileSync(path.join(fixtures, f), 'utf8')])));
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors = collectErrors(page);
      await page.goto(`${own.url}/?node=josef-stalin`);
      await page.waitForSelector('body[data-ready="true"]');
      // the legend counts the entities of each type
      const entities = async () => ((await page.textContent('#legend-types')) ?? '').match(/\d+/g)?.reduce((n, x) => n + Number(x), 0) ?? 0;
      await expect.poll(entities).toBeGreaterThan(0);
      const before = await entities();
      await page.click('.editor > summary');
      await page.fill('.editor .picker input', 'Joseph');
      await page.click('.editor .picker-results button');
      await page.getByRole('button', { name: 'Merge', exact: true }).click();
      await expect.poll(() => page.textContent('#panel-title')).toBe('Joseph Stalin');
      await expect.poll(entities).toBe(before - 1);
      expect(await page.textContent('#toast')).toContain('Merged Josef Stalin into Joseph Stalin');
      expect(await page.evaluate(() => document.querySelector('#panel-body')!.textContent)).toContain('Josef Stalin'); // now an alias
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      await expect.poll(entities).toBe(before - 1);
      await search(page, 'Josef');
      await expect.poll(() => page.textContent('#panel-title')).toBe('Joseph Stalin');
      await page.click('#corrections-open');
      await expect.poll(() => page.textContent('#corrections-list')).toContain('merge "Josef Stalin" (josef-stalin) into "Joseph Stalin" (stalin)');
      await expect.poll(() => page.textContent('#suggestions-list')).toMatch(/→|No likely duplicates/);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await own.close();
    }
  });

  it('says how the reading of a long article goes while the service reads it on a worker', async () => {
    const pool = new ExtractionPool(1);
    await pool.extract({ id: 'warm', source: 'Anna Berg lives in Oslo.', format: 'txt' });
    const own = await startExplorer(undefined, (input) => pool.extract(input));
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${own.url}/`);
      await page.waitForSelector('body[data-ready="true"]');
      await page.click('#articles-open');
      await page.fill('#add-text', pathologicalText('prose', 150_000));
      const added = Promise.all([page.waitForURL(/node=/, { timeout: 60_000 }), page.click('#add-submit')]);
      await expect.poll(() => page.textContent('#add-status'), { timeout: 10_000 }).toMatch(/^Reading the article \([\d,]+ characters\) — \d+ s so far…$/);
      await added;
      await page.close();
    } finally {
      await own.close();
      await pool.close();
    }
  }, 90_000);

  it('opens an imported graph with ?graph= and from the graph picker: its nodes drawn, its entities searchable', async () => {
    const gexf = `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph defaultedgetype="directed"><nodes>
      <node id="ada" label="Ada Lovelace"><viz:position x="-40" y="0"/><viz:color r="200" g="30" b="30"/><viz:size value="20"/></node>
      <node id="charles" label="Charles Babbage"><viz:position x="40" y="10"/><viz:size value="20"/></node>
      <node id="engine" label="Analytical Engine"><viz:position x="0" y="-40"/><viz:size value="20"/></node>
    </nodes><edges><edge source="ada" target="engine" label="wrote about"/><edge source="charles" target="engine" label="designed"/></edges></graph></gexf>`;
    const imported = await fetch(`${explorer.url}/api/graphs?name=Pioneers`, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: gexf });
    expect(imported.status).toBe(201);
    const { id } = (await imported.json()) as { id: string };
    const { page, errors } = await open(`?graph=${id}`);
    await expect.poll(() => page.textContent('#status')).toBe('3 entities, 2 relations');
    expect(await paintedPixels(page, '#sigma')).toBeGreaterThan(200);
    expect(await page.inputValue('#graph-picker')).toBe(id);
    expect(await page.isVisible('#articles-open')).toBe(false);
    await search(page, 'Babbage');
    await expect.poll(() => page.textContent('#panel-title')).toBe('Charles Babbage');
    expect(page.url()).toContain(`graph=${id}`);
    // back to the corpus through the picker
    await Promise.all([page.waitForURL((u) => !u.search.includes('graph=')), page.selectOption('#graph-picker', 'main')]);
    await page.waitForSelector('body[data-ready="true"]');
    await expect.poll(() => page.textContent('#status')).not.toBe('3 entities, 2 relations');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives a graph of 6,000 entities an overview: communities named, labels that never overlap, a table sorted by PageRank', async () => {
    const imported = await fetch(`${explorer.url}/api/graphs?name=Large`, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: largeGexf(6_000) });
    expect(imported.status).toBe(201);
    const { id } = (await imported.json()) as { id: string };
    const { page, errors } = await open(`?graph=${id}`);
    await expect.poll(() => page.textContent('#status')).toMatch(/6,?000 entities|of 6000 entities/);
    expect(await page.isVisible('#show-all')).toBe(true);
    expect(await page.inputValue('#color-by')).toBe('community');
    // the legend names the communities it colours
    expect(await page.locator('#legend-groups li button').count()).toBeGreaterThan(3);
    await page.screenshot({ path: path.join(explorer.dir, 'overview.png') });
    // labels: the most central are drawn, and no two boxes overlap
    const drawnLabels = async () => JSON.parse((await page.getAttribute('#sigma', 'data-labels')) ?? '[]') as [number, number, number, number][];
    await expect.poll(async () => (await drawnLabels()).length).toBeGreaterThan(5);
    const boxes = await drawnLabels();
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      expect(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3], `labels ${i} and ${j} overlap`).toBe(false);
    }
    // the data table: entities by PageRank, highest first; a row selects its entity
    await page.click('#table-open');
    await page.waitForSelector('#table-body tr[data-key]');
    const served = (await (await fetch(`${explorer.url}/api/graph?graph=${id}`)).json()) as { nodes: { key: string; attributes: { pagerank: number } }[] };
    const top = served.nodes.slice().sort((a, b) => b.attributes.pagerank - a.attributes.pagerank)[0]!.key;
    expect(await page.getAttribute('#table-body tr[data-key] >> nth=0', 'data-key')).toBe(top);
    expect(await page.getAttribute('#table-head th >> nth=5', 'aria-sort')).toBe('descending');
    await page.click('#table-head th >> nth=5 >> button');
    expect(await page.getAttribute('#table-head th >> nth=5', 'aria-sort')).toBe('ascending');
    await page.click('#table-body tr[data-key] >> nth=0');
    await expect.poll(() => page.url()).toContain('node=');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('on a phone (390 × 844), folds the toolbar into a menu and keeps at least 60% of the screen for the graph', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const errors = collectErrors(page);
    await page.goto(`${explorer.url}/`);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.isVisible('#menu-toggle')).toBe(true);
    expect(await page.isVisible('#focus-depth')).toBe(false);
    const canvas = await page.locator('#sigma').boundingBox();
    const sheet = await page.locator('#panel').boundingBox();
    // the part of the graph nothing covers: the canvas above the closed sheet
    const free = canvas!.width * (Math.min(canvas!.y + canvas!.height, sheet!.y) - canvas!.y);
    expect(free / (390 * 844)).toBeGreaterThan(0.6);
    await page.click('#menu-toggle');
    expect(await page.isVisible('#focus-depth')).toBe(true);
    await page.click('#menu-toggle');
    // selecting an entity pulls the sheet up half-way
    await search(page, 'Medinsky');
    await expect.poll(async () => (await page.locator('#panel').boundingBox())!.height).toBeGreaterThan(300);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reopens the entity a copied link names', async () => {
    const { page, errors } = await open('?node=josef-stalin&depth=2');
    await expect.poll(() => page.textContent('#panel-title')).toBe('Josef Stalin');
    expect(await page.inputValue('#focus-depth')).toBe('2');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the article at the supporting sentence, and a mention there selects its entity', async () => {
    const { page } = await open('?node=vladimir-medinsky');
    await page.locator('.evidence button', { hasText: 'Show in article' }).first().click();
    await page.waitForSelector('#reader:not([hidden]) mark.sentence');
    expect(await page.locator('#reader mark.sentence').first().textContent()).toBeTruthy();
    await page.locator('#reader .mention', { hasText: 'Memorial' }).first().click();
    await expect.poll(() => page.textContent('#panel-title')).toBe('Memorial');
    // the reader closes: the selection is made in sight
    expect(await page.isVisible('#reader')).toBe(false);
    await page.close();
  });

  it('shows markup from an article as text: no script runs, no element is made', async () => {
    const hostile = await startExplorer({
      // (markup mid-sentence parses as a clause of its own, which relates nothing: the names stay in one clause here)
      'hostile.txt': 'Nikita Khrushchev met Josef Stalin and showed him <img src=x onerror="__xss=1"> in Moscow.\nJosef Stalin answered Nikita Khrushchev with <script>__xss=2</script> in Moscow.',
    });
    try {
      const page = await browser.newPage();
      const errors = collectErrors(page);
      await page.goto(`${hostile.url}/?node=nikita-khrushchev`);
      await page.waitForSelector('body[data-ready="true"]');
      await expect.poll(() => page.textContent('#panel-title')).toBe('Nikita Khrushchev');
      const quotes = await page.locator('.evidence blockquote').allTextContents();
      expect(quotes.join(' ')).toContain('<img src=x onerror="__xss=1">');
      expect(quotes.join(' ')).toContain('<script>__xss=2</script>');
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(await page.locator('#panel img, #panel script').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await hostile.close();
    }
  });
});
