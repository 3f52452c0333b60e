// Answers that depend only on the graph are tagged with its version: a client that has the answer
// already gets 304 for nothing, and answers made once are kept until the graph changes.
import type { RequestHandler } from 'express';
import { randomBytes } from 'node:crypto';
import type { Corpus } from '../store/corpus';

/** Tags of another process (a restart) never match: the corpus may have changed in between. */
const BOOT = randomBytes(4).toString('hex');

export const versionTag = (c: Corpus): string => `W/"${BOOT}-${c.serial}-${c.version}"`;

/** Sets the ETag of the corpus a request reads, and answers 304 where the client's copy is current. */
export function conditionalOnVersion(corpusOf: (graph: string | undefined) => Corpus | undefined): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let c: Corpus | undefined;
    try {
      c = corpusOf(typeof req.query.graph === 'string' ? req.query.graph : undefined);
    } catch {
      return next(); // an unknown graph: the route says so
    }
    if (!c) return next();
    const tag = versionTag(c);
    res.setHeader('ETag', tag);
    res.setHeader('Cache-Control', 'no-cache'); // keep it, but ask each time
    const given = req.get('if-none-match');
    if (given && given.split(',').map((t) => t.trim()).includes(tag)) { res.status(304).end(); return; }
    next();
  };
}

/** Serialized answers of one corpus by request, dropped when the corpus changes; the oldest go first past `max`. */
export class AnswerCache {
  private readonly answers = new WeakMap<Corpus, { version: number; bodies: Map<string, string> }>();

  constructor(private readonly max = 2000) {}

  /** The kept answer, if there is one for this version of the corpus. */
  peek(c: Corpus, key: string): string | undefined {
    const entry = this.answers.get(c);
    return entry && entry.version === c.version ? entry.bodies.get(key) : undefined;
  }

  get(c: Corpus, key: string, make: () => unknown): string {
    let entry = this.answers.get(c);
    if (!entry || entry.version !== c.version) this.answers.set(c, (entry = { version: c.version, bodies: new Map() }));
    let body = entry.bodies.get(key);
    if (body === undefined) {
      body = JSON.stringify(make());
      if (entry.bodies.size >= this.max) entry.bodies.delete(entry.bodies.keys().next().value!);
      entry.bodies.set(key, body);
    }
    return body;
  }
}
