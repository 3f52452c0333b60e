// kg: the command line. `kg extract FILE... --out OUT.json | --out-dir DIR`.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extract, type Extraction } from './extract/index';
import { buildGraph } from './graph/build';
import { InputError, readArticleFile } from './io/article-file';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createKnowledgeGraph, type KnowledgeGraph } from './graph/build';
import { analyzeGraph } from './graph/analyze';
import { importGraph } from './graph/formats/import';
import { EXPORTS } from './graph/formats/index';
import { selectSubgraph } from './graph/select';
import { ExportQuery } from './api/contract';
import { loadCorpus } from './store/corpus';
import { ImportedGraphs } from './store/graphs';
import { CorpusStore } from './store/corpus-store';
import { writeFileAtomic } from './store/atomic';
import { parseConllu, writeConllu, type ConlluSentence } from './models/conllu';
import { parseConlluSentences, parseWordedSentences } from './models/parse-conllu';
import { readDocument } from './extract/read';
import { analyze } from './extract/nlp';
import { ExtractionPool, defaultPoolSize } from './extract/pool';
import { DEFAULT_RELATION_OPTIONS, type RelationOptions } from './extract/relations';
import { wordsOfTokens } from './extract/syntax';
import { CORRECTION_COMMANDS, CORRECTIONS_USAGE, correctionsCommand } from './corrections/cli';

const USAGE = `usage:
  kg extract FILE... --out OUT.json     one merged graph (graphology's serialized form)
  kg extract FILE... --out-dir DIR      one graph per input, DIR/<name>.json
            [--workers N]              worker threads (default: one per core for 1 MB of text or more; 0: none)
            [--through-pronouns]       keep relations only a pronoun ties to one end ("He was born in Hol")
  kg export --format gexf|gexf-1.2|graphml|json|csv [--node ID [--depth N]] [--types T,...]
            [--relations P131,P17,...] [--min-confidence 0.3] [--graph FILE] [--out FILE]  the corpus in graph-data/ (or FILE) to a file or stdout
  kg import FILE [--name NAME]          a GEXF or GraphML file into graph-data/graphs/
  kg add FILE...                        articles into the corpus in graph-data/ (DATA_DIR)
  kg remove ID                          an article out of the corpus
  kg rebuild                            extract every article again and rebuild the graph
  kg parse --conllu IN.conllu           tags and dependency trees for CoNLL-U word forms, as CoNLL-U
  kg parse FILE                         an article's sentences, tokenized by the pipeline, as CoNLL-U
${CORRECTIONS_USAGE}`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'extract': return extractCommand(rest);
    case 'export': return exportCommand(rest);
    case 'import': return importCommand(rest);
    case 'add': return addCommand(rest);
    case 'remove': return removeCommand(rest);
    case 'rebuild': return rebuildCommand();
    case 'parse': return parseCommand(rest);
    case undefined: case '-h': case '--help': console.log(USAGE); return command ? 0 : 2;
    default:
      if (CORRECTION_COMMANDS.has(command)) return correctionsCommand(command, rest, dataDir());
      console.error(`kg: unknown command "${command}"\n${USAGE}`); return 2;
  }
}

