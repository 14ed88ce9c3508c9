import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { TableSchema } from '@frontline/schema';
import { fromCell, inertText, toCellRows, type Row } from './cells.ts';
import { eachPlainRecord } from './csv-records.ts';

/** CSV text of a table: UTF-8, header row, RFC 4180 quoting, `\n` line ends. */
export function toCsv(schema: TableSchema, rows: Row[]): string {
  return csvHeader(schema, false) + csvBody(schema, rows);
}

/** The header row, and with `hxl` the row of HXL hashtags under it (empty where none fits). */
export function csvHeader(schema: TableSchema, hxl: boolean): string {
  const header = schema.fields.map((f) => f.name);
  const records = hxl ? [header, schema.fields.map((f) => f.hxl ?? '')] : [header];
  return stringify(records, { record_delimiter: 'unix' });
}

/** The rows of a table as CSV records (each record's quoting depends on its own cells only, so it follows any header). */
export function csvBody(schema: TableSchema, rows: Row[]): string {
  return stringify(toCellRows(schema, rows), { record_delimiter: 'unix' });
}

/** One CSV record without header, every cell inert: a line a person pastes into a file (the review queue's corrections). */
export function csvLine(cells: string[]): string {
  return stringify([cells.map(inertText)], { record_delimiter: 'unix' }).trimEnd();
}

/** HXL-tagged CSV: the same table with a second header row of HXL hashtags (empty where none fits). */
export function toHxlCsv(schema: TableSchema, rows: Row[]): string {
  return csvHeader(schema, true) + csvBody(schema, rows);
}

/**
 * Parses CSV text written by toCsv back into typed rows, checking the header against the schema. With `only`, each
 * row keeps just those fields, projected as each record is parsed, so a reader that needs a few columns of a large
 * table never holds every cell of it at once; with `keep`, only the rows it accepts (tested on the projected row; it
 * may be asked twice about a row, when text eachPlainRecord gives up on goes to csv-parse, so it should not count).
 */
export function parseCsv(
  schema: TableSchema,
  text: string,
  source = schema.name,
  only?: readonly string[],
  keep?: (row: Row) => boolean,
): Row[] {
  const fields = only ? schema.fields.filter((f) => only.includes(f.name)) : schema.fields;
  let index: number[] | undefined;
  const rows: Row[] = [];
  const project = (cells: string[]): null => {
    if (!index) {
      const missing = schema.fields.map((f) => f.name).filter((name) => !cells.includes(name));
      if (missing.length) throw new Error(`${source}: missing columns ${missing.join(', ')}`);
      index = fields.map((f) => cells.indexOf(f.name));
      return null;
    }
    const row: Row = {};
    fields.forEach((field, i) => (row[field.name] = fromCell(cells[index![i]] ?? '', field)));
    if (!keep || keep(row)) rows.push(row);
    return null;
  };
  // The plain splitter first (a few times faster); text it does not take is csv-parse's, from its first record.
  if (!eachPlainRecord(text, project)) {
    index = undefined;
    rows.length = 0;
    parse(text, { relax_column_count: false, bom: true, on_record: project });
  }
  if (!index) throw new Error(`${source}: missing columns ${schema.fields.map((f) => f.name).join(', ')}`);
  return rows;
}

export function readCsv(schema: TableSchema, path: string): Row[] {
  return parseCsv(schema, readFileSync(path, 'utf8'), path);
}
