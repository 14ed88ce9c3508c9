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

/**
 * Worker threads that run one task, started at the first batch and kept for the next ones (a stage streams its
 * input through it batch by batch, so each worker builds its task once per stage, not once per batch). One batch
 * runs at a time; its answers come back in input order however the workers finished them. `close` ends the workers.
 */
export class Pool<T> {
  private workers: Worker[] = [];
  /** A worker's failure between batches (its 'error' event must have a listener): the next batch reports it. */
  private failed: Error | null = null;
  /** Where a worker's error goes: the batch in flight, else kept (in `failed`) for the next one. */
  private onFailure: ((err: Error) => void) | null = null;

  constructor(
    private readonly task: PoolTask,
    private readonly size: number,
  ) {}

  /** Runs the task on every input of one batch; `done` is told of each answer as it comes (for progress). */
  run(inputs: unknown[], done: () => void): Promise<Answer<T>[]> {
    if (this.failed) return Promise.reject(this.failed);
    if (inputs.length === 0) return Promise.resolve([]);
    if (this.workers.length === 0) this.start(Math.min(this.size, inputs.length));
    return new Promise((resolve, reject) => {
      const answers: Answer<T>[] = new Array(inputs.length);
      let next = 0;
      let left = inputs.length;
      const detach = () => {
        this.onFailure = null;
        for (const w of this.workers) w.removeAllListeners('message').removeAllListeners('exit');
      };
      const fail = (err: Error) => (detach(), reject(err));
      for (const worker of this.workers) {
        const send = () => next < inputs.length && worker.postMessage({ id: next, input: inputs[next++] });
        worker.on('message', (reply: PoolReply) => {
          answers[reply.id] = 'error' in reply ? { error: reply.error } : { value: reply.value as T };
          done();
          if (--left === 0) return detach(), resolve(answers);
          send();
        });
        worker.on('exit', (code) => fail(new Error(`a pool worker stopped (exit ${code})`)));
        send();
      }
      this.onFailure = fail;
    });
  }

  private start(count: number): void {
    this.workers = Array.from({ length: count }, () => new Worker(new URL('./pool-boot.mjs', import.meta.url), { workerData: this.task }));
    for (const worker of this.workers) {
      worker.on('error', (err: Error) => {
        this.failed = err;
        this.onFailure?.(err);
      });
    }
  }

  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => (w.removeAllListeners('exit'), w.terminate())));
  }
}
