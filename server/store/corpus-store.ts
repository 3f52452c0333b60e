// Changes to the corpus: adding and removing articles. One change at a time (a queue), each
// written atomically, the article first and what was extracted from it second, so that a crash
// leaves the corpus as it was or with the new article whole. The graph is merged incrementally;
// the layout, the metrics and graph.json follow a moment later, once changes stop coming: the new
// entities are laid out (their components packed apart, the rest kept in place) and the metrics
// computed from a snapshot, by default on a worker thread, and applied if nothing changed meanwhile.
import { promises as fs, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { extract, type Extraction, type ExtractInput } from '../extract/index';
import type { DocumentFormat } from '../extract/read';
import { slug } from '../extract/names';
import type { EntityType } from '../extract/model';
import { mergeExtraction, removeDocument, setPositions } from '../graph/build';
import { analyzeSnapshot, applyAnalysis, snapshotOf, type AnalysisAnswer, type AnalysisSnapshot } from '../graph/analysis-snapshot';
import { graphJsonChunks } from './graph-file';
import { seededRandom } from '../util/random';
import { Corpus, loadCorpus, metaFileOf, sourceHash, textOfDocuments, type CorrectionsState, type StoredExtraction } from './corpus';
import { buildGraph, type KnowledgeGraph } from '../graph/build';
import { CorrectionsLog, type LoggedCorrection } from '../corrections/log';
import { EntityFinder, applyCorrection, type Correction } from '../corrections/apply';
import { markReplayed, replayAgain, replayLog } from '../corrections/replay';
import { summarize } from '../corrections/summary';
import { writeFileAtomic } from './atomic';
import { EXTRACTOR_VERSION } from '../extract/index';

export interface AddInput {
  text: string;
  format: DocumentFormat;
  title?: string;
  author?: string;
  date?: string;
  url?: string;
}

interface EntityRef { id: string; label: string; type: EntityType }

export interface AddResult {
  id: string;
  duplicate: boolean;
  title?: string;
  entitiesAdded: EntityRef[];
  entitiesUpdated: EntityRef[];
  relationsAdded: number;
  relationsUpdated: number;
}

export interface RemoveResult { id: string; entitiesRemoved: number; relationsRemoved: number }

export interface StoreOptions {
  log?: (line: string) => void;
  analysisDelayMs?: number;
  /**
   * How an article is extracted: by default in this thread; the service passes its worker pool, so
   * that reads are answered while an article is read
   */
  extract?: (input: ExtractInput) => Promise<Extraction>;
  /** How the layout and metrics are computed: by default in this thread; the service uses a worker */
  analyze?: (snapshot: AnalysisSnapshot) => Promise<AnalysisAnswer>;
}

/** Why the graph changed: what GET /api/events tells the pages. */
export type ChangeReason = 'added' | 'removed' | 'analyzed' | 'rebuilt' | 'synced' | 'laid out' | 'corrected';

/** A correction as listed: the log's entry, whether it applies to the graph as it is, and what it does in words. */
export interface CorrectionStatus extends LoggedCorrection { applies: boolean; summary: string }

/** What a correction made: the log's entries, and the entity it is about (if one is left). */
export interface CorrectionResult { corrections: CorrectionStatus[]; entity?: string }

/** A change the store announces: the graph (and why), or the queue of articles being read. */
export type StoreChange = { kind: 'graph'; reason: ChangeReason } | { kind: 'pending' };

/** An article accepted and not yet in the graph. */
export interface PendingArticle { title: string; characters: number; since: string; state: 'queued' | 'extracting' }

const EXTENSION: Record<DocumentFormat, string> = { md: 'md', txt: 'txt', html: 'html' };

export class CorpusStore {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly waiting = new Set<PendingArticle>();
  private byHash = new Map<string, string>();
  private analysisTimer: NodeJS.Timeout | undefined;
  /** entities added since the last layout: the next one places them, and leaves the rest in place */
  private fresh = new Set<string>();
  private readonly listeners = new Set<(change: StoreChange) => void>();
  private readonly articlesDir: string;
  private readonly extractedDir: string;
  private readonly log: CorrectionsLog;
  /** where entities a correction took away were, and their metrics: an undo puts them back there */
  private readonly before = new Map<string, Record<string, unknown>>();

  private constructor(readonly dataDir: string, readonly corpus: Corpus, extractions: StoredExtraction[], private corrections: CorrectionsState, private readonly options: StoreOptions) {
    this.articlesDir = path.join(dataDir, 'articles');
    this.extractedDir = path.join(dataDir, 'extracted');
    this.log = CorrectionsLog.inDataDir(dataDir);
    for (const x of extractions) this.byHash.set(x.hash, x.document.id);
  }

  static async open(dataDir: string, options: StoreOptions = {}): Promise<CorpusStore> {
    const { corpus, extractions, corrections } = await loadCorpus(dataDir, options.log);
    return new CorpusStore(dataDir, corpus, extractions, corrections, options);
  }

  /** Runs one change after the ones before it. */
  private serial<T>(change: () => Promise<T>): Promise<T> {
    const run = this.queue.then(change);
    this.queue = run.catch(() => {});
    return run;
  }

  /** Calls the listener after every change; returns what stops it. */
  onChange(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private announce(change: StoreChange): void {
    for (const listener of this.listeners) {
      try { listener(change); } catch (err) { this.options.log?.(`a change listener failed: ${(err as Error).message}`); }
    }
  }

  /** Articles accepted and not yet in the graph, oldest first. */
  pending(): PendingArticle[] {
    return [...this.waiting].map((p) => ({ ...p }));
  }

  add(input: AddInput): Promise<AddResult> {
    const pending: PendingArticle = { title: input.title ?? firstWords(input.text), characters: input.text.length, since: new Date().toISOString(), state: 'queued' };
    this.waiting.add(pending);
    this.announce({ kind: 'pending' });
    return this.serial(async () => {
      pending.state = 'extracting';
      this.announce({ kind: 'pending' });
      return this.addNow(input);
    }).finally(() => { this.waiting.delete(pending); this.announce({ kind: 'pending' }); });
  }

  private async addNow(input: AddInput): Promise<AddResult> {
    const hash = sourceHash(input.text);
    const existing = this.byHash.get(hash);
    if (existing) return { id: existing, duplicate: true, title: this.corpus.documents.get(existing)?.title, entitiesAdded: [], entitiesUpdated: [], relationsAdded: 0, relationsUpdated: 0 };

    const id = this.freshId(input.title ?? firstWords(input.text));
    const articlePath = path.join(this.articlesDir, `${id}.${EXTENSION[input.format]}`);
    const metaPath = metaFileOf(this.articlesDir, id);
    const meta = Object.fromEntries((['title', 'author', 'date', 'url'] as const).filter((k) => input[k]).map((k) => [k, input[k]]));
    // extracted before anything is written: an article past its budget leaves nothing behind (and
    // nothing a restart would try to read again)
    const extraction = await (this.options.extract ?? inThisThread)({ id, source: input.text, format: input.format });
    const x: StoredExtraction = { ...extraction, extractorVersion: EXTRACTOR_VERSION, hash };
    Object.assign(x.document, meta);
    try {
      // its metadata, then the article as given (which makes it part of the corpus), then what was
      // extracted: each file whole or absent, and no article without its metadata
      if (Object.keys(meta).length) await writeFileAtomic(metaPath, JSON.stringify(meta));
      await writeFileAtomic(articlePath, input.text);
      await writeFileAtomic(path.join(this.extractedDir, `${id}.json`), JSON.stringify(x));
    } catch (err) {
      await Promise.all([articlePath, metaPath, path.join(this.extractedDir, `${id}.json`)].map((f) => fs.rm(f, { force: true })));
      throw err;
    }
    const result = this.merge(x);
    this.byHash.set(hash, id);
    return { id, duplicate: false, title: x.document.title, ...result };
  }

  /** Merges an extraction into the live graph and says what changed; only what it touched is visited. */
  private merge(x: StoredExtraction, reason: ChangeReason = 'added'): Omit<AddResult, 'id' | 'duplicate' | 'title'> {
    const graph = this.corpus.graph;
    const report = mergeExtraction(graph, x);
    this.corpus.documents.set(x.document.id, { ...x.document });
    // the article may name again what a correction merged, renamed or deleted
    replayAgain(graph, this.corrections.entries, this.corrections.applies, textOfDocuments(this.corpus.documents));
    report.nodesAdded = report.nodesAdded.filter((n) => graph.hasNode(n));
    report.nodesUpdated = report.nodesUpdated.filter((n) => graph.hasNode(n));
    report.edgesAdded = report.edgesAdded.filter((e) => graph.hasEdge(e));
    const ref = (n: string): EntityRef => ({ id: n, label: graph.getNodeAttribute(n, 'label'), type: graph.getNodeAttribute(n, 'type') });
    placeNewNodes(this.corpus, report.nodesAdded, this.bounds());
    for (const n of report.nodesAdded) this.fresh.add(n);
    for (const e of report.edgesAdded) for (const n of graph.extremities(e)) graph.setNodeAttribute(n, 'degree' as never, graph.degree(n) as never);
    this.changed(reason);
    const updated = new Set(report.nodesUpdated.filter((n) => !report.nodesAdded.includes(n)));
    return { entitiesAdded: report.nodesAdded.map(ref), entitiesUpdated: [...updated].map(ref), relationsAdded: report.edgesAdded.length, relationsUpdated: new Set(report.edgesUpdated).size };
  }

  private box: Bounds | undefined;

  /** The layout's extent, computed once and widened as nodes are placed. */
  private bounds(): Bounds {
    if (!this.box) {
      const b: Bounds = { minX: 0, maxX: 100, minY: 0, maxY: 100 };
      this.corpus.graph.forEachNode((_n, a) => {
        const { x, y } = a as { x?: number; y?: number };
        if (typeof x === 'number' && typeof y === 'number') { b.minX = Math.min(b.minX, x); b.maxX = Math.max(b.maxX, x); b.minY = Math.min(b.minY, y); b.maxY = Math.max(b.maxY, y); }
      });
      this.box = b;
    }
    return this.box;
  }

  remove(id: string): Promise<RemoveResult | null> {
    return this.serial(async () => {
      if (!this.corpus.documents.has(id)) return null;
      // the extraction first: an article without one is extracted again on start, never half-removed
      await fs.rm(path.join(this.extractedDir, `${id}.json`), { force: true });
      for (const f of await fs.readdir(this.articlesDir)) {
        if (f.replace(/\.[^.]+$/, '') === id || f === `${id}.meta.json`) await fs.rm(path.join(this.articlesDir, f), { force: true });
      }
      const { nodesRemoved, edgesRemoved } = this.forget(id);
      // what the corrections name may have gone with it: they are replayed to say which still apply
      if (this.corrections.entries.length) await this.replayFromExtractions();
      this.changed('removed');
      return { id, entitiesRemoved: nodesRemoved.length, relationsRemoved: edgesRemoved };
    });
  }

  /** Saves positions made in a page: the graph takes them, graph.json keeps them. */
  layOut(positions: { key: string; x: number; y: number }[]): Promise<{ updated: number; unknown: number }> {
    return this.serial(async () => {
      const result = setPositions(this.corpus.graph, positions);
      this.box = undefined;
      this.corpus.touch();
      this.announce({ kind: 'graph', reason: 'laid out' });
      await this.persist();
      return result;
    });
  }

  /** Takes a document out of the graph and the store's indexes (its files are the caller's). */
  private forget(id: string): ReturnType<typeof removeDocument> {
    const removed = removeDocument(this.corpus.graph, id);
    this.corpus.documents.delete(id);
    for (const [hash, doc] of this.byHash) if (doc === id) this.byHash.delete(hash);
    return removed;
  }

  /** Extracts every article again (after a change of the extractor) and rebuilds the graph. */
  rebuild(): Promise<{ documents: number; entities: number; relations: number }> {
    return this.serial(async () => {
      const { corpus: fresh, extractions, corrections } = await loadCorpus(this.dataDir, this.options.log, { force: true });
      this.corrections = corrections;
      // the live corpus object stays (the service holds it); its contents are replaced
      const graph = this.corpus.graph;
      graph.clear();
      graph.import(fresh.graph.export());
      this.corpus.documents.clear();
      for (const [id, d] of fresh.documents) this.corpus.documents.set(id, d);
      this.byHash.clear();
      for (const x of extractions) this.byHash.set(x.hash, x.document.id);
      this.box = undefined;
      this.corpus.touch();
      this.announce({ kind: 'graph', reason: 'rebuilt' });
      return { documents: extractions.length, entities: graph.order, relations: graph.size };
    });
  }

  /** The corrections, in the order they were made, each saying whether it applies. */
  correctionsList(): CorrectionStatus[] {
    return this.corrections.entries.map((e) => ({ ...e, applies: this.corrections.applies.get(e.id) ?? false, summary: summarize(e.correction) }));
  }

  /**
   * Makes corrections: `make` turns a request into them against the graph as it is (and throws,
   * before anything is written, if it cannot); each is logged (flushed to disk), then applied.
   */
  correct(make: (graph: KnowledgeGraph) => Correction[]): Promise<CorrectionResult> {
    return this.serial(async () => {
      const graph = this.corpus.graph;
      const made = make(graph);
      const finder = new EntityFinder(graph);
      const textOf = textOfDocuments(this.corpus.documents);
      const out: CorrectionStatus[] = [];
      let entity: string | undefined;
      for (const correction of made) {
        for (const ref of entitiesNamed(correction)) if (graph.hasNode(ref)) this.before.set(ref, analysisOf(graph.getNodeAttributes(ref)));
        const entry = await this.log.append(correction);
        const about = applyCorrection(graph, correction, finder, textOf);
        this.corrections.entries.push(entry);
        this.corrections.applies.set(entry.id, about !== false);
        out.push({ ...entry, applies: about !== false, summary: summarize(correction) });
        if (about !== false) entity = about;
      }
      if (made.length) {
        markReplayed(graph, this.corrections.entries, this.corrections.applies);
        this.changed('corrected');
      }
      return { corrections: out, ...(entity !== undefined && graph.hasNode(entity) ? { entity } : {}) };
    });
  }

  /** Undoes a correction: the graph becomes what it would be had it never been made. False if there is none with that id. */
  undoCorrection(id: string): Promise<boolean> {
    return this.serial(async () => {
      if (!this.corrections.entries.some((e) => e.id === id)) return false;
      await this.log.remove(id);
      this.corrections = { entries: this.corrections.entries.filter((e) => e.id !== id), applies: new Map() };
      await this.replayFromExtractions();
      this.changed('corrected');
      return true;
    });
  }

  /**
   * The graph built again from the stored extractions with the log replayed onto it, in place of the
   * live one; entities keep their positions and metrics (the analysis that follows brings them up
   * to date), and only ones that come back are laid out.
   */
  private async replayFromExtractions(): Promise<void> {
    const extractions: StoredExtraction[] = [];
    for (const id of [...this.corpus.documents.keys()].sort()) {
      extractions.push(JSON.parse(await fs.readFile(path.join(this.extractedDir, `${id}.json`), 'utf8')) as StoredExtraction);
    }
    const rebuilt = buildGraph(extractions);
    this.corrections.applies = replayLog(rebuilt, this.corrections.entries, textOfDocuments(this.corpus.documents));
    const graph = this.corpus.graph;
    const back: string[] = [];
    rebuilt.forEachNode((n) => {
      const kept = graph.hasNode(n) ? analysisOf(graph.getNodeAttributes(n)) : this.before.get(n);
      if (kept) rebuilt.mergeNodeAttributes(n, kept); else back.push(n);
    });
    const analysis = graph.getAttribute('analysis');
    if (analysis) rebuilt.setAttribute('analysis', analysis);
    graph.clear();
    graph.import(rebuilt.export());
    this.box = undefined;
    placeNewNodes(this.corpus, back, this.bounds());
    for (const n of back) this.fresh.add(n);
  }

  /** Lays out, computes the metrics and writes graph.json now (instead of a moment after the last change). */
  async flush(): Promise<void> {
    if (!this.analysisTimer) return;
    clearTimeout(this.analysisTimer);
    this.analysisTimer = undefined;
    // again if a change landed meanwhile (its own analysis would come only later)
    for (let tries = 0; tries < 5 && !(await this.analyzeAndPersist()); tries++);
  }

  private changed(reason: ChangeReason): void {
    this.corpus.touch();
    this.announce({ kind: 'graph', reason });
    if (this.analysisTimer) clearTimeout(this.analysisTimer);
    this.analysisTimer = setTimeout(() => {
      this.analysisTimer = undefined;
      void this.analyzeAndPersist().catch((err) => this.options.log?.(`analysis failed: ${(err as Error).message}`));
    }, this.options.analysisDelayMs ?? 2_000);
    this.analysisTimer.unref();
  }

  /**
   * Lays out the new entities and computes the metrics from a snapshot, then (one change at a time)
   * applies them and writes graph.json, unless the graph changed meanwhile: then the change's own
   * analysis, already scheduled, does it. False in that case.
   */
  private async analyzeAndPersist(): Promise<boolean> {
    const version = this.corpus.version;
    const fresh = this.fresh;
    const snapshot = snapshotOf(this.corpus.graph, fresh);
    this.fresh = new Set();
    let answer: AnalysisAnswer;
    try {
      answer = await (this.options.analyze ?? inThisThreadAnalysis)(snapshot);
    } catch (err) {
      for (const n of fresh) this.fresh.add(n);
      throw err;
    }
    // in the queue: no change may land while graph.json is written in pieces
    return this.serial(async () => {
      if (this.corpus.version !== version) { for (const n of fresh) this.fresh.add(n); return false; }
      applyAnalysis(this.corpus.graph, snapshot, answer);
      this.box = undefined;
      this.corpus.touch();
      this.announce({ kind: 'graph', reason: 'analyzed' });
      await this.persist();
      return true;
    });
  }

  /**
   * Watches the data folder for articles another process (kg add, kg remove) added or took out,
   * and brings them into the graph within a moment. Returns what stops watching.
   */
  async watchDataDir(): Promise<() => void> {
    await fs.mkdir(this.extractedDir, { recursive: true });
    let timer: NodeJS.Timeout | undefined;
    const sync = () => void this.serial(() => this.syncFromDisk()).catch((err) => this.options.log?.(`reading the data folder's changes failed: ${(err as Error).message}`));
    const watchers: FSWatcher[] = [];
    const later = () => { clearTimeout(timer); timer = setTimeout(sync, 300); };
    // the extractions (kg add, kg remove) and the corrections log (kg merge, kg rename, …)
    const watched: [string, (file: string | null) => boolean][] = [
      [this.extractedDir, () => true],
      [this.dataDir, (file) => file === null || file.startsWith(path.basename(this.log.file))],
    ];
    for (const [dir, concerns] of watched) {
      try {
        const watcher = watch(dir, (_event, file) => { if (concerns(file)) later(); });
        watcher.on('error', (err) => this.options.log?.(`watching ${dir} stopped: ${err.message}`));
        watchers.push(watcher);
      } catch (err) {
        this.options.log?.(`cannot watch ${dir} (${(err as Error).message}): changes made by another process appear after a restart`);
      }
    }
    return () => { clearTimeout(timer); for (const w of watchers) w.close(); };
  }

  /**
   * Merges the extractions on disk that the graph lacks, drops what is no longer on disk, and takes
   * up the corrections another process logged or undid.
   */
  private async syncFromDisk(): Promise<void> {
    const onDisk = new Set((await fs.readdir(this.extractedDir)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)));
    let changed = false;
    for (const id of [...onDisk].sort()) {
      if (this.corpus.documents.has(id)) continue;
      let x: StoredExtraction;
      try {
        x = JSON.parse(await fs.readFile(path.join(this.extractedDir, `${id}.json`), 'utf8')) as StoredExtraction;
      } catch { continue; } // not whole yet, or gone again: the next change of the folder brings it
      if (x.extractorVersion !== EXTRACTOR_VERSION || x.document?.id !== id) continue; // a restart reads it again
      this.merge(x, 'synced');
      this.byHash.set(x.hash, id);
    }
    let removed = false;
    for (const id of [...this.corpus.documents.keys()]) {
      if (onDisk.has(id)) continue;
      this.forget(id);
      changed = removed = true;
    }
    const { entries } = await this.log.read();
    const logChanged = entries.map((e) => e.id).join() !== this.corrections.entries.map((e) => e.id).join();
    if (logChanged) this.corrections = { entries, applies: new Map() };
    if (logChanged || (removed && entries.length)) {
      await this.replayFromExtractions();
      changed = true;
    }
    if (changed) this.changed('synced');
  }

  private persist(): Promise<void> {
    return writeFileAtomic(path.join(this.dataDir, 'graph.json'), graphJsonChunks(this.corpus.graph));
  }

  private freshId(title: string): string {
    const base = slug(title).slice(0, 60).replace(/-+$/, '') || 'article';
    let id = base;
    for (let n = 2; this.corpus.documents.has(id); n++) id = `${base}-${n}`;
    return id;
  }
}

const inThisThread = async (input: ExtractInput): Promise<Extraction> => extract(input);

/** What a node has beyond what extraction gives it: its position and metrics. */
const EXTRACTED = new Set(['label', 'type', 'aliases', 'mentions', 'documents', 'confidence']);
const analysisOf = (a: object): Record<string, unknown> => Object.fromEntries(Object.entries(a).filter(([k]) => !EXTRACTED.has(k)));

/** The keys of the entities a correction names. */
function entitiesNamed(c: Correction): string[] {
  switch (c.kind) {
    case 'merge': return [c.entity.key, c.into.key];
    case 'delete-relation': case 'add-relation': return [c.source.key, c.target.key];
    default: return [c.entity.key];
  }
}
const inThisThreadAnalysis = async (snapshot: AnalysisSnapshot): Promise<AnalysisAnswer> => analyzeSnapshot(snapshot);

/** The first heading or the first words of a text: a name for an article that has no title. */
function firstWords(text: string): string {
  const heading = /^\s*#{1,6}\s+(.+)$/m.exec(text)?.[1];
  const line = heading ?? text.trim().split('\n')[0] ?? '';
  return line.replace(/<[^>]*>/g, ' ').split(/\s+/).slice(0, 8).join(' ');
}

interface Bounds { minX: number; maxX: number; minY: number; maxY: number }

/** New entities start beside the ones they are related to (or anywhere in the layout, if none). */
function placeNewNodes(corpus: Corpus, nodes: string[], b: Bounds): void {
  const graph = corpus.graph;
  const fresh = new Set(nodes);
  const rng = seededRandom(graph.order * 7919 + graph.size);
  const spread = Math.max(b.maxX - b.minX, b.maxY - b.minY) * 0.03 + 1;
  for (const n of nodes) {
    const around = graph.neighbors(n).filter((m) => !fresh.has(m) && typeof (graph.getNodeAttributes(m) as { x?: number }).x === 'number');
    let x: number, y: number;
    if (around.length) {
      x = around.reduce((s, m) => s + (graph.getNodeAttribute(m, 'x' as never) as number), 0) / around.length + (rng() - 0.5) * spread;
      y = around.reduce((s, m) => s + (graph.getNodeAttribute(m, 'y' as never) as number), 0) / around.length + (rng() - 0.5) * spread;
    } else {
      x = b.minX + rng() * (b.maxX - b.minX);
      y = b.minY + rng() * (b.maxY - b.minY);
    }
    b.minX = Math.min(b.minX, x); b.maxX = Math.max(b.maxX, x); b.minY = Math.min(b.minY, y); b.maxY = Math.max(b.maxY, y);
    graph.mergeNodeAttributes(n, { x, y, degree: graph.degree(n), pagerank: 0, betweenness: null, community: -1 } as never);
  }
}