async function extractCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' }, 'out-dir': { type: 'string' }, workers: { type: 'string' }, 'through-pronouns': { type: 'boolean' } } });
  const options: RelationOptions = { ...DEFAULT_RELATION_OPTIONS, throughPronouns: values['through-pronouns'] === true };
  if (!positionals.length || (!values.out && !values['out-dir']) || (values.out && values['out-dir'])) {
    console.error(`kg extract: give input files and one of --out or --out-dir\n${USAGE}`);
    return 2;
  }
  const showProgress = positionals.length > 10;
  // a large batch uses every core: the documents go to a pool of worker threads (less text is done here)
  const workers = values.workers !== undefined ? Number(values.workers) : (await totalBytes(positionals)) >= MIN_BYTES_FOR_WORKERS ? defaultPoolSize() : 0;
  if (!Number.isInteger(workers) || workers < 0 || workers > 64) {
    console.error(`kg extract: --workers takes a whole number from 0 (extract in this process) to 64, not "${values.workers}"`);
    return 2;
  }
  const pool = workers > 1 || (workers === 1 && values.workers !== undefined) ? new ExtractionPool(workers) : undefined;
  const extractions: Extraction[] = [];
  let failed = 0, done = 0;
  const one = async (file: string): Promise<Extraction | undefined> => {
    try {
      const article = await readArticleFile(file);
      const x = pool ? await pool.extract(article, { options }) : extract(article, options);
      if (values['out-dir']) await writeJson(path.join(values['out-dir'], `${article.id}.json`), buildGraph([x]).export());
      return x;
    } catch (err) {
      failed++;
      console.error(`kg extract: ${err instanceof InputError ? err.message : `${file}: ${(err as Error).message}`}`);
      return undefined;
    } finally {
      done++;
      if (showProgress && (done % 50 === 0 || done === positionals.length)) console.error(`kg extract: ${done}/${positionals.length} files`);
    }
  };
  try {
    const results = pool ? await Promise.all(positionals.map(one)) : [];
    if (!pool) for (const file of positionals) results.push(await one(file));
    if (values.out) for (const x of results) if (x) extractions.push(x);
  } finally {
    await pool?.close();
  }
  if (values.out) await writeJson(values.out, buildGraph(extractions).export());
  return failed ? 1 : 0;
}

/**
 * Below this much text the workers' start-up (each loads TypeScript and the models again, about
 * 2.5 s, both at once) costs more than the second core saves: on this 2-core machine the 500
 * Re-DocRED documents (0.55 MB) took 8.9 s in one process and 10.3 s on workers, three times as
 * many (1.6 MB) 24.1 s and 19.8 s.
 */
const MIN_BYTES_FOR_WORKERS = 1_000_000;

/** The size of the files together (a file that cannot be read counts nothing: it fails later, with its name). */
async function totalBytes(files: string[]): Promise<number> {
  let total = 0;
  for (const f of files) total += await fs.stat(f).then((st) => st.size, () => 0);
  return total;
}

const dataDir = () => path.resolve(process.env.DATA_DIR ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'graph-data'));

/** A graph file: graphology's serialized JSON, GEXF or GraphML. */
async function readGraphFile(file: string): Promise<KnowledgeGraph> {
  const text = await fs.readFile(file, 'utf8');
  if (text.trimStart().startsWith('{')) {
    const graph = createKnowledgeGraph();
    graph.import(JSON.parse(text));
    return graph;
  }
  const { graph, hasPositions } = importGraph(text);
  analyzeGraph(graph, { keepPositions: hasPositions });
  return graph;
}

async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { format: { type: 'string', default: 'gexf' }, node: { type: 'string' }, depth: { type: 'string', default: '1' }, types: { type: 'string' }, relations: { type: 'string' }, 'min-confidence': { type: 'string' }, graph: { type: 'string' }, out: { type: 'string' } } });
  const q = ExportQuery.safeParse({ format: values.format, node: values.node, depth: values.depth, types: values.types, relations: values.relations, minConfidence: values['min-confidence'] });
  if (!q.success) { console.error(`kg export: ${q.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}\n${USAGE}`); return 2; }
  let graph: KnowledgeGraph;
  try {
    graph = values.graph ? await readGraphFile(values.graph) : (await loadCorpus(dataDir(), (l) => console.error(`kg export: ${l}`))).corpus.graph;
  } catch (err) {
    console.error(`kg export: ${values.graph ?? dataDir()}: ${(err as Error).message}`);
    return 1;
  }
  if (q.data.node && !graph.hasNode(q.data.node)) { console.error(`kg export: no entity with id "${q.data.node}"`); return 1; }
  const selected = selectSubgraph(graph, { node: q.data.node, depth: q.data.depth, types: q.data.types, relations: q.data.relations, minConfidence: q.data.minConfidence });
  const chunks = Readable.from(EXPORTS[q.data.format].write(selected));
  if (values.out) {
    const tmp = `${values.out}.${process.pid}.tmp`;
    await pipeline(chunks, createWriteStream(tmp));
    await fs.rename(tmp, values.out);
  } else await pipeline(chunks, process.stdout);
  return 0;
}

