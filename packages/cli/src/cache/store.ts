/**
 * The article cache: what a per-article stage made of each article on earlier runs, so that a re-run computes only
 * new or changed articles. One file per stage, `<stage>.cache`, one entry a line: `key TAB check TAB payload`, where
 * the key hashes the stage's version (version.ts) and everything the stage reads of the article, the payload is the
 * result as JSON, and the check is the SHA-256 of key and payload together. Beside them `cache.json` names the format
 * and its version.
 *
 * Nothing is trusted unchecked: a folder without our `cache.json` (another program's, or an older format) is not
 * read at all; an entry whose check fails (a truncated file, a hand-edited line) is dropped and its article computed
 * again. Either way the run's outputs are those of a run without the cache, byte for byte. The checks are skipped only
 * for a file still exactly as the cache wrote it, which its seal tells (seal.ts).
 *
 * Each stage's file is written atomically, holding exactly the entries the run used: entries of removed or changed
 * articles go, and a clean run and a warm re-run write the same bytes. When the run used exactly the entries it
 * found, the file is linked rather than rewritten; when it used them all and computed others (articles added), the
 * file is copied and the new entries appended (`finish`).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
// The modules alone, not the package's index: the main thread reads the cache folder without loading the table writers.
import { TMP_FILE, writeChunksAtomic, writeFileAtomic } from '@frontline/io/atomic';
import { isAlive } from '@frontline/io/lock';
import { CACHE_PARTS, type CachePart } from './version.ts';
import { sealHolds, sealPath, writeSeal } from './seal.ts';
import { closeFile, indexLines, linesFrom, newlineChunks, openForReading, readSpan, Spool, type LineSpan } from './line-file.ts';

export const CACHE_FORMAT = 'frontline-article-cache';
/** Raise when the payload of any stage changes shape: every older cache is then rebuilt. */
export const CACHE_FORMAT_VERSION = 1;
const MARKER = 'cache.json';
const MARKER_TEXT = `${JSON.stringify({ format: CACHE_FORMAT, version: CACHE_FORMAT_VERSION })}\n`;

/** Where the run reads entries and where it writes them (the same folder for `--cache DIR`). */
export interface CacheDirs {
  read: string;
  write: string;
}

const stageFile = (dir: string, stage: CachePart) => join(dir, `${stage}.cache`);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** What a folder is to the cache: absent or empty, ours (this format and version), ours but older, or not ours. */
export function cacheFolderState(dir: string): 'empty' | 'ours' | 'outdated' | 'foreign' {
  if (!existsSync(dir)) return 'empty';
  if (!statSync(dir).isDirectory()) return 'foreign';
  if (readdirSync(dir).length === 0) return 'empty';
  let marker: { format?: unknown; version?: unknown };
  try {
    marker = JSON.parse(readFileSync(join(dir, MARKER), 'utf8'));
  } catch {
    return 'foreign';
  }
  if (marker?.format !== CACHE_FORMAT) return 'foreign';
  return marker.version === CACHE_FORMAT_VERSION && readFileSync(join(dir, MARKER), 'utf8') === MARKER_TEXT ? 'ours' : 'outdated';
}

/** A cache key: the stage's version and the article's inputs, each length-prefixed so no two lists share a key. */
export function cacheKey(version: string, inputs: readonly string[]): string {
  const hash = createHash('sha256').update(`${CACHE_FORMAT} ${CACHE_FORMAT_VERSION}\0${version}`);
  for (const input of inputs) hash.update(`\0${input.length}\0`).update(input);
  return hash.digest('hex');
}

export interface CacheCounts {
  /** Entries found and checked, used as they were. */
  hits: number;
  /** Articles computed: new, changed, or whose entry was dropped. */
  misses: number;
  /** Entries that failed their check (corrupt or edited) and were computed again. */
  dropped: number;
}

/** One stage's entries for one run: read from the previous cache by position (line-file.ts), written anew with what this run used. */
export class StageCache {
  /** The previous file's entries: where each line is, not its text. */
  private found = new Map<string, LineSpan>();
  /** What this run used, in its order: a line of the previous file or of the spool (computed now), or '' (reserved). */
  private used = new Map<string, LineSpan | ''>();
  private fd: number | null = null;
  /** The entries computed by this run, on disk until finish (beside the file written: `.<stage>.cache.spool.<pid>.tmp`). */
  private spool: Spool | null = null;
  /** The file read is as the cache wrote it (seal.ts): its entries were checked when written, and are not again. */
  private sealed = false;
  readonly counts: CacheCounts = { hits: 0, misses: 0, dropped: 0 };

