/**
 * Build, serve and browse the dashboard: shared by tests/dashboard and scripts/measure-dashboard.ts.
 * Lives in the app so `playwright-core` resolves from the app's own dependencies.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from 'playwright-core';

export type { CDPSession, Page } from 'playwright-core';
export { serveDir, type StaticServer } from './static-server.ts';

export const APP_DIR = resolve(import.meta.dirname, '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The scripts a page loads: the modules its HTML names (modulepreload and import()), then their static imports. */
export function scriptsOf(build: string, page: string): string[] {
  const html = readFileSync(join(build, page, 'index.html'), 'utf8');
  const pageUrl = posix.join('/', page, '/');
  const found = new Set<string>();
  const queue = [...html.matchAll(/(?:href|import\()\s*=?\s*["']([^"']+\.js)["']/g)].map((m) => posix.resolve(pageUrl, m[1]));
  while (queue.length) {
    const url = queue.pop()!;
    if (found.has(url) || !existsSync(join(build, url))) continue;
    found.add(url);
    const code = readFileSync(join(build, url), 'utf8');
    // Static imports of a built chunk: `import ... from "./x.js"` or `import "./x.js"`.
    for (const m of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(posix.resolve(posix.dirname(url), m[1]));
    }
  }
  return [...found].sort();
}

/** The gzip (level 9) bytes of the JavaScript a page loads: the figure of the 150 KB per page budget (issue 11). */
export function scriptBytes(build: string, page: string): number {
  return scriptsOf(build, page).reduce((sum, url) => sum + gzipSync(readFileSync(join(build, url)), { level: 9 }).length, 0);
}

/** Builds the site from a pipeline output folder into `out` (scripts/build.js: the data step, then vite build); throws with the log on failure. */
export function buildSite(dataDir: string, out: string): void {
  const run = oneBuildAtATime(() =>
    spawnSync(process.execPath, [join(APP_DIR, 'scripts', 'build.js'), '--logLevel', 'warn'], {
      cwd: APP_DIR,
      encoding: 'utf8',
      // NODE_ENV production: vitest sets it to `test`, which vite keeps, and Svelte then builds its dev runtime
      // (about 18 KB more gzip JavaScript per page), not the site `npm start` ships.
      env: { ...process.env, NODE_ENV: 'production', FRONTLINE_DATA: dataDir, FRONTLINE_DASHBOARD_OUT: out },
    }),
  );
  if (run.status !== 0) throw new Error(`dashboard build failed:\n${run.stdout}\n${run.stderr}`);
}

const BUILD_LOCK = join(APP_DIR, '.svelte-kit-build.lock');
/** A lock older than this is a crashed build's: no build here takes so long. */
const STALE_LOCK_MS = 30 * 60_000;

/**
 * Every build writes the app's one `.svelte-kit` folder, so two test files building at once (vitest runs files in
 * parallel where it has the cores) would overwrite each other's intermediate files: builds take turns, by a lock
 * folder (mkdir is atomic).
 */
export function oneBuildAtATime<T>(build: () => T): T {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const since = statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now(); // gone meanwhile: try again
      if (Date.now() - since > STALE_LOCK_MS) rmSync(BUILD_LOCK, { recursive: true, force: true });
      else Atomics.wait(pause, 0, 0, 500);
    }
  }
  try {
    return build();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** Debian's Chromium, headless, with a fresh profile folder that is removed on close. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'frontline-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
