/**
 * Search, sort and pages of a data table, as pure functions (the table component only renders their result), so
 * a table of 10,000 rows puts one page of rows in the document, not all of them.
 */
import type { Snippet } from 'svelte';

export interface TableColumn<T> {
  label: string;
  /** The cell as text: shown, searched, and sorted when `sort` is absent. */
  value: (row: T) => string;
  /** A sort key when the text does not sort right (numbers, ISO days). */
  sort?: (row: T) => string | number;
  numeric?: boolean;
  /** The cell's markup when it is more than text (a link); `value` is still what search and sort read. */
  cell?: Snippet<[T]>;
}

export interface TableState {
  query: string;
  /** Index of the sorted column, or -1 for the rows' own order. */
  sortBy: number;
  descending: boolean;
  page: number;
}

export const PAGE_SIZE = 25;

/** Rows whose cells contain every word of the query (case- and accent-insensitive). */
export function searchRows<T>(rows: T[], columns: TableColumn<T>[], query: string): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => {
    const text = fold(columns.map((c) => c.value(row)).join(' '));
    return words.every((w) => text.includes(w));
  });
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A stable sort on one column; numbers before text, empty cells last either way. */
export function sortRows<T>(rows: T[], columns: TableColumn<T>[], sortBy: number, descending: boolean): T[] {
  const column = columns[sortBy];
  if (!column) return rows;
  const key = column.sort ?? column.value;
  const keyed = rows.map((row, i) => ({ row, i, k: key(row) }));
  const empty = (k: string | number) => k === '' || (typeof k === 'number' && !Number.isFinite(k));
  keyed.sort((a, b) => {
    if (empty(a.k) !== empty(b.k)) return empty(a.k) ? 1 : -1;
    const order =
      typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : String(a.k).localeCompare(String(b.k), 'en', { numeric: true });
    return (descending ? -order : order) || a.i - b.i;
  });
  return keyed.map((k) => k.row);
}

export interface TablePage<T> {
  rows: T[];
  /** Rows matching the search, before paging. */
  matched: number;
  page: number;
  pages: number;
  /** 1-based positions of the first and last row shown (0 and 0 when none). */
  first: number;
  last: number;
}

export function tablePage<T>(rows: T[], columns: TableColumn<T>[], state: TableState, size = PAGE_SIZE): TablePage<T> {
  const found = sortRows(searchRows(rows, columns, state.query), columns, state.sortBy, state.descending);
  const pages = Math.max(1, Math.ceil(found.length / size));
  const page = Math.min(Math.max(0, state.page), pages - 1);
  const shown = found.slice(page * size, (page + 1) * size);
  return { rows: shown, matched: found.length, page, pages, first: shown.length ? page * size + 1 : 0, last: page * size + shown.length };
}