  constructor(
    private readonly stage: CachePart,
    private readonly dirs: CacheDirs,
    trusted: boolean,
  ) {
    const file = stageFile(dirs.read, stage);
    if (!trusted || !existsSync(file)) return;
    this.fd = openForReading(file);
    this.sealed = sealHolds(this.fd, file);
    const { spans, unkeyed } = indexLines(this.fd);
    this.found = spans;
    this.counts.dropped += unkeyed; // a line without a key, or a second line for one key
  }

  /** Whether the previous file has an entry under `key` (unchecked: for planning, never for output). */
  has(key: string): boolean {
    return this.found.has(key);
  }

  /** The entry under `key` when it is there and passes its check (and `usable`); recorded as used. */
  get<T>(key: string, usable: (value: T) => boolean = () => true): T | undefined {
    const found = this.checked(key);
    const value = found === undefined ? undefined : parsed<T>(found.payload);
    if (found !== undefined && value === undefined) this.counts.dropped += 1;
    if (value === undefined || !usable(value)) return undefined;
    this.use(key, found!.span);
    return value;
  }

  /**
   * The entry under `key` as the JSON text `put` wrote (checked, never parsed): for a stage that copies a result
   * into its hand-over file as it is, an unchanged article costs a read, not a parse and a serialization.
   */
  getText(key: string): string | undefined {
    const found = this.checked(key);
    if (found !== undefined) this.use(key, found.span);
    return found?.payload;
  }

  private use(key: string, span: LineSpan): void {
    this.counts.hits += 1;
    this.used.set(key, span);
  }

  /** The payload under `key` and where its line is, when its check passes (a failed check counts as dropped). */
  private checked(key: string): { payload: string; span: LineSpan } | undefined {
    const span = this.found.get(key);
    if (span === undefined || this.fd === null) return undefined;
    const line = readSpan(this.fd, span);
    const second = line.indexOf('\t', key.length + 1);
    const payload = second < 0 ? '' : line.slice(second + 1);
    if (second < 0 || (!this.sealed && line.slice(key.length + 1, second) !== sha256(`${key}\t${payload}`))) {
      this.counts.dropped += 1;
      return undefined;
    }
    return { payload, span };
  }

  /**
   * Holds the place of an entry computed later (by the pool): the file keeps the order of the articles, whichever
   * finished first. `release` gives the place up when the article failed.
   */
  reserve(key: string): void {
    if (!this.used.has(key)) this.used.set(key, '');
  }

  release(key: string): void {
    if (this.used.get(key) === '') this.used.delete(key);
  }

  /** A result computed by this run. */
  put(key: string, value: unknown): void {
    const payload = JSON.stringify(value);
    this.counts.misses += 1;
    this.spool ??= new Spool(join(this.dirs.write, `.${this.stage}.cache.spool.${process.pid}.tmp`));
    this.used.set(key, this.spool.append(`${key}\t${sha256(`${key}\t${payload}`)}\t${payload}`));
  }

  /** The value of `key`: from the cache, or computed (and kept). */
  async memo<T>(key: string, compute: () => T | Promise<T>, usable?: (value: T) => boolean): Promise<T> {
    const hit = this.get(key, usable);
    if (hit !== undefined) return hit;
    const value = await compute();
    this.put(key, value);
    return value;
  }

