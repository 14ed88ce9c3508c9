import { readFileSync } from 'node:fs';
import { fromArrow, table as makeTable, toArrowIPC } from 'arquero';
import { bool, columnFromArray, float64, int32, utf8, type DataType } from '@uwdata/flechette';
import type { Field, TableSchema } from '@frontline/schema';
import { LIST_SEPARATOR, type Row } from './cells.ts';
import { fileOf, mergeBatch, rowRuns, singleBatches } from './arrow-reuse.ts';

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

/**
 * Arrow IPC file bytes of a table, with the schema's columns and types. With `reuse`, unchanged rows' values are
 * copied from the previous file's buffers and only the others encoded (arrow-reuse.ts): the same bytes.
 */
export function toArrow(schema: TableSchema, rows: Row[], reuse?: ArrowReuse | null): Uint8Array {
  const reused = reuse && rows.length ? reusing(schema, rows, reuse) : null;
  if (reused) return reused;
  const columns: Record<string, unknown[]> = {};
  const types: Record<string, DataType> = {};
  for (const field of schema.fields) {
    columns[field.name] = columnOf(rows, field);
    types[field.name] = arrowType(field);
  }
  return toArrowIPC(makeTable(columns), { format: 'file', types }) as Uint8Array;
}

/** The file from the previous one's batches and a batch of the new rows; null when the previous file is not one batch per column. */
function reusing(schema: TableSchema, rows: Row[], reuse: ArrowReuse): Uint8Array | null {
  const names = schema.fields.map((f) => f.name);
  const before = singleBatches(reuse.bytes, names, reuse.rows);
  if (!before) return null;
  const at = (i: number) => reuse.position.get(reuse.keys[i]!) ?? -1;
  const runs = rowRuns(rows.length, at);
  const fresh = rows.filter((_row, i) => at(i) < 0);
  const types = schema.fields.map(arrowType);
  const batches = schema.fields.map((field, c) => {
    const made = fresh.length ? columnFromArray(columnOf(fresh, field), types[c]).data[0] : undefined;
    return mergeBatch(types[c]!, runs, rows.length, before[c], made as never);
  });
  return fileOf(names, types, batches);
}

/** Reads an Arrow IPC file into plain row objects (for tests and tools). */
export function readArrow(path: string): Row[] {
  return fromArrow(readFileSync(path)).objects() as Row[];
}
