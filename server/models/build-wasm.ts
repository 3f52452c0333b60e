// npm run build:wasm: compiles scorer.wat to the committed scorer.wasm with wabt, which is
// installed for it (no dependency of the project: users and CI use the committed binary).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const source = new URL('./scorer.wat', import.meta.url);
const target = new URL('./scorer.wasm', import.meta.url);

try {
  require.resolve('wabt');
} catch {
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', 'wabt'], { stdio: 'inherit' });
}
const wabt = await (require('wabt') as () => Promise<{ parseWat(name: string, text: string, features: object): { toBinary(o: object): { buffer: Uint8Array } } }>)();
const { buffer } = wabt.parseWat('scorer.wat', readFileSync(source, 'utf8'), { simd: true }).toBinary({});
writeFileSync(target, buffer);
console.log(`scorer.wasm: ${buffer.length} bytes`);
