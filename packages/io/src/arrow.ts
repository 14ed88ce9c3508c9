import { readFileSync } from 'node:fs';
import { fromArrow } from 'arquero';
import { bool, Column, columnFromArray, float64, int32, utf8, type DataType } from '@uwdata/flechette';
import type { Field, TableSchema } from '@frontline/schema';
import { LIST_SEPARATOR, type Row } from './cells.ts';
import { mergeBatch, rowRuns, singleBatches, writeColumns, type ByteSink } from './arrow-reuse.ts';

/** Arrow type per Frictionless type; explicit so an all-empty column keeps its type from run to run. */
function arrowType(field: Field): DataType {
  if (field.list) return utf8();
  switch (field.type) {
    case 'integer':
      return int32();
    case 'number':
      return float64();
    case 'boolean':
      return bool();
    default:
      return utf8(); // strings and ISO dates
  }
}

function arrowValue(value: unknown, field: Field): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  if ((field.type === 'string' || field.type === 'date') && value === '') return null;
  return value;
}

/** The previous set's Arrow file of a table, with its rows' keys (row-reuse.ts) in file order, and the new rows' keys. */
export interface ArrowReuse {
  bytes: Uint8Array;
  /** The previous file's row of each key (its first). */
  position: Map<string, number>;
  rows: number;
  keys: string[];
}

const columnOf = (rows: Row[], field: Field) => rows.map((row) => arrowValue(row[field.name], field));

export type { ByteSink };

/**
 * Writes the Arrow IPC file of a table, with the schema's columns and types, to `sink` piece by piece (flechette's
 * message and buffer order), so no copy of the whole file is made. Columns are encoded one at a time, each from its
 * values alone, as arquero's toArrowIPC encodes them (the same bytes): a large table's cells are never all held as
 * values at once beside their encoded buffers. With `reuse`, unchanged rows' values are copied from the previous
 * file's buffers and only the others encoded (arrow-reuse.ts): the same bytes.
 */
export function writeArrow(schema: TableSchema, rows: Row[], sink: ByteSink, reuse?: ArrowReuse | null): void {
  if (reuse && rows.length && reusing(schema, rows, reuse, sink)) return;
  writeColumns(schema.fields.map((field): [string, Column<unknown>] => [field.name, columnFromArray(columnOf(rows, field), arrowType(field))]), sink);
}

/** The whole file's bytes (tests and tools; the table writer streams). */
export function toArrow(schema: TableSchema, rows: Row[], reuse?: ArrowReuse | null): Uint8Array {
  const pieces: Uint8Array[] = [];
  writeArrow(schema, rows, { write: (bytes) => pieces.push(bytes) }, reuse);
  return Buffer.concat(pieces);
}

/** The previous file's batches and a batch of the new rows, written to `sink`; false when the previous file is not one batch per column. */
function reusing(schema: TableSchema, rows: Row[], reuse: ArrowReuse, sink: ByteSink): boolean {
  const names = schema.fields.map((f) => f.name);
  const before = singleBatches(reuse.bytes, names, reuse.rows);
  if (!before) return false;
  const at = (i: number) => reuse.position.get(reuse.keys[i]!) ?? -1;
  const runs = rowRuns(rows.length, at);
  const fresh = rows.filter((_row, i) => at(i) < 0);
  const types = schema.fields.map(arrowType);
  const batches = schema.fields.map((field, c) => {
    const made = fresh.length ? columnFromArray(columnOf(fresh, field), types[c]).data[0] : undefined;
    return mergeBatch(types[c]!, runs, rows.length, before[c], made as never);
  });
  writeColumns(names.map((name, i): [string, Column<unknown>] => [name, new Column([batches[i]!], types[i])]), sink);
  return true;
}

/** Reads an Arrow IPC file into plain row objects (for tests and tools). */
export function readArrow(path: string): Row[] {
  return fromArrow(readFileSync(path)).objects() as Row[];
}
