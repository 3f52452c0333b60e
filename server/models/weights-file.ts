// The committed weights: one gzip file per model bundle, holding a JSON header (metadata and where
// each typed array lies) and the arrays' bytes. Loading is a gunzip and typed-array views: no parsing
// of numbers, so a bundle of millions of weights loads in milliseconds.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync, gunzipSync } from 'node:zlib';
import { Perceptron } from './perceptron';

type ArrayKind = 'u32' | 'u16' | 'i16' | 'u8' | 'i8';
type TypedArray = Uint32Array | Uint16Array | Int16Array | Uint8Array | Int8Array;

interface Header { meta: unknown; arrays: Record<string, { kind: ArrayKind; offset: number; length: number }> }

const MAGIC = 0x57495241; // "ARIW"
const CTORS = { u32: Uint32Array, u16: Uint16Array, i16: Int16Array, u8: Uint8Array, i8: Int8Array } as const;
const kindOf = (a: TypedArray): ArrayKind =>
  a instanceof Uint32Array ? 'u32' : a instanceof Uint16Array ? 'u16' : a instanceof Int16Array ? 'i16' : a instanceof Int8Array ? 'i8' : 'u8';

export interface Bundle { meta: unknown; arrays: Record<string, TypedArray> }

export function encodeBundle(bundle: Bundle): Buffer {
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
  return gzipSync(out, { level: 9 });
}

export function decodeBundle(gz: Buffer): Bundle {
  const raw = gunzipSync(gz);
  if (raw.length < 8 || raw.readUInt32LE(0) !== MAGIC) throw new Error('not a weights bundle');
  const headerLength = raw.readUInt32LE(4);
  const header = JSON.parse(raw.subarray(8, 8 + headerLength).toString('utf8')) as Header;
  const body = Math.ceil((8 + headerLength) / 4) * 4;
  // copy into a fresh, aligned buffer: gunzip's output may start at any byte offset
  const data = new Uint8Array(raw.length - body);
  data.set(raw.subarray(body));
  const arrays: Record<string, TypedArray> = {};
  for (const [name, { kind, offset, length }] of Object.entries(header.arrays)) {
    arrays[name] = new CTORS[kind](data.buffer, offset, length);
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
 * A perceptron's arrays under a name prefix, and back. To keep the file small: features sorted by
 * key, each key written as a varint of its difference from the one before; each feature's entry
 * count as a byte instead of an offset; each weight in 8 bits on a square-root scale (fine steps
 * for the many small weights, coarse for the few large ones: no loss of accuracy on EWT dev).
 */
export function perceptronArrays(prefix: string, p: Perceptron): Record<string, TypedArray> {
  const order = Array.from(p.keys, (_, i) => i).sort((x, y) => p.keys[x]! - p.keys[y]!);
  const deltas: number[] = [];
  const counts = new Uint8Array(order.length);
  const classes: number[] = [];
  const weights: number[] = [];
  let previous = 0;
  order.forEach((i, k) => {
    let d = p.keys[i]! - previous;
    previous = p.keys[i]!;
    while (d >= 128) { deltas.push((d % 128) | 128); d = Math.floor(d / 128); }
    deltas.push(d);
    counts[k] = p.offsets[i + 1]! - p.offsets[i]!;
    for (let e = p.offsets[i]!; e < p.offsets[i + 1]!; e++) { classes.push(p.classes[e]!); weights.push(toByte(p.weights[e]!)); }
  });
  return { [`${prefix}.keyDeltas`]: Uint8Array.from(deltas), [`${prefix}.counts`]: counts, [`${prefix}.classes`]: Uint8Array.from(classes), [`${prefix}.weights`]: Int8Array.from(weights) };
}

/** A 16-bit weight on the 8-bit square-root scale, and back. */
const toByte = (w: number): number => Math.sign(w) * Math.round(Math.sqrt(Math.abs(w) / 32767) * 127);
const FROM_BYTE = Int16Array.from({ length: 256 }, (_, i) => {
  const q = i - 128;
  return Math.sign(q) * Math.round((q / 127) ** 2 * 32767);
});

export function perceptronFrom(bundle: Bundle, prefix: string, nClasses: number): Perceptron {
  const a = (name: string) => {
    const arr = bundle.arrays[`${prefix}.${name}`];
    if (!arr) throw new Error(`weights bundle lacks ${prefix}.${name}`);
    return arr;
  };
  const counts = a('counts');
  const offsets = new Uint32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) offsets[i + 1] = offsets[i]! + counts[i]!;
  const deltas = a('keyDeltas');
  const keys = new Uint32Array(counts.length);
  let previous = 0;
  for (let at = 0, k = 0; k < keys.length; k++) {
    let d = 0, scale = 1, byte;
    do { byte = deltas[at++]!; d += (byte & 127) * scale; scale *= 128; } while (byte & 128);
    keys[k] = previous = previous + d;
  }
  const bytes = a('weights');
  const weights = new Int16Array(bytes.length);
  for (let e = 0; e < bytes.length; e++) weights[e] = FROM_BYTE[bytes[e]! + 128]!;
  return new Perceptron(nClasses, keys, offsets, a('classes') as Uint8Array, weights);
}
