import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TableSchema } from '@frontline/schema';
import { AtomicFile } from './atomic.ts';
import { writeArrow, type ArrowReuse } from './arrow.ts';
import { csvBody, csvHeader } from './csv.ts';
import type { Row } from './cells.ts';
import { linkUnchanged, sha256Of, tableDigest, type TableReuse } from './table-reuse.ts';
import { indexText, PreviousRecords, recordLengths, rowKey, rowPositions, writerOf } from './row-reuse.ts';

export interface WrittenTable {
  schema: TableSchema;
  rows: number;
  files: string[]; // paths relative to the output folder
  /** Each file's SHA-256 when the writer knows it (hashed as written, or checked before linking): not read again. */
  sha256?: Record<string, string>;
}

/** Rows serialized to CSV at a time: the table's cells and text are never all in memory at once. */
const CSV_ROWS_PER_PIECE = 2000;

/**
 * Writes `<name>.csv` and `<name>.arrow` (and `<name>.hxl.csv` when asked) under `dir`, each atomically; the HXL file
 * shares the CSV file's rows, serialized once, a few thousand rows at a time and written as they are made (a large
 * table's CSV text and cells were once held whole beside its Arrow columns). With `reuse`, a table whose content is
 * that of the previous set's is linked from it instead (table-reuse.ts), and a changed table's unchanged rows take
 * their CSV records from the previous file (row-reuse.ts).
 */
export function writeTable(dir: string, schema: TableSchema, rows: Row[], options: { hxl?: boolean; reuse?: TableReuse } = {}): WrittenTable {
  const files = [`${schema.name}.csv`, `${schema.name}.arrow`, ...(options.hxl ? [`${schema.name}.hxl.csv`] : [])];
  const { reuse } = options;
  if (!reuse) {
    writeTableFiles(dir, schema, rows, files, null);
    return { schema, rows: rows.length, files };
  }
  const keys = rows.map((row) => rowKey(schema, row));
  const digest = tableDigest(reuse.version, schema, rows, files, keys);
  if (linkUnchanged(dir, reuse, schema.name, digest, files)) return { schema, rows: rows.length, files, sha256: reuse.after[schema.name]!.files };
  const writer = writerOf(reuse.version, schema);
  const previous = previousRecords(reuse, schema, files[0]!, writer);
  try {
    const arrow = previousArrow(reuse, schema, files[1]!, writer, keys);
    const { hashes, lengths } = writeTableFiles(dir, schema, rows, files, { keys, previous, arrow });
    reuse.after[schema.name] = { digest, files: hashes, rows: { writer, index: indexText(keys, lengths) } };
    return { schema, rows: rows.length, files, sha256: hashes };
  } finally {
    previous?.close();
  }
}

/** The previous set's CSV records of the table, when its record has an index of them and the file is intact. */
function previousRecords(reuse: TableReuse, schema: TableSchema, csvFile: string, writer: string): PreviousRecords | null {
  const known = reuse.before[schema.name];
  const sha256 = known?.files[csvFile];
  if (!known?.rows || !sha256) return null;
  return PreviousRecords.open(join(reuse.previous, csvFile), sha256, Buffer.byteLength(csvHeader(schema, false)), known.rows, writer);
}

/** The previous set's Arrow file of the table, when it hashes as recorded and the same writers made it. */
function previousArrow(reuse: TableReuse, schema: TableSchema, arrowFile: string, writer: string, keys: string[]): ArrowReuse | null {
  const known = reuse.before[schema.name];
  const sha256 = known?.files[arrowFile];
  if (!known?.rows || !sha256 || known.rows.writer !== writer) return null;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(reuse.previous, arrowFile));
  } catch {
    return null;
  }
  if (sha256Of(bytes) !== sha256) return null;
  const index = known.rows.index;
  return { bytes, position: rowPositions(index), rows: index === '' ? 0 : index.split(',').length, keys };
}

/** With a record: each row's key, the previous files' records and rows, and (filled as written) each record's length. */
interface Recorded {
  keys: string[];
  previous: PreviousRecords | null;
  arrow: ArrowReuse | null;
}

/** The table's files, committed in the order of `files` (CSV, Arrow, HXL); each file's SHA-256 and each CSV record's length. */
function writeTableFiles(dir: string, schema: TableSchema, rows: Row[], files: string[], recorded: Recorded | null) {
  const [csvFile, arrowFile, hxlFile] = files as [string, string, string | undefined];
  const hashing = recorded !== null;
  const csv = new AtomicFile(join(dir, csvFile), { hash: hashing });
  const hxl = hxlFile ? new AtomicFile(join(dir, hxlFile), { hash: hashing }) : null;
  let arrow: AtomicFile | null = null;
  const lengths: number[] = [];
  try {
    csv.write(csvHeader(schema, false));
    hxl?.write(csvHeader(schema, true));
    for (const piece of csvPieces(schema, rows, recorded, lengths)) {
      csv.write(piece);
      hxl?.write(piece);
    }
    csv.commit();
    arrow = new AtomicFile(join(dir, arrowFile), { hash: hashing });
    writeArrow(schema, rows, arrow, recorded?.arrow); // after the CSV text is gone, streamed: the file's bytes are never whole in memory
    arrow.commit();
    hxl?.commit();
    const hashes: Record<string, string> = Object.fromEntries([[csvFile, csv.sha256], [arrowFile, arrow.sha256], ...(hxl ? [[hxlFile, hxl.sha256]] : [])]);
    return { hashes, lengths };
  } catch (err) {
    csv.abort();
    arrow?.abort();
    hxl?.abort();
    throw err;
  }
}

/** Bytes of the previous file copied at a time (consecutive records are read as one run). */
const RUN_BYTES = 4 << 20;

/**
 * The CSV records of the rows, in order, in pieces: the previous file's bytes for rows it has (consecutive ones read
 * as one run), the rest serialized a few thousand at a time. With a record, each record's length goes to `lengths`.
 */
function* csvPieces(schema: TableSchema, rows: Row[], recorded: Recorded | null, lengths: number[]): Generator<Uint8Array> {
  let fresh: number[] = []; // positions of rows to serialize
  let run: { start: number; length: number } | null = null; // previous bytes to copy
  const serialize = () => {
    const piece = Buffer.from(csvBody(schema, fresh.map((i) => rows[i]!)));
    if (recorded) recordLengths(piece).forEach((length, j) => (lengths[fresh[j]!] = length));
    fresh = [];
    return piece;
  };
  for (let i = 0; i < rows.length; i++) {
    const span = recorded?.previous?.find(recorded.keys[i]!);
    if (!span) {
      if (run) {
        yield recorded!.previous!.read(run);
        run = null;
      }
      if (fresh.push(i) >= CSV_ROWS_PER_PIECE) yield serialize();
      continue;
    }
    if (fresh.length) yield serialize();
    lengths[i] = span.length;
    if (run && run.start + run.length === span.start && run.length < RUN_BYTES) run.length += span.length;
    else {
      if (run) yield recorded!.previous!.read(run);
      run = { ...span };
    }
  }
  if (run) yield recorded!.previous!.read(run);
  if (fresh.length) yield serialize();
}
