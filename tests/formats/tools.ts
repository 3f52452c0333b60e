// The external readers the format tests prove the exports against: xmllint (Debian
// libxml2-utils) and networkx 2.8 (Debian python3-networkx). .ci/run installs both; elsewhere
// the tests that need them say what to install, and in CI a missing tool fails them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const XMLLINT = '/usr/bin/xmllint';
/** Debian's python3, where Debian's networkx lives (a pyenv python3 may shadow it on PATH). */
export const PYTHON = '/usr/bin/python3';

export const hasXmllint = existsSync(XMLLINT);
export const hasNetworkx = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0;

export function requireTool(available: boolean, what: string, install: string): boolean {
  if (available) return true;
  const message = `${what} is not installed: these checks need it (apt-get install -y ${install})`;
  if (process.env.CI) throw new Error(message);
  console.warn(`SKIPPED: ${message}`);
  return false;
}

export function xmllintRelaxNg(schema: string, file: string): { ok: boolean; output: string } {
  const r = spawnSync(XMLLINT, ['--noout', '--relaxng', schema, file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

export function python(code: string): string {
  const r = spawnSync(PYTHON, ['-c', code], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python failed: ${r.stderr}`);
  return r.stdout;
}
