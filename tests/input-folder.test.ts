/**
 * The input folder walk and file reads of the CLI (packages/cli/src/read-input.ts), on real temporary folders, and
 * with an injected fs where the real one cannot fail on this machine (chmod 000 does not stop root).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listInputFolder, readInputFile, UsageError, type InputFs } from '../packages/cli/src/read-input.ts';

const fresh = (name: string) => fs.mkdtempSync(join(tmpdir(), `frontline-${name}-`));
const ARTICLE = 'Army advances\n\nGovernment forces took three villages on Monday, a monitor said.\n';
const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

/** A folder with one of every kind of entry the walk must handle. */
function mixedFolder(): string {
  const dir = fresh('walk');
  const outside = fresh('outside');
  fs.writeFileSync(join(outside, 'secret.txt'), ARTICLE);
  fs.writeFileSync(join(dir, 'a.txt'), ARTICLE);
  fs.mkdirSync(join(dir, 'sub'));
  fs.writeFileSync(join(dir, 'sub', 'b.txt'), `${ARTICLE}More.\n`);
  fs.writeFileSync(join(dir, '.hidden.txt'), ARTICLE);
  fs.mkdirSync(join(dir, '.git'));
  fs.writeFileSync(join(dir, '.git', 'config'), 'x');
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  fs.symlinkSync(join(outside, 'secret.txt'), join(dir, 'outside.txt'));
  fs.symlinkSync('loop2', join(dir, 'loop1'));
  fs.symlinkSync('loop1', join(dir, 'loop2'));
  fs.symlinkSync('..', join(dir, 'sub', 'up'));
  fs.symlinkSync('missing.txt', join(dir, 'broken.txt'));
  fs.symlinkSync('a.txt', join(dir, 'inside.txt'));
  fs.symlinkSync('sub', join(dir, 'subl'));
  return dir;
}

describe('walking the input folder', () => {
  const dir = mixedFolder();

  it('lists the regular files, following symlinks that stay inside, in path order', () => {
    expect(listInputFolder(dir).files.map((f) => f.path)).toEqual(['a.txt', 'inside.txt', 'sub/b.txt', 'subl/b.txt']);
  });

  it('lists everything else with its reason: hidden, FIFO, symlinks out, loops, broken', () => {
    const rejected = listInputFolder(dir).rejected.sort((a, b) => (a.path < b.path ? -1 : 1));
    expect(rejected).toEqual([
      { path: '.git', reason: 'hidden' },
      { path: '.hidden.txt', reason: 'hidden' },
      { path: 'broken.txt', reason: 'broken symlink' },
      { path: 'loop1', reason: 'symlink loop' },
      { path: 'loop2', reason: 'symlink loop' },
      { path: 'outside.txt', reason: 'symlink to outside the input folder' },
      { path: 'pipe.txt', reason: 'not a regular file: a FIFO' },
      { path: 'sub/up', reason: 'symlink loop: points to a folder that contains it' },
      { path: 'subl/up', reason: 'symlink loop: points to a folder that contains it' },
    ]);
  });

  it('opens no file while walking (a FIFO would block, a huge file would cost memory)', () => {
    let opened = 0;
    const counting: InputFs = { ...fs, openSync: ((...args: Parameters<typeof fs.openSync>) => (opened++, fs.openSync(...args))) as typeof fs.openSync };
    listInputFolder(dir, counting);
    expect(opened).toBe(0);
  });

  it('refuses a missing or unreadable input folder as a usage error', () => {
    expect(() => listInputFolder(join(dir, 'nope'))).toThrow(UsageError);
    const failing: InputFs = { ...fs, readdirSync: (() => { throw errno('EACCES'); }) as unknown as typeof fs.readdirSync };
    expect(() => listInputFolder(dir, failing)).toThrow(/input folder unreadable: .* \(EACCES\)/);
  });
});

