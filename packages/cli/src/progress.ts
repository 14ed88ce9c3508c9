import { isMainThread, workerData } from 'node:worker_threads';

/** Whether stderr is a terminal; a worker thread's stderr is a pipe to the main thread, which tells it (worker.ts). */
const terminal = (): boolean => (isMainThread ? Boolean(process.stderr.isTTY) : Boolean(workerData?.stderrIsTTY));

/** Counts on stderr while a stage runs, only for a person at a terminal; silent in pipes, CI and tests. */
export function progress(stage: string, total: number) {
  const tty = terminal();
  const live = tty && total > 1;
  let done = 0;
  return {
    tick(label = '') {
      done += 1;
      if (live) process.stderr.write(`\r\x1b[K${stage}: ${done}/${total} ${label}`.slice(0, 120));
    },
    end(summary: string) {
      if (live) process.stderr.write('\r\x1b[K');
      if (tty) process.stderr.write(`${stage}: ${summary}\n`);
    },
  };
}
