// The extraction worker's entry point: a worker thread does not inherit tsx's loader, so it is
// registered here before the TypeScript worker is imported (tsx issue #354).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
