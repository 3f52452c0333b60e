// Debian's Chromium driven by playwright-core, against the real app serving the built explorer
// on the seed article. Without Chromium the browser tests are skipped with a message saying how
// to enable them; in CI a missing browser fails them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { seedApp } from '../api/setup';
import { createApp } from '../../server/api/app';
import { CorpusStore, type StoreOptions } from '../../server/store/corpus-store';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** Is Chromium there? Without it the browser tests are reported skipped (the global setup says what to install). */
export function browserAvailable(): boolean {
  if (!hasChromium && process.env.CI) throw new Error(`Chromium is not installed at ${CHROMIUM} (apt-get install -y chromium)`);
  return hasChromium;
}

export const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function startExplorer(articles?: Record<string, string>, extract?: StoreOptions['extract']): Promise<{ url: string; server: Server; dir: string; close: () => Promise<void> }> {
  const ctx = await seedApp({ articles });
  // a store over the same folder: the explorer can add and remove articles
  const store = await CorpusStore.open(ctx.dir, { analysisDelayMs: 50, extract });
  const app = createApp({ corpus: () => store.corpus, store, graphs: ctx.graphs, log: () => {}, staticDir: path.resolve(import.meta.dirname, '../../dist/client') });
  const server = await new Promise<Server>((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, dir: ctx.dir, close: () => new Promise((r) => { server.close(() => r()); server.closeAllConnections(); }) };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
}

/** Console errors and page errors, collected for the "no errors" check. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Counts the pixels of an element's screenshot that differ from its background colour. */
export async function paintedPixels(page: Page, selector: string): Promise<number> {
  const png = await page.locator(selector).screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width; canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    const [r0, g0, b0] = [data[0], data[1], data[2]];
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - r0!) + Math.abs(data[i + 1]! - g0!) + Math.abs(data[i + 2]! - b0!) > 30) n++;
    return n;
  }, png.toString('base64'));
}
