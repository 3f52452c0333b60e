// Atomic file writes: a temporary file beside the target, flushed, then renamed over it. A crash
// leaves either the old file or the new one, never half of one.
import { promises as fs } from 'node:fs';
import path from 'node:path';

export const TEMP_SUFFIX = '.tmp';

/** data may come in pieces (an async iterable of strings): each is written as it comes. */
export async function writeFileAtomic(file: string, data: string | Uint8Array | AsyncIterable<string>): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}${TEMP_SUFFIX}`;
  const handle = await fs.open(tmp, 'w');
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
    else for await (const piece of data) await handle.write(piece);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, file);
}
