// npm run bench: prints figures; nothing here passes or fails.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchExtraction } from './extraction';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
benchExtraction(root);
