// The contract holds: every route's real answer parses with its response schema, every error with
// the error schema, and the OpenAPI document lists every route the app serves, every status.
import { beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { z } from 'zod';
import { createApp } from '../../server/api/app';
import { CorpusStore } from '../../server/store/corpus-store';
import { ImportedGraphs } from '../../server/store/graphs';
import * as C from '../../server/api/contract';

let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-contract-'));
  cpSync(path.resolve(import.meta.dirname, '../../graph-data/articles'), path.join(dir, 'articles'), { recursive: true });
  const store = await CorpusStore.open(dir, { analysisDelayMs: 10 });
  const graphs = await new ImportedGraphs(path.join(dir, 'graphs')).load();
  app = createApp({ corpus: () => store.corpus, store, graphs, log: () => {} });
});

/** The answer has every field the schema names, each of its type. */
function holds(schema: z.ZodType, body: unknown): void {
  const r = schema.safeParse(body);
  expect(r.success, r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3))).toBe(true);
}

const GEXF = `<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="Ada"/><node id="b" label="Bob"/></nodes><edges><edge id="1" source="a" target="b" label="knows"/></edges></graph></gexf>`;

describe('the API contract', () => {
  it('every answer of every route parses with its response schema', async () => {
    holds(C.Health, (await request(app).get('/healthz').expect(200)).body);
    holds(C.ServedGraph, (await request(app).get('/api/graph?minConfidence=0.3').expect(200)).body);
    holds(C.Stats, (await request(app).get('/api/stats').expect(200)).body);
    holds(C.SearchResponse, (await request(app).get('/api/search?q=kruschev').expect(200)).body);
    holds(C.NodeDetail, (await request(app).get('/api/nodes/nikita-khrushchev').expect(200)).body);
    holds(C.NeighborsResponse, (await request(app).get('/api/nodes/josef-stalin/neighbors?depth=2').expect(200)).body);
    holds(C.PathResponse, (await request(app).get('/api/path?from=vladimir-medinsky&to=nikita-khrushchev').expect(200)).body);
    holds(C.DocumentsResponse, (await request(app).get('/api/documents').expect(200)).body);
    holds(C.DocumentView, (await request(app).get('/api/documents/secret-speech').expect(200)).body);
    const added = await request(app).post('/api/documents').send({ text: 'Zorvan Kettle met Nikita Khrushchev in Karvensk Town.', title: 'A meeting' }).expect(201);
    holds(C.AddResult, added.body);
    holds(C.AddResult, (await request(app).post('/api/documents').set('content-type', 'text/plain').send('Zorvan Kettle met Nikita Khrushchev in Karvensk Town.').expect(200)).body);
    holds(C.RemoveResult, (await request(app).delete(`/api/documents/${added.body.id}`).expect(200)).body);
    holds(C.ImportResult, (await request(app).post('/api/graphs?name=tiny').set('content-type', 'application/xml').send(GEXF).expect(201)).body);
    holds(C.GraphsResponse, (await request(app).get('/api/graphs').expect(200)).body);
    const openapi = await request(app).get('/api/openapi.json').expect(200);
    expect(openapi.body.openapi).toBe('3.1.0');
  });

  it('every error parses with the error schema', async () => {
    for (const [method, url, status] of [
      ['get', '/api/nodes/nowhere', 404], ['get', '/api/search', 400], ['get', '/api/path?from=a', 400], ['get', '/api/graph?graph=nope', 404],
      ['get', '/api/nothing', 404], ['post', '/api/graphs', 415], ['delete', '/api/documents/nowhere', 404],
    ] as const) {
      const r = await request(app)[method](url).expect(status);
      holds(C.ErrorResponse, r.body);
    }
  });

  it('describes in OpenAPI every route the app serves, each status with its schema', async () => {
    const served: string[] = [];
    const walk = (stack: { route?: { path: string; methods: Record<string, boolean> }; handle?: { stack?: unknown[] }; rawPath?: string }[], prefix: string) => {
      for (const layer of stack) {
        if (layer.route) for (const m of Object.keys(layer.route.methods)) served.push(`${m} ${prefix}${layer.route.path}`.replace(/:(\w+)/g, '{$1}'));
        else if (layer.handle?.stack) walk(layer.handle.stack as never, prefix + (layer.rawPath && layer.rawPath !== '/' ? layer.rawPath : ''));
      }
    };
    walk((app as unknown as { router: { stack: never[] } }).router.stack, '');
    const doc = (await request(app).get('/api/openapi.json').expect(200)).body as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    const described = Object.entries(doc.paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m} ${p}`));
    expect(new Set(described)).toEqual(new Set(served.filter((r) => !r.includes('{*'))));
    expect(C.ROUTES.map((r) => `${r.method} ${r.path}`).sort()).toEqual([...described].sort());
    // the statuses the routes answer are all described
    expect(Object.keys(doc.paths['/api/documents']!.post!.responses)).toEqual(expect.arrayContaining(['200', '201', '400', '401', '403', '413', '415', '422']));
    expect(Object.keys(doc.paths['/api/graphs']!.post!.responses)).toEqual(expect.arrayContaining(['201', '507', '422']));
    expect(Object.keys(doc.paths['/api/nodes/{id}']!.get!.responses)).toEqual(expect.arrayContaining(['200', '304', '308', '404']));
  });
});
