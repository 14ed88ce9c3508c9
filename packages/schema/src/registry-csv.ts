/**
 * The one loader of the registry data files (`packages/schema/data/*.csv`): one row per alias, grouped into one
 * entry per `name`. Every row must give a `source` (a public page about the group or outlet), so each spelling can
 * be checked; a broken file stops the program with the file, line and reason, since every stage depends on it.
 */
import { parse } from 'csv-parse/sync';
import { readDataText, type DataHome } from './data-file.ts';

export type RegistryRow = Record<string, string>;

const HOME: DataHome = { from: import.meta.url, dir: '../data/', pkg: '@frontline/schema' };

/** The text of one of schema's data files, for a package that checks its rows itself (extract's saying-verbs.ts). */
export function readSchemaDataText(file: string): string {
  return readDataText(HOME, file);
}

/** A registry file's rows, checked: every listed column present and non-empty, `source` an http(s) address. */
export function readRegistry(file: string, columns: readonly string[], allowed: Record<string, readonly string[]> = {}): RegistryRow[] {
  return parseRegistry(readSchemaDataText(file), file, columns, allowed);
}

/** The checks of `readRegistry` on a file's text; `file` names it in error messages. */
export function parseRegistry(text: string, file: string, columns: readonly string[], allowed: Record<string, readonly string[]> = {}): RegistryRow[] {
  const parsed = parse(text, { columns: true, skip_empty_lines: true, bom: true, trim: true, info: true }) as { record: RegistryRow; info: { lines: number } }[];
  const rows = parsed.map((p) => p.record);
  parsed.forEach(({ record: row, info }) => {
    const where = `${file} line ${info.lines}`;
    for (const c of [...columns, 'source']) if (!row[c]) throw new Error(`registry ${where}: empty or missing column "${c}"`);
    if (!/^https?:\/\/\S+$/.test(row.source!)) throw new Error(`registry ${where}: source is not a web address: ${row.source}`);
    for (const [c, values] of Object.entries(allowed)) {
      if (!values.includes(row[c]!)) throw new Error(`registry ${where}: ${c} "${row[c]}" is not one of ${values.join(', ')}`);
    }
  });
  return rows;
}

/**
 * Groups rows by `name`, in file order; the `keys` columns (class, type, pcode) must agree across an entry's rows.
 * Returns, per name, its first row and all its rows.
 */
export function groupByName(file: string, rows: RegistryRow[], keys: readonly string[]): { first: RegistryRow; rows: RegistryRow[] }[] {
  const groups = new Map<string, { first: RegistryRow; rows: RegistryRow[] }>();
  for (const row of rows) {
    const g = groups.get(row.name!);
    if (!g) {
      groups.set(row.name!, { first: row, rows: [row] });
      continue;
    }
    const differs = keys.find((k) => g.first[k] !== row[k]);
    if (differs) throw new Error(`registry ${file}: "${row.name}" has ${differs} ${g.first[differs]} and ${row[differs]}`);
    g.rows.push(row);
  }
  return [...groups.values()];
}
