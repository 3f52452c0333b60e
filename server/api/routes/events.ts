// The page's news of changes: Server-Sent Events. Each event's data is JSON of the contract's
// GraphChangeEvent ("graph": the corpus changed, and the version its answers now carry) or
// PendingEvent ("pending": the queue of articles being read changed). A comment every 20 s keeps
// proxies from closing a quiet stream; the browser's EventSource reconnects by itself.
import { Router, type Response } from 'express';
import type { Deps } from '../app';
import type { GraphChangeEvent, PendingEvent } from '../contract';
import type { ChangeReason } from '../../store/corpus-store';

const KEEP_ALIVE_MS = 20_000;

export function eventsRouter(deps: Deps): Router {
  const router = Router();
  router.get('/events', (req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-transform: the compression middleware leaves the stream alone (it would hold events back)
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no',
    });
    const graphEvent = (reason: ChangeReason | 'connected'): GraphChangeEvent => {
      const c = deps.corpus();
      return { version: c.version, reason, documents: c.documents.size, entities: c.graph.order, relations: c.graph.size };
    };
    send(res, 'graph', graphEvent('connected'));
    const stop = deps.store?.onChange((change) => {
      if (change.kind === 'graph') send(res, 'graph', graphEvent(change.reason));
      else send(res, 'pending', { pending: deps.store!.pending() } satisfies PendingEvent);
    });
    const beat = setInterval(() => res.write(': still here\n\n'), KEEP_ALIVE_MS);
    req.on('close', () => { stop?.(); clearInterval(beat); });
  });
  return router;
}

function send(res: Response, event: string, data: unknown): void {
  res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}
