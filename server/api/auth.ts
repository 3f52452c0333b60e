// Write access: with API_TOKEN set, changes need "Authorization: Bearer <token>"; reading stays open.
import type { RequestHandler } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { ApiError } from './errors';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function requireToken(token: string | undefined): RequestHandler {
  const expected = token ? digest(token) : undefined;
  return (req, _res, next) => {
    if (!expected) return next();
    const given = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '')?.[1] ?? '';
    // digests of equal length, compared in constant time
    if (!timingSafeEqual(digest(given), expected)) throw new ApiError(401, 'unauthorized', 'This change needs "Authorization: Bearer <token>" with the API token');
    next();
  };
}
