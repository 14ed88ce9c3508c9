/**
 * The stages of one run, in a worker thread: the main thread stays free to hear SIGINT/SIGTERM while a stage computes
 * (synchronous work would hold a signal handler back until it ended), and can stop the work at once.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { StageName } from './paths.ts';
import { UsageError } from './read-input.ts';
import { publishPartial, runStage, type ExportFieldOptions } from './stages.ts';

export interface Job extends ExportFieldOptions {
  stages: StageName[];
  input: string;
  out: string; // the staging folder
  shownOut: string; // --out as the user gave it, for messages
  stderrIsTTY: boolean;
  region?: string;
  country?: string;
  /** The corrections folder (absolute), '' for none. */
  corrections?: string;
}

export type WorkerMessage = { stage: StageName; summary: unknown } | { error: string; stack?: string; usage: boolean } | { done: true };

const job = workerData as Job;
const send = (message: WorkerMessage) => parentPort!.postMessage(message);
try {
  // awaited, so a stage may become asynchronous (streaming input) without changing this loop
  for (const stage of job.stages) send({ stage, summary: await runStage(stage, job) });
  const last = job.stages[job.stages.length - 1];
  if (last !== 'aggregate') publishPartial(job.out, last);
  send({ done: true });
} catch (err) {
  // A message names the folder the user knows, not the staging folder.
  const shown = (text?: string) => text?.split(job.out).join(job.shownOut);
  send({ error: shown((err as Error).message) ?? String(err), stack: shown((err as Error).stack), usage: err instanceof UsageError });
}
