import { join } from 'node:path';
import type { TableSchema } from '@frontline/schema';
import { writeFileAtomic } from './atomic.ts';
import { toArrow } from './arrow.ts';
import { toCsv, toHxlCsv } from './csv.ts';
import type { Row } from './cells.ts';

export interface WrittenTable {
  schema: TableSchema;
  rows: number;
  files: string[]; // paths relative to the output folder
}

/** Writes `<name>.csv` and `<name>.arrow` (and `<name>.hxl.csv` when asked) under `dir`, each atomically. */
export function writeTable(dir: string, schema: TableSchema, rows: Row[], options: { hxl?: boolean } = {}): WrittenTable {
  const files = [`${schema.name}.csv`, `${schema.name}.arrow`];
  writeFileAtomic(join(dir, files[0]), toCsv(schema, rows));
  writeFileAtomic(join(dir, files[1]), toArrow(schema, rows));
  if (options.hxl) {
    files.push(`${schema.name}.hxl.csv`);
    writeFileAtomic(join(dir, files[2]), toHxlCsv(schema, rows));
  }
  return { schema, rows: rows.length, files };
}
