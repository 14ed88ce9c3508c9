/**
 * One run of the stages on `--out` as a whole: refuse dangerous folders, take the lock, repair what a crashed run
 * left, build the new set in a staging folder (in a worker thread), switch it in, release the lock. A failure, a
 * SIGINT/SIGTERM or the end of the package manager that started us drops the staging folder and leaves the current
 * set as it was. See docs/data-contract.md, "An output folder is always whole".
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
// The set and lock modules alone: the main thread does not load the table writers (arquero), only the worker does.
import { beginSet, commitSet, discardSet, recoverOutputSet, sidePath } from '@frontline/io/output-set';
import { isLock, tryLock, type OutputLock } from '@frontline/io/lock';
import { cacheDirs, checkCacheFolder, type CacheOption } from './cache/where.ts';
import { checkFolders, keptFiles, type StageName } from './paths.ts';
import { UsageError } from './errors.ts';
import type { ExportFieldOptions } from './stages.ts';
import { currentSet, writeRecord, type RunRecord } from './run-record.ts';
import { seconds, summaryLines, type RunSummary } from './summary.ts';
import type { Job, WorkerMessage } from './worker.ts';
import type { RunDays } from '@frontline/ingest';

export interface RunOptions extends ExportFieldOptions {
  input: string;
  out: string;
  wait?: boolean;
  /** Passed on to the stages: the region pack or country every article is about. */
  region?: string;
  country?: string;
  /** --corrections DIR; unset: `corrections/` beside --input when it exists. */
  corrections?: string;
  /** `--cache DIR`, `--no-cache` (false) or the default, the output folder (undefined). */
  cache?: CacheOption;
  /** No progress and no summary on stderr. */
  quiet?: boolean;
}

const EXIT_CODE: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

async function lockOut(out: string, wait: boolean): Promise<OutputLock> {
  mkdirSync(dirname(out), { recursive: true });
  for (;;) {
    const got = tryLock(out);
    if (isLock(got)) return got;
    if (!wait) {
      const who = got.pid ? `pid ${got.pid}, started ${got.started}` : 'just starting';
      throw new UsageError(`another run (${who}) is writing ${out}; run again when it ends, or pass --wait`);
    }
    await sleep(250);
  }
}

/** What the worker tells besides each stage's summary: the run's summary, and ingest's run days (for the record). */
interface Ended {
  summary?: RunSummary;
  runDays?: RunDays;
}

/** Runs the stages in a worker; prints each stage's summary; resolves when it ends, rejects on its error. */
function work(job: Job, report: (stage: string, summary: unknown) => void): { worker: Worker; ended: Promise<Ended> } {
  const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: job });
  const ended = new Promise<Ended>((resolve, reject) => {
    let failure: Error | undefined;
    let done = false;
    const told: Ended = {};
    worker.on('message', (m: WorkerMessage) => {
      if ('stage' in m) report(m.stage, m.summary);
      else if ('runSummary' in m) told.summary = m.runSummary;
      else if ('runDays' in m) told.runDays = m.runDays;
      else if ('error' in m) failure = Object.assign(m.usage ? new UsageError(m.error) : new Error(m.error), { stack: m.stack });
      else done = true;
    });
    worker.on('error', (err) => (failure ??= err));
    worker.on('exit', () => (done && !failure ? resolve(told) : reject(failure ?? new Error('the stages stopped unexpectedly'))));
  });
  return { worker, ended };
}

/**
 * Stops the run on SIGINT/SIGTERM, and when the package manager that started us (`pnpm pipeline`, `pnpm frontline`,
 * `npx frontline`) is killed: pnpm does not pass signals on, so its end (our parent pid changing) counts as SIGTERM,
 * and no orphan keeps working. Scripts get npm_lifecycle_event, `pnpm <bin>` and `npx` npm_config_user_agent; a
 * command started from a shell has neither and is not watched (`nohup frontline ... &` outlives its shell).
 */
function onStop(stop: (signal: string) => void): () => void {
  const handlers = ['SIGINT', 'SIGTERM'].map((signal) => [signal, () => stop(signal)] as const);
  for (const [signal, handler] of handlers) process.once(signal, handler);
  const parent = process.ppid;
  const underPackageManager = process.env.npm_lifecycle_event || process.env.npm_config_user_agent;
  const watch = underPackageManager ? setInterval(() => process.ppid !== parent && stop('SIGTERM'), 200) : undefined;
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
    clearInterval(watch);
  };
}

