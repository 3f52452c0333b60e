// npm run bench: prints figures; nothing here passes or fails.
// BENCH=syntax,extraction,pathological,service,export,browser,corpus,upload,corrections picks sections (all by default); BENCH_NODES, BENCH_EDGES and
// BENCH_SECONDS change the synthetic graph and the load duration.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchExtraction } from './extraction';
import { benchPathological } from './pathological';
import { benchSyntax } from './syntax';
import { benchService, prepareSynthetic, removePrepared } from './service';
import { benchExport } from './export';
import { benchBrowser } from './browser';
import { benchCorpus, benchUpload } from './corpus';
import { benchCorrections } from './corrections';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.env.BENCH?.split(',');
const want = (name: string) => !only || only.includes(name);

if (want('syntax')) benchSyntax(root);
if (want('extraction')) benchExtraction(root);
if (want('pathological')) benchPathological();
if (want('service') || want('export')) {
  const prep = await prepareSynthetic(root);
  try {
    if (want('service')) await benchService(root, prep);
    if (want('export')) benchExport(root, prep.file, `synthetic graph, ${prep.order.toLocaleString('en')} nodes, ${prep.size.toLocaleString('en')} edges`);
  } finally {
    removePrepared(prep);
  }
}
if (want('browser')) await benchBrowser(root);
if (want('corpus')) await benchCorpus(root);
if (want('upload')) await benchUpload(root);
if (want('corrections')) await benchCorrections(root);