  /**
   * Writes the stage's file: exactly the entries this run used. When they are the file read's, that file is linked;
   * when they are all of the file read's and new ones (articles added), the file read is copied (by the kernel, as
   * sealed, so it ends with a newline) and the new entries appended in the run's order, so a daily update of a large
   * corpus does not rewrite it; otherwise it is written in the run's order, the unchanged entries copied from the
   * file read in runs of bytes. An entry is found by its key, so the order of the lines is only that of their writing.
   * Then lets go of the file and the positions.
   */
  finish(): void {
    writeFileAtomic(join(this.dirs.write, MARKER), MARKER_TEXT);
    const target = stageFile(this.dirs.write, this.stage);
    const previous = stageFile(this.dirs.read, this.stage);
    const kept = this.counts.dropped === 0 ? keptEntries(this.used, this.found) : 'other';
    if (this.dirs.write !== this.dirs.read && kept === 'all') {
      if (existsSync(target)) rmSync(target);
      linkOrCopy(previous, target);
    } else if (kept === 'all and new' && this.sealed) {
      const added = [...this.used.values()].filter((line): line is LineSpan => line !== '' && line.fd !== undefined);
      writeChunksAtomic(target, newlineChunks(linesFrom(this.spool!.fd, added)), { after: previous });
    } else {
      const lines = [...this.used.values()].filter((line) => line !== '');
      writeChunksAtomic(target, newlineChunks(linesFrom(this.fd ?? this.spool?.fd ?? -1, lines)));
    }
    writeSeal(target); // every entry in it was checked (or sealed) or computed by this run
    if (this.fd !== null) closeFile(this.fd);
    this.spool?.remove();
    this.fd = null;
    this.spool = null;
    this.found = new Map();
    this.used = new Map();
  }
}

/** A payload's value; undefined when it is not JSON (a line that passed its check always is). */
function parsed<T>(payload: string): T | undefined {
  try {
    return JSON.parse(payload) as T;
  } catch {
    return undefined;
  }
}

/**
 * What the run used of the entries found: all of them and nothing else, all of them and entries it computed, or
 * other (some not used: removed or changed articles, whose entries must go).
 */
function keptEntries(used: Map<string, LineSpan | ''>, found: Map<string, LineSpan>): 'all' | 'all and new' | 'other' {
  if (found.size === 0) return 'other';
  let fromFile = 0;
  for (const [key, line] of used) if (line !== '' && line.fd === undefined && found.has(key)) fromFile += 1;
  if (fromFile !== found.size) return 'other';
  return used.size === found.size ? 'all' : 'all and new';
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to); // a file system without hard links
  }
}

/**
 * The cache of a run: one StageCache per stage run, and the files of the stages not run carried over from the
 * previous set (when the cache lives in the output folder, which a run replaces as a whole).
 */
export class RunCache {
  private readonly trusted: boolean;
  readonly stages = new Map<CachePart, StageCache>();
  /** Why the previous cache was not read, for the run's summary ('' when it was, or there was none). */
  readonly distrust: string;

  constructor(readonly dirs: CacheDirs) {
    const state = cacheFolderState(dirs.read);
    this.trusted = state === 'ours';
    this.distrust = state === 'foreign' ? 'not a Frontline cache' : state === 'outdated' ? 'an older cache format' : '';
    if (dirs.write !== dirs.read || state === 'foreign' || state === 'empty') return;
    // A --cache folder: the temporary files of writers that died go (the output folder's go with its staging folders),
    // and one of an older format is emptied of our files, so that none of them is read later.
    for (const name of readdirSync(dirs.read)) {
      const tmp = TMP_FILE.exec(name);
      if (tmp && !isAlive(Number(tmp[1]))) rmSync(join(dirs.read, name), { force: true });
    }
    if (state === 'outdated') for (const name of [MARKER, ...CACHE_PARTS.flatMap((s) => [`${s}.cache`, sealPath(`${s}.cache`)])]) rmSync(join(dirs.read, name), { force: true });
  }

  stage(stage: CachePart): StageCache {
    let cache = this.stages.get(stage);
    if (!cache) this.stages.set(stage, (cache = new StageCache(stage, this.dirs, this.trusted)));
    return cache;
  }

  /** The previous run's files of the stages this run did not run (their entries stay valid: they are keyed by content). */
  carryOver(stages: readonly CachePart[]): void {
    if (!this.trusted || this.dirs.read === this.dirs.write) return;
    let carried = false;
    for (const stage of stages) {
      const from = stageFile(this.dirs.read, stage);
      if (this.stages.has(stage) || !existsSync(from)) continue;
      if (!carried) writeFileAtomic(join(this.dirs.write, MARKER), MARKER_TEXT);
      carried = true;
      linkOrCopy(from, stageFile(this.dirs.write, stage));
      // the seal with it: a link keeps the file's identity; a copy does not, and its entries are then checked
      if (existsSync(sealPath(from))) linkOrCopy(sealPath(from), sealPath(stageFile(this.dirs.write, stage)));
    }
  }
}
