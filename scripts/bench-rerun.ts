/**
 * Re-run benchmark: the article cache's point is that a daily update of a few articles to a large corpus takes
 * seconds. On N generated articles (copies of the seeds, each unique) it runs the command as a user does (`frontline
 * all`, its own process, output set and cache in `--out`) three times and prints for each the wall time, the peak
 * memory of the process and the run's own summary (time per stage, what came from the cache):
 * - clean: an empty output folder (every article computed, the cache written);
 * - unchanged: the same folder again;
 * - added: 20 new articles.
 * The machine's load average is printed too: the figures depend on it.
 * Usage: pnpm exec tsx scripts/bench-rerun.ts [N=1000] [ADDED=20]
 */
import { spawnSync } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeSeedCopies } from './bench-corpus.ts';

const n = Number(process.argv[2] ?? 1000);
const added = Number(process.argv[3] ?? 20);
const MAIN = join('packages', 'cli', 'src', 'main.ts');

/** One run of the command under /usr/bin/time (for the peak memory of the process, main thread and worker). */
function run(label: string, input: string, out: string) {
  const t0 = performance.now();
  const child = spawnSync('/usr/bin/time', ['-f', 'maxrss_kb=%M', process.execPath, '--import', 'tsx', MAIN, 'all', '--input', input, '--out', out], { encoding: 'utf8' });
  const wall = (performance.now() - t0) / 1000;
  if (child.status !== 0) throw new Error(`${label}: exit ${child.status}: ${child.stderr}`);
  const rss = Number(/maxrss_kb=(\d+)/.exec(child.stderr)?.[1] ?? 0) / 1024;
  const summary = child.stderr.split('\n').filter((l) => l.startsWith('summary: ')).map((l) => `    ${l.slice('summary: '.length)}`);
  console.log(`${label.padEnd(10)} ${wall.toFixed(1).padStart(6)} s wall, peak RSS ${rss.toFixed(0)} MB, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(summary.join('\n'));
}

const input = mkdtempSync(join(tmpdir(), 'frontline-rerun-in-'));
const work = mkdtempSync(join(tmpdir(), 'frontline-rerun-out-'));
const out = join(work, 'out');
try {
  const bytes = writeSeedCopies(input, n);
  console.log(`${n} articles, ${(bytes / 1e6).toFixed(2)} MB; load average before ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  run('clean', input, out);
  run('unchanged', input, out);
  writeSeedCopies(input, added, n);
  run(`+${added}`, input, out);
} finally {
  rmSync(input, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}
