import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { TableSchema } from '@frontline/schema';
import { AtomicFile } from './atomic.ts';
import { toArrow } from './arrow.ts';
import { csvBody, csvHeader } from './csv.ts';
import type { Row } from './cells.ts';
import { linkUnchanged, tableDigest, type TableReuse } from './table-reuse.ts';

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
 * that of the previous set's is linked from it instead (table-reuse.ts).
 */
export function writeTable(dir: string, schema: TableSchema, rows: Row[], options: { hxl?: boolean; reuse?: TableReuse } = {}): WrittenTable {
  const files = [`${schema.name}.csv`, `${schema.name}.arrow`, ...(options.hxl ? [`${schema.name}.hxl.csv`] : [])];
  const { reuse } = options;
  const digest = reuse ? tableDigest(reuse.version, schema, rows, files) : '';
  if (reuse && linkUnchanged(dir, reuse, schema.name, digest, files)) return { schema, rows: rows.length, files, sha256: reuse.after[schema.name]!.files };
  const hashes = writeTableFiles(dir, schema, rows, files, reuse !== undefined);
  if (!reuse) return { schema, rows: rows.length, files };
  reuse.after[schema.name] = { digest, files: hashes };
  return { schema, rows: rows.length, files, sha256: hashes };
}

/** The table's files, committed in the order of `files` (CSV, Arrow, HXL); each file's SHA-256. */
function writeTableFiles(dir: string, schema: TableSchema, rows: Row[], files: string[], hashing: boolean): Record<string, string> {
  const [csvFile, arrowFile, hxlFile] = files as [string, string, string | undefined];
  const csv = new HashedFile(join(dir, csvFile), hashing);
  const hxl = hxlFile ? new HashedFile(join(dir, hxlFile), hashing) : null;
  try {
    csv.write(csvHeader(schema, false));
    hxl?.write(csvHeader(schema, true));
    for (let i = 0; i < rows.length; i += CSV_ROWS_PER_PIECE) {
      const piece = csvBody(schema, rows.slice(i, i + CSV_ROWS_PER_PIECE));
      csv.write(piece);
      hxl?.write(piece);
    }
    csv.commit();
    const bytes = toArrow(schema, rows); // after the CSV text is gone; before the file is opened, in case it throws
    const arrow = new HashedFile(join(dir, arrowFile), hashing);
    arrow.write(bytes);
    arrow.commit();
    hxl?.commit();
    return Object.fromEntries([[csvFile, csv.sha256], [arrowFile, arrow.sha256], ...(hxl ? [[hxlFile, hxl.sha256]] : [])]);
  } catch (err) {
    csv.abort();
    hxl?.abort();
    throw err;
  }
}

/** An atomically written file that hashes what it is given when asked (table-reuse records each file's SHA-256). */
class HashedFile extends AtomicFile {
  private readonly hash;

  constructor(path: string, hashing: boolean) {
    super(path);
    this.hash = hashing ? createHash('sha256') : null;
  }

  override write(data: string | Uint8Array): void {
    super.write(data);
    this.hash?.update(data);
  }

  /** '' when not hashing. */
  get sha256(): string {
    return this.hash?.digest('hex') ?? '';
  }
}
