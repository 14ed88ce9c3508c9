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
/**
 * Fewer articles than this are computed in the stage's thread. A worker starts by compiling the sources (tsx) and
 * building its task again: for extract the language model and registries, for normalize the gazetteer and packs,
 * which the stage's thread has already loaded: about 4 to 5 s of CPU and 200 MB a worker (2026-12-01, 2 cores under
 * load: extract of 40 or 200 articles cost 7 to 8 s more CPU with two workers than in the thread, and 200 took longer;
 * normalize of the 5 seeds 8.7 s and 321 MB in the thread, 18.4 to 20.3 s and 709 to 721 MB with two workers). An
 * article costs about 1/30 s of CPU to extract and 7 ms to normalize, so the pool pays for its start at a few hundred
 * articles in extract and only at about a thousand in normalize: a daily update, which normalizes its new articles and
 * the few dozen old ones they date again, stays in the thread. `FRONTLINE_POOL_MIN` sets one minimum for both (the
 * pool's tests use it).
 */
const POOL_MIN: Record<'extract' | 'normalize', number> = { extract: 400, normalize: 1000 };

export const poolMinimum = (stage: 'extract' | 'normalize'): number => Number(process.env.FRONTLINE_POOL_MIN) || POOL_MIN[stage];

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
