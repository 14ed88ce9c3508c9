import { readFileSync } from 'node:fs';
import { fromArrow, table as makeTable, toArrowIPC } from 'arquero';
import { bool, float64, int32, utf8, type DataType } from '@uwdata/flechette';
import type { Field, TableSchema } from '@frontline/schema';
import { LIST_SEPARATOR, type Row } from './cells.ts';

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

/** Arrow IPC file bytes of a table, with the schema's columns and types. */
export function toArrow(schema: TableSchema, rows: Row[]): Uint8Array {
  const columns: Record<string, unknown[]> = {};
  const types: Record<string, DataType> = {};
  for (const field of schema.fields) {
    columns[field.name] = rows.map((row) => arrowValue(row[field.name], field));
    types[field.name] = arrowType(field);
  }
  return toArrowIPC(makeTable(columns), { format: 'file', types }) as Uint8Array;
}

/** Reads an Arrow IPC file into plain row objects (for tests and tools). */
export function readArrow(path: string): Row[] {
  return fromArrow(readFileSync(path)).objects() as Row[];
}
