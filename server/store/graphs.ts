// Graphs imported from GEXF or GraphML files, kept in graph-data/graphs/<id>.json beside the
// corpus graph and served by id (`?graph=<id>` on the query endpoints).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createKnowledgeGraph, type KnowledgeGraph } from '../graph/build';
import { slug } from '../extract/names';
import { Corpus } from './corpus';
import { writeFileAtomic, TEMP_SUFFIX } from './atomic';

export interface GraphInfo { id: string; name: string; nodes: number; edges: number; format?: string; imported?: string }

export class ImportedGraphs {
  private graphs = new Map<string, { corpus: Corpus; info: GraphInfo }>();
  private writing: Promise<unknown> = Promise.resolve();

  constructor(private readonly dir: string) {}

  /** Loads every stored graph; an unreadable file is reported and left alone. */
  async load(log: (line: string) => void = () => {}): Promise<this> {
    const files = await fs.readdir(this.dir).catch(() => [] as string[]);
    for (const f of files) {
      if (f.endsWith(TEMP_SUFFIX)) { log(`ignoring ${path.join(this.dir, f)}: a temporary file left by an interrupted write`); continue; }
      if (!f.endsWith('.json')) continue;
      try {
        const data = JSON.parse(await fs.readFile(path.join(this.dir, f), 'utf8'));
        const graph = createKnowledgeGraph();
        graph.import(data);
        const info = (data.attributes?.info ?? {}) as Partial<GraphInfo>;
        const id = f.slice(0, -5);
        this.graphs.set(id, { corpus: Corpus.fromGraph(graph), info: { ...info, id, name: info.name ?? id, nodes: graph.order, edges: graph.size } });
      } catch (err) {
        log(`cannot load imported graph ${f}: ${(err as Error).message}`);
      }
    }
    return this;
  }

  get(id: string): Corpus | undefined { return this.graphs.get(id)?.corpus; }

  list(): GraphInfo[] { return [...this.graphs.values()].map((g) => g.info).sort((a, b) => a.id.localeCompare(b.id)); }

  /** Stores a graph under a fresh id made from `name`; writes are serialised and atomic. */
  add(name: string, graph: KnowledgeGraph, format: string): Promise<GraphInfo> {
    const run = this.writing.then(async () => {
      let id = slug(name).slice(0, 60) || 'graph';
      if (id === 'main') id = 'main-graph';
      for (let n = 2; this.graphs.has(id); n++) id = `${slug(name).slice(0, 60) || 'graph'}-${n}`;
      const info: GraphInfo = { id, name, nodes: graph.order, edges: graph.size, format, imported: new Date().toISOString() };
      graph.setAttribute('info' as never, info as never);
      await writeFileAtomic(path.join(this.dir, `${id}.json`), JSON.stringify(graph.export()));
      this.graphs.set(id, { corpus: Corpus.fromGraph(graph), info });
      return info;
    });
    this.writing = run.catch(() => {});
    return run;
  }
}
