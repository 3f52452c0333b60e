// npm run build:wasm: compiles dense-rows.wat to the committed dense-rows.wasm with wabt, which is
// installed for it (no dependency of the project: users and CI use the committed binary).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const source = new URL('./dense-rows.wat', import.meta.url);
const target = new URL('./dense-rows.wasm', import.meta.url);

try {
  require.resolve('wabt');
} catch {
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', 'wabt'], { stdio: 'inherit' });
}
const wabt = await (require('wabt') as () => Promise<{ parseWat(name: string, text: string, features: object): { toBinary(o: object): { buffer: Uint8Array } } }>)();
const { buffer } = wabt.parseWat('dense-rows.wat', readFileSync(source, 'utf8'), { simd: true }).toBinary({});
writeFileSync(target, buffer);
console.log(`dense-rows.wasm: ${buffer.length} bytes`);
