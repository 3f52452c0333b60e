// One GEXF 1.3 export of a serialized graph, in a process of its own so its peak memory is its
// own: `export-child.ts ours|graphology GRAPH.json OUT.gexf` prints { ms, rssBeforeMB, peakMB,
// growthMB, bytes }. Run with --expose-gc: the graph is loaded, collected, the peak counter of
// /proc/self reset, and only then the export runs.
import { createWriteStream, readFileSync, statSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { write as graphologyWrite } from 'graphology-gexf';
import { createKnowledgeGraph } from '../server/graph/build';
import { gexfChunks, listValue, nodeColor, sizeScale } from '../server/graph/formats/gexf';

const [which, file, out] = process.argv.slice(2);
const status = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN) / 1024;

const graph = createKnowledgeGraph() as unknown as import('graphology').default<Record<string, any>, Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
graph.import(JSON.parse(readFileSync(file!, 'utf8')));
(globalThis as { gc?: () => void }).gc?.();
try { writeFileSync('/proc/self/clear_refs', '5'); } catch { /* not Linux: the peak includes loading */ }
const rssBefore = status('VmRSS');
const t = performance.now();
if (which === 'ours') {
  await pipeline(Readable.from(gexfChunks(graph, '1.3')), createWriteStream(out!));
} else {
  // the same content as ours, through graphology-gexf's own formatters
  const size = sizeScale(graph);
  writeFileSync(out!, graphologyWrite(graph, {
    version: '1.3',
    formatNode: (_key: string, a: Record<string, any>) => ({ // eslint-disable-line @typescript-eslint/no-explicit-any
      label: a.label,
      viz: { x: a.x as number, y: a.y as number, size: size(a), color: ((c) => `rgb(${c.r},${c.g},${c.b})`)(nodeColor(a)) },
      attributes: { type: a.type, aliases: listValue(a.aliases), mentions: a.mentions.length, documents: listValue(a.documents), degree: a.degree as number, pagerank: a.pagerank as number, community: a.community as number },
    }),
    formatEdge: (_key: string, a: Record<string, any>) => ({ // eslint-disable-line @typescript-eslint/no-explicit-any
      label: a.label, weight: a.weight,
      attributes: { predicates: listValue(a.predicates), evidence: a.evidence[0]?.text ?? '', sentences: a.evidence.length, years: listValue(a.years), documents: listValue(a.documents) },
    }),
  } as never));
}
const ms = performance.now() - t;
const peak = status('VmHWM');
console.log(JSON.stringify({ ms: Math.round(ms), rssBeforeMB: Math.round(rssBefore), peakMB: Math.round(peak), growthMB: Math.round(peak - rssBefore), bytes: statSync(out!).size }));
