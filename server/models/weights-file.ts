// The committed weights: one file per model bundle, holding a JSON header (metadata and where each
// typed array lies) and the arrays' bytes, gzipped or not. Loading is typed-array views (after a
// gunzip if the file is one): no parsing of numbers, so millions of weights load in milliseconds.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync, gunzipSync } from 'node:zlib';
import { byteOf, Perceptron } from './perceptron';

type ArrayKind = 'u32' | 'u16' | 'i16' | 'u8' | 'i8';
type TypedArray = Uint32Array | Uint16Array | Int16Array | Uint8Array | Int8Array;

interface Header { meta: unknown; arrays: Record<string, { kind: ArrayKind; offset: number; length: number }> }

const MAGIC = 0x57495241; // "ARIW"
const CTORS = { u32: Uint32Array, u16: Uint16Array, i16: Int16Array, u8: Uint8Array, i8: Int8Array } as const;
const kindOf = (a: TypedArray): ArrayKind =>
  a instanceof Uint32Array ? 'u32' : a instanceof Uint16Array ? 'u16' : a instanceof Int16Array ? 'i16' : a instanceof Int8Array ? 'i8' : 'u8';

export interface Bundle { meta: unknown; arrays: Record<string, TypedArray> }

/**
 * The bundle's bytes, gzipped unless `compress` is false: a large bundle whose arrays are already
 * dense (varint keys, 8-bit weights) gains little from gzip and loads faster without the gunzip.
 */
export function encodeBundle(bundle: Bundle, { compress = true }: { compress?: boolean } = {}): Buffer {
  const arrays: Header['arrays'] = {};
  let offset = 0;
  const parts: TypedArray[] = [];
  for (const [name, a] of Object.entries(bundle.arrays)) {
    offset = Math.ceil(offset / 4) * 4;
    arrays[name] = { kind: kindOf(a), offset, length: a.length };
    parts.push(a);
    offset += a.byteLength;
  }
  const header = Buffer.from(JSON.stringify({ meta: bundle.meta, arrays } satisfies Header), 'utf8');
  const headerLength = Math.ceil((8 + header.length) / 4) * 4;
  const out = Buffer.alloc(headerLength + offset);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(header.length, 4);
  header.copy(out, 8);
  for (const [name, a] of Object.entries(bundle.arrays)) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, headerLength + arrays[name]!.offset);
  }
  return compress ? gzipSync(out, { level: 9 }) : out;
}

const isGzip = (bytes: Buffer) => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

export function decodeBundle(bytes: Buffer): Bundle {
  const raw = isGzip(bytes) ? gunzipSync(bytes) : bytes;
  if (raw.length < 8 || raw.readUInt32LE(0) !== MAGIC) throw new Error('not a weights bundle');
  const headerLength = raw.readUInt32LE(4);
  const header = JSON.parse(raw.subarray(8, 8 + headerLength).toString('utf8')) as Header;
  const body = Math.ceil((8 + headerLength) / 4) * 4;
  // typed arrays need aligned offsets: the bytes are viewed in place when they are aligned (a file
  // read whole), else copied into a fresh buffer (gunzip's output may start at any byte offset)
  let buffer: ArrayBuffer, start: number;
  if ((raw.byteOffset + body) % 4 === 0) {
    buffer = raw.buffer as ArrayBuffer; start = raw.byteOffset + body;
  } else {
    const data = new Uint8Array(raw.length - body);
    data.set(raw.subarray(body));
    buffer = data.buffer; start = 0;
  }
  const arrays: Record<string, TypedArray> = {};
  for (const [name, { kind, offset, length }] of Object.entries(header.arrays)) {
    arrays[name] = new CTORS[kind](buffer, start + offset, length);
  }
  return { meta: header.meta, arrays };
}

/**
 * A model's shipped weights, read and decoded on first use; null while the file does not exist yet
 * (before `npm run train` first wrote it), so the extractor runs without that stage.
 */
export function optionalWeights<T>(file: string, decode: (gz: Buffer) => T): () => T | null {
  let loaded: T | null | undefined;
  return () => (loaded === undefined ? (loaded = existsSync(file) ? decode(readFileSync(file)) : null) : loaded);
}

/**
 * A perceptron's arrays under a name prefix, and back. To keep the file small: each key (they are
 * ascending) written as a varint of its difference from the one before; each feature's entry count
 * as a byte instead of an offset; the entries as the model holds them (class and 8-bit weight), so
 * loading reads them in place. A feature whose largest weight is below `minRowByte` on the 8-bit
 * scale is left out.
 */
export function perceptronArrays(prefix: string, p: Perceptron, { minRowByte = 0 }: { minRowByte?: number } = {}): Record<string, TypedArray> {
  let kept: Perceptron = p;
  if (minRowByte > 0) {
    const keys: number[] = [], offsets: number[] = [0], entries: number[] = [];
    p.forEachFeature((key, from, to) => {
      let largest = 0;
      for (let e = from; e < to; e++) largest = Math.max(largest, Math.abs(byteOf(p.weightAt(e))));
      if (largest < minRowByte) return;
      keys.push(key);
      for (let e = from; e < to; e++) entries.push(p.entries[e]!);
      offsets.push(entries.length);
    });
    kept = Perceptron.fromKeys(p.nClasses, keys, offsets, Uint16Array.from(entries));
  }
  return { [`${prefix}.keyDeltas`]: kept.keyDeltas, [`${prefix}.counts`]: kept.counts, [`${prefix}.entries`]: kept.entries };
}

export function perceptronFrom(bundle: Bundle, prefix: string, nClasses: number): Perceptron {
  const a = (name: string) => {
    const arr = bundle.arrays[`${prefix}.${name}`];
    if (!arr) throw new Error(`weights bundle lacks ${prefix}.${name}`);
    return arr;
  };
  const deltas = a('keyDeltas'), counts = a('counts'), entries = a('entries');
  if (!(deltas instanceof Uint8Array) || !(counts instanceof Uint8Array) || !(entries instanceof Uint16Array)) {
    throw new Error(`weights bundle's ${prefix} arrays are not of the kinds a perceptron keeps`);
  }
  return new Perceptron(nClasses, deltas, counts, entries);
}
