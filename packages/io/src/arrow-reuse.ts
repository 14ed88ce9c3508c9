/**
 * A changed table's Arrow file made from the previous set's where its rows did not change. A daily update changes a
 * few hundred rows of tables of tens of thousands, and encoding every value again was the largest cost of writing
 * the tables (row-reuse.ts does the same for the CSV records). The file is one record batch per column, as
 * flechette's builders make it from every row: each column's buffers are put together from runs of the previous
 * file's rows (found by row key) and of a batch built from the new rows alone, sized and zero-padded as the
 * builders size them, so the bytes are those of a file built from every row (packages/io/test/arrow-reuse.test.ts compares).
 * The previous file is used only when it hashes as recorded and holds one batch per column of the recorded rows.
 */
import { batchType, type Column, tableFromColumns, tableFromIPC, tableToIPC, Type, type Batch, type DataType } from '@uwdata/flechette';

/** Rows taken together: `count` rows from `start` of the previous batch (`previous`) or of the new rows' batch. */
export interface RowRun {
  previous: boolean;
  start: number;
  count: number;
}

/** Runs of consecutive rows of one source, in the table's order: `at(i)` is the previous file's row of row i, or -1. */
export function rowRuns(length: number, at: (i: number) => number): RowRun[] {
  const runs: RowRun[] = [];
  let fresh = 0;
  for (let i = 0; i < length; i++) {
    const p = at(i);
    const last = runs[runs.length - 1];
    const previous = p >= 0;
    const start = previous ? p : fresh++;
    if (last && last.previous === previous && last.start + last.count === start) last.count++;
    else runs.push({ previous, start, count: 1 });
  }
  return runs;
}

/** Bytes, rounded up to 8 as flechette's buffers are (align64), in elements of `bpe` bytes. */
const aligned = (length: number, bpe = 1) => ((length * bpe + 7) & ~7) / bpe;
const bitmapBytes = (rows: number) => aligned(((rows - 1) >> 3) + 1);
const bit = (bits: Uint8Array, i: number) => (bits[i >> 3]! >> (i & 7)) & 1;

type AnyBatch = Batch<unknown> & { validity: Uint8Array; values: ArrayLike<number> & { subarray(a: number, b: number): ArrayLike<number> }; offsets?: Int32Array };

/** The one batch of each column, or null when a column has another number (then the file is built from every row). */
export function singleBatches(bytes: Uint8Array, names: string[], rows: number): AnyBatch[] | null {
  const table = tableFromIPC(bytes);
  if (table.numRows !== rows) return null;
  const batches: AnyBatch[] = [];
  for (const name of names) {
    const data = table.getChild(name)?.data;
    if (data?.length !== 1) return null;
    batches.push(data[0] as AnyBatch);
  }
  return batches;
}

/** One column's batch of `length` rows from the runs over the previous batch and the new rows' batch. */
export function mergeBatch(type: DataType, runs: RowRun[], length: number, previous: AnyBatch | undefined, fresh: AnyBatch | undefined): Batch<unknown> {
  const source = (run: RowRun) => (run.previous ? previous : fresh)!;
  const valid = (b: AnyBatch, i: number) => !b.nullCount || !b.validity.length || bit(b.validity, i) === 1;
  const validity = new Uint8Array(bitmapBytes(length));
  let nullCount = 0;
  let row = 0;
  for (const run of runs) {
    const b = source(run);
    for (let i = 0; i < run.count; i++, row++) {
      if (valid(b, run.start + i)) validity[row >> 3]! |= 1 << (row & 7);
      else nullCount++;
    }
  }
  const parts = { length, nullCount, type, validity: nullCount ? validity : new Uint8Array(0) };
  const Made = batchType(type) as unknown as new (options: object) => Batch<unknown>;
  if (type.typeId === Type.Utf8) return new Made({ ...parts, ...utf8Buffers(runs, length, source) });
  if (type.typeId === Type.Bool) return new Made({ ...parts, values: boolBuffer(runs, length, source) });
  return new Made({ ...parts, values: directBuffer(type, runs, length, source) });
}

function utf8Buffers(runs: RowRun[], length: number, source: (run: RowRun) => AnyBatch) {
  const offsets = new Int32Array(aligned(length + 1, 4));
  let total = 0;
  let row = 0;
  for (const run of runs) {
    const from = source(run).offsets!;
    for (let i = 0; i < run.count; i++) offsets[++row] = total += from[run.start + i + 1]! - from[run.start + i]!;
  }
  const values = new Uint8Array(aligned(total + 1)); // the builder keeps one byte past the last value
  row = 0;
  for (const run of runs) {
    const b = source(run);
    const from = b.offsets!;
    values.set((b.values as Uint8Array).subarray(from[run.start]!, from[run.start + run.count]!), offsets[row]!);
    row += run.count;
  }
  return { offsets, values };
}

function boolBuffer(runs: RowRun[], length: number, source: (run: RowRun) => AnyBatch): Uint8Array {
  const values = new Uint8Array(bitmapBytes(length));
  let row = 0;
  for (const run of runs) {
    const from = source(run).values as Uint8Array;
    for (let i = 0; i < run.count; i++, row++) if (bit(from, run.start + i)) values[row >> 3]! |= 1 << (row & 7);
  }
  return values;
}

function directBuffer(type: DataType, runs: RowRun[], length: number, source: (run: RowRun) => AnyBatch) {
  const ArrayType = (type as { values: new (n: number) => Int32Array | Float64Array }).values;
  const values = new ArrayType(aligned(length, new ArrayType(0).BYTES_PER_ELEMENT));
  let row = 0;
  for (const run of runs) {
    values.set(source(run).values.subarray(run.start, run.start + run.count) as Int32Array & Float64Array, row);
    row += run.count;
  }
  return values;
}

/** Where an Arrow file's bytes go as flechette encodes them: its pieces, in order. */
export interface ByteSink {
  write(bytes: Uint8Array): void;
}

/**
 * The IPC file of the named columns (as arquero's toArrowIPC writes a table of one batch per column), written to `sink`
 * piece by piece through flechette's sink: no copy of the whole file is made (finish gives no bytes).
 */
export function writeColumns(columns: [string, Column<unknown>][], sink: ByteSink): void {
  const pieces = { write: (bytes: Uint8Array) => sink.write(bytes), pad: (count: number) => sink.write(new Uint8Array(count)), finish: () => null };
  tableToIPC(tableFromColumns(columns), { format: 'file', sink: pieces });
}
