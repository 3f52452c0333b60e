// The extractor's version: a content hash of its code and the learned weights it loads, so a change
// to either makes the corpus store extract its articles again (no number to remember to bump).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every file under these folders of server/ takes part: the stages, lexicons, models and weights. */
const PARTS = ['extract', 'models'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : [p];
  });
}

export function extractorVersion(): string {
  const hash = createHash('sha256');
  for (const file of PARTS.flatMap((p) => filesUnder(path.join(serverDir, p))).sort()) {
    hash.update(path.relative(serverDir, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}
