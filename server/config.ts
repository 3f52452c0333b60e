// The service's configuration: every environment variable it reads, parsed once at start with zod,
// with one clear line for a bad value. Limits are named here and nowhere else.
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** The largest request body, article and imported graph file, unless the environment says otherwise. */
export const DEFAULT_LIMITS = { body: '2mb', article: '2mb', import: '50mb', extractSeconds: 120, extractMemoryMb: 2048, importedGraphs: 50, importedBytes: '1gb', importSeconds: 120 } as const;

/** "10mb", "500kb", "2048": what body parsers accept. */
const Size = z.string().regex(/^\d+(?:\.\d+)?\s*(?:b|kb|mb|gb)?$/i, 'must be a size such as 2mb or 500kb');

export const ConfigSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int('must be a whole number').min(0).max(65535, 'must be a port number (0–65535)').default(3000),
  DATA_DIR: z.string().min(1).optional(),
  API_TOKEN: z.string().optional().transform((t) => (t ? t : undefined)),
  /** an origin allowed to call the API from a browser page it serves (CORS) */
  CORS_ORIGIN: z.url('must be an origin such as https://example.org').optional(),
  /**
   * Express's "trust proxy": which proxy's X-Forwarded-* headers to believe ("loopback", an address,
   * a number of hops, "true"); over https through it, HSTS and upgrade-insecure-requests come back
   */
  TRUST_PROXY: z.string().optional(),
  /**
   * Host names the service answers to (comma-separated): a page on another name is refused (DNS
   * rebinding). Default: the loopback names when HOST is a loopback address, else any.
   */
  ALLOWED_HOSTS: z.string().optional(),
  /** worker threads that extract added articles (default: one per core but one, at least one) */
  EXTRACT_WORKERS: z.coerce.number().int().min(1).max(16).optional(),
  /** the longest an added article may take to read, in seconds */
  EXTRACT_TIMEOUT: z.coerce.number().min(1).default(DEFAULT_LIMITS.extractSeconds),
  /** the memory an extraction worker may use, in MB (the models take about 300) */
  EXTRACT_MEMORY_MB: z.coerce.number().int().min(512).default(DEFAULT_LIMITS.extractMemoryMb),
  /** the longest reading an imported GEXF or GraphML file may take, in seconds */
  IMPORT_TIMEOUT: z.coerce.number().min(1).default(DEFAULT_LIMITS.importSeconds),
  /** imported graphs kept at most, and the bytes they may take */
  IMPORT_MAX_GRAPHS: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.importedGraphs),
  IMPORT_MAX_BYTES: Size.default(DEFAULT_LIMITS.importedBytes),
  BODY_LIMIT: Size.default(DEFAULT_LIMITS.body),
  ARTICLE_LIMIT: Size.default(DEFAULT_LIMITS.article),
  IMPORT_LIMIT: Size.default(DEFAULT_LIMITS.import),
});

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  apiToken?: string;
  corsOrigin?: string;
  trustProxy?: string | number | boolean;
  /** undefined: any host name */
  allowedHosts?: string[];
  limits: { body: string; article: string; import: string };
  extraction: { workers: number; timeoutMs: number; maxMemoryMb: number };
  graphQuota: { graphs: number; bytes: number };
  importBudget: { timeoutMs: number; maxMemoryMb: number };
}

export class ConfigError extends Error {}

export function readConfig(env: Record<string, string | undefined>, root: string): Config {
  const r = ConfigSchema.safeParse(env);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new ConfigError(`configuration: ${String(i.path[0] ?? '')}=${JSON.stringify(env[String(i.path[0])] ?? '')} ${i.message}`);
  }
  const c = r.data;
  const listed = c.ALLOWED_HOSTS?.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
  return {
    host: c.HOST,
    port: c.PORT,
    dataDir: path.resolve(c.DATA_DIR ?? path.join(root, 'graph-data')),
    apiToken: c.API_TOKEN,
    corsOrigin: c.CORS_ORIGIN ? new URL(c.CORS_ORIGIN).origin : undefined,
    trustProxy: trustProxyValue(c.TRUST_PROXY),
    allowedHosts: listed?.length ? listed : LOOPBACK.has(c.HOST.toLowerCase()) ? [...LOOPBACK] : undefined,
    limits: { body: c.BODY_LIMIT, article: c.ARTICLE_LIMIT, import: c.IMPORT_LIMIT },
    importBudget: { timeoutMs: c.IMPORT_TIMEOUT * 1000, maxMemoryMb: c.EXTRACT_MEMORY_MB },
    graphQuota: { graphs: c.IMPORT_MAX_GRAPHS, bytes: bytesOf(c.IMPORT_MAX_BYTES) },
    extraction: { workers: c.EXTRACT_WORKERS ?? Math.max(1, os.availableParallelism() - 1), timeoutMs: c.EXTRACT_TIMEOUT * 1000, maxMemoryMb: c.EXTRACT_MEMORY_MB },
  };
}

/** "2mb" → 2097152. */
export function bytesOf(size: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(size.trim())!;
  return Math.round(Number(m[1]) * 1024 ** ['b', 'kb', 'mb', 'gb'].indexOf((m[2] ?? 'b').toLowerCase()));
}

function trustProxyValue(v: string | undefined): string | number | boolean | undefined {
  if (v === undefined || v === '') return undefined;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return /^\d+$/.test(v) ? Number(v) : v;
}
