import { inertText } from './cells.ts';

/**
 * A cell holding one of these is quoted: the delimiter, the quote or the record delimiter. A lone carriage return is
 * not (csv-stringify, which wrote the tables before, quotes only the record delimiter it is given).
 */
const NEEDS_QUOTES = /[",\n]/;

/**
 * Rows of cell strings as CSV records: RFC 4180 quoting (a cell with a comma, a quote or a newline is quoted, its
 * quotes doubled), `,` between cells, `\n` after each record. The bytes csv-stringify wrote with `record_delimiter:
 * 'unix'` (a test compares them), a few times faster: the tables of a +20 run spent most of their CSV time in it.
 */
export function csvRecords(rows: readonly (readonly string[])[]): string {
  let text = '';
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const cell = row[i]!;
      if (i > 0) text += ',';
      text += NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
    }
    text += '\n';
  }
  return text;
}

/**
 * Rows of text cells as CSV (RFC 4180 quoting, `\n` line ends), each cell made inert for spreadsheets by the same
 * rule as the pipeline's tables. No Node imports: the dashboard uses it in the browser for its filtered downloads.
 */
export function textRowsCsv(rows: string[][]): string {
  return csvRecords(rows.map((row) => row.map(inertText)));
}
