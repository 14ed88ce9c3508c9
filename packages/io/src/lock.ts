import { existsSync, linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** Who holds the lock on an output folder. */
export interface LockHolder {
  pid: number;
  started: string; // ISO time the run started
  host: string;
}

export interface OutputLock {
  path: string;
  release(): void;
}

/** The lock file of an output folder: beside it (so it outlives the folder's switch), hidden, `.<name>.lock`. */
export function lockPathOf(out: string): string {
  return join(dirname(out), `.${basename(out)}.lock`);
}

/** True when a process with this pid runs on this machine (EPERM: it runs, as another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
  } catch {
    return undefined; // gone meanwhile
  }
}

/** A holder on another machine (a shared disk) cannot be checked: it counts as alive. */
const isStale = (h: LockHolder) => h.host === hostname() && !isAlive(h.pid);

/**
 * Creates the lock whole: the holder is written to `.<name>.lock.<pid>.new`, which is then hard-linked as the lock
 * (link fails if the lock exists, so exactly one run gets it). A lock file is therefore never seen empty or half
 * written, even when its run is killed while taking it; a `.new` file left by such a kill is removed by the next run.
 */
function create(path: string): OutputLock | undefined {
  const holder: LockHolder = { pid: process.pid, started: new Date().toISOString(), host: hostname() };
  const fresh = `${path}.${process.pid}.new`;
  writeFileSync(fresh, JSON.stringify(holder) + '\n');
  try {
    linkSync(fresh, path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw err;
  } finally {
    rmSync(fresh, { force: true });
  }
  // Removes the lock only while it is still ours (a stale-lock takeover by another run must not be undone).
  const ours = () => readHolder(path)?.started === holder.started && readHolder(path)?.pid === holder.pid;
  return { path, release: () => void (ours() && rmSync(path, { force: true })) };
}

/**
 * Moves a dead run's lock aside. Two runs may judge the same lock stale at once; the one whose rename lands second
 * may have moved the first one's new lock instead, so it checks what it moved and puts a live lock back.
 */
function breakStale(path: string, stale: LockHolder | undefined): void {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
  } catch {
    return; // someone else moved it
  }
  const moved = readHolder(aside);
  if (moved && (moved.pid !== stale?.pid || moved.started !== stale?.started)) {
    try {
      linkSync(aside, path);
    } catch {
      /* a third run took the lock meanwhile: it holds it */
    }
  }
  rmSync(aside, { force: true });
}

/** Takes the lock on `out`, or returns who holds it. A lock whose process is dead is taken over. */
export function tryLock(out: string): OutputLock | LockHolder {
  const path = lockPathOf(out);
  for (let attempt = 0; attempt < 20; attempt++) {
    const lock = create(path);
    if (lock) return lock;
    const holder = readHolder(path);
    if (holder && !isStale(holder)) return holder;
    // Stale, or unreadable: a lock is created whole (above), so an unreadable one is not a run's and is broken too.
    if (holder || existsSync(path)) breakStale(path, holder);
  }
  return readHolder(path) ?? { pid: 0, started: '', host: '' };
}

export const isLock = (x: OutputLock | LockHolder): x is OutputLock => 'release' in x;
