/**
 * An output folder is always whole: a run writes a complete set of files into a staging folder beside `--out`
 * (same parent, so the same file system and rename is atomic), flushes it to disk, then switches it in.
 *
 * The switch is a rename swap: `out` -> `.out.old-<pid>`, staging -> `out`, then the old set is removed. We chose it
 * over a `current` symlink because `out` stays a plain folder: turbo caches and restores `data/*.csv` as real files,
 * the dashboard, `cp -r` and users' scripts read `data/` as it is, and a folder a user made never turns into a link.
 * The price is a moment between the two renames when `out` is absent (a reader sees no set, never a mix); a crash in
 * that moment is repaired by the next run, which finishes the switch (the staging folder was complete and on disk
 * before the first rename, so rolling forward is always right).
 *
 * All of this assumes the caller holds the lock on `out` (lock.ts).
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { crashPoint, syncPath, TMP_FILE } from './atomic.ts';
import { isAlive } from './lock.ts';

type Side = 'staging' | 'old';

/** `.<name>.staging-<pid>` or `.<name>.old-<pid>` beside `out`. */
export function sidePath(out: string, side: Side, pid = process.pid): string {
  return join(dirname(out), `.${basename(out)}.${side}-${pid}`);
}

/** What runs leave beside `out`: staging and old folders, and lock.ts's `lock.<pid>.new` and `lock.<pid>.stale`. */
const LEFTOVER = /^(?:(staging|old)-(\d+)|lock\.(\d+)\.(?:new|stale))$/;

/** The leftovers of runs other than this one, by pid (`side` is undefined for a lock file). */
function leftovers(out: string): { pid: number; side?: Side; path: string }[] {
  const prefix = `.${basename(out)}.`;
  return readdirSync(dirname(out))
    .filter((name) => name.startsWith(prefix))
    .map((name) => ({ name, m: LEFTOVER.exec(name.slice(prefix.length)) }))
    .filter(({ m }) => m !== null)
    .map(({ name, m }) => ({ pid: Number(m![2] ?? m![3]), side: m![1] as Side | undefined, path: join(dirname(out), name) }))
    .filter(({ pid }) => pid !== process.pid);
}

/**
 * Repairs what a crashed run left: finishes a switch cut between its two renames, removes staging and old folders
 * of dead runs and temporary files of dead writers inside `out`. Returns what it did, one line each.
 */
export function recoverOutputSet(out: string): string[] {
  if (!existsSync(dirname(out))) return [];
  const done: string[] = [];
  const dead = leftovers(out).filter((l) => !isAlive(l.pid));
  for (const { pid, side, path } of dead) {
    if (side === 'old' && !existsSync(out)) {
      const staged = sidePath(out, 'staging', pid);
      const forward = existsSync(staged);
      renameSync(forward ? staged : path, out);
      syncPath(dirname(out));
      done.push(forward ? `finished the switch of an interrupted run into ${out}` : `restored ${out} from an interrupted run`);
    }
  }
  for (const { path } of dead) {
    if (!existsSync(path)) continue;
    rmSync(path, { recursive: true, force: true });
    done.push(`removed ${basename(path)}, left by a run that stopped`);
  }
  for (const dir of [out, join(out, 'stages')]) done.push(...removeDeadTemporaries(dir));
  return done;
}

function removeDeadTemporaries(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => {
      const m = TMP_FILE.exec(name);
      return m !== null && !isAlive(Number(m[1]));
    })
    .map((name) => {
      rmSync(join(dir, name), { force: true });
      return `removed ${join(basename(dir), name)}, left by a write that stopped`;
    });
}

/**
 * Starts a new set: an empty staging folder, holding links to the files (paths relative to `out`) that the run
 * keeps from the current set. A link shares the bytes; every write replaces a file by rename, never in place, so the
 * current set is never changed through one.
 */
export function beginSet(out: string, keep: readonly string[]): string {
  mkdirSync(dirname(out), { recursive: true });
  const staging = sidePath(out, 'staging');
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  for (const file of keep) {
    const from = join(out, file);
    if (!existsSync(from)) continue;
    mkdirSync(dirname(join(staging, file)), { recursive: true });
    try {
      linkSync(from, join(staging, file));
    } catch {
      copyFileSync(from, join(staging, file)); // a file system without hard links
    }
  }
  return staging;
}

/** Flushes every file and folder under `dir`, deepest first, so the set is on disk before it is switched in. */
export function syncTree(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) syncTree(path);
    else syncPath(path);
  }
  syncPath(dir);
}

/** Switches a complete staging folder in as `out`; the old set goes only after the new one is in place. */
export function commitSet(out: string, staging: string): void {
  syncTree(staging);
  crashPoint('staged');
  const old = sidePath(out, 'old');
  const hadSet = existsSync(out);
  if (hadSet) renameSync(out, old);
  crashPoint('between-renames');
  try {
    renameSync(staging, out);
  } catch (err) {
    if (hadSet) renameSync(old, out); // put the old set back rather than leave no set
    throw err;
  }
  syncPath(dirname(out));
  crashPoint('switched');
  if (hadSet) rmSync(old, { recursive: true, force: true });
}

/** Drops a staging folder: a run that failed or was stopped leaves the current set as it was. */
export function discardSet(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}

/** Every file under `dir`, relative, `/`-separated, sorted: what a datapackage describes. */
export function listFiles(dir: string, under = ''): string[] {
  const base = join(dir, under);
  if (!existsSync(base) || !statSync(base).isDirectory()) return [];
  return readdirSync(base, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, join(under, e.name)) : [join(under, e.name).split('\\').join('/')]))
    .sort();
}
