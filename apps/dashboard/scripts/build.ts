/**
 * `node --import tsx scripts/build.ts [vite build options]` (the app's `build` script): the dashboard's build as two
 * processes one after the other. First the data step (page-data.ts), which reads the pipeline's whole output and
 * writes the pages' JSON files; then `vite build`, which bundles and prerenders from those files. Run in turn, the
 * build's peak memory is the larger of the two, not their sum: run from vite.config.ts, the step's process lived
 * beside a vite process that had already loaded its bundler (about 0.2 GB). `vite build` alone still works: its
 * config runs the step itself when no runner has (FRONTLINE_PAGE_DATA_READY).
 *
 * The `vite build` process runs with a V8 heap of VITE_HEAP_MB (FRONTLINE_VITE_HEAP_MB to change it). It holds no
 * corpus-wide table, one page's data at a time, but left to its default V8 collected late: at 10,000 articles it
 * grew to 1.22 GB, and to 0.89 GB with this limit, in the same time (README, "Dashboard at scale").
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { publishDataFiles, resolveDataDir } from './data-files.ts';
import { pageDataDir, readyKey, runPageDataStep } from './page-data-step.ts';

const APP = resolve(import.meta.dirname, '..');
const VITE_HEAP_MB = Number(process.env.FRONTLINE_VITE_HEAP_MB ?? 512);

export function build(viteArgs: string[]): number {
  const dataDir = resolveDataDir(APP);
  const out = pageDataDir(APP);
  // The published files are checked before the step reads them: a refused data folder stops with its own message.
  publishDataFiles(dataDir, join(APP, 'static', 'data'));
  runPageDataStep(dataDir, out);
  const vite = spawnSync(process.execPath, [`--max-old-space-size=${VITE_HEAP_MB}`, join(APP, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', ...viteArgs], {
    cwd: APP,
    stdio: 'inherit',
    env: { ...process.env, FRONTLINE_PAGE_DATA_READY: readyKey(dataDir, out) },
  });
  return vite.status ?? 1;
}

if (process.argv[1] === import.meta.filename) process.exit(build(process.argv.slice(2)));
