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

/**
 * Each worker's old-generation heap, in MB. V8 sizes a heap from what survived its last full collection times a
 * factor of up to 4 and collects late while memory is plentiful, so a worker's heap grew with the articles it had
 * computed though what it kept did not (2026-12-05, scale10, normalize of 2,000 generated articles: after forced
 * collections a normalize worker kept 91 MB from its 256th article to its 2,000th and the stage's thread 126 to 134
 * MB, while their heaps grew from 116 to 190 and 177 to 316 MB; an extract worker kept 87 MB). Under this limit V8
 * collects sooner (the normalize workers' heaps stayed at 133 to 150 MB); a worker that
 * still runs out dies, its article is computed in the stage's thread and the pool goes on without it.
 * `FRONTLINE_WORKER_HEAP_MB` sets it (the pool's tests make a worker run out).
 */
const WORKER_HEAP_MB = 256;

const workerHeapMb = (): number => Number(process.env.FRONTLINE_WORKER_HEAP_MB) || WORKER_HEAP_MB;

export const poolSize = (): number => Math.max(1, Number(process.env.FRONTLINE_WORKERS) || availableParallelism());

/**
 * Worker threads that run one task, started at the first batch and kept for the next ones (a stage streams its
 * input through it batch by batch, so each worker builds its task once per stage, not once per batch). One batch
 * runs at a time; its answers come back in input order however the workers finished them. A worker that runs out of
 * heap is dropped and `here` computes its article in the stage's thread (the rest of a batch too when none is left).
 * `close` ends the workers.
 */
export class Pool<T> {
  private workers: Worker[] = [];
  /** True once every worker has run out of heap: the articles left are computed by `here`. */
  private exhausted = false;
  /** A worker's failure between batches (its 'error' event must have a listener): the next batch reports it. */
  private failed: Error | null = null;
  /** Workers dropped because they ran out of heap: the run's summary says so (their articles cost the stage's thread). */
  private ranOut = 0;
  /** Where a worker's error goes: the batch in flight, else kept (in `failed`) for the next one. */
  private onFailure: ((err: Error, worker: Worker) => void) | null = null;

  constructor(
    private readonly task: PoolTask,
    private readonly size: number,
    private readonly here: (input: unknown) => Answer<T>,
  ) {}

  /** Runs the task on every input of one batch; `done` is told of each answer as it comes (for progress). */
  run(inputs: unknown[], done: () => void): Promise<Answer<T>[]> {
    if (this.failed) return Promise.reject(this.failed);
    if (inputs.length === 0) return Promise.resolve([]);
    if (this.exhausted) return Promise.resolve(inputs.map((input) => (done(), this.here(input))));
    if (this.workers.length === 0) this.start(Math.min(this.size, inputs.length));
    return new Promise((resolve, reject) => {
      const answers: Answer<T>[] = new Array(inputs.length);
      const inFlight = new Map<Worker, number>();
      let next = 0;
      let left = inputs.length;
      const detach = () => {
        this.onFailure = null;
        for (const w of this.workers) w.removeAllListeners('message').removeAllListeners('exit');
      };
      const answer = (id: number, a: Answer<T>) => {
        answers[id] = a;
        done();
        if (--left === 0) detach(), resolve(answers);
      };
      const send = (worker: Worker) => {
        if (next < inputs.length) inFlight.set(worker, next), worker.postMessage({ id: next, input: inputs[next++] });
      };
      for (const worker of this.workers) {
        worker.on('message', (reply: PoolReply) => {
          inFlight.delete(worker);
          answer(reply.id, 'error' in reply ? { error: reply.error } : { value: reply.value as T });
          if (left > 0) send(worker);
        });
        worker.on('exit', (code) => fail(new Error(`a pool worker stopped (exit ${code})`)));
        send(worker);
      }
      const fail = (err: Error, worker?: Worker) => {
        if (!worker || !outOfHeap(err)) return detach(), reject(err);
        const id = inFlight.get(worker);
        inFlight.delete(worker);
        this.drop(worker);
        if (id !== undefined) answer(id, this.here(inputs[id]));
        if (this.workers.length > 0) return;
        this.exhausted = true; // nothing left to send them to: the rest here
        while (left > 0) answer(next, this.here(inputs[next++]));
      };
      this.onFailure = fail;
    });
  }

  private start(count: number): void {
    const resourceLimits = { maxOldGenerationSizeMb: workerHeapMb() };
    this.workers = Array.from({ length: count }, () => new Worker(new URL('./pool-boot.mjs', import.meta.url), { workerData: this.task, resourceLimits }));
    for (const worker of this.workers) {
      worker.on('error', (err: Error) => {
        if (this.onFailure) return this.onFailure(err, worker);
        if (outOfHeap(err)) return this.drop(worker); // between batches: the next one goes on without it
        this.failed = err;
      });
    }
  }

  /** How many workers ran out of heap and were dropped. */
  get workersOutOfHeap(): number {
    return this.ranOut;
  }

  /** A worker that ran out of heap (V8 has ended it): its listeners removed, the pool goes on without it. */
  private drop(worker: Worker): void {
    this.ranOut++;
    worker.removeAllListeners('message').removeAllListeners('exit');
    this.workers = this.workers.filter((w) => w !== worker);
    if (this.workers.length === 0) this.exhausted = true;
  }

  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => (w.removeAllListeners('exit'), w.terminate())));
  }
}

const outOfHeap = (err: Error): boolean => (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
