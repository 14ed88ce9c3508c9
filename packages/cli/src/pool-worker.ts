/** One worker of the pool (pool.ts): builds its task once, then answers one input at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import type { PoolTask } from './tasks.ts';

export interface PoolRequest {
  id: number;
  input: unknown;
}
export type PoolReply = { id: number; value: unknown } | { id: number; error: string };

/**
 * The function a worker runs, with its own stage's code alone loaded: an extract worker never loads normalize (its
 * registries and gazetteer code cost about 2.5 s of CPU per worker), a normalize worker never loads extract. A
 * normalize worker loads its own gazetteer, corrected as the stage's: one per thread.
 */
async function taskFunction(task: PoolTask): Promise<(input: never) => unknown> {
  if (task.task === 'extract') return (await import('@frontline/extract')).extractArticle;
  const [{ correctGazetteer, loadGazetteer, readCorrections }, { normalizeTask }] = await Promise.all([import('@frontline/normalize'), import('./tasks.ts')]);
  const { gazetteer } = correctGazetteer(loadGazetteer(), readCorrections(task.corrections).places);
  return normalizeTask(gazetteer, task.country);
}

// Requests sent while the task loads wait in the port's queue until the listener below is added.
const run = (await taskFunction(workerData as PoolTask)) as (input: unknown) => unknown;
parentPort!.on('message', ({ id, input }: PoolRequest) => {
  let reply: PoolReply;
  try {
    reply = { id, value: run(input) };
  } catch (err) {
    reply = { id, error: (err as Error).message };
  }
  parentPort!.postMessage(reply);
});
