/**
 * The run record: what the run that wrote an output set was given (a fingerprint of its input folder, corrections
 * folder, options and code), the run dates on which ingest's result holds, and what it left on disk (each file's
 * size and modification time). A re-run whose fingerprint is the recorded one, on a day in the recorded span, on files
 * that are as recorded, would write the same bytes again: it writes nothing and says so (docs/data-contract.md, "Only
 * what changed is processed again").
 *
 * The record lives with the article cache (`<out>/cache/run.json`, or `run-<hash of --out>.json` in a `--cache`
 * folder), outside the published set. It is never trusted unchecked: a record of another format, or whose check
 * (a SHA-256 of its content) fails, is ignored and the run computes as usual. This module is loaded by the main
 * thread before any stage: it uses Node's modules and the cache's version hashing only.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '@frontline/io/atomic';
import { todayUtc } from '@frontline/ingest/clock';
import type { RunDays } from '@frontline/ingest';
import type { CacheDirs } from './cache/store.ts';
import { runSources, runVersion } from './cache/version.ts';

const FORMAT = 'frontline-run-record';
const VERSION = 2;

/** Path -> "size mtime-in-ns" of every file of a folder. */
export type FileStates = Record<string, string>;

export interface RunRecord {
  format: string;
  version: number;
  fingerprint: string;
  /**
   * The run dates on which ingest gives the same result (each publication date it compared with the run's day gets
   * the same verdict): the day is not in the fingerprint, so a re-run on a later day reuses the set while it is here.
   */
  runDays: RunDays;
  /** The stamp (size, time and inode of every file) of what the fingerprint read: equal, the fingerprint is too. */
  stamp: string;
  /** The output set's files (the record itself left out). */
  out: FileStates;
  /** The `--cache` folder's files the run reads (null: the cache is inside the set, and listed with it). */
  cache: FileStates | null;
  /** Each stage's line of counts on stdout, printed again by a run that finds the set current. */
  reports: { stage: string; summary: unknown }[];
  check: string;
}

/** What decides a run's outputs besides the files of its input and corrections folders. */
export interface RunInputs {
  stages: readonly string[];
  input: string;
  /** The corrections folder in use, '' for none. */
  corrections: string;
  /** Every option that reaches the stages (region, country, export columns, the cache's place). */
  options: Record<string, unknown>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The record's path inside the set, when the cache is the set's own (`<out>/cache/`). */
const IN_SET = 'cache/run.json';

/** Where the record is read and written: with the cache of the output folder, or per output folder in a shared one. */
export const recordPath = (dirs: CacheDirs, out: string): string =>
  dirs.read === dirs.write ? join(dirs.read, `run-${sha256(out).slice(0, 16)}.json`) : join(out, IN_SET);

/**
 * The largest file any reader accepts (the export reader's 256 MB, packages/ingest/src/readers/export.ts); larger
 * files are listed as too large without being read. Kept here so the check loads no reader.
 */
const LARGEST_READ = 256 * 1024 * 1024;

/** A file's bytes into `hash`, a megabyte at a time: memory stays flat whatever the file's size. */
function hashFile(hash: Hash, path: string): void {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.allocUnsafe(1024 * 1024);
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) hash.update(chunk.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

/**
 * Every entry under `dir` into `hash`, in a fixed order: a file by its path, size and content; a symbolic link by its
 * target as written and as resolved; anything else by its type. Hidden entries count too (the walk of the input
 * lists them as rejected, and a change to them changes rejected.csv). Throws when an entry cannot be read.
 */
function hashFolder(hash: Hash, dir: string, rel = ''): void {
  for (const name of readdirSync(join(dir, rel)).sort(byCodeUnit)) {
    const path = rel === '' ? name : `${rel}/${name}`;
    const abs = join(dir, path);
    const stat = lstatSync(abs);
    if (stat.isDirectory()) {
      hash.update(`d\0${path}\0`);
      hashFolder(hash, dir, path);
    } else if (stat.isFile()) {
      hash.update(`f\0${path}\0${stat.size}\0`);
      // Above every reader's limit a file is rejected by its size alone, whatever it holds: it is not read here either.
      if (stat.size <= LARGEST_READ) hashFile(hash, abs);
      hash.update('\0');
    } else if (stat.isSymbolicLink()) {
      let real = '';
      try {
        real = realpathSync(abs);
      } catch (err) {
        real = `unresolved ${(err as NodeJS.ErrnoException).code}`;
      }
      hash.update(`l\0${path}\0${readlinkSync(abs)}\0${real}\0`);
    } else {
      hash.update(`o\0${path}\0${stat.mode}\0`);
    }
  }
}

/**
 * The fingerprint of a run, or null when it cannot be taken (an unreadable entry: the run then computes, and reports
 * the problem the usual way). The run date is not in it: the record's runDays say on which days it holds.
 */
export function fingerprint(inputs: RunInputs): string | null {
  try {
    const hash = createHash('sha256').update(`${FORMAT} ${VERSION}\0`);
    hash.update(JSON.stringify({ stages: inputs.stages, options: inputs.options }));
    hash.update(`\0code\0${runVersion()}\0input\0`);
    hashFolder(hash, inputs.input);
    hash.update(`\0corrections\0${inputs.corrections}\0`);
    if (inputs.corrections !== '') hashFolder(hash, inputs.corrections);
    return hash.digest('hex');
  } catch {
    return null;
  }
}

/** Every entry under `path` into `hash` by its stat only: path, kind, size, modification time and inode. */
function stampTree(hash: Hash, path: string, label: string): void {
  const stat = lstatSync(path, { bigint: true });
  hash.update(`${label}\0${stat.mode}\0${stat.size}\0${stat.mtimeNs}\0${stat.ino}\0`);
  if (!stat.isDirectory()) return;
  for (const name of readdirSync(path).sort(byCodeUnit)) if (name !== 'node_modules') stampTree(hash, join(path, name), `${label}/${name}`);
}

/**
 * The stamp of a run: what the fingerprint covers, by the files' stat instead of their bytes (as git's index and
 * make do). Equal to the recorded one, nothing the fingerprint reads has changed, and the fingerprint is not
 * computed: an unchanged 10,000-article folder is checked with stat calls, not read. A file rewritten with the same
 * size, time to the nanosecond and inode escapes it; any other change, or a touch, falls back to the fingerprint.
 */
export function stamp(inputs: RunInputs): string | null {
  try {
    const hash = createHash('sha256').update(`${FORMAT} ${VERSION} stamp\0node ${process.version}\0`);
    hash.update(JSON.stringify({ stages: inputs.stages, options: inputs.options }));
    for (const path of runSources()) if (existsSync(path)) stampTree(hash, path, `code ${path}`);
    stampTree(hash, inputs.input, 'input');
    if (inputs.corrections !== '') stampTree(hash, inputs.corrections, 'corrections');
    return hash.digest('hex');
  } catch {
    return null;
  }
}

/** Every file under `dir` (none when it is absent) but `except`, with its size and modification time. */
export function fileStates(dir: string, except = ''): FileStates {
  const states: FileStates = {};
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true }).sort((a, b) => byCodeUnit(a.name, b.name))) {
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (path !== except) {
        const stat = statSync(join(dir, path), { bigint: true });
        states[path] = `${stat.size} ${stat.mtimeNs}`;
      }
    }
  };
  if (existsSync(dir)) walk('');
  return states;
}

