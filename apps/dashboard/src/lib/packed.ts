/**
 * Rows as a compact table for the page data: one column per field, every string replaced by its index in one list
 * of distinct strings (reporters, places, days and categories repeat across thousands of rows). Rows of the same
 * shape cost a few bytes a field instead of their keys and strings each time. `unpack` gives back rows equal to
 * those packed.
 *
 * Each column is ONE string (numbers in base 36 or decimal, joined by commas), not an array of numbers: SvelteKit
 * serialises page data with devalue, which writes every array element as an entry of its own and a reference to
 * it, so 30,000 casualty rows of 22 fields were 660,000 entries to parse and rebuild before the page answered
 * (issue 11). A string is one entry; splitting it in the browser costs a few milliseconds.
 */

/** How a field is stored: a number or null, a boolean, a string, a list of strings. */
export type Kind = 'num' | 'flag' | 'text' | 'texts';
/** Field paths ('prov.phrase' for a nested one, one level deep at most) and how each is stored. */
export type Spec = Record<string, Kind>;

export interface Packed {
  rows: number;
  strings: string[];
  /** Per field: its cells joined by ',' (flags: one '0' or '1' a row; lists: codes joined by '.'). */
  columns: Record<string, string>;
}

const get = (row: object, path: string): unknown =>
  path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], row);

export function pack(rows: object[], spec: Spec): Packed {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const code = (s: unknown): string => {
    const text = typeof s === 'string' ? s : '';
    let i = index.get(text);
    if (i === undefined) index.set(text, (i = strings.push(text) - 1));
    return i.toString(36);
  };
  // A number keeps JavaScript's shortest round-trip form; null (or not a finite number) is the empty cell.
  const cell = (v: unknown, kind: Kind): string => {
    if (kind === 'num') return typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
    if (kind === 'flag') return v === true ? '1' : '0';
    if (kind === 'text') return code(v);
    return (Array.isArray(v) ? v : []).map(code).join('.');
  };
  const column = (path: string, kind: Kind) => rows.map((r) => cell(get(r, path), kind)).join(kind === 'flag' ? '' : ',');
  const columns = Object.fromEntries(Object.entries(spec).map(([path, kind]) => [path, column(path, kind)]));
  return { rows: rows.length, strings, columns };
}

/** A column's cells as values, one per row. */
function decode(text: string, kind: Kind, rows: number, strings: string[]): unknown[] {
  if (rows === 0) return [];
  if (kind === 'flag') return Array.from(text, (c) => c === '1');
  const cells = text.split(',');
  if (kind === 'num') return cells.map((c) => (c === '' ? null : Number(c)));
  if (kind === 'text') return cells.map((c) => strings[parseInt(c, 36)]);
  return cells.map((c) => (c === '' ? [] : c.split('.').map((i) => strings[parseInt(i, 36)])));
}

/**
 * The rows back. Each field's parent object (the row, or its `prov`) is looked up once a row and each column is
 * decoded once, so a row costs one assignment a field: the earlier unpack split each path and copied its keys for
 * every cell, 0.6 s of CPU for the casualties page at 10,000 articles.
 */
export function unpack<T>(packed: Packed, spec: Spec): T[] {
  const { strings, columns, rows: n } = packed;
  const fields = Object.entries(spec).map(([path, kind]) => {
    const dot = path.indexOf('.');
    return {
      parent: dot < 0 ? '' : path.slice(0, dot),
      key: dot < 0 ? path : path.slice(dot + 1),
      values: decode(columns[path] ?? '', kind, n, strings),
    };
  });
  const rows: Record<string, unknown>[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row: Record<string, unknown> = {};
    // A nested object is made where its first field comes, so keys keep the spec's order.
    for (const { parent, key, values } of fields) {
      const at = parent ? ((row[parent] ??= {}) as Record<string, unknown>) : row;
      at[key] = values[i];
    }
    rows[i] = row;
  }
  return rows as T[];
}
