// Graphs imported from GEXF or GraphML files, kept in graph-data/graphs/<id>.json beside the
// corpus graph and served by id (`?graph=<id>` on the query endpoints).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { setPositions, createKnowledgeGraph, type KnowledgeGraph } from '../graph/build';
import { slug } from '../extract/names';
import { Corpus } from './corpus';
import { KindedError } from '../errors';
import { writeFileAtomic, TEMP_SUFFIX } from './atomic';

export interface GraphInfo { id: string; name: string; nodes: number; edges: number; format?: string; imported?: string }

/** How many imported graphs, and how many bytes of them, may be kept. */
export interface GraphQuota { graphs: number; bytes: number }
export const DEFAULT_GRAPH_QUOTA: GraphQuota = { graphs: 50, bytes: 1024 ** 3 };

/** An import past the quota: the service keeps what it has and says so (507). */
export class QuotaError extends KindedError {
  constructor(message: string) { super('quota_exceeded', message); }
}

export class ImportedGraphs {
  private graphs = new Map<string, { corpus: Corpus; info: GraphInfo; bytes: number }>();
  private writing: Promise<unknown> = Promise.resolve();

  constructor(private readonly dir: string, private readonly quota: GraphQuota = DEFAULT_GRAPH_QUOTA) {}

  /** The bytes the stored graphs take. */
  get bytes(): number { let b = 0; for (const g of this.graphs.values()) b += g.bytes; return b; }

  /** Refuses an import before any work where the count is already at the quota. */
  assertRoom(incomingBytes = 0): void {
    if (this.graphs.size >= this.quota.graphs) throw new QuotaError(`${this.graphs.size} graphs are stored, the most this service keeps; remove one first`);
    if (this.bytes + incomingBytes > this.quota.bytes) throw new QuotaError(`the stored graphs would take more than ${Math.round(this.quota.bytes / 1024 ** 2)} MB, the most this service keeps`);
  }

  /** Loads every stored graph; an unreadable file is reported and left alone. */
  async load(log: (line: string) => void = () => {}): Promise<this> {
    const files = await fs.readdir(this.dir).catch(() => [] as string[]);
    for (const f of files) {
      if (f.endsWith(TEMP_SUFFIX)) { await fs.rm(path.join(this.dir, f), { force: true }); log(`removed ${path.join(this.dir, f)}: a temporary file left by an interrupted write`); continue; }
      if (!f.endsWith('.json')) continue;
      try {
        const text = await fs.readFile(path.join(this.dir, f), 'utf8');
        const data = JSON.parse(text);
        const graph = createKnowledgeGraph();
        graph.import(data);
        const info = (data.attributes?.info ?? {}) as Partial<GraphInfo>;
        const id = f.slice(0, -5);
        this.graphs.set(id, { corpus: Corpus.fromGraph(graph), info: { ...info, id, name: info.name ?? id, nodes: graph.order, edges: graph.size }, bytes: Buffer.byteLength(text) });
      } catch (err) {
        log(`cannot load imported graph ${f}: ${(err as Error).message}`);
      }
    }
    return this;
  }

  get(id: string): Corpus | undefined { return this.graphs.get(id)?.corpus; }

  list(): GraphInfo[] { return [...this.graphs.values()].map((g) => g.info).sort((a, b) => a.id.localeCompare(b.id)); }

  /** Saves positions made in a page into an imported graph (and its file). Undefined for an unknown graph. */
  layOut(id: string, positions: { key: string; x: number; y: number }[]): Promise<{ updated: number; unknown: number } | undefined> {
    const run = this.writing.then(async () => {
      const stored = this.graphs.get(id);
      if (!stored) return undefined;
      const result = setPositions(stored.corpus.graph, positions);
      stored.corpus.touch();
      const text = JSON.stringify(stored.corpus.graph.export());
      await writeFileAtomic(path.join(this.dir, `${id}.json`), text);
      stored.bytes = Buffer.byteLength(text);
      return result;
    });
    this.writing = run.catch(() => {});
    return run;
  }

  /** Stores a graph under a fresh id made from `name`; writes are serialised and atomic. */
  add(name: string, graph: KnowledgeGraph, format: string): Promise<GraphInfo> {
    const run = this.writing.then(async () => {
      let id = slug(name).slice(0, 60) || 'graph';
      if (id === 'main') id = 'main-graph';
      for (let n = 2; this.graphs.has(id); n++) id = `${slug(name).slice(0, 60) || 'graph'}-${n}`;
      const info: GraphInfo = { id, name, nodes: graph.order, edges: graph.size, format, imported: new Date().toISOString() };
      graph.setAttribute('info' as never, info as never);
      const text = JSON.stringify(graph.export());
      this.assertRoom(Buffer.byteLength(text));
      await writeFileAtomic(path.join(this.dir, `${id}.json`), text);
      this.graphs.set(id, { corpus: Corpus.fromGraph(graph), info, bytes: Buffer.byteLength(text) });
      return info;
    });
    this.writing = run.catch(() => {});
    return run;
  }
}
