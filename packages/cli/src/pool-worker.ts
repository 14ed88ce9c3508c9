/** One worker of the pool (pool.ts): builds its task once, then answers one input at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { taskFunction, type PoolTask } from './tasks.ts';

export interface PoolRequest {
  id: number;
  input: unknown;
}
export type PoolReply = { id: number; value: unknown } | { id: number; error: string };

const run = taskFunction(workerData as PoolTask) as (input: unknown) => unknown;
parentPort!.on('message', ({ id, input }: PoolRequest) => {
  let reply: PoolReply;
  try {
    reply = { id, value: run(input) };
  } catch (err) {
    reply = { id, error: (err as Error).message };
  }
  parentPort!.postMessage(reply);
});
