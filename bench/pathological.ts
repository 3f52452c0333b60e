// Extraction of pathological articles: ordinary prose, one endless sentence without a full stop,
// and names strung together, at growing sizes. Time and memory should grow linearly.
import { extract } from '../server/extract/index';

const FIRST = ['Anna', 'Karl', 'Olga', 'Nils', 'Marta', 'Ivan', 'Lena', 'Piotr'];
const LAST = ['Berg', 'Venn', 'Dahl', 'Ruud', 'Kovac', 'Lind', 'Strand', 'Holm'];
const PLACES = ['Oslo', 'Bergen', 'Warsaw', 'Prague', 'Vienna', 'Riga', 'Tallinn', 'Vilnius'];

/** About `bytes` of text of one kind. */
export function pathologicalText(kind: 'prose' | 'endless' | 'strung', bytes: number): string {
  const parts: string[] = [];
  for (let i = 0, n = 0; n < bytes; i++) {
    const s = kind === 'strung' ? `${FIRST[i % 8]} ${LAST[(i * 7) % 8]}`
      : `${FIRST[i % 8]} ${LAST[(i * 3) % 8]} met ${FIRST[(i + 3) % 8]} ${LAST[(i * 5 + 1) % 8]} in ${PLACES[i % 8]}${kind === 'endless' ? ' and then' : '.'}`;
    parts.push(s);
    n += s.length + 1;
  }
  return parts.join(' ');
}

export function benchPathological(): void {
  const sizes = (process.env.BENCH_PATHOLOGICAL_MB ?? '0.1,0.5,1').split(',').map(Number);
  console.log(`extraction of pathological articles (sizes ${sizes.join(', ')} MB; BENCH_PATHOLOGICAL_MB=0.1,0.5,1,2 for more)`);
  extract({ id: 'warm', source: 'Anna Berg lives in Oslo.', format: 'txt' });
  for (const kind of ['prose', 'endless', 'strung'] as const) {
    const cells: string[] = [];
    for (const mb of sizes) {
      const text = pathologicalText(kind, mb * 1024 * 1024);
      const rss = process.memoryUsage().rss;
      const t = performance.now();
      extract({ id: kind, source: text, format: 'txt' });
      const s = (performance.now() - t) / 1000;
      cells.push(`${mb} MB ${s.toFixed(1)} s (+${Math.max(0, Math.round((process.memoryUsage().rss - rss) / 1e6))} MB)`);
    }
    console.log(`  ${kind.padEnd(8)} ${cells.join(' · ')}`);
  }
}
