// Guards in front of every route: the host names the service answers to (a page that rebinds its
// own name to this machine's address is refused), and writes only from the service's own pages or
// from programs (a page on another site can send a "simple" cross-site POST — text/plain, no
// preflight — which the browser marks with Origin and Sec-Fetch-Site).
import type { Request, RequestHandler } from 'express';
import { ApiError } from './errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Requests by POST that change nothing: the view export sends the nodes it shows in a body, too long for a URL. */
const READS_BY_POST = new Set(['/api/export']);

/** Does this request change something? */
export const isWrite = (req: { method: string; path: string }): boolean =>
  !SAFE_METHODS.has(req.method) && !(req.method === 'POST' && READS_BY_POST.has(req.path));

/** The host name of a Host header ("localhost:3000" → "localhost", "[::1]:80" → "[::1]"). */
export function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  return h.startsWith('[') ? h.slice(0, h.indexOf(']') + 1) : h.replace(/:\d+$/, '');
}

export function allowedHosts(hosts: string[] | undefined): RequestHandler {
  const allowed = hosts && new Set(hosts.map((h) => h.toLowerCase()));
  return (req, _res, next) => {
    if (!allowed) return next();
    const host = hostName(req.get('host') ?? '');
    if (!allowed.has(host)) throw new ApiError(421, 'unknown_host', `This service does not answer to the host name ${JSON.stringify(host.slice(0, 100))}; set ALLOWED_HOSTS to serve it under that name`);
    next();
  };
}

/** Is the request from a page of this service (or of the configured CORS origin), or from no page at all? */
function sameSite(req: Request, corsOrigin: string | undefined): boolean {
  const origin = req.get('origin');
  if (origin !== undefined) {
    if (corsOrigin && origin === corsOrigin) return true;
    try {
      return new URL(origin).host.toLowerCase() === (req.get('host') ?? '').toLowerCase();
    } catch {
      return false; // "null" (a sandboxed frame, a file) or garbage
    }
  }
  // no Origin: a program (curl, the CLI) — or an old browser, which still says where it came from
  return req.get('sec-fetch-site') !== 'cross-site';
}

export function sameSiteWrites(corsOrigin: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (!isWrite(req) || sameSite(req, corsOrigin)) return next();
    throw new ApiError(403, 'cross_site', 'Changes are accepted only from this service\'s own pages or from programs, not from another site');
  };
}
