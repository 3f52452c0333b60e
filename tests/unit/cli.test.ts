import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const kg = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'server/cli.ts'), ...args], { encoding: 'utf8', cwd: root, env: { ...process.env, ...kgEnv } });
const kgEnv: Record<string, string> = {};

describe('kg extract', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-'));
  writeFileSync(path.join(dir, 'one.txt'), 'Nikita Khrushchev attacked Josef Stalin in Moscow.');
  writeFileSync(path.join(dir, 'two.md'), '# A note\n\nVladimir Putin praised Josef Stalin.');

  it('writes one merged graph in graphology serialized form with --out', () => {
    const out = path.join(dir, 'all.json');
    const r = kg('extract', path.join(dir, 'one.txt'), path.join(dir, 'two.md'), '--out', out);
    expect(r.status).toBe(0);
    const g = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(g).sort()).toEqual(['attributes', 'edges', 'nodes', 'options']);
    const stalin = g.nodes.find((n: { attributes: { label: string } }) => n.attributes.label === 'Josef Stalin');
    expect(stalin.key).toBe('josef-stalin');
    expect(stalin.attributes.documents.sort()).toEqual(['one', 'two']);
    expect(g.edges[0]).toMatchObject({ key: expect.any(String), source: expect.any(String), target: expect.any(String) });
  });

  it('gives the same graph on worker threads (--workers 2) as in one process (--workers 0), and refuses a bad count', () => {
    const out0 = path.join(dir, 'w0.json'), out2 = path.join(dir, 'w2.json');
    const files = [path.join(dir, 'one.txt'), path.join(dir, 'two.md')];
    expect(kg('extract', ...files, '--out', out0, '--workers', '0').status).toBe(0);
    expect(kg('extract', ...files, '--out', out2, '--workers', '2').status).toBe(0);
    expect(readFileSync(out2, 'utf8')).toBe(readFileSync(out0, 'utf8'));
    const bad = kg('extract', ...files, '--out', out2, '--workers', 'many');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--workers');
  }, 60_000);

  it('keeps the relations a pronoun ties to one end with --through-pronouns, in one process and on a worker alike', () => {
    const file = path.join(dir, 'pronoun.txt');
    writeFileSync(file, 'Karl Venn\n\nKarl Venn (born 1950) is a Norwegian painter. He was born in Bergen.');
    const bornIn = (...extra: string[]) => {
      const out = path.join(dir, `p${extra.join('')}.json`);
      expect(kg('extract', file, '--out', out, ...extra).status).toBe(0);
      return JSON.parse(readFileSync(out, 'utf8')).edges.filter((e: { source: string; target: string }) => e.source === 'karl-venn' && e.target === 'bergen').length;
    };
    expect(bornIn()).toBe(0);
    expect(bornIn('--through-pronouns')).toBe(1);
    expect(bornIn('--through-pronouns', '--workers', '1')).toBe(1);
  }, 60_000);

  it('writes one graph per input with --out-dir', () => {
    const outDir = path.join(dir, 'per');
    const r = kg('extract', path.join(dir, 'one.txt'), path.join(dir, 'two.md'), '--out-dir', outDir);
    expect(r.status).toBe(0);
    expect(existsSync(path.join(outDir, 'one.json'))).toBe(true);
    expect(existsSync(path.join(outDir, 'two.json'))).toBe(true);
  });

  it('names each bad file in a one-line error, exits non-zero, and still processes the others', () => {
    mkdirSync(path.join(dir, 'adir'), { recursive: true });
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    writeFileSync(path.join(dir, 'huge.txt'), Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
    const outDir = path.join(dir, 'mixed');
    const r = kg('extract', path.join(dir, 'missing.txt'), path.join(dir, 'adir'), path.join(dir, 'empty.txt'), path.join(dir, 'binary.txt'), path.join(dir, 'huge.txt'), path.join(dir, 'one.txt'), '--out-dir', outDir);
    expect(r.status).not.toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(5);
    for (const name of ['missing.txt', 'adir', 'empty.txt', 'binary.txt', 'huge.txt']) expect(lines.some((l) => l.includes(name))).toBe(true);
    expect(existsSync(path.join(outDir, 'one.json'))).toBe(true);
  });

  it('prints usage for a missing output option', () => {
    const r = kg('extract', path.join(dir, 'one.txt'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--out/);
  });
});

