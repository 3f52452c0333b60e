// kg: the command line. `kg extract FILE... --out OUT.json | --out-dir DIR`.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extract, type Extraction } from './extract/index';
import { buildGraph } from './graph/build';
import { InputError, readArticleFile } from './io/article-file';

const USAGE = `usage:
  kg extract FILE... --out OUT.json     one merged graph (graphology's serialized form)
  kg extract FILE... --out-dir DIR      one graph per input, DIR/<name>.json`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'extract': return extractCommand(rest);
    case undefined: case '-h': case '--help': console.log(USAGE); return command ? 0 : 2;
    default: console.error(`kg: unknown command "${command}"\n${USAGE}`); return 2;
  }
}

async function extractCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' }, 'out-dir': { type: 'string' } } });
  if (!positionals.length || (!values.out && !values['out-dir']) || (values.out && values['out-dir'])) {
    console.error(`kg extract: give input files and one of --out or --out-dir\n${USAGE}`);
    return 2;
  }
  const showProgress = positionals.length > 10;
  const extractions: Extraction[] = [];
  let failed = 0;
  for (const [i, file] of positionals.entries()) {
    try {
      const article = await readArticleFile(file);
      const x = extract(article);
      if (values['out-dir']) {
        await writeJson(path.join(values['out-dir'], `${article.id}.json`), buildGraph([x]).export());
      } else extractions.push(x);
    } catch (err) {
      failed++;
      console.error(`kg extract: ${err instanceof InputError ? err.message : `${file}: ${(err as Error).message}`}`);
    }
    if (showProgress && ((i + 1) % 50 === 0 || i + 1 === positionals.length)) console.error(`kg extract: ${i + 1}/${positionals.length} files`);
  }
  if (values.out) await writeJson(values.out, buildGraph(extractions).export());
  return failed ? 1 : 0;
}

async function writeJson(file: string, data: unknown): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, JSON.stringify(data));
  await fs.rename(tmp, file);
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err) => {
  console.error(`kg: ${(err as Error).stack ?? err}`);
  process.exitCode = 1;
});