describe('other entries nobody can read as text are listed too', () => {
  const dir = fresh('special');
  const server = createServer();
  afterAll(() => void server.close());

  it('a socket', async () => {
    await new Promise<void>((done) => server.listen(join(dir, 'sock'), done));
    expect(listInputFolder(dir).rejected).toEqual([{ path: 'sock', reason: 'not a regular file: a socket' }]);
  });

  it('a file whose name is not valid UTF-8 (listed, with U+FFFD for the bad byte)', () => {
    const other = fresh('badname');
    fs.writeFileSync(Buffer.concat([Buffer.from(`${other}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), ARTICLE);
    const listing = listInputFolder(other);
    expect(listing.files).toEqual([]);
    expect(listing.rejected).toEqual([{ path: 'caf\ufffd.txt', reason: 'file name is not valid UTF-8' }]);
  });
});

describe('an unreadable sub-folder is listed, and the rest still runs', () => {
  function withLocked() {
    const dir = fresh('locked');
    fs.writeFileSync(join(dir, 'a.txt'), ARTICLE);
    fs.mkdirSync(join(dir, 'locked'));
    fs.writeFileSync(join(dir, 'locked', 'c.txt'), ARTICLE);
    fs.writeFileSync(join(dir, 'z.txt'), `${ARTICLE}Z.\n`);
    return dir;
  }

  it('when readdir fails (injected: this runs as root, where chmod 000 does not stop reading)', () => {
    const dir = withLocked();
    const readdirSync = ((path: fs.PathLike, ...rest: unknown[]) => {
      if (String(path).endsWith('locked')) throw errno('EACCES');
      return (fs.readdirSync as (...a: unknown[]) => unknown)(path, ...rest);
    }) as typeof fs.readdirSync;
    const listing = listInputFolder(dir, { ...fs, readdirSync });
    expect(listing.files.map((f) => f.path)).toEqual(['a.txt', 'z.txt']);
    expect(listing.rejected).toEqual([{ path: 'locked', reason: 'unreadable folder (EACCES)' }]);
  });

  // The real thing, where it can happen: chmod 000 stops a non-root user.
  const probe = fresh('probe');
  fs.chmodSync(probe, 0o000);
  let chmodBlocks = false;
  try {
    fs.readdirSync(probe);
  } catch {
    chmodBlocks = true;
  }
  fs.chmodSync(probe, 0o700);

  it.runIf(chmodBlocks)('when the folder is chmod 000', () => {
    const dir = withLocked();
    fs.chmodSync(join(dir, 'locked'), 0o000);
    try {
      const listing = listInputFolder(dir);
      expect(listing.files.map((f) => f.path)).toEqual(['a.txt', 'z.txt']);
      expect(listing.rejected).toEqual([{ path: 'locked', reason: 'unreadable folder (EACCES)' }]);
    } finally {
      fs.chmodSync(join(dir, 'locked'), 0o700);
    }
  });
});

describe('reading one file', () => {
  it('refuses a huge file from its size, without reading a byte of it', () => {
    const dir = fresh('sparse');
    const path = join(dir, 'huge.txt');
    fs.writeFileSync(path, '');
    fs.truncateSync(path, 1024 ** 3); // 1 GB, sparse: costs no disk
    let reads = 0;
    const counting: InputFs = { ...fs, readSync: ((...args: Parameters<typeof fs.readSync>) => (reads++, fs.readSync(...args))) as typeof fs.readSync };
    expect(readInputFile({ path: 'huge.txt', abs: path }, counting)).toEqual({ path: 'huge.txt', reason: 'file too large: 1024.0 MB > 2 MB limit' });
    expect(reads).toBe(0);
  });

  it('reads a file whole, and lists a read error instead of throwing', () => {
    const dir = fresh('read');
    fs.writeFileSync(join(dir, 'a.txt'), ARTICLE);
    const read = readInputFile({ path: 'a.txt', abs: join(dir, 'a.txt') });
    expect(new TextDecoder().decode((read as { bytes: Uint8Array }).bytes)).toBe(ARTICLE);
    const failing: InputFs = { ...fs, readSync: (() => { throw errno('EIO'); }) as typeof fs.readSync };
    expect(readInputFile({ path: 'a.txt', abs: join(dir, 'a.txt') }, failing)).toEqual({ path: 'a.txt', reason: 'unreadable (EIO)' });
    expect(readInputFile({ path: 'gone.txt', abs: join(dir, 'gone.txt') })).toEqual({ path: 'gone.txt', reason: 'unreadable (ENOENT)' });
  });
});
