// The external readers the format tests prove the exports against: xmllint (Debian
// libxml2-utils) and networkx 2.8 (Debian python3-networkx). tests/setup-machine.sh installs
// both; without them the test run stops at once saying so (tests/global-setup.ts), or, with
// SKIP_MACHINE_CHECK=1, the tests that need them are reported skipped.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const XMLLINT = '/usr/bin/xmllint';
/** Debian's python3, where Debian's networkx lives (a pyenv python3 may shadow it on PATH). */
export const PYTHON = '/usr/bin/python3';

export const hasXmllint = existsSync(XMLLINT);
export const hasNetworkx = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0;

export function xmllintRelaxNg(schema: string, file: string): { ok: boolean; output: string } {
  const r = spawnSync(XMLLINT, ['--noout', '--relaxng', schema, file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

export function python(code: string): string {
  const r = spawnSync(PYTHON, ['-c', code], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python failed: ${r.stderr}`);
  return r.stdout;
}
