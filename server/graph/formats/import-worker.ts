// A worker thread that reads one GEXF or GraphML file and analyzes the graph (layout, metrics):
// the costly part of an import, off the service's event loop. Answers the serialized graph.
import { parentPort } from 'node:worker_threads';
import { importGraph, ImportError } from './import';
import { analyzeGraph } from '../analyze';

parentPort!.once('message', (source: string) => {
  try {
    const { graph, format, hasPositions } = importGraph(source);
    analyzeGraph(graph, { keepPositions: hasPositions });
    parentPort!.postMessage({ result: { graph: graph.export(), format, hasPositions } });
  } catch (err) {
    parentPort!.postMessage({ error: (err as Error).message, kind: err instanceof ImportError ? err.kind : undefined });
  }
});
