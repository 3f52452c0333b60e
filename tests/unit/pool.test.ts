import { afterAll, describe, expect, it } from 'vitest';
import { ExtractionPool } from '../../server/extract/pool';
import { extract } from '../../server/extract/index';

const pool = new ExtractionPool(2);
afterAll(() => pool.close());

const docs = [
  { id: 'a', source: 'Karl Venn (born 1950) is a Norwegian painter. He was born in Bergen.', format: 'txt' as const },
  { id: 'b', source: 'Anna Berg is the mayor of Karvensk.', format: 'txt' as const },
  { id: 'c', source: '# Tim Cook\n\nTim Cook, chief executive of Apple, spoke in Berlin.', format: 'md' as const },
];

describe('the extraction pool', () => {
  it('extracts on worker threads exactly what extract() gives in this thread, in the order asked', async () => {
    const results = await Promise.all(docs.map((d) => pool.extract(d)));
    expect(results).toEqual(docs.map((d) => extract(d)));
  }, 60_000);

  it('turns a failing document into a rejected promise and keeps working', async () => {
    await expect(pool.extract({ id: 'bad', source: 42 as never, format: 'txt' })).rejects.toThrow();
    const again = await pool.extract(docs[1]!);
    expect(again.entities.map((e) => e.label)).toContain('Anna Berg');
  }, 60_000);
});
