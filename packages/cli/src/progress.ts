/**
 * Progress of a stage on stderr. At a terminal, a line redrawn in place: count, share, rate and time left. Elsewhere
 * (a pipe, a log file, CI) plain lines, one every PLAIN_EVERY_MS once a stage has run that long, so a short run
 * prints none and a long one shows it is alive without flooding the log. `--quiet` prints nothing.
 */
import { isMainThread, workerData } from 'node:worker_threads';

const PLAIN_EVERY_MS = 10_000;
const REDRAW_EVERY_MS = 100;

export interface ProgressOutput {
  tty: boolean;
  quiet: boolean;
  now: () => number;
  write: (text: string) => void;
}

/** Where the run's progress goes; a worker thread's stderr is a pipe to the main thread, which tells it (worker.ts). */
function stderrOutput(): ProgressOutput {
  const job = isMainThread ? undefined : (workerData as { stderrIsTTY?: boolean; quiet?: boolean } | undefined);
  return {
    tty: isMainThread ? Boolean(process.stderr.isTTY) : Boolean(job?.stderrIsTTY),
    quiet: Boolean(job?.quiet),
    now: () => performance.now(),
    write: (text) => process.stderr.write(text),
  };
}

/** `1h 02m`, `3m 05s`, `42s`. */
export function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s >= 3600) return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}

/** `1,200/10,000 articles (12%), 85 a second, about 1m 43s left` */
function status(done: number, total: number, unit: string, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0;
  const left = rate > 0 ? `, about ${duration(((total - done) / rate) * 1000)} left` : '';
  const share = total > 0 ? Math.floor((done / total) * 100) : 100;
  return `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${unit} (${share}%), ${rate.toFixed(rate < 10 ? 1 : 0)} a second${left}`;
}

export function progress(stage: string, total: number, unit = 'articles', output: ProgressOutput = stderrOutput()) {
  const { tty, quiet, now, write } = output;
  const started = now();
  let done = 0;
  let drawn = false;
  let lastLine = started;
  return {
    tick() {
      done += 1;
      if (quiet || total <= 1) return;
      const t = now();
      if (tty && (t - lastLine >= REDRAW_EVERY_MS || done === total)) {
        write(`\r\x1b[K${stage}: ${status(done, total, unit, t - started)}`.slice(0, 160));
        drawn = true;
        lastLine = t;
      } else if (!tty && t - lastLine >= PLAIN_EVERY_MS) {
        write(`${stage}: ${status(done, total, unit, t - started)}\n`);
        lastLine = t;
      }
    },
    end(summary: string) {
      if (quiet || !tty) return; // outside a terminal the run's summary says it (summary.ts)
      if (drawn) write('\r\x1b[K');
      write(`${stage}: ${summary}\n`);
    },
  };
}