async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { name: { type: 'string' } } });
  const file = positionals[0];
  if (!file) { console.error(`kg import: give a GEXF or GraphML file\n${USAGE}`); return 2; }
  try {
    const text = await fs.readFile(file, 'utf8');
    const { graph, format, hasPositions } = importGraph(text);
    analyzeGraph(graph, { keepPositions: hasPositions });
    const graphs = await new ImportedGraphs(path.join(dataDir(), 'graphs')).load();
    const info = await graphs.add(values.name ?? path.basename(file).replace(/\.[^.]+$/, ''), graph, format);
    console.log(`imported ${file} as graph "${info.id}": ${info.nodes} nodes, ${info.edges} edges (positions ${hasPositions ? 'kept' : 'computed'})`);
    return 0;
  } catch (err) {
    console.error(`kg import: ${file}: ${(err as Error).message}`);
    return 1;
  }
}

/** The same code path as POST /api/documents: the corpus store, one change at a time. */
async function addCommand(files: string[]): Promise<number> {
  if (!files.length) { console.error(`kg add: give article files\n${USAGE}`); return 2; }
  const store = await CorpusStore.open(dataDir(), { log: (l) => console.error(`kg add: ${l}`) });
  let failed = 0;
  for (const file of files) {
    try {
      const article = await readArticleFile(file);
      const r = await store.add({ text: article.source, format: article.format });
      console.log(r.duplicate ? `${file}: already in the corpus as "${r.id}"` : `${file}: added as "${r.id}" — ${r.entitiesAdded.length} new entities, ${r.entitiesUpdated.length} with new mentions, ${r.relationsAdded} new relations`);
    } catch (err) {
      failed++;
      console.error(`kg add: ${err instanceof InputError ? err.message : `${file}: ${(err as Error).message}`}`);
    }
  }
  await store.flush();
  return failed ? 1 : 0;
}

async function removeCommand(args: string[]): Promise<number> {
  const id = args[0];
  if (!id) { console.error(`kg remove: give a document id\n${USAGE}`); return 2; }
  const store = await CorpusStore.open(dataDir(), { log: (l) => console.error(`kg remove: ${l}`) });
  const r = await store.remove(id);
  await store.flush();
  if (!r) { console.error(`kg remove: no document with id "${id}"`); return 1; }
  console.log(`removed "${id}": ${r.entitiesRemoved} entities and ${r.relationsRemoved} relations went with it`);
  return 0;
}

async function rebuildCommand(): Promise<number> {
  const store = await CorpusStore.open(dataDir(), { log: (l) => console.error(`kg rebuild: ${l}`) });
  const r = await store.rebuild();
  console.log(`rebuilt: ${r.documents} documents, ${r.entities} entities, ${r.relations} relations`);
  return 0;
}

async function parseCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { conllu: { type: 'string' } } });
  if (!values.conllu === !positionals[0] || positionals.length > 1) {
    console.error(`kg parse: give --conllu FILE or one article file\n${USAGE}`);
    return 2;
  }
  let sentences: ConlluSentence[];
  try {
    if (values.conllu) {
      sentences = parseConlluSentences(parseConllu(await fs.readFile(values.conllu, 'utf8')));
    } else {
      const article = await readArticleFile(positionals[0]!);
      const doc = readDocument(article.id, article.source, article.format);
      const { tokens, sentences: found } = analyze(doc.text, doc.blocks);
      sentences = parseWordedSentences(found.map((s) => ({
        text: doc.text.slice(s.start, s.end), ...wordsOfTokens(tokens, s.tokenStart, s.tokenEnd), tokenText: (t: number) => tokens[t]!.text,
      })));
    }
  } catch (err) {
    console.error(`kg parse: ${err instanceof InputError ? err.message : `${values.conllu ?? positionals[0]}: ${(err as Error).message}`}`);
    return 1;
  }
  await pipeline(Readable.from([writeConllu(sentences)]), process.stdout);
  return 0;
}

const writeJson = (file: string, data: unknown): Promise<void> => writeFileAtomic(path.resolve(file), JSON.stringify(data));

/** The reader of stdout went away ("kg export | head"): what it did not read is not wanted — a quiet end, status 0. */
const closedPipe = (err: unknown) => (err as { code?: string })?.code === 'EPIPE';
process.stdout.on('error', (err) => { if (closedPipe(err)) process.exit(0); throw err; });

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err) => {
  if (closedPipe(err)) { process.exitCode = 0; return; }
  console.error(`kg: ${(err as Error).stack ?? err}`);
  process.exitCode = 1;
});
