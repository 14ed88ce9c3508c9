/**
 * Rows as a compact table for the page data: one array per field, every string replaced by its index in one list
 * of distinct strings (reporters, places, days and categories repeat across thousands of rows). Rows of the same
 * shape cost a few bytes a field instead of their keys and strings each time, and the browser parses a handful of
 * number arrays instead of thousands of objects. `unpack` gives back rows equal to those packed.
 */

/** How a field is stored: a number or null, a boolean, a string, a list of strings. */
export type Kind = 'num' | 'flag' | 'text' | 'texts';
/** Field paths ('prov.phrase' for a nested one) and how each is stored. */
export type Spec = Record<string, Kind>;
type Cell = number | null | number[];

export interface Packed {
  rows: number;
  strings: string[];
  columns: Record<string, Cell[]>;
}

const get = (row: object, path: string): unknown =>
  path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], row);

function set(row: Record<string, unknown>, keys: string[], value: unknown) {
  let at = row;
  for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
  at[keys.at(-1)!] = value;
}

export function pack(rows: object[], spec: Spec): Packed {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const code = (s: unknown): number => {
    const text = typeof s === 'string' ? s : '';
    let i = index.get(text);
    if (i === undefined) index.set(text, (i = strings.push(text) - 1));
    return i;
  };
  const cell = (v: unknown, kind: Kind): Cell => {
    if (kind === 'num') return typeof v === 'number' && Number.isFinite(v) ? v : null;
    if (kind === 'flag') return v === true ? 1 : 0;
    if (kind === 'text') return code(v);
    return (Array.isArray(v) ? v : []).map(code);
  };
  const columns = Object.fromEntries(Object.entries(spec).map(([path, kind]) => [path, rows.map((r) => cell(get(r, path), kind))]));
  return { rows: rows.length, strings, columns };
}

export function unpack<T>(packed: Packed, spec: Spec): T[] {
  const { strings, columns } = packed;
  const value = (c: Cell, kind: Kind): unknown => {
    if (kind === 'num') return c;
    if (kind === 'flag') return c === 1;
    if (kind === 'text') return strings[c as number];
    return (c as number[]).map((i) => strings[i]);
  };
  // Paths split once, not once a cell: a page unpacks tens of thousands of rows before it is interactive.
  const fields = Object.entries(spec).map(([path, kind]) => ({ keys: path.split('.'), kind, cells: columns[path] }));
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < packed.rows; i++) {
    const row: Record<string, unknown> = {};
    for (const { keys, kind, cells } of fields) set(row, keys, value(cells[i], kind));
    rows.push(row);
  }
  return rows as T[];
}
