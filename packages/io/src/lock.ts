import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
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
    return undefined; // gone meanwhile, or caught half-written: look again
  }
}

/** A holder on another machine (a shared disk) cannot be checked: it counts as alive. */
const isStale = (h: LockHolder) => h.host === hostname() && !isAlive(h.pid);

/** A lock file left empty by a run killed between creating and filling it: unreadable for longer than a write takes. */
function isAbandoned(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > 5_000;
  } catch {
    return false;
  }
}

function create(path: string): OutputLock | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'wx'); // O_CREAT | O_EXCL: exactly one process creates it
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw err;
  }
  const holder: LockHolder = { pid: process.pid, started: new Date().toISOString(), host: hostname() };
  writeSync(fd, JSON.stringify(holder) + '\n');
  closeSync(fd);
  // Removes the lock only while it is still ours (a stale-lock takeover by another run must not be undone).
  const release = () => readHolder(path)?.started === holder.started && readHolder(path)?.pid === holder.pid && rmSync(path, { force: true });
  return { path, release: () => void release() };
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
    if (holder || isAbandoned(path)) breakStale(path, holder);
  }
  return readHolder(path) ?? { pid: 0, started: '', host: '' };
}

export const isLock = (x: OutputLock | LockHolder): x is OutputLock => 'release' in x;
