import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TableSchema } from '@frontline/schema';
import { knownSha256 } from './atomic.ts';
import { LIST_SEPARATOR } from './cells.ts';
import type { WrittenTable } from './tables.ts';

export interface PackageInfo {
  name: string;
  title: string;
  description: string;
  licenses: { name: string; path?: string; title: string }[];
  sources: { title: string; path?: string }[];
  /** Extra top-level properties (rules, assumptions) that a user of the data should read. */
  extra?: Record<string, unknown>;
}

const MEDIA: Record<string, { format: string; mediatype: string }> = {
  csv: { format: 'csv', mediatype: 'text/csv' },
  arrow: { format: 'arrow', mediatype: 'application/vnd.apache.arrow.file' },
};

function fieldsOf(schema: TableSchema) {
  return schema.fields.map((field) => ({
    name: field.name,
    type: field.type,
    description: field.list ? `${field.description} (list: values separated by "${LIST_SEPARATOR}")` : field.description,
    ...(field.hxl ? { 'x-hxl': field.hxl } : {}),
  }));
}

function resourceFor(dir: string, table: WrittenTable, file: string) {
  const { size, hash } = sizeAndHash(dir, file, table.sha256?.[file]);
  const hxl = file.endsWith('.hxl.csv');
  const ext = file.endsWith('.arrow') ? 'arrow' : 'csv';
  const suffix = hxl ? '-hxl' : ext === 'arrow' ? '-arrow' : '';
  return {
    name: `${table.schema.name}${suffix}`.replace(/_/g, '-'),
    path: file,
    title: `${table.schema.title}${hxl ? ' (HXL-tagged CSV)' : ext === 'arrow' ? ' (Arrow IPC)' : ''}`,
    description: table.schema.description + (hxl ? ' The second row holds HXL hashtags.' : ''),
    profile: 'tabular-data-resource',
    ...MEDIA[ext],
    ...(ext === 'csv' ? { encoding: 'utf-8', dialect: { header: true, headerRowCount: hxl ? 2 : 1 } } : {}),
    bytes: size,
    hash,
    'x-rows': table.rows,
    schema: {
      fields: fieldsOf(table.schema),
      ...(table.schema.primaryKey ? { primaryKey: table.schema.primaryKey } : {}),
    },
  };
}

function hashOf(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/**
 * A table file's size and hash. When its writer hashed it as it wrote it (or checked it before linking it), the file
 * is not read again: on a daily update that re-read every table of the set for hashes already known.
 */
function sizeAndHash(dir: string, file: string, known: string | undefined): { size: number; hash: string } {
  if (known) return { size: statSync(join(dir, file)).size, hash: `sha256:${known}` };
  const bytes = readFileSync(join(dir, file));
  return { size: bytes.length, hash: hashOf(bytes) };
}

/** Size and hash of a file that is not a table resource (the stage hand-over files), so the whole set can be checked. */
function fileEntry(dir: string, path: string) {
  const known = knownSha256(join(dir, path)); // written by this run: hashed as it was written
  if (known) return { path, bytes: statSync(join(dir, path)).size, hash: `sha256:${known}` };
  const bytes = readFileSync(join(dir, path));
  return { path, bytes: bytes.length, hash: hashOf(bytes) };
}

/**
 * A Frictionless Data Package describing every written table file, with sizes and hashes for checking downloads;
 * `otherFiles` (paths under `dir`) are listed with their sizes and hashes as `x-other-files`.
 */
export function buildDatapackage(dir: string, info: PackageInfo, tables: WrittenTable[], otherFiles: string[] = []): string {
  const pkg = {
    profile: 'tabular-data-package',
    name: info.name,
    title: info.title,
    description: info.description,
    licenses: info.licenses,
    sources: info.sources,
    ...info.extra,
    resources: tables.flatMap((table) => table.files.map((file) => resourceFor(dir, table, file))),
    ...(otherFiles.length ? { 'x-other-files': otherFiles.map((path) => fileEntry(dir, path)) } : {}),
  };
  return JSON.stringify(pkg, null, 2) + '\n';
}
