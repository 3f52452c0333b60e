// The corpus in graph-data/: articles as given (articles/), what was extracted from each
// (extracted/<id>.json) and the merged, analyzed graph (graph.json). Loading rebuilds only what
// is missing or older than its inputs.
import { legacySlug } from '../extract/names';
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { extract, EXTRACTOR_VERSION, type Extraction } from '../extract/index';
import { buildGraph, type KnowledgeGraph, createKnowledgeGraph } from '../graph/build';
import { analyzeGraph, ANALYSIS_VERSION } from '../graph/analyze';
import { SearchIndex } from '../graph/search';
import { readArticleFile } from '../io/article-file';
import { writeFileAtomic, TEMP_SUFFIX } from './atomic';
import { CorrectionsLog, type LoggedCorrection } from '../corrections/log';
import { appliesRecorded, replayLog, type Applies } from '../corrections/replay';

const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.html', '.htm']);

export interface DocumentRecord {
  id: string;
  title?: string;
  author?: string;
  date?: string;
  url?: string;
  format: string;
  text: string;
  sentences: { index: number; start: number; end: number }[];
}

export interface LoadReport { built: boolean; extracted: string[]; skipped: string[]; ms: number }

let nextSerial = 0;

export class Corpus {
  /** bumped on every change, so caches of answers know when they are stale */
  version = 0;
  /** which corpus object this is, in this process: an answer's tag names both (see freshness.ts) */
  readonly serial = nextSerial++;
  private index: SearchIndex | undefined;
  private indexVersion = -1;

  constructor(readonly graph: KnowledgeGraph, readonly documents: Map<string, DocumentRecord>) {}

  /** The search index, rebuilt on first use after a change. */
  get search(): SearchIndex {
    if (!this.index || this.indexVersion !== this.version) {
      this.index = new SearchIndex(this.graph);
      this.indexVersion = this.version;
    }
    return this.index;
  }

  touch(): void { this.version++; }

  private legacy: Map<string, string> | undefined;
  private legacyVersion = -1;

  /**
   * The node an id of an earlier version names (ids kept letters outside ASCII then: "łodz" is now
   * "lodz"), so that old links still lead somewhere; undefined when it names none.
   */
  currentId(oldId: string): string | undefined {
    if (!this.legacy || this.legacyVersion !== this.version) {
      this.legacy = new Map();
      this.graph.forEachNode((n, a) => { const old = legacySlug(a.label); if (old !== n && !this.legacy!.has(old)) this.legacy!.set(old, n); });
      this.legacyVersion = this.version;
    }
    return this.legacy.get(oldId);
  }

  /** Mentions of entities in one document, for highlighting in a reader. */
  mentionsIn(documentId: string): { entity: string; label: string; type: string; start: number; end: number; sentence: number }[] {
    const out: { entity: string; label: string; type: string; start: number; end: number; sentence: number }[] = [];
    this.graph.forEachNode((id, a) => {
      for (const m of a.mentions ?? []) if (m.document === documentId) out.push({ entity: id, label: a.label, type: a.type, start: m.start, end: m.end, sentence: m.sentence });
    });
    return out.sort((a, b) => a.start - b.start);
  }

  /** A corpus over a graph that came from elsewhere (a benchmark, an import). */
  static fromGraph(graph: KnowledgeGraph): Corpus {
    return new Corpus(graph, new Map());
  }
}

/** What is stored of an article's extraction: the extraction, the extractor's version and the source's hash. */
export type StoredExtraction = Extraction & { extractorVersion: string; hash: string };

/** Metadata given with an article (title, author, date, url) that its text may not state: articles/<id>.meta.json. */
export const metaFileOf = (articlesDir: string, id: string) => path.join(articlesDir, `${id}.meta.json`);

export const sourceHash = (text: string): string => createHash('sha256').update(text.replace(/\r\n?/g, '\n').trim()).digest('hex');

/** Extracts an article file (with its metadata file, if any) into what is stored. */
export async function extractArticle(articlePath: string, articlesDir: string): Promise<StoredExtraction> {
  const article = await readArticleFile(articlePath);
  const x = extract(article);
  const meta: Record<string, unknown> = await fs.readFile(metaFileOf(articlesDir, article.id), 'utf8').then((t) => JSON.parse(t) as Record<string, unknown>, () => ({}));
  for (const k of ['title', 'author', 'date', 'url'] as const) { const v = meta[k]; if (typeof v === 'string' && v) x.document[k] = v; }
  return { ...x, extractorVersion: EXTRACTOR_VERSION, hash: sourceHash(article.source) };
}

const mtime = async (file: string) => (await fs.stat(file).catch(() => null))?.mtimeMs ?? -1;

/** The corrections log as read, and which of its entries applied to the graph. */
export interface CorrectionsState { entries: LoggedCorrection[]; applies: Applies }

export interface LoadedCorpus { corpus: Corpus; report: LoadReport; extractions: StoredExtraction[]; corrections: CorrectionsState }

