/**
 * The stages of one run, in a worker thread: the main thread stays free to hear SIGINT/SIGTERM while a stage computes
 * (synchronous work would hold a signal handler back until it ended), and can stop the work at once.
 */
import { existsSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { readJsonl } from '@frontline/io';
import type { RunDays } from '@frontline/ingest';
import type { Rejection } from '@frontline/schema';
import { RunCache, type CacheDirs } from './cache/store.ts';
import { CACHE_PARTS, type CachedStage } from './cache/version.ts';
import { stagePaths, type StageName } from './paths.ts';
import { UsageError } from './errors.ts';
import { publishPartial, runStage, type ExportFieldOptions } from './stages.ts';
import { countReasons, type RunSummary, type StageReport } from './summary.ts';

export interface Job extends ExportFieldOptions {
  stages: StageName[];
  input: string;
  out: string; // the staging folder
  shownOut: string; // --out as the user gave it, for messages
  /** The set the run replaces (the real --out; it may not exist yet). */
  previousSet: string;
  stderrIsTTY: boolean;
  /** --quiet: no progress on stderr. */
  quiet: boolean;
  region?: string;
  country?: string;
  /** The corrections folder (absolute), '' for none. */
  corrections?: string;
  /** Where the article cache is read and written; none with --no-cache. */
  cacheDirs?: CacheDirs;
}

export type WorkerMessage =
  | { stage: StageName; summary: unknown }
  | { runDays: RunDays }
  | { runSummary: RunSummary }
  | { error: string; stack?: string; usage: boolean }
  | { done: true };

/** Every rejection of the set: ingest's, and the articles a later stage failed on. */
function rejections(out: string): Rejection[] {
  const paths = stagePaths(out);
  const files = [paths.rejected, paths.failures('extract'), paths.failures('normalize')].filter((f) => existsSync(f));
  return files.flatMap((f) => readJsonl<Rejection>(f));
}

const job = workerData as Job;
const send = (message: WorkerMessage) => parentPort!.postMessage(message);
try {
  const cache = job.cacheDirs ? new RunCache(job.cacheDirs) : undefined;
  const reports: StageReport[] = [];
  // awaited, so a stage may become asynchronous (streaming input) without changing this loop
  for (const stage of job.stages) {
    const started = performance.now();
    const cpu = process.cpuUsage(); // the process's: every thread, the pool's workers too
    const result = (await runStage(stage, { ...job, cache, onRunDays: (runDays) => send({ runDays }) })) as Record<string, unknown>;
    const used = process.cpuUsage(cpu);
    reports.push({
      stage, ms: performance.now() - started, result, cache: cache?.stages.get(stage as CachedStage)?.counts,
      cpuMs: (used.user + used.system) / 1000, peakRss: process.resourceUsage().maxRSS * 1024,
    });
    send({ stage, summary: result });
  }
  cache?.carryOver(CACHE_PARTS);
  const last = job.stages[job.stages.length - 1];
  if (last !== 'aggregate') publishPartial(job.out, last);
  const rejected = countReasons(rejections(job.out).map((r) => r.reason));
  send({ runSummary: { stages: reports, rejected, cacheNote: cache?.distrust ?? '' } });
  send({ done: true });
} catch (err) {
  // A message names the folder the user knows, not the staging folder.
  const shown = (text?: string) => text?.split(job.out).join(job.shownOut);
  send({ error: shown((err as Error).message) ?? String(err), stack: shown((err as Error).stack), usage: err instanceof UsageError });
}
