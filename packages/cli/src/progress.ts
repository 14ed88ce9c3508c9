/** Counts on stderr while a stage runs, only for a person at a terminal; silent in pipes, CI and tests. */
export function progress(stage: string, total: number) {
  const live = Boolean(process.stderr.isTTY) && total > 1;
  let done = 0;
  return {
    tick(label = '') {
      done += 1;
      if (live) process.stderr.write(`\r\x1b[K${stage}: ${done}/${total} ${label}`.slice(0, 120));
    },
    end(summary: string) {
      if (live) process.stderr.write('\r\x1b[K');
      if (process.stderr.isTTY) process.stderr.write(`${stage}: ${summary}\n`);
    },
  };
}
