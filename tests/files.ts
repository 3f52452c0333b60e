// The files of a data folder, for tests that check nothing changed on disk.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

/** Every file under a folder with its hash and size: "byte for byte what it was". */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p); else out[path.relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex') + statSync(p).size;
    }
  };
  walk(dir);
  return out;
}
