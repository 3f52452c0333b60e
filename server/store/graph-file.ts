// graph.json written in pieces: graphology's serialized form (what graph.export() gives), made a
// few hundred nodes or edges at a time with a turn of the event loop between pieces, so that writing
// a large corpus's graph never holds up the service's answers for long.
import type Graph from 'graphology';

const BATCH = 500;
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function* graphJsonChunks(graph: Graph): AsyncGenerator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  let parts: string[] = [];
  let first = true;
  const flush = () => { const s = (first ? '' : ',') + parts.join(','); first = false; parts = []; return s; };
  for (const { node, attributes } of graph.nodeEntries()) {
    parts.push(JSON.stringify({ key: node, attributes }));
    if (parts.length === BATCH) { yield flush(); await turn(); }
  }
  if (parts.length) yield flush();
  yield '],"edges":[';
  first = true;
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    parts.push(JSON.stringify(undirected ? { key: edge, source, target, attributes, undirected } : { key: edge, source, target, attributes }));
    if (parts.length === BATCH) { yield flush(); await turn(); }
  }
  if (parts.length) yield flush();
  yield ']}';
}
