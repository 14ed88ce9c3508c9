import type { Field, TableSchema } from '@frontline/schema';

export type Row = Record<string, unknown>;

/** Separator between several values inside one cell (data contract). */
export const LIST_SEPARATOR = ';';

/**
 * A spreadsheet runs a cell that begins with one of these as a formula (OWASP "CSV injection"): `=`, `+`, `-`, `@`,
 * tab, carriage return. Untrusted text (quotes, titles, outlets) can begin with any of them.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/** A cell we made inert: one extra leading quote before (possibly quoted) formula text. */
const INERT_FORMULA = /^'+[=+\-@\t\r]/;

/**
 * The OWASP rule, made reversible: text that would start a formula gets a leading `'`, which spreadsheets show as text.
 * Text that already begins with quotes before such a character gets one more, so `'=x` (a genuine quote) is written
 * `''=x` and reads back as `'=x`; any other text, `'Tis` included, is written as is.
 */
export function inertText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The inverse of inertText: the raw text of a cell we wrote. */
export function rawText(cell: string): string {
  return INERT_FORMULA.test(cell) ? cell.slice(1) : cell;
}

/**
 * A value as the text of a CSV cell: lists joined with `;`, null/undefined empty, numbers without exponent noise,
 * text made inert for spreadsheets (numbers are left alone: `-3` in a number column is a number, not a formula).
 */
export function toCell(value: unknown, field: Field): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return inertText(value.join(LIST_SEPARATOR));
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value, field) : '';
  return isNumeric(field) ? String(value) : inertText(String(value));
}

const isNumeric = (field: Field) => field.type === 'integer' || field.type === 'number';

function formatNumber(value: number, field: Field): string {
  if (field.type === 'integer') return String(Math.round(value));
  // Round away binary noise (0.1 + 0.2) so the same figure always prints the same way.
  return String(Number(value.toPrecision(12)));
}

/** The inverse of toCell for a CSV cell read back: typed by the field. */
export function fromCell(cell: string, field: Field): unknown {
  const text = isNumeric(field) ? cell : rawText(cell);
  if (field.list) return text === '' ? [] : text.split(LIST_SEPARATOR);
  if (text === '') return field.type === 'string' || field.type === 'date' ? '' : null;
  switch (field.type) {
    case 'integer':
    case 'number':
      return Number(text);
    case 'boolean':
      return text === 'true';
    default:
      return text;
  }
}

/** Rows reduced to the schema's columns, in its order, as cell strings. */
export function toCellRows(schema: TableSchema, rows: Row[]): string[][] {
  return rows.map((row) => schema.fields.map((field) => toCell(row[field.name], field)));
}