describe('kg export and kg import', () => {
  const data = mkdtempSync(path.join(tmpdir(), 'kg-data-'));
  mkdirSync(path.join(data, 'articles'));
  writeFileSync(path.join(data, 'articles', 'note.md'), '# Note\n\nNikita Khrushchev attacked Josef Stalin in Moscow. Later Khrushchev praised Vladimir Lenin.');

  it('exports the corpus in DATA_DIR as GEXF to a file, or an ego network to stdout', () => {
    kgEnv.DATA_DIR = data;
    const out = path.join(data, 'all.gexf');
    const r = kg('export', '--format', 'gexf', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const xml = readFileSync(out, 'utf8');
    expect(xml).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('label="Josef Stalin"');
    const ego = kg('export', '--format', 'json', '--node', 'vladimir-lenin', '--depth', '1');
    expect(ego.status, ego.stderr).toBe(0);
    const g = JSON.parse(ego.stdout);
    expect(g.nodes.map((n: { key: string }) => n.key).sort()).toEqual(['nikita-khrushchev', 'vladimir-lenin']);
  });

  it('exports a graph file given with --graph, and refuses an unknown format or entity', () => {
    const json = path.join(data, 'g.json');
    expect(kg('export', '--format', 'json', '--out', json).status).toBe(0);
    const r = kg('export', '--graph', json, '--format', 'graphml');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('<graphml');
    expect(kg('export', '--format', 'pdf').status).toBe(2);
    const unknown = kg('export', '--node', 'nobody');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('nobody');
  });

  it('imports a GEXF file into graph-data/graphs, and names a malformed one in its error', () => {
    const gexf = path.join(data, 'all.gexf');
    const r = kg('import', gexf, '--name', 'Copy of corpus');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('copy-of-corpus');
    expect(existsSync(path.join(data, 'graphs', 'copy-of-corpus.json'))).toBe(true);
    writeFileSync(path.join(data, 'broken.gexf'), '<gexf><graph>');
    const bad = kg('import', path.join(data, 'broken.gexf'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/broken\.gexf: malformed XML/);
    delete kgEnv.DATA_DIR;
  });
});

describe('kg add, kg remove and kg rebuild', () => {
  it('adds articles through the corpus store, recognises a repeat, removes one and rebuilds', () => {
    const data = mkdtempSync(path.join(tmpdir(), 'kg-corpus-'));
    mkdirSync(path.join(data, 'articles'));
    const file = path.join(data, 'piece.md');
    writeFileSync(file, '# A piece on Kettle\n\nZorvan Kettle, a historian in Tallinn, criticised Vladimir Medinsky.');
    kgEnv.DATA_DIR = data;
    const added = kg('add', file, path.join(data, 'missing.md'));
    expect(added.status).toBe(1); // the missing file fails, the other lands
    expect(added.stdout).toMatch(/added as "a-piece-on-kettle"/);
    expect(added.stderr).toContain('missing.md');
    expect(kg('add', file).stdout).toContain('already in the corpus');
    expect(existsSync(path.join(data, 'extracted', 'a-piece-on-kettle.json'))).toBe(true);
    const rebuilt = kg('rebuild');
    expect(rebuilt.status, rebuilt.stderr).toBe(0);
    expect(rebuilt.stdout).toMatch(/rebuilt: 1 documents/);
    const removed = kg('remove', 'a-piece-on-kettle');
    expect(removed.status, removed.stderr).toBe(0);
    expect(readdirSync(path.join(data, 'articles'))).toEqual([]);
    expect(kg('remove', 'a-piece-on-kettle').status).toBe(1);
    delete kgEnv.DATA_DIR;
  });
});

describe('kg corrections, merge, rename, retype, split, relate, delete and undo', () => {
  it('correct the corpus through the store, as the API does (merge, rename, retype, split, relate, delete); the corrections outlive kg rebuild', () => {
    const data = mkdtempSync(path.join(tmpdir(), 'kg-corrections-'));
    cpSync(path.resolve(root, 'tests/fixtures/corrections'), path.join(data, 'articles'), { recursive: true });
    kgEnv.DATA_DIR = data;
    const ok = (...args: string[]) => { const r = kg(...args); expect(r.status, r.stderr).toBe(0); return r.stdout; };
    expect(ok('corrections')).toContain('no corrections');
    expect(ok('merge', 'josef-stalin', 'stalin')).toMatch(/merge "Josef Stalin" \(josef-stalin\) into "Joseph Stalin" \(stalin\)/);
    expect(ok('rename', 'chelsea', 'Chelsea F.C.')).toContain('rename "Chelsea" (chelsea) to "Chelsea F.C."');
    // (a type the extractor never gives it, so that the correction changes something whatever the models read)
    expect(ok('retype', 'bayern', 'event')).toContain('retype "Bayern" (bayern) as event');
    expect(ok('split', 'bayern-munich', 'Munich', '--type', 'place')).toContain('split "Munich" out of "Bayern Munich"');
    expect(ok('relate', 'stalin', 'vyacheslav-molotov', 'worked with', '--note', 'by hand')).toContain('—worked with→');
    const deleted = ok('delete', 'kremlin');
    const id = /^(\S+)\s/.exec(deleted)![1]!;
    const bad = kg('merge', 'stalin', 'stalin');
    expect([bad.status, bad.stderr]).toEqual([1, expect.stringContaining('cannot be merged into itself')]);
    expect(kg('retype', 'bayern', 'club').status).toBe(2);
    expect(kg('rename', 'nobody', 'X').stderr).toContain('No entity with id "nobody"');
    ok('rebuild');
    const graph = () => JSON.parse(ok('export', '--format', 'json')) as { nodes: { key: string; attributes: { label: string; type: string } }[] };
    const nodes = new Map(graph().nodes.map((n) => [n.key, n.attributes]));
    expect(nodes.has('josef-stalin')).toBe(false);
    expect(nodes.get('chelsea')?.label).toBe('Chelsea F.C.');
    expect(nodes.get('bayern')?.type).toBe('event');
    expect(nodes.has('kremlin')).toBe(false);
    expect(nodes.get('munich')?.type).toBe('place');
    expect(ok('corrections').trim().split('\n')).toHaveLength(6);
    expect(ok('undo', id)).toContain(`undone ${id}`);
    expect(new Set(graph().nodes.map((n) => n.key)).has('kremlin')).toBe(true);
    expect(JSON.parse(ok('corrections', '--json'))).toHaveLength(5);
    delete kgEnv.DATA_DIR;
  }, 120_000);
});

describe('kg parse', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-parse-'));

  it('fills tags, heads and labels of a CoNLL-U file that gives only ids and forms, keeping its lines in order', () => {
    const input = [
      '# sent_id = a', '1\tMary', '2\tfounded', '3\tthe', '4\tcompany', '5\t.', '',
      '# sent_id = b', '1-2\tdidn\'t', '1\tdid', '2\tn\'t', '3\tsleep', '',
    ].join('\n');
    writeFileSync(path.join(dir, 'in.conllu'), input);
    const r = kg('parse', '--conllu', path.join(dir, 'in.conllu'));
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('#'))).toEqual(['# sent_id = a', '# sent_id = b']);
    expect(lines).toContain("1-2\tdidn't");
    const words = lines.filter((l) => /^\d+\t/.test(l)).map((l) => l.split('\t'));
    expect(words.map((w) => w[1])).toEqual(['Mary', 'founded', 'the', 'company', '.', 'did', "n't", 'sleep']);
    for (const w of words) expect(w).toHaveLength(10);
    expect(words.slice(0, 5).map((w) => [w[3], w[6], w[7]])).toEqual([
      ['PROPN', '2', 'nsubj'], ['VERB', '0', 'root'], ['DET', '4', 'det'], ['NOUN', '2', 'obj'], ['PUNCT', '2', 'punct'],
    ]);
  });

  it('prints an article\'s sentences as CoNLL-U, contractions as multi-word tokens', () => {
    writeFileSync(path.join(dir, 'a.txt'), "Alice founded Acme in Paris. She didn't stay.");
    const r = kg('parse', path.join(dir, 'a.txt'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('# text = Alice founded Acme in Paris.');
    expect(r.stdout).toContain("2-3\tdidn't");
    expect(r.stdout).toMatch(/^2\tdid\tdo\tAUX\t/m);
    expect(r.stdout).toMatch(/^3\tn't\tnot\tPART\t/m);
  });

  it('says what is wrong with a malformed file', () => {
    writeFileSync(path.join(dir, 'bad.conllu'), '1\tA\n3\tB\n');
    const r = kg('parse', '--conllu', path.join(dir, 'bad.conllu'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/line 2: word id 3 where 2 was expected/);
    expect(kg('parse').status).toBe(2);
  });

  it('ends quietly with status 0 when the reader of its output goes away (kg export | head -c 100)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ariadne-pipe-'));
    const graph = { attributes: {}, options: { type: 'directed', multi: false, allowSelfLoops: false }, nodes: Array.from({ length: 5000 }, (_, i) => ({ key: `n${i}`, attributes: { label: `Entity number ${i}`, type: 'other', aliases: [], mentions: [], documents: [] } })), edges: [] };
    writeFileSync(path.join(dir, 'big.json'), JSON.stringify(graph));
    const cli = `${JSON.stringify(process.execPath)} --import tsx ${JSON.stringify(path.join(root, 'server/cli.ts'))} export --format gexf --graph ${JSON.stringify(path.join(dir, 'big.json'))}`;
    const r = spawnSync('bash', ['-c', `set -o pipefail; ${cli} | head -c 100 > /dev/null`], { encoding: 'utf8', cwd: root });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
