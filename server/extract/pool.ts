// Extraction on worker threads: a batch of documents uses every core, and a server keeps answering
// while articles are read. Each worker loads the models once (about a second) and then takes one
// document at a time; the pool hands each document to the first free worker and gives the
// results back in the order asked. Each document has a budget: past its time the worker is ended,
// past its memory the worker dies; either way the document is refused with an ExtractionBudgetError
// and a fresh worker takes the place of the old.
import { Worker } from 'node:worker_threads';
import os from 'node:os';
import type { Extraction } from './model';
import { KindedError } from '../errors';
import { outOfMemory, TS_WORKER } from '../util/workers';
import type { ExtractInput } from './index';
import type { RelationOptions } from './relations';
import type { ExtractReply, ExtractRequest } from './worker';

interface Job { request: ExtractRequest; resolve: (x: Extraction) => void; reject: (e: Error) => void; timer?: NodeJS.Timeout; timeoutMs?: number }

/** A document that needed more time or memory than its budget. */
export class ExtractionBudgetError extends KindedError {
  constructor(message: string) { super('article_too_costly', message); }
}

export interface PoolOptions {
  /** the longest one document may take (default: no limit) */
  timeoutMs?: number;
  /** the heap a worker may use, in MB (the models take about 300) */
  maxMemoryMb?: number;
}

export class ExtractionPool {
  private readonly idle: Worker[] = [];
  private readonly workers: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<Worker, Job>();
  private nextId = 0;
  private closed = false;

  constructor(readonly size = defaultPoolSize(), private readonly options: PoolOptions = {}) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  /** Extracts one document on a worker, within the pool's budget (or this call's time limit). */
  extract(input: ExtractInput, o: { timeoutMs?: number; options?: RelationOptions } = {}): Promise<Extraction> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, input, options: o.options }, resolve, reject, timeoutMs: o.timeoutMs ?? this.options.timeoutMs });
      this.dispatch();
    });
  }


  /** Stops the workers; documents still queued are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the extraction pool is closed'));
    // documents being read are given up too: nobody waits for a worker that is ended
    for (const job of this.running.values()) { clearTimeout(job.timer); job.reject(new Error('the extraction pool is closed')); }
    this.running.clear();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private spawn(): void {
    const resourceLimits = this.options.maxMemoryMb ? { maxOldGenerationSizeMb: this.options.maxMemoryMb } : undefined;
    const worker = new Worker(TS_WORKER, { resourceLimits, workerData: { module: new URL('./worker.ts', import.meta.url).href } });
    worker.on('message', (reply: ExtractReply) => {
      const job = this.running.get(worker);
      this.running.delete(worker);
      this.idle.push(worker);
      if (job) {
        clearTimeout(job.timer);
        if ('error' in reply) job.reject(new Error(reply.error));
        else job.resolve(reply.extraction);
      }
      this.dispatch();
    });
    // a worker that dies takes its document with it; a fresh one takes its place
    worker.on('error', (err) => this.replace(worker, outOfMemory(err)
      ? new ExtractionBudgetError(`the article needs more than ${this.options.maxMemoryMb} MB to read`) : err));
    worker.on('exit', (code) => { if (!this.closed && code !== 0) this.replace(worker, new Error(`extraction worker stopped (exit code ${code})`)); });
    this.workers.push(worker);
    this.idle.push(worker);
  }

  private replace(worker: Worker, err: Error): void {
    if (!this.workers.includes(worker)) return;
    this.workers.splice(this.workers.indexOf(worker), 1);
    const idleAt = this.idle.indexOf(worker);
    if (idleAt >= 0) this.idle.splice(idleAt, 1);
    const job = this.running.get(worker);
    clearTimeout(job?.timer);
    job?.reject(err);
    this.running.delete(worker);
    if (!this.closed) { this.spawn(); this.dispatch(); }
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.running.set(worker, job);
      if (job.timeoutMs !== undefined) {
        job.timer = setTimeout(() => {
          // past its time the worker is ended (extraction cannot be interrupted otherwise)
          this.replace(worker, new ExtractionBudgetError(`the article took longer than ${Math.round(job.timeoutMs! / 1000)} s to read`));
          void worker.terminate();
        }, job.timeoutMs);
      }
      worker.postMessage(job.request);
    }
  }
}

/** One worker per core, at most four (each holds its own copy of the models, about 300 MB). */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, os.availableParallelism()));
}
