// A worker thread that lays out and measures a graph from a snapshot (analysis-snapshot.ts), off
// the service's event loop.
import { parentPort } from 'node:worker_threads';
import { analyzeSnapshot, type AnalysisSnapshot } from './analysis-snapshot';

parentPort!.once('message', (snapshot: AnalysisSnapshot) => {
  try {
    parentPort!.postMessage({ result: analyzeSnapshot(snapshot) });
  } catch (err) {
    parentPort!.postMessage({ error: (err as Error).message });
  }
});
