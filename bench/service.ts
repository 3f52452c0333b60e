// The graph service under load: a synthetic graph of 100,000 nodes and 500,000 edges, then
// autocannon against neighbors (depth 1), search and node detail, beside a bare Express route
// served by the same process in the same run.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

const ORDER = Number(process.env.BENCH_NODES ?? 100_000);
const SIZE = Number(process.env.BENCH_EDGES ?? 500_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const WARMUP_SECONDS = 3;
/** the same V8 flags as npm start */
const SERVICE_NODE_FLAGS = ['--max-semi-space-size=64'];

function cycle(paths: string[]): () => string {
  let i = 0;
  return () => paths[i++ % paths.length]!;
}

async function load(url: string, next: () => string, connections = CONNECTIONS) {
  // warm-up first, unmeasured: the JIT, and the collection of what loading the graph left behind
  await autocannon({ url, connections, duration: WARMUP_SECONDS, requests: [{ setupRequest: (req) => ({ ...req, path: next() }) }] });
  const result = await autocannon({
    url, connections, duration: SECONDS,
    requests: [{ setupRequest: (req) => ({ ...req, path: next() }) }],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/** Runs bench/service-server.ts in a child process; resolves with its first line of output. */
export function child(root: string, args: string[]) {
  const proc = spawn(process.execPath, [...SERVICE_NODE_FLAGS, '--import', 'tsx', path.join(root, 'bench/service-server.ts'), ...args], { stdio: ['ignore', 'pipe', 'inherit'], cwd: root });
  const line = new Promise<string>((resolve, reject) => {
    createInterface({ input: proc.stdout! }).once('line', resolve);
    proc.once('exit', (code) => reject(new Error(`bench/service-server.ts ${args[0]} exited with ${code}`)));
  });
  return { proc, line };
}

export interface Prepared {
  dir: string; file: string; order: number; size: number; genMs: number; analyzeMs: number; ids: string[]; words: string[];
  report: { layoutIterations: number; betweenness: boolean; ms: Record<string, number> };
}

/** Generates and analyzes the synthetic graph in a child process and writes it to a temporary file. */
export async function prepareSynthetic(root: string): Promise<Prepared> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-bench-'));
  const file = path.join(dir, 'graph.json');
  const prep = JSON.parse(await child(root, ['prepare', String(ORDER), String(SIZE), file]).line);
  return { ...prep, dir, file };
}

export const removePrepared = (p: Prepared) => rmSync(p.dir, { recursive: true, force: true });

export async function benchService(root: string, prep: Prepared): Promise<void> {
  const { report, file } = prep;
  console.log(`service · synthetic graph ${prep.order.toLocaleString('en')} nodes, ${prep.size.toLocaleString('en')} edges (generated in ${(prep.genMs / 1000).toFixed(1)} s)`);
  console.log(`  analysis (layout ${report.layoutIterations ? `ForceAtlas2 ×${report.layoutIterations}` : 'circle-packed communities'}, PageRank, Louvain${report.betweenness ? ', betweenness' : ''}): ${(prep.analyzeMs / 1000).toFixed(1)} s — ${Object.entries(report.ms).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}`);

  const server = child(root, ['serve', file]);
  try {
    const info = JSON.parse(await server.line) as { port: number; startupMs: number; rssMB: number; heapMB: number };
    console.log(`  start-up from the analyzed graph file: ${(info.startupMs / 1000).toFixed(1)} s (target < 10 s); memory after start: RSS ${info.rssMB} MB, heap ${info.heapMB} MB`);
    const base = `http://127.0.0.1:${info.port}`;
    const bare = await load(base, () => '/bare');
    const rows: [string, Awaited<ReturnType<typeof load>>][] = [
      ['bare Express route', bare],
      ['neighbors depth 1', await load(base, cycle(prep.ids.map((id) => `/api/nodes/${id}/neighbors?depth=1`)))],
      ['search', await load(base, cycle(prep.words.map((w) => `/api/search?q=${w}&limit=10`)))],
      ['node detail', await load(base, cycle(prep.ids.map((id) => `/api/nodes/${id}`)))],
    ];
    console.log(`  autocannon, ${CONNECTIONS} connections, ${SECONDS} s each after ${WARMUP_SECONDS} s of warm-up (load generator and service share this machine's 2 cores):`);
    for (const [name, r] of rows) {
      console.log(`    ${name.padEnd(20)} ${Math.round(r.rps).toLocaleString('en').padStart(7)} req/s  p50 ${String(r.p50).padStart(3)} ms  p99 ${String(r.p99).padStart(3)} ms  ${(r.rps / bare.rps).toFixed(2)}× bare${r.errors ? `  (${r.errors} errors)` : ''}`);
    }
    const light = await load(base, cycle(prep.ids.map((id) => `/api/nodes/${id}/neighbors?depth=1`)), 10);
    console.log(`    neighbors at 10 connections: ${Math.round(light.rps).toLocaleString('en')} req/s  p50 ${light.p50} ms  p99 ${light.p99} ms`);
    console.log('  targets: neighbors ≥ 0.5× the bare route at 50 connections, p99 < 20 ms at 10');
  } finally {
    server.proc.kill();
  }
}
