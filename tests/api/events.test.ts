import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../../server/api/app';
import { CorpusStore } from '../../server/store/corpus-store';
import { GraphChangeEvent, PendingEvent } from '../../server/api/contract';

const ARTICLE = 'The Lakeside Rowing Club of Bled elected Tina Novak its president. Novak rowed for Slovenia at the Sydney Olympics.';

function seedDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-events-'));
  cpSync(path.resolve(import.meta.dirname, '../../graph-data/articles'), path.join(dir, 'articles'), { recursive: true });
  return dir;
}

/** The events of a Server-Sent Events stream as they come, parsed; `next(name)` waits for one of that name. */
async function subscribe(url: string) {
  const controller = new AbortController();
  const res = await fetch(url, { signal: controller.signal });
  const queue: { event: string; data: unknown }[] = [];
  const waiting: (() => void)[] = [];
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) { queue.push({ event, data: JSON.parse(data) }); waiting.splice(0).forEach((w) => w()); }
        }
      }
    } catch { /* aborted */ }
  })();
  const next = async (name: string, timeoutMs = 20_000) => {
    const limit = Date.now() + timeoutMs;
    for (;;) {
      const i = queue.findIndex((e) => e.event === name);
      if (i >= 0) return queue.splice(i, 1)[0]!.data;
      if (Date.now() > limit) throw new Error(`no "${name}" event within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => { waiting.push(resolve); setTimeout(resolve, 200); });
    }
  };
  return { res, next, close: () => controller.abort() };
}

let cleanup: (() => void)[] = [];
afterEach(() => { cleanup.forEach((f) => f()); cleanup = []; });

async function serve(store: CorpusStore): Promise<string> {
  const app = createApp({ corpus: () => store.corpus, store, log: () => {} });
  const server: Server = await new Promise((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
  cleanup.push(() => server.closeAllConnections(), () => server.close());
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('GET /api/events', () => {
  it('tells a page of the queue and of every change of the graph, with the version its answers carry', async () => {
    const store = await CorpusStore.open(seedDir(), { analysisDelayMs: 50 });
    const base = await serve(store);
    const stream = await subscribe(`${base}/api/events`);
    cleanup.push(stream.close);
    expect(stream.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const hello = GraphChangeEvent.parse(await stream.next('graph'));
    expect(hello).toMatchObject({ reason: 'connected', documents: 1 });
    const post = fetch(`${base}/api/documents`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: ARTICLE });
    const queued = PendingEvent.parse(await stream.next('pending'));
    expect(queued.pending.length).toBe(1);
    expect((await post).status).toBe(201);
    const added = GraphChangeEvent.parse(await stream.next('graph'));
    expect(added).toMatchObject({ reason: 'added', documents: 2 });
    expect(added.version).toBeGreaterThan(hello.version);
    expect(added.entities).toBe(store.corpus.graph.order);
    // the layout and metrics follow, and the graph's answers carry the version the event named
    const analyzed = GraphChangeEvent.parse(await stream.next('graph'));
    expect(analyzed.reason).toBe('analyzed');
    const graph = await fetch(`${base}/api/graph`);
    expect(graph.headers.get('etag')).toContain(String(analyzed.version));
  });

  it('brings in articles another process adds to or removes from the data folder, and the corrections it logs', async () => {
    const dir = seedDir();
    const service = await CorpusStore.open(dir, { analysisDelayMs: 50 });
    cleanup.push(await service.watchDataDir());
    const base = await serve(service);
    const stream = await subscribe(`${base}/api/events`);
    cleanup.push(stream.close);
    await stream.next('graph');
    // `kg add` in another process: a store of its own over the same folder
    const cli = await CorpusStore.open(dir, { analysisDelayMs: 60_000 });
    const added = await cli.add({ text: ARTICLE, format: 'txt' });
    const synced = GraphChangeEvent.parse(await stream.next('graph'));
    expect(synced).toMatchObject({ reason: 'synced', documents: 2 });
    expect(service.corpus.documents.has(added.id)).toBe(true);
    const tina = added.entitiesAdded.find((e) => e.label === 'Tina Novak')!;
    expect((await fetch(`${base}/api/nodes/${tina.id}`)).status).toBe(200);
    await cli.remove(added.id);
    let gone;
    do gone = GraphChangeEvent.parse(await stream.next('graph')); while (gone.reason !== 'synced');
    expect(gone.documents).toBe(1);
    expect((await fetch(`${base}/api/nodes/${tina.id}`)).status).toBe(404);
    // `kg rename` in another process: the service takes up the log and replays it
    const renamed = await cli.correct((g) => [{ kind: 'rename', entity: { key: 'josef-stalin', label: g.getNodeAttribute('josef-stalin', 'label') }, label: 'Joseph Stalin' }]);
    let corrected;
    do corrected = GraphChangeEvent.parse(await stream.next('graph')); while (corrected.reason !== 'synced');
    expect(service.corpus.graph.getNodeAttribute('josef-stalin', 'label')).toBe('Joseph Stalin');
    expect(service.correctionsList().map((c) => c.id)).toEqual(renamed.corrections.map((c) => c.id));
  });
});
