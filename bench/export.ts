// GEXF 1.3 export of the synthetic graph: our streaming writer beside graphology-gexf's write()
// of the same graph, in the same run, each in a fresh process.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

function run(root: string, which: 'ours' | 'graphology', file: string) {
  const out = `${file}.${which}.gexf`;
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', path.join(root, 'bench/export-child.ts'), which, file, out], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`export-child ${which} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as { ms: number; growthMB: number; peakMB: number; rssBeforeMB: number; bytes: number };
}

export function benchExport(root: string, graphFile: string, label: string): void {
  const ours = run(root, 'ours', graphFile);
  const theirs = run(root, 'graphology', graphFile);
  console.log(`GEXF 1.3 export · ${label}`);
  const row = (name: string, r: typeof ours) => console.log(`    ${name.padEnd(28)} ${(r.ms / 1000).toFixed(1).padStart(5)} s   memory growth at peak ${String(r.growthMB).padStart(5)} MB (graph loaded: ${r.rssBeforeMB} MB)   ${(r.bytes / 1e6).toFixed(0)} MB written`);
  row('streaming writer (ours)', ours);
  row('graphology-gexf write()', theirs);
  console.log(`  ${(theirs.ms / ours.ms).toFixed(1)}× faster, ${(ours.growthMB / Math.max(1, theirs.growthMB) * 100).toFixed(0)}% of the peak memory growth (targets: ≥ 3× faster, < 33%)`);
}
