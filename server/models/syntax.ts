// The syntactic backbone at run time: tags, lemmas and a dependency tree for a sentence's words,
// from the weights committed in weights/syntax.bin (rebuilt by `npm run train`).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeBundle, encodeBundle, perceptronArrays, perceptronFrom } from './weights-file';
import { tag, type TaggerModel } from './tagger';
import { parse, type ParserModel } from './parser';
import { lemmatize, type LemmatizerModel } from './lemmatizer';
import { NO_CLUSTERS, wordClusters, type WordClusters } from './clusters';

/**
 * Word clusters as shipped: `words` holds the words one per line; the i-th is in fine cluster
 * fine[i] (1-based), fine cluster c in coarseOf[c].
 */
export interface ClusterTable { words: string; fine: Uint16Array; coarseOf: Uint16Array }

export interface SyntaxModels { tagger: TaggerModel; parser: ParserModel; lemmatizer: LemmatizerModel; clusterTable?: ClusterTable }

export function clustersOf(table: ClusterTable | undefined): WordClusters {
  return table ? wordClusters(table.words, table.fine, table.coarseOf) : NO_CLUSTERS;
}

/** One sentence's analysis, a value per word; heads are 1-based, 0 for the root. */
export interface SentenceSyntax { upos: string[]; xpos: string[]; lemmas: string[]; heads: number[]; deprels: string[] }

export const SYNTAX_WEIGHTS = fileURLToPath(new URL('./weights/syntax.bin', import.meta.url));

interface SyntaxMeta { tags: string[]; labels: string[]; lemmatizer: LemmatizerModel; trainedOn: string[]; scores?: unknown }

/**
 * The parser keeps a feature only if some weight of it reaches this on the 8-bit scale: half its
 * features are below, and dropping them changes no score on EWT dev, EWT test or PUD by more than
 * 0.02 points, while the weights load twice as fast and score faster (fewer cache misses).
 */
const PARSER_MIN_ROW_BYTE = 13;

export function encodeSyntaxModels(models: SyntaxModels, extra: { trainedOn: string[]; scores?: unknown }): Buffer {
  const table = models.clusterTable;
  const meta: SyntaxMeta = { tags: models.tagger.tags, labels: models.parser.labels, lemmatizer: models.lemmatizer, ...extra };
  // the words as UTF-8 bytes, not in the JSON header: parsing 100,000 strings was a fifth of the load
  const clusters: Record<string, Uint8Array | Uint16Array> = table ? { 'clusters.words': new Uint8Array(Buffer.from(table.words, 'utf8')), 'clusters.fine': table.fine, 'clusters.coarseOf': table.coarseOf } : {};
  const arrays = {
    ...perceptronArrays('tagger', models.tagger.model),
    ...perceptronArrays('parser', models.parser.model, { minRowByte: PARSER_MIN_ROW_BYTE }),
    ...clusters,
  };
  // not gzipped: 8-bit weights and varint keys gain little from it, and the gunzip was a third of the load
  return encodeBundle({ meta, arrays }, { compress: false });
}

export function decodeSyntaxModels(bytes: Buffer): SyntaxModels {
  const bundle = decodeBundle(bytes);
  const meta = bundle.meta as SyntaxMeta;
  const words = bundle.arrays['clusters.words'];
  const clusterTable = words
    ? { words: new TextDecoder().decode(words), fine: bundle.arrays['clusters.fine'] as Uint16Array, coarseOf: bundle.arrays['clusters.coarseOf'] as Uint16Array }
    : undefined;
  const clusters = clustersOf(clusterTable);
  return {
    tagger: { tags: meta.tags, model: perceptronFrom(bundle, 'tagger', meta.tags.length), clusters },
    parser: { labels: meta.labels, model: perceptronFrom(bundle, 'parser', 1 + 2 * meta.labels.length), clusters },
    lemmatizer: meta.lemmatizer,
    clusterTable,
  };
}

let loaded: SyntaxModels | undefined;

/** The committed models, loaded once per process. */
export function syntaxModels(): SyntaxModels {
  return (loaded ??= decodeSyntaxModels(readFileSync(SYNTAX_WEIGHTS)));
}

/** Mends tags in place before the parser reads them (the caller's rules: see extract/syntax-repairs.ts). */
export type Retag = (forms: string[], upos: string[], xpos: string[]) => void;

/** Tags, lemmatizes and parses one sentence given as its words. */
export function analyzeSentence(forms: string[], models: SyntaxModels = syntaxModels(), retag?: Retag): SentenceSyntax {
  if (forms.length === 0) return { upos: [], xpos: [], lemmas: [], heads: [], deprels: [] };
  const { upos, xpos } = tag(models.tagger, forms);
  retag?.(forms, upos, xpos);
  const { heads, deprels } = parse(models.parser, { forms, upos, xpos });
  const lemmas = forms.map((f, i) => lemmatize(models.lemmatizer, f, upos[i]!));
  return { upos, xpos, lemmas, heads, deprels };
}