/** --corrections as given (it must exist), else `corrections/` beside --input when there is one; '' for none. */
function correctionsFolder({ corrections, input }: RunOptions): string {
  if (corrections !== undefined) {
    if (!existsSync(corrections) || !statSync(corrections).isDirectory()) throw new UsageError(`--corrections ${corrections}: no such folder`);
    return resolve(corrections);
  }
  const beside = join(dirname(resolve(input)), 'corrections');
  return existsSync(beside) && statSync(beside).isDirectory() ? beside : '';
}

/** What the fingerprint holds of the options: all that reach the stages (the corrections folder is hashed apart). */
const recordedOptions = ({ region, country, textField, dateField, titleField, urlField, outletField, cache }: RunOptions) =>
  ({ region, country, textField, dateField, titleField, urlField, outletField, cache });

/** A run that found the set current: the recorded stage lines again on stdout, one summary line, nothing written. */
function unchanged(reports: RunRecord['reports'], report: (stage: string, summary: unknown) => void, quiet: boolean | undefined, started: number) {
  for (const r of reports) report(r.stage, r.summary);
  if (quiet) return;
  process.stderr.write(
    `summary: unchanged: the input, corrections, options and code are those of the run that wrote this set, and its files are as that run left them; nothing computed or written (${seconds(performance.now() - started)})\n`,
  );
}

export async function runStages(stages: StageName[], options: RunOptions, report: (stage: string, summary: unknown) => void) {
  const started = performance.now();
  const out = checkFolders(options.input, options.out, stages[0] === 'ingest');
  checkCacheFolder(options.cache, options.input, out, stages[0] === 'ingest');
  // What a stop must undo, filled in as the run goes. The handlers are in place before anything exists to undo; a
  // signal during the synchronous steps below is handled at the next await.
  const run: { lock?: OutputLock; staging?: string; worker?: Worker; stopped?: boolean } = {};
  const unwatch = onStop((signal) => {
    run.stopped = true;
    unwatch();
    void Promise.resolve(run.worker?.terminate()).finally(() => {
      if (run.staging) discardSet(run.staging);
      run.lock?.release();
      process.exit(EXIT_CODE[signal]);
    });
  });
  try {
    run.lock = await lockOut(out, Boolean(options.wait));
    for (const line of recoverOutputSet(out)) process.stderr.write(`${line}\n`);
    const dirs = cacheDirs(options.cache, out, sidePath(out, 'staging'));
    const corrections = correctionsFolder(options);
    // Only a run from ingest is fingerprinted: the later stages alone read the set's own hand-over files.
    const inputs = { stages, input: options.input, corrections, options: recordedOptions(options) };
    const current = dirs && stages[0] === 'ingest' ? currentSet(out, dirs, inputs) : { note: '', print: null };
    if ('reports' in current) return unchanged(current.reports, report, options.quiet, started);
    run.staging = beginSet(out, keptFiles(stages[0]));
    const job: Job = {
      stages, input: options.input, out: run.staging, shownOut: options.out, previousSet: out, stderrIsTTY: Boolean(process.stderr.isTTY), quiet: Boolean(options.quiet),
      cacheDirs: dirs,
      region: options.region, country: options.country, corrections,
      textField: options.textField, dateField: options.dateField, titleField: options.titleField, urlField: options.urlField, outletField: options.outletField,
    };
    const reports: RunRecord['reports'] = [];
    const { worker, ended } = work(job, (stage, summary) => {
      reports.push({ stage, summary });
      report(stage, summary);
    });
    run.worker = worker;
    const { summary, runDays } = await ended;
    if (dirs) writeRecord(out, run.staging, dirs, current.print, runDays, reports);
    commitSet(out, run.staging);
    // Why the record was not enough, with the summary: a failed run keeps stderr to its one-line reason.
    if (current.note && !options.quiet) process.stderr.write(`summary: ${current.note}; computing\n`);
    if (summary && !options.quiet) for (const line of summaryLines(summary)) process.stderr.write(`${line}\n`);
  } catch (err) {
    if (run.stopped) await new Promise(() => {}); // the stop handler cleans up and exits
    if (run.staging) discardSet(run.staging);
    throw err;
  } finally {
    if (!run.stopped) {
      unwatch();
      run.lock?.release();
    }
  }
}
