/**
 * One corpus-wide stage alone: how aggregate (or normalize) grows with the corpus. On an output folder that
 * `frontline all` wrote (its hand-over files), it runs `frontline <stage> --out OUT` in its own process, R times, and
 * prints each run's own stage time, its wall time and peak memory, with the load average. With `--against DIR` (a
 * checkout of other code, its dependencies installed) the two checkouts run in turn, A B A B..., so that their
 * ratio is measured under one load, the only fair comparison on a shared machine. A stage rewrites the folder's set
 * (the same bytes when both checkouts' outputs are the same).
 * Usage: pnpm exec tsx scripts/bench-stage.ts OUT [--stage aggregate] [--repeat 3] [--against DIR] [-- stage options]
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { stage: { type: 'string', default: 'aggregate' }, repeat: { type: 'string', default: '3' }, against: { type: 'string' } },
});
const [out, ...extra] = positionals;
if (!out) throw new Error('usage: bench-stage.ts OUT [--stage aggregate] [--repeat 3] [--against DIR] [-- stage options]');
const stage = values.stage!;
const trees = [resolve('.'), ...(values.against ? [resolve(values.against)] : [])];

interface Figure {
  stage: number;
  /** The stage's CPU time, every thread (the run's summary): under load, the fair comparison. */
  cpu: number;
  wall: number;
  rss: number;
}

/** One run of the stage from `tree` under /usr/bin/time (peak memory of the process, main thread and worker). */
function run(tree: string): Figure {
  const t0 = performance.now();
  const args = ['-f', 'maxrss_kb=%M', process.execPath, '--import', 'tsx', join('packages', 'cli', 'src', 'main.ts'), stage, '--out', resolve(out!), ...extra];
  const child = spawnSync('/usr/bin/time', args, { cwd: tree, encoding: 'utf8' });
  const wall = (performance.now() - t0) / 1000;
  if (child.status !== 0) throw new Error(`${tree}: exit ${child.status}: ${child.stderr}`);
  const own = new RegExp(`summary: time: ${stage} ([\\d.]+) s`).exec(child.stderr);
  const cpu = new RegExp(`summary: CPU: ${stage} ([\\d.]+) s`).exec(child.stderr);
  return { stage: Number(own?.[1] ?? NaN), cpu: Number(cpu?.[1] ?? NaN), wall, rss: Number(/maxrss_kb=(\d+)/.exec(child.stderr)?.[1] ?? 0) / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

const figures = new Map<string, Figure[]>(trees.map((t) => [t, []]));
for (let i = 0; i < Number(values.repeat); i++) {
  for (const tree of trees) {
    const f = run(tree);
    figures.get(tree)!.push(f);
    console.log(`${tree}: ${stage} ${f.stage.toFixed(1)} s, CPU ${f.cpu.toFixed(2)} s (wall ${f.wall.toFixed(1)} s), peak RSS ${f.rss.toFixed(0)} MB, load average ${load()}`);
  }
}
const medians = trees.map((t) => median(figures.get(t)!.map((f) => f.stage)));
const cpus = trees.map((t) => median(figures.get(t)!.map((f) => f.cpu)));
trees.forEach((t, i) => console.log(`median ${stage} time, ${t}: ${medians[i]!.toFixed(1)} s, CPU ${cpus[i]!.toFixed(2)} s; peak RSS ${median(figures.get(t)!.map((f) => f.rss)).toFixed(0)} MB`));
if (medians.length === 2) console.log(`ratio ${trees[1]} / ${trees[0]}: ${(medians[1]! / medians[0]!).toFixed(2)}`);
