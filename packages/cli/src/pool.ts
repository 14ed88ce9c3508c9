/**
 * A pool of worker threads, one per core, for the per-article work of extract and normalize. Each worker builds the
 * task once (the language model, the gazetteer) and takes the next article when it has answered the last; answers
 * are put back in article order, so the output is the same bytes as one thread's. Small batches stay in the stage's
 * own thread: starting a worker costs more than a few hundred articles.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PoolReply } from './pool-worker.ts';
import type { PoolTask } from './tasks.ts';

/**
 * Fewer articles than this are computed in the stage's thread (`FRONTLINE_POOL_MIN=N` sets another number). Each
 * worker loads its stage's code and data again: about 4 s of CPU more than computing in the stage's thread, where an
 * extract costs about 1/30 s of CPU (2026-12-01, 2 cores under load: 40 or 200 articles cost 7 to 8 s more CPU with
 * two workers than with one, and 200 took longer). Halving N articles' time saves N/60 s, a worker's start only above
 * a few hundred articles.
 */
export const POOL_MIN_ARTICLES = 400;

export const poolMinArticles = (): number => Number(process.env.FRONTLINE_POOL_MIN) || POOL_MIN_ARTICLES;

export type Answer<T> = { value: T } | { error: string };

export const poolSize = (): number => Math.max(1, Number(process.env.FRONTLINE_WORKERS) || availableParallelism());

/** Runs `task` on every input in `size` workers; `done` is told of each answer as it comes (for progress). */
export async function runPool<T>(task: PoolTask, inputs: unknown[], size: number, done: () => void): Promise<Answer<T>[]> {
  const answers: Answer<T>[] = new Array(inputs.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(size, inputs.length) }, () => new Worker(new URL('./pool-boot.mjs', import.meta.url), { workerData: task }));
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      const send = () => (next < inputs.length ? worker.postMessage({ id: next, input: inputs[next++] }) : resolve());
      worker.on('message', (reply: PoolReply) => {
        answers[reply.id] = 'error' in reply ? { error: reply.error } : { value: reply.value as T };
        done();
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (next < inputs.length || code !== 0 ? reject(new Error(`a pool worker stopped (exit ${code})`)) : resolve()));
      send();
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return answers;
}
