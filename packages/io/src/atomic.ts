import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

/** A temporary file of writeFileAtomic: `.<name>.<pid>.tmp`; the pid tells a later run whether its writer is gone. */
export const TMP_FILE = /^\..+\.(\d+)\.tmp$/;

/**
 * Writes a file so that readers see either the old content or the new, never half of it: the bytes go to a
 * temporary file beside the target, are flushed to disk, and the file is renamed over the target (atomic on POSIX);
 * the folder is flushed too so the rename survives a power cut.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  replaceAtomically(path, (fd) => writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data));
}

/**
 * writeFileAtomic for many lines (each followed by '\n'), written in batches: a file larger than the longest string
 * JavaScript allows (a stage's hand-over file, the article cache) never has to be one string.
 */
export function writeLinesAtomic(path: string, lines: Iterable<string>): void {
  replaceAtomically(path, (fd) => {
    let batch: string[] = [];
    let size = 0;
    const flush = () => {
      if (batch.length) writeSync(fd, Buffer.from(batch.join('')));
      batch = [];
      size = 0;
    };
    for (const line of lines) {
      batch.push(line, '\n');
      size += line.length + 1;
      if (size >= WRITE_BATCH_CHARS) flush();
    }
    flush();
  });
}

const WRITE_BATCH_CHARS = 1 << 22;

/** The temporary file, its flush, the rename and the folder's flush that both writers share. */
function replaceAtomically(path: string, write: (fd: number) => void): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      write(fd);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    crashPoint(`write ${basename(path)}`);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  syncPath(dirname(path));
}

/** Flushes a file or a folder (its entries: names created, renamed, removed) to disk. */
export function syncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A test hook: `FRONTLINE_CRASH_AT=<point>` kills the process there, as a crash or a power cut would. */
export function crashPoint(point: string): void {
  if (process.env.FRONTLINE_CRASH_AT === point) process.kill(process.pid, 'SIGKILL');
}