/**
 * Loads graph-data/, extracting new or changed articles and rebuilding the graph when stale (the
 * corrections log replayed onto it). `force` extracts every article again and rebuilds the graph,
 * whatever is stored (kg rebuild).
 */
export async function loadCorpus(dataDir: string, log: (line: string) => void = () => {}, options: { force?: boolean } = {}): Promise<LoadedCorpus> {
  const started = performance.now();
  const articlesDir = path.join(dataDir, 'articles');
  const extractedDir = path.join(dataDir, 'extracted');
  const graphFile = path.join(dataDir, 'graph.json');
  await fs.mkdir(articlesDir, { recursive: true });
  const files = (await fs.readdir(articlesDir)).filter((f) => ARTICLE_EXTENSIONS.has(path.extname(f).toLowerCase())).sort();
  // a temporary file is what an interrupted write left: the file it was for is whole or absent
  for (const f of await fs.readdir(dataDir, { recursive: true }).catch(() => [] as string[])) {
    if (!String(f).endsWith(TEMP_SUFFIX)) continue;
    await fs.rm(path.join(dataDir, String(f)), { force: true });
    log(`removed ${path.join(dataDir, String(f))}: a temporary file left by an interrupted write`);
  }
  // metadata is written before its article (the article's file is what makes it part of the
  // corpus): metadata whose article never came is what a crash between the two left
  for (const f of await fs.readdir(articlesDir)) {
    if (!f.endsWith('.meta.json')) continue;
    const id = f.slice(0, -'.meta.json'.length);
    if (!files.some((a) => a.replace(/\.[^.]+$/, '') === id)) { await fs.rm(path.join(articlesDir, f), { force: true }); log(`removed ${path.join(articlesDir, f)}: metadata of an article that was never written`); }
  }

  const extractions: StoredExtraction[] = [];
  const extracted: string[] = [];
  const skipped: string[] = [];
  let newest = -1;
  for (const f of files) {
    const articlePath = path.join(articlesDir, f);
    const id = f.replace(/\.[^.]+$/, '');
    const outPath = path.join(extractedDir, `${id}.json`);
    let x: StoredExtraction | undefined;
    if (!options.force && (await mtime(outPath)) >= Math.max(await mtime(articlePath), await mtime(metaFileOf(articlesDir, id)))) {
      try {
        const cached = JSON.parse(await fs.readFile(outPath, 'utf8'));
        if (cached.extractorVersion === EXTRACTOR_VERSION && cached.hash) x = cached;
      } catch { /* unreadable: extract again */ }
    }
    if (!x) {
      try {
        x = await extractArticle(articlePath, articlesDir);
        await writeFileAtomic(outPath, JSON.stringify(x));
        extracted.push(id);
      } catch (err) {
        log(`skipping ${articlePath}: ${(err as Error).message}`);
        skipped.push(id);
        continue;
      }
    }
    newest = Math.max(newest, await mtime(outPath));
    extractions.push(x);
  }

  const documents = new Map<string, DocumentRecord>(extractions.map((x) => [x.document.id, { ...x.document }]));
  const ids = extractions.map((x) => x.document.id).sort();
  const correctionsLog = await CorrectionsLog.inDataDir(dataDir).read();
  for (const { line, reason } of correctionsLog.skipped) log(`corrections.jsonl line ${line} skipped: ${reason}`);
  const entries = correctionsLog.entries;
  let applies: Applies | undefined;
  let graph: KnowledgeGraph | undefined;
  if (!options.force && (await mtime(graphFile)) >= 0 && (await mtime(graphFile)) >= newest && !extracted.length) {
    try {
      const data = JSON.parse(await fs.readFile(graphFile, 'utf8'));
      const candidate = createKnowledgeGraph();
      candidate.import(data);
      const docIds = (candidate.getAttribute('documents') ?? []).map((d) => d.id).sort();
      applies = appliesRecorded(candidate, entries);
      if (JSON.stringify(docIds) === JSON.stringify(ids) && candidate.getAttribute('analysis')?.version === ANALYSIS_VERSION && applies) graph = candidate;
    } catch (err) {
      log(`rebuilding ${graphFile}: ${(err as Error).message}`);
    }
  }
  const built = !graph;
  if (!graph) {
    graph = buildGraph(extractions);
    applies = replayLog(graph, entries, textOfDocuments(documents));
    analyzeGraph(graph);
    await writeFileAtomic(graphFile, JSON.stringify(graph.export()));
  }
  return { corpus: new Corpus(graph, documents), extractions, corrections: { entries, applies: applies! }, report: { built, extracted, skipped, ms: Math.round(performance.now() - started) } };
}

/** The text of each document, for the corrections that read it (a split moves mentions by their words). */
export const textOfDocuments = (documents: Map<string, DocumentRecord>) => (id: string): string | undefined => documents.get(id)?.text;
