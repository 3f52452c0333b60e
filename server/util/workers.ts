// Worker threads that run TypeScript modules.
import { Worker } from 'node:worker_threads';
import { KindedError, type ErrorKind } from '../errors';

/** The entry point that loads tsx, then the module named in workerData.module. */
export const TS_WORKER = new URL('./ts-worker.mjs', import.meta.url);

export interface OneShotOptions { timeoutMs?: number; maxMemoryMb?: number }

/** Did a worker die for want of the memory its resourceLimits gave it? */
export const outOfMemory = (err: unknown): boolean => (err as { code?: string })?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/** Why a one-shot worker gave no answer: it took too long, or needed too much memory. */
export class WorkerBudgetError extends Error {
  constructor(readonly reason: 'time' | 'memory', message: string) { super(message); }
}

/**
 * Runs a module on a fresh worker thread with one message in and one answer out, within a budget
 * of time and memory; the worker is ended either way. The module answers { result } or { error }
 * (with the error's kind, for an error of the user's input).
 */
export function runOnce<I, O>(module: URL, input: I, o: OneShotOptions = {}): Promise<O> {
  return new Promise<O>((resolve, reject) => {
    const worker = new Worker(TS_WORKER, {
      workerData: { module: module.href },
      resourceLimits: o.maxMemoryMb ? { maxOldGenerationSizeMb: o.maxMemoryMb } : undefined,
    });
    let settled = false;
    const finish = (f: () => void) => { if (settled) return; settled = true; clearTimeout(timer); void worker.terminate(); f(); };
    const timer = o.timeoutMs === undefined ? undefined
      : setTimeout(() => finish(() => reject(new WorkerBudgetError('time', `took longer than ${Math.round(o.timeoutMs! / 1000)} s`))), o.timeoutMs);
    worker.once('message', (m: { result?: O; error?: string; kind?: ErrorKind }) => finish(() => {
      if (m.error === undefined) resolve(m.result as O);
      else reject(m.kind ? new KindedError(m.kind, m.error) : new Error(m.error));
    }));
    worker.once('error', (err) => finish(() => reject(outOfMemory(err) ? new WorkerBudgetError('memory', `needed more than ${o.maxMemoryMb} MB`) : err)));
    worker.once('exit', (code) => finish(() => reject(new Error(`the worker stopped (exit code ${code})`))));
    worker.postMessage(input);
  });
}
