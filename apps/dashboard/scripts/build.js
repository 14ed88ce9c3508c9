/**
 * `node scripts/build.js [vite build options]` (the app's `build` script): the dashboard's build as two processes
 * one after the other, started from this one. First scripts/prepare.ts (with tsx): the data files and the data step
 * (page-data.ts), which reads the pipeline's whole output and writes the pages' JSON files; then `vite build`, which
 * bundles and prerenders from those files. Run in turn, the build's peak memory is the larger of the two, not their
 * sum. This process only waits, so it is plain JavaScript run by plain Node: with tsx's loader it was about 70 MB,
 * beside each step, of the build's peak (README, "Dashboard at scale"). `vite build` alone still works: its config
 * runs the step itself when no runner has (FRONTLINE_PAGE_DATA_READY).
 *
 * The `vite build` process runs with a V8 heap of VITE_HEAP_MB (FRONTLINE_VITE_HEAP_MB to change it). It holds no
 * corpus-wide table, one page's data at a time, but left to its default V8 collected late: at 10,000 articles it
 * grew to 1.22 GB, and to 0.89 GB with a 512 MB limit, in the same time. On the real 10,000-article output it
 * peaked at 1.05 to 1.20 GB with 512 MB, in the server build (SvelteKit's analysis and prerender run in worker
 * threads, each with a V8 heap of its own; Rolldown's memory is outside V8), and at 0.96 GB with 384 MB, the site
 * byte-identical. 320 MB gave no less (README, issue 11, build14).
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const APP = resolve(import.meta.dirname, '..');
const VITE_HEAP_MB = Number(process.env.FRONTLINE_VITE_HEAP_MB ?? 384);

/**
 * How the `vite build` process's native allocator gives memory back (a variable already set wins). Rolldown, Vite's
 * bundler, allocates outside V8 with mimalloc, which by default keeps freed pages resident for a while and, in arenas
 * committed eagerly, only marks them reusable: the memory of the server build was still counted while the client
 * build and the prerender ran on top of it. Purged at once and decommitted, the process's peak on the 10,000-article
 * replica fell from 0.92 to 0.97 GB to about 0.72 GB for the same CPU time and the same site (README, issue 11, build17).
 */
const ALLOCATOR = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' };

/**
 * The environment of the `vite build` process: this process's, with ALLOCATOR's settings where it has none, and the
 * key that tells vite.config.ts the data step has run (`ready`).
 * @param {NodeJS.ProcessEnv} env
 * @param {string} ready
 * @returns {NodeJS.ProcessEnv}
 */
export function viteEnv(env, ready) {
  return { ...ALLOCATOR, ...env, FRONTLINE_PAGE_DATA_READY: ready };
}

/**
 * Runs `node ARGS` in the app's folder with this process's terminal; resolves with its exit status and what it
 * wrote on file descriptor 3.
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<{ status: number, said: string }>}
 */
function run(args, env) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: APP, stdio: ['inherit', 'inherit', 'inherit', 'pipe'], env });
    let said = '';
    child.stdio[3]?.on('data', (chunk) => (said += String(chunk)));
    child.on('error', fail);
    child.on('close', (code, signal) => done({ status: code ?? (signal ? 1 : 0), said }));
  });
}

/**
 * The build: the prepare step, then `vite build` with VITE_ARGS. Resolves with the exit status.
 * @param {string[]} viteArgs
 * @returns {Promise<number>}
 */
export async function build(viteArgs) {
  const prepared = await run(['--import', 'tsx', join(APP, 'scripts', 'prepare.ts')], process.env);
  if (prepared.status !== 0) return prepared.status;
  const vite = join(APP, 'node_modules', 'vite', 'bin', 'vite.js');
  return (await run([`--max-old-space-size=${VITE_HEAP_MB}`, vite, 'build', ...viteArgs], viteEnv(process.env, prepared.said))).status;
}

if (process.argv[1] === import.meta.filename) process.exitCode = await build(process.argv.slice(2));
