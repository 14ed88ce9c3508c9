import type { Field, TableSchema } from '@frontline/schema';

export type Row = Record<string, unknown>;

/** Separator between several values inside one cell (data contract). */
export const LIST_SEPARATOR = ';';

/** A value as the text of a CSV cell: lists joined with `;`, null/undefined empty, numbers without exponent noise. */
export function toCell(value: unknown, field: Field): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value, field) : '';
  return String(value);
}

function formatNumber(value: number, field: Field): string {
  if (field.type === 'integer') return String(Math.round(value));
  // Round away binary noise (0.1 + 0.2) so the same figure always prints the same way.
  return String(Number(value.toPrecision(12)));
}

/** The inverse of toCell for a CSV cell read back: typed by the field. */
export function fromCell(text: string, field: Field): unknown {
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
