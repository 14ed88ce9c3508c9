import { join } from 'node:path';
import type { TableSchema } from '@frontline/schema';
import { writeFileAtomic } from './atomic.ts';
import { toArrow } from './arrow.ts';
import { csvBody, csvHeader } from './csv.ts';
import type { Row } from './cells.ts';
import { linkUnchanged, sha256Of, tableDigest, type TableReuse } from './table-reuse.ts';

export interface WrittenTable {
  schema: TableSchema;
  rows: number;
  files: string[]; // paths relative to the output folder
}

/**
 * Writes `<name>.csv` and `<name>.arrow` (and `<name>.hxl.csv` when asked) under `dir`, each atomically; the HXL file
 * shares the CSV file's rows, serialized once. With `reuse`, a table whose content is that of the previous set's is
 * linked from it instead (table-reuse.ts).
 */
export function writeTable(dir: string, schema: TableSchema, rows: Row[], options: { hxl?: boolean; reuse?: TableReuse } = {}): WrittenTable {
  const files = [`${schema.name}.csv`, `${schema.name}.arrow`, ...(options.hxl ? [`${schema.name}.hxl.csv`] : [])];
  const { reuse } = options;
  const digest = reuse ? tableDigest(reuse.version, schema, rows, files) : '';
  if (reuse && linkUnchanged(dir, reuse, schema.name, digest, files)) return { schema, rows: rows.length, files };
  const body = csvBody(schema, rows);
  const contents: (string | Uint8Array)[] = [csvHeader(schema, false) + body, toArrow(schema, rows)];
  if (options.hxl) contents.push(csvHeader(schema, true) + body);
  const hashes: Record<string, string> = {};
  files.forEach((file, i) => {
    writeFileAtomic(join(dir, file), contents[i]!);
    if (reuse) hashes[file] = sha256Of(contents[i]!);
  });
  if (reuse) reuse.after[schema.name] = { digest, files: hashes };
  return { schema, rows: rows.length, files };
}
