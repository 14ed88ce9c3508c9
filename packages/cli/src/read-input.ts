/**
 * The input folder, walked without reading any file, then read one file at a time: a folder of any size (or a few
 * huge sparse files) never sits in memory. Everything that is not read is listed with its reason: hidden entries,
 * symlinks that leave the folder or loop, FIFOs, sockets and devices (never opened: a FIFO would block the run),
 * unreadable folders and files, files over the size limit (refused from their size, before reading).
 */
import * as nodeFs from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { Rejection } from '@frontline/schema';
import { byPath, readerForPath, tooLarge, type InputFile } from '@frontline/ingest';

// In its own module so that the main thread can use it without loading the readers.
export { UsageError } from './errors.ts';
import { UsageError } from './errors.ts';

/** The fs calls the walk and the reads make: tests hand in one that fails where the real one would not (as root). */
export type InputFs = Pick<
  typeof nodeFs,
  'existsSync' | 'lstatSync' | 'statSync' | 'readdirSync' | 'realpathSync' | 'openSync' | 'fstatSync' | 'readSync' | 'closeSync'
>;

/** A regular file found by the walk: its path relative to the input folder (with '/') and where to open it. */
export interface InputEntry {
  path: string;
  abs: string;
}

export interface InputListing {
  /** In path order (code units), the order ingest needs. */
  files: InputEntry[];
  rejected: Rejection[];
}

const code = (err: unknown) => (err as NodeJS.ErrnoException).code ?? String(err);

function kindOf(stat: nodeFs.Stats): string {
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  return 'not a file or folder';
}

/** Every entry under `dir`, recursively: regular files to read, and everything else with the reason it is not read. */
export function listInputFolder(dir: string, fs: InputFs = nodeFs): InputListing {
  if (!fs.existsSync(dir)) throw new UsageError(`input folder not found: ${dir}`);
  if (!fs.statSync(dir).isDirectory()) throw new UsageError(`input is not a folder: ${dir}`);
  const walk = new Walk(fs.realpathSync(dir), fs);
  walk.folder(dir, '', new Set([walk.root]));
  return { files: walk.files.sort(byPath), rejected: walk.rejected };
}

class Walk {
  readonly files: InputEntry[] = [];
  readonly rejected: Rejection[] = [];
  constructor(
    readonly root: string,
    private readonly fs: InputFs,
  ) {}

  /** `ancestors`: real paths of the folders above, so that a symlink back to one of them is a loop, not a descent. */
  folder(abs: string, rel: string, ancestors: Set<string>): void {
    let names: Buffer[];
    try {
      // As bytes: a name that is not UTF-8 cannot be opened through a decoded string, and is listed as such.
      names = this.fs.readdirSync(abs, { encoding: 'buffer' });
    } catch (err) {
      if (rel === '') throw new UsageError(`input folder unreadable: ${abs} (${code(err)})`);
      this.rejected.push({ path: rel, reason: `unreadable folder (${code(err)})` });
      return;
    }
    for (const bytes of names) {
      const name = bytes.toString('utf8');
      const childRel = rel === '' ? name : `${rel}/${name}`;
      if (!isUtf8(bytes)) this.rejected.push({ path: childRel, reason: 'file name is not valid UTF-8' });
      else if (name.startsWith('.')) this.rejected.push({ path: childRel, reason: 'hidden' });
      else this.entry(join(abs, name), childRel, ancestors);
    }
  }

  private entry(abs: string, rel: string, ancestors: Set<string>): void {
    const reject = (reason: string) => this.rejected.push({ path: rel, reason });
    try {
      const own = this.fs.lstatSync(abs);
      if (own.isSymbolicLink()) return this.link(abs, rel, ancestors);
      if (own.isDirectory()) return this.folder(abs, rel, new Set([...ancestors, this.fs.realpathSync(abs)]));
      if (own.isFile()) return void this.files.push({ path: rel, abs });
      reject(`not a regular file: ${kindOf(own)}`);
    } catch (err) {
      reject(`unreadable (${code(err)})`);
    }
  }

  /** A symlink is followed only to a file or folder inside the input folder, and never back up into its own path. */
  private link(abs: string, rel: string, ancestors: Set<string>): void {
    const reject = (reason: string) => this.rejected.push({ path: rel, reason });
    let real: string;
    try {
      real = this.fs.realpathSync(abs);
    } catch (err) {
      const why = code(err);
      return void reject(why === 'ELOOP' ? 'symlink loop' : why === 'ENOENT' ? 'broken symlink' : `unreadable symlink (${why})`);
    }
    const inside = relative(this.root, real);
    if (inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return void reject('symlink to outside the input folder');
    const target = this.fs.statSync(real);
    if (target.isDirectory()) {
      if (ancestors.has(real)) return void reject('symlink loop: points to a folder that contains it');
      return this.folder(abs, rel, new Set([...ancestors, real]));
    }
    if (target.isFile()) return void this.files.push({ path: rel, abs });
    reject(`not a regular file: symlink to ${kindOf(target)}`);
  }
}

/** One file's bytes, or why not: checked by size (the limit of the reader its extension names) before reading, so a huge file costs nothing. */
export function readInputFile(entry: InputEntry, fs: InputFs = nodeFs): InputFile | Rejection {
  const reject = (reason: string) => ({ path: entry.path, reason });
  let fd: number | undefined;
  try {
    // O_NONBLOCK: if a FIFO took the file's place since the walk, opening it must not wait for a writer.
    fd = fs.openSync(entry.abs, nodeFs.constants.O_RDONLY | nodeFs.constants.O_NONBLOCK);
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return reject(`not a regular file: ${kindOf(stat)}`);
    const large = tooLarge(stat.size, readerForPath(entry.path).maxBytes);
    if (large) return reject(large);
    const bytes = new Uint8Array(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = fs.readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break; // the file shrank since fstat: keep what is there
      read += n;
    }
    return { path: entry.path, bytes: bytes.subarray(0, read) };
  } catch (err) {
    return reject(`unreadable (${code(err)})`);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
