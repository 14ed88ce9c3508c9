/**
 * Writing a table only when its content changed. A table's digest hashes what decides its files' bytes: the writers'
 * version (their code and the lockfile, given by the caller), the schema and every row's values (each row's key). The digests of a
 * set's tables, with the SHA-256 of each file written, are kept beside the article cache (the caller reads and writes
 * that record). A later run whose table has the same digest links the previous set's files instead of writing them,
 * after checking that each still hashes as recorded: a record that is wrong or a file edited since only costs the
 * write, never a file that differs from a clean run's.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TableSchema } from '@frontline/schema';
import type { Row } from './cells.ts';
import { rowKey, type RowIndex } from './row-reuse.ts';

/** Per table name: the digest its files were written from, each file's SHA-256, and its CSV rows' index (row-reuse.ts). */
export type TableDigests = Record<string, { digest: string; files: Record<string, string>; rows?: RowIndex }>;

export interface TableReuse {
  /** The previous set's folder (its files are linked, never changed). */
  previous: string;
  /** The writers' version: a change of code or of a dependency changes every digest. */
  version: string;
  /** The record of the previous set. */
  before: TableDigests;
  /** The record of this set, filled as tables are written. */
  after: TableDigests;
}

export const sha256Of = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The digest of a table's content: version, schema, files and each row's key (row-reuse.ts). */
export function tableDigest(version: string, schema: TableSchema, rows: readonly Row[], files: readonly string[], keys = rows.map((row) => rowKey(schema, row))): string {
  const hash = createHash('sha256').update(`${version}\0${JSON.stringify(schema)}\0${files.join(',')}\0`);
  for (const key of keys) hash.update(`${key}\n`);
  return hash.digest('hex');
}

/** Links the previous set's files of the table into `dir` when they were written from `digest` and are intact. */
export function linkUnchanged(dir: string, reuse: TableReuse, name: string, digest: string, files: readonly string[]): boolean {
  const known = reuse.before[name];
  if (!known || known.digest !== digest) return false;
  for (const file of files) {
    const path = join(reuse.previous, file);
    if (!known.files[file] || !existsSync(path) || sha256Of(readFileSync(path)) !== known.files[file]) return false;
  }
  for (const file of files) {
    const target = join(dir, file);
    rmSync(target, { force: true }); // an earlier stage's version of the table in the set being built
    try {
      linkSync(join(reuse.previous, file), target);
    } catch {
      copyFileSync(join(reuse.previous, file), target); // a file system without hard links
    }
  }
  reuse.after[name] = known;
  return true;
}
