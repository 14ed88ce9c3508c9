/**
 * A manifest: `articles.csv` or `articles.jsonl` with a `path` column, beside the articles it describes. Each row
 * attaches known metadata (url, published, title, outlet) to one file, its path relative to the manifest's folder.
 * Known metadata beats what the file says and what is inferred from the text. A file named so without a `path`
 * column is not a manifest: it is read as an article export.
 */
import { posix } from 'node:path';
import { decodeArticle } from '../decode.ts';
import { tableRows } from './export.ts';
import { META_FIELDS, type KnownMeta, type Rejected } from './types.ts';

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
const NAME = /(?:^|\/)articles\.(csv|jsonl)$/i;

export interface ManifestEntry {
  /** Where the row is, `dir/articles.csv:LINE`, for a rejection when it names no input file. */
  at: string;
  meta: KnownMeta;
}

export interface Manifest {
  /** By the described file's path relative to the input folder. */
  entries: Map<string, ManifestEntry>;
  rejected: Rejected[];
}

/** Could this file be a manifest (by name)? Its content decides (`readManifest`). */
export const manifestName = (path: string): boolean => NAME.test(path);

/** The manifest in a file, or null when the file is not one (no `path` column): then it is an ordinary input. */
export function readManifest(path: string, bytes: Uint8Array): Manifest | null {
  const decoded = decodeArticle(bytes, MAX_MANIFEST_BYTES);
  if (!decoded.ok) return null;
  let rows;
  try {
    rows = tableRows(decoded.text, NAME.exec(path)![1]!.toLowerCase() === 'jsonl');
  } catch {
    return null;
  }
  if (!rows.some((r) => 'record' in r && 'path' in r.record)) return null;
  const dir = posix.dirname(path);
  const manifest: Manifest = { entries: new Map(), rejected: [] };
  for (const row of rows) {
    const at = `${path}:${row.line}`;
    const target = 'record' in row && typeof row.record.path === 'string' ? row.record.path.trim().replace(/\\/g, '/') : '';
    if ('error' in row) manifest.rejected.push({ path: at, reason: `manifest row: ${row.error}` });
    else if (target === '') manifest.rejected.push({ path: at, reason: 'manifest row without a path' });
    else {
      const file = posix.normalize(posix.join(dir, target));
      const other = manifest.entries.get(file);
      if (other) manifest.rejected.push({ path: at, reason: `manifest row for ${file}, already described at ${other.at}` });
      else manifest.entries.set(file, { at, meta: rowMeta(row.record, path) });
    }
  }
  return manifest;
}

function rowMeta(record: Record<string, unknown>, path: string): KnownMeta {
  const meta: KnownMeta = {};
  for (const field of META_FIELDS) {
    const value = record[field];
    const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
    if (text !== '') meta[field] = { value: text, from: `manifest ${path}`, key: 'manifest' };
  }
  return meta;
}
