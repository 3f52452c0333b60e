// Builds the explorer once before the tests when dist/client is missing or older than client/, and
// gives the run one temporary folder: every test's mkdtemp (and every process it starts) writes
// under it, and it is removed at the end, so runs leave nothing in the system's /tmp.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** The one line to read when the machine lacks what the tests need (see tests/setup-machine.sh). */
function checkMachine(): void {
  const missing: string[] = [];
  if (!existsSync('/usr/bin/xmllint')) missing.push('libxml2-utils');
  if (spawnSync('/usr/bin/python3', ['-c', 'import networkx'], { encoding: 'utf8' }).status !== 0) missing.push('python3-networkx');
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (missing.length && !process.env.SKIP_MACHINE_CHECK) {
    throw new Error(`the tests need ${missing.join(', ')}: run  sudo npm run setup:test  (or sudo apt-get install -y ${missing.join(' ')}); SKIP_MACHINE_CHECK=1 runs the rest and reports those tests skipped`);
  }
}

/** Points TMPDIR (which os.tmpdir() reads, in the test workers forked after this) at a folder of the run's own. */
function runTempDir(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-tests-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR; else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
  };
}

export default function setup(): () => void {
  checkMachine();
  const teardown = runTempDir();
  try {
    buildExplorer();
  } catch (error) {
    teardown();
    throw error;
  }
  return teardown;
}

function buildExplorer(): void {
  const built = path.join(root, 'dist', 'client', 'index.html');
  const sources = Math.max(newest(path.join(root, 'client')), statSync(path.join(root, 'server', 'graph', 'palette.ts')).mtimeMs);
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the explorer failed:\n${r.stdout}${r.stderr}`);
}
