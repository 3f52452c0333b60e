// A worker thread of the extraction pool: loads the models once, then extracts each document it is sent.
import { parentPort } from 'node:worker_threads';
import { extract, type ExtractInput } from './index';
import type { RelationOptions } from './relations';

export interface ExtractRequest { id: number; input: ExtractInput; options?: RelationOptions }
export type ExtractReply = { id: number; extraction: ReturnType<typeof extract> } | { id: number; error: string };

parentPort!.on('message', (request: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    reply = { id: request.id, extraction: extract(request.input, request.options) };
  } catch (err) {
    reply = { id: request.id, error: (err as Error).message };
  }
  parentPort!.postMessage(reply);
});
