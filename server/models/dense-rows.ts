// Dense weight rows in WebAssembly memory, added into the scores with SIMD (dense-rows.wat): a
// frequent feature has a weight for most classes, and adding its row eight lanes at a time instead
// of one is what makes tagging and parsing fast enough. The rows are 16-bit, padded to eight lanes.
import { readFileSync } from 'node:fs';

const MODULE = new WebAssembly.Module(readFileSync(new URL('./dense-rows.wasm', import.meta.url)));
const PAGE = 65_536;
/** the most rows one call adds: more features than any model has templates */
const MAX_ROWS = 1024;

interface DenseRowsExports {
  memory: WebAssembly.Memory;
  addRows(rowList: number, nRows: number, dense: number, stride: number, acc: number, lanes8: number): void;
}

export class DenseRows {
  private readonly exports: DenseRowsExports;
  private readonly lanes8: number;
  private readonly stride: number;
  private readonly listAt = 0;
  private readonly accAt = MAX_ROWS * 4;
  private readonly rowsAt: number;
  /** the row numbers to add, filled by the caller */
  readonly rowList: Int32Array;
  private readonly acc: Int32Array;
  private readonly rows: Int16Array;

  constructor(nRows: number, private readonly nClasses: number) {
    this.lanes8 = Math.ceil(nClasses / 8);
    this.stride = this.lanes8 * 16;
    this.rowsAt = this.accAt + this.lanes8 * 32;
    this.exports = new WebAssembly.Instance(MODULE, {}).exports as unknown as DenseRowsExports;
    const need = this.rowsAt + nRows * this.stride;
    const have = this.exports.memory.buffer.byteLength;
    if (need > have) this.exports.memory.grow(Math.ceil((need - have) / PAGE));
    const buffer = this.exports.memory.buffer;
    this.rowList = new Int32Array(buffer, this.listAt, MAX_ROWS);
    this.acc = new Int32Array(buffer, this.accAt, this.lanes8 * 8);
    this.rows = new Int16Array(buffer, this.rowsAt, nRows * this.lanes8 * 8);
  }

  set(row: number, cls: number, weight: number): void {
    this.rows[row * this.lanes8 * 8 + cls] = weight;
  }

  /** Adds the first n rows of rowList into scores. */
  addTo(n: number, scores: Float64Array): void {
    this.acc.fill(0);
    this.exports.addRows(this.listAt, n, this.rowsAt, this.stride, this.accAt, this.lanes8);
    const acc = this.acc;
    for (let c = 0; c < this.nClasses; c++) scores[c]! += acc[c]!;
  }
}