/** The files of a --cache folder that a run reads: its marker and the stages' files, not other sets' records. */
const cacheStates = (dir: string): FileStates =>
  Object.fromEntries(Object.entries(fileStates(dir)).filter(([path]) => path === 'cache.json' || path.endsWith('.cache')));

/** The files to record, or compare with the record: the set's (but the record), and a shared cache folder's. */
function currentStates(set: string, dirs: CacheDirs) {
  const shared = dirs.read === dirs.write;
  return { out: fileStates(set, shared ? '' : IN_SET), cache: shared ? cacheStates(dirs.read) : null };
}

const sameStates = (a: FileStates | null, b: FileStates | null) => JSON.stringify(a) === JSON.stringify(b);
const sealed = (record: Omit<RunRecord, 'check'>): RunRecord => ({ ...record, check: sha256(JSON.stringify(record)) });

const validDays = (days: RunDays | undefined) => typeof days?.from === 'string' && typeof days.to === 'string';

/** The record at `path` when it is ours and intact; otherwise why not ('' when there is none). */
function readRecord(path: string): RunRecord | string {
  if (!existsSync(path)) return '';
  try {
    const { check, ...rest } = JSON.parse(readFileSync(path, 'utf8')) as RunRecord;
    if (rest.format !== FORMAT || rest.version !== VERSION) return 'not a record of this version';
    if (check !== sealed(rest).check || typeof rest.out !== 'object' || !Array.isArray(rest.reports) || !validDays(rest.runDays)) return 'damaged';
    return { ...rest, check };
  } catch {
    return 'damaged';
  }
}

/** The stamp and fingerprint of this run, taken before it reads anything (a change meanwhile shows next time). */
export interface RunPrint {
  stamp: string;
  fingerprint: string;
}

/**
 * The recorded stage reports when the set at `out` is the one this run would write (same stamp, or else same
 * fingerprint; every file as recorded, no file more or less). Otherwise why not ('' when there is nothing to say:
 * no record, or inputs that changed, the usual case), with the run's print for the record it will write (null when
 * it cannot be taken).
 */
export function currentSet(out: string, dirs: CacheDirs, inputs: RunInputs): { reports: RunRecord['reports'] } | { note: string; print: RunPrint | null } {
  const stamped = stamp(inputs);
  const record = readRecord(recordPath(dirs, out));
  const print = () => {
    const fingerprinted = stamped === null ? null : fingerprint(inputs);
    return fingerprinted === null ? null : { stamp: stamped!, fingerprint: fingerprinted };
  };
  if (typeof record === 'string') return { note: record && `the record of the previous run was not used: ${record}`, print: print() };
  const today = todayUtc();
  if (today < record.runDays.from || today > record.runDays.to) {
    return { note: `a publication date the previous run checked against its day gets another verdict on ${today}`, print: print() };
  }
  const same = stamped !== null && stamped === record.stamp ? { stamp: stamped, fingerprint: record.fingerprint } : print();
  if (same === null || same.fingerprint !== record.fingerprint) return { note: '', print: same };
  const now = currentStates(out, dirs);
  if (!sameStates(now.out, record.out) || !sameStates(now.cache, record.cache)) {
    return { note: 'the output folder or the cache changed since the previous run', print: same };
  }
  return { reports: record.reports };
}

/**
 * Records the run that built `staging` (before it is switched in: a rename keeps sizes and times). Nothing is recorded
 * without a cache marker (a run that cached nothing), without a fingerprint or without ingest's run days.
 */
export function writeRecord(out: string, staging: string, dirs: CacheDirs, print: RunPrint | null, runDays: RunDays | undefined, reports: RunRecord['reports']): void {
  if (print === null || runDays === undefined || !existsSync(join(dirs.write, 'cache.json'))) return;
  const path = dirs.read === dirs.write ? recordPath(dirs, out) : join(staging, IN_SET);
  const states = currentStates(staging, dirs);
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, `${JSON.stringify(sealed({ format: FORMAT, version: VERSION, ...print, runDays, ...states, reports }))}\n`);
}
