// The explorer in headless Chromium: time from navigation to the first painted frame, and the
// longest main-thread task while loading, for the seed graph and synthetic graphs of 1,000,
// 6,000 and 20,000 nodes (5 edges per node; the last two open on the overview). Software WebGL
// here: slower than any GPU.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { child } from './service';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

async function measure(url: string): Promise<{ paintedMs: number; longestTaskMs: number }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('crash', () => console.log('    (the page crashed)'));
    page.on('pageerror', (e) => console.log(`    (page error: ${e.message})`));
    await page.addInitScript(() => {
      (window as unknown as { __longest: number }).__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) (window as unknown as { __longest: number }).__longest = Math.max((window as unknown as { __longest: number }).__longest, e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url);
    await page.waitForSelector('body[data-painted]', { timeout: 180_000 });
    await page.waitForTimeout(300);
    return await page.evaluate(() => ({ paintedMs: Number(document.body.dataset.painted), longestTaskMs: Math.round((window as unknown as { __longest: number }).__longest) }));
  } finally {
    await browser.close();
  }
}

export async function benchBrowser(root: string): Promise<void> {
  if (!existsSync(CHROMIUM)) { console.log('browser · skipped: no Chromium at /usr/bin/chromium (apt-get install -y chromium)'); return; }
  if (!existsSync(path.join(root, 'dist/client/index.html'))) { console.log('browser · skipped: the explorer is not built (npm run build)'); return; }
  console.log('browser · headless Chromium, software WebGL: navigation → first painted frame; longest main-thread task while loading');
  const cases: [string, string | null, number][] = [['seed article', null, 0], ['synthetic 1,000 nodes', 'syn', 1_000], ['synthetic 6,000 nodes', 'syn', 6_000], ['synthetic 20,000 nodes', 'syn', 20_000]];
  const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-browser-'));
  try {
    for (const [name, kind, order] of cases) {
      let file: string | undefined;
      if (kind) {
        file = path.join(dir, `g${order}.json`);
        await child(root, ['prepare', String(order), String(order * 5), file]).line;
      }
      const server = child(root, file ? ['serve', file, '--static'] : ['serve-seed']);
      try {
        const { port } = JSON.parse(await server.line) as { port: number };
        const r = await measure(`http://127.0.0.1:${port}/`);
        console.log(`    ${name.padEnd(24)} first frame ${String(r.paintedMs).padStart(6)} ms   longest task ${String(r.longestTaskMs).padStart(6)} ms`);
      } finally {
        server.proc.kill();
      }
    }
    console.log('  targets: the seed graph painted within 1 s; the overview at 6,000 and 20,000 nodes within 3 s and 6 s; no main-thread task over 1 s');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
