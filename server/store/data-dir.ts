// The data folder is checked before anything is loaded: a folder the service cannot read or write
// is said in one line, not in a stack trace from the first file it touches.
import { constants, promises as fs } from 'node:fs';

/** What is wrong with the data folder, or undefined when the service can read and write it. */
export async function dataDirProblem(dir: string): Promise<string | undefined> {
  const existing = await fs.stat(dir).catch(() => undefined);
  if (existing && !existing.isDirectory()) return `DATA_DIR ${dir} is not a folder`;
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (err) {
    return `DATA_DIR ${dir} cannot be created (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
  }
  try {
    await fs.access(dir, constants.R_OK | constants.X_OK);
  } catch {
    return `DATA_DIR ${dir} cannot be read by this user`;
  }
  try {
    await fs.access(dir, constants.W_OK);
    const probe = `${dir}/.write-check-${process.pid}`;
    await fs.writeFile(probe, '');
    await fs.rm(probe);
  } catch {
    return `DATA_DIR ${dir} is read-only for this user: the service writes the graph and added articles there`;
  }
  return undefined;
}
