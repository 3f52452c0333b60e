// The entry point of every worker thread: a worker does not inherit tsx's loader, so it is
// registered here before the TypeScript module the worker runs (workerData.module) is imported
// (tsx issue #354).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
