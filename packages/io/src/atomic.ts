import { createHash, type Hash } from 'node:crypto';
import { closeSync, copyFileSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

/** A temporary file of writeFileAtomic: `.<name>.<pid>.tmp`; the pid tells a later run whether its writer is gone. */
export const TMP_FILE = /^\..+\.(\d+)\.tmp$/;

/**
 * Writes a file so that readers see either the old content or the new, never half of it: the bytes go to a
 * temporary file beside the target, are flushed to disk, and the file is renamed over the target (atomic on POSIX);
 * the folder is flushed too so the rename survives a power cut.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  writeChunksAtomic(path, [data]);
}

/**
 * writeFileAtomic for many lines (each followed by '\n'), written in batches: a file larger than the longest string
 * JavaScript allows (a stage's hand-over file, the article cache) never has to be one string.
 */
export function writeLinesAtomic(path: string, lines: Iterable<string>, options: AtomicOptions = {}): void {
  writeChunksAtomic(path, batchLines(lines), options);
}

function* batchLines(lines: Iterable<string>): Generator<string> {
  let batch: string[] = [];
  let size = 0;
  for (const line of lines) {
    batch.push(line, '\n');
    size += line.length + 1;
    if (size >= WRITE_BATCH_CHARS) {
      yield batch.join('');
      batch = [];
      size = 0;
    }
  }
  if (batch.length) yield batch.join('');
}

const WRITE_BATCH_CHARS = 1 << 22;

/** writeFileAtomic for a file made piece by piece: only the current piece is in memory. */
export function writeChunksAtomic(path: string, chunks: Iterable<string | Uint8Array>, options: AtomicOptions = {}): void {
  const file = new AtomicFile(path, options);
  try {
    for (const chunk of chunks) file.write(chunk);
  } catch (err) {
    file.abort();
    throw err;
  }
  file.commit();
}

/**
 * One file being replaced atomically, written as it is made: the temporary file beside the target, then (commit)
 * its flush, the rename and the folder's flush. Several may be open at once (a table's CSV and HXL files share each
 * serialized piece); until commit, readers see the old file.
 */
export class AtomicFile {
  private readonly tmp: string;
  private fd: number | null;
  private readonly hash: Hash | null;
  private digest = '';

  constructor(readonly path: string, options: AtomicOptions = {}) {
    mkdirSync(dirname(path), { recursive: true });
    this.tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    if (options.hash && options.after) throw new Error(`${path}: a file begun as a copy is not hashed as written`);
    // The copy is the kernel's (no bytes through this process); what is written then goes after it.
    if (options.after) copyOrDrop(options.after, this.tmp);
    this.fd = openSync(this.tmp, options.after ? 'a' : 'w');
    this.hash = options.hash ? createHash('sha256') : null;
  }

  write(data: string | Uint8Array): void {
    if (this.fd === null) throw new Error(`${this.path}: written after commit or abort`);
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    try {
      writeSync(this.fd, bytes);
    } catch (err) {
      this.abort();
      throw err;
    }
    this.hash?.update(bytes);
  }

  /** The SHA-256 (hex) of the bytes written, once committed; '' when not hashing. */
  get sha256(): string {
    return this.digest;
  }

  commit(): void {
    if (this.fd === null) throw new Error(`${this.path}: committed after commit or abort`);
    try {
      fsyncSync(this.fd);
      closeSync(this.fd);
      this.fd = null;
      crashPoint(`write ${basename(this.path)}`);
      renameSync(this.tmp, this.path);
    } catch (err) {
      this.abort();
      throw err;
    }
    syncPath(dirname(this.path));
    if (this.hash) this.digest = remember(this.path, this.hash.digest('hex'));
  }

  /** Drops the temporary file; the target is untouched. Safe to call twice. */
  abort(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.tmp, { force: true });
  }
}

function copyOrDrop(from: string, to: string): void {
  try {
    copyFileSync(from, to);
  } catch (err) {
    rmSync(to, { force: true });
    throw err;
  }
}

export interface AtomicOptions {
  /** Hash the bytes as they are written (no second read for datapackage.json's hashes): `sha256` and knownSha256. */
  hash?: boolean;
  /** The file begins as a copy of this one, and what is written is appended to it. */
  after?: string;
}

/**
 * What identifies a file's content as its writer left it (device, inode, size, modification time to the nanosecond):
 * any later write, truncation or replacement changes one. Also the stage caches' seals (cli cache/seal.ts).
 */
export const fileIdentity = (stat: { dev: bigint; ino: bigint; size: bigint; mtimeNs: bigint }) =>
  `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}`;
const identity = (path: string) => fileIdentity(statSync(path, { bigint: true }));

/** The hashes of files this process wrote with `hash`, by path, with the file's identity when committed. */
const written = new Map<string, { identity: string; sha256: string }>();

function remember(path: string, sha256: string): string {
  written.set(path, { identity: identity(path), sha256 });
  return sha256;
}

/**
 * The SHA-256 of a file this process wrote with `hash`, when the file is still as written (same device, inode, size
 * and modification time to the nanosecond); undefined otherwise, and then the caller reads and hashes it.
 */
export function knownSha256(path: string): string | undefined {
  const known = written.get(path);
  if (!known) return undefined;
  try {
    if (identity(path) === known.identity) return known.sha256;
  } catch {
    // gone: read by the caller, which reports it
  }
  written.delete(path);
  return undefined;
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
