/**
 * The record of which content each published table was written from (io's table-reuse.ts), kept with the article
 * cache: `<out>/cache/tables.json` in the set, or `tables-<hash of --out>.json` in a shared `--cache` folder. The
 * aggregate stage reads the previous set's record, links the tables whose content did not change, and writes the
 * record of the new set. A record of another format, or none, means every table is written.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '@frontline/io/atomic';
import type { TableDigests, TableReuse } from '@frontline/io';
import type { CacheDirs } from './store.ts';
import { tablesVersion } from './version.ts';

const FORMAT = 'frontline-table-digests';
const VERSION = 2; // 2: each table's CSV rows indexed (io's row-reuse.ts)

/** Where the record is read and where it is written, for the set at `previous` (the real --out). */
function recordPaths(dirs: CacheDirs, previous: string): { read: string; write: string } {
  if (dirs.read !== dirs.write) return { read: join(dirs.read, 'tables.json'), write: join(dirs.write, 'tables.json') };
  const shared = join(dirs.read, `tables-${createHash('sha256').update(previous).digest('hex').slice(0, 16)}.json`);
  return { read: shared, write: shared };
}

function readDigests(path: string): TableDigests {
  if (!existsSync(path)) return {};
  try {
    const record = JSON.parse(readFileSync(path, 'utf8')) as { format?: unknown; version?: unknown; tables?: TableDigests };
    return record.format === FORMAT && record.version === VERSION && typeof record.tables === 'object' && record.tables ? record.tables : {};
  } catch {
    return {}; // damaged: nothing is linked
  }
}

/** The reuse of a run with a cache: the previous set's record; `save` writes the new set's. */
export function tableReuse(dirs: CacheDirs, previous: string): { reuse: TableReuse; save: () => void } {
  const paths = recordPaths(dirs, previous);
  const reuse: TableReuse = { previous, version: tablesVersion(), before: readDigests(paths.read), after: {} };
  const save = () => {
    mkdirSync(dirname(paths.write), { recursive: true });
    const sorted = Object.fromEntries(Object.entries(reuse.after).sort(([a], [b]) => (a < b ? -1 : 1)));
    writeFileAtomic(paths.write, `${JSON.stringify({ format: FORMAT, version: VERSION, tables: sorted })}\n`);
  };
  return { reuse, save };
}
