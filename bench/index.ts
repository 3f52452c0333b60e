// npm run bench: prints figures; nothing here passes or fails.
// BENCH=extraction,service picks sections (all by default).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchExtraction } from './extraction';
import { benchService } from './service';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.env.BENCH?.split(',');
const want = (name: string) => !only || only.includes(name);

if (want('extraction')) benchExtraction(root);
if (want('service')) await benchService(root);
