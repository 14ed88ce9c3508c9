/// <reference lib="dom" />
/**
 * `pnpm exec tsx scripts/measure-dashboard.ts [--data DIR [--app DIR] [--keep] | --build DIR] [--runs N]`: what the dashboard costs.
 * - With `--data DIR` (a pipeline output folder) it first builds the site from it into a temporary folder and prints
 *   the build's time, peak memory (RSS of the build process, from /usr/bin/time) and the bytes it wrote, article
 *   pages apart. Without it, it measures apps/dashboard/build (run `pnpm --filter @frontline/dashboard build` first)
 *   or `--build DIR`.
 * - Per page: gzip JavaScript, gzip HTML (the page's data is inlined in it), the raw page data the browser parses
 *   (its `__data.json`, the same data as the HTML inlines), time to interactive in Chromium
 *   (median of N runs: from navigation start until the page is parsed and hydrated and no long task follows for a
 *   second; see timeToInteractive), the marks drawn, the Tab stops, and the time a filter change takes to be drawn
 *   (choosing the first reporter).
 * - `--keep` keeps the site built with `--data` and prints its folder, to measure it again with `--build`.
 * - `--pages /casualties/,/territory/` measures only those pages (a build costs minutes; one page's runs, seconds).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { APP_DIR, launchBrowser, oneBuildAtATime, scriptBytes, scriptsOf, serveDir, type CDPSession, type Page } from '../apps/dashboard/scripts/harness.ts';

const PAGES = ['/', '/displacement/', '/casualties/', '/territory/', '/sources/', '/data/'];
const CHART_PAGES = new Set(['/', '/displacement/', '/casualties/', '/territory/']);
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const runs = Number(option('--runs', '3'));
/** A page not interactive by then is reported as "> N s" and the others are still measured. */
const TIMEOUT_MS = Number(option('--timeout', '300')) * 1000;
const dataDir = option('--data', '');
// Another copy of the app to build (for before/after figures); default the repo's.
const appDir = resolve(option('--app', APP_DIR));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Builds the site from a pipeline output: wall time, and peak memory two ways: `/usr/bin/time`'s (the largest single
 * process) and the peak sum over the build's whole process tree (scripts/tree-rss.ts): the app's build script
 * (apps/dashboard/scripts/build.js), its prepare process (the data step's processes below it) and then its `vite build` process.
 */
function buildFrom(data: string): string {
  const out = join(mkdtempSync(join(tmpdir(), 'frontline-measure-')), 'site');
  // The app's build script: plain Node (build.js), or with tsx in copies from before it (build.ts).
  const builder = ['build.js', 'build.ts'].map((name) => join(appDir, 'scripts', name)).find((path) => existsSync(path));
  const sampler = join(import.meta.dirname, 'tree-rss.ts');
  let seconds = 0;
  let cpu = 0;
  // Builds share the app's .svelte-kit folder: wait for a test's build to finish rather than corrupt it.
  const run = oneBuildAtATime(() => {
    const t0 = performance.now();
    // An older copy of the app (--app) has no build script: its build was `vite build` alone.
    const app = !builder ? [join(appDir, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'] : builder.endsWith('.ts') ? ['--import', 'tsx', builder] : [builder];
    const command = [process.execPath, '--import', 'tsx', sampler, process.execPath, ...app, '--logLevel', 'warn'];
    const result = spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb %M cpu-s %U %S', ...command], {
      cwd: appDir,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production', FRONTLINE_DATA: resolve(data), FRONTLINE_DASHBOARD_OUT: out },
      maxBuffer: 64 * 1024 * 1024,
    });
    seconds = (performance.now() - t0) / 1000;
    return result;
  });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  const rss = Number(/peak-rss-kb (\d+)/.exec(run.stderr)?.[1] ?? 0) * 1024;
  const tree = Number(/peak-tree-rss-kb (\d+)/.exec(run.stderr)?.[1] ?? 0) * 1024;
  const times = /cpu-s ([\d.]+) ([\d.]+)/.exec(run.stderr);
  cpu = times ? Number(times[1]) + Number(times[2]) : NaN;
  const total = folderBytes(out);
  const articles = existsSync(join(out, 'articles')) ? folderBytes(join(out, 'articles')) : { bytes: 0, files: 0 };
  const load = loadavg().map((l) => l.toFixed(1)).join(', ');
  console.log(`Build from ${data}: ${seconds.toFixed(1)} s wall, ${cpu.toFixed(1)} s CPU (user + sys, all processes)`);
  console.log(`  peak RSS: ${mb(tree)} summed over the build's processes; ${mb(rss)} its largest process (load average after it: ${load})`);
  const detail = existsSync(join(out, 'detail')) ? folderBytes(join(out, 'detail')) : { bytes: 0, files: 0 };
  console.log(`  wrote ${mb(total.bytes)} in ${total.files} files; article pages ${mb(articles.bytes)} in ${articles.files} files; sentence detail files ${mb(detail.bytes)} in ${detail.files}`);
  return out;
}

function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Elements Tab reaches: focusable, not disabled, not tabindex -1, not inside a closed <details> (its summary is). */
function tabStops(): number {
  const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, summary, [tabindex]';
  return [...document.querySelectorAll<HTMLElement>(focusable)].filter((el) => {
    if (el.getAttribute('tabindex') === '-1') return false;
    const closed = el.closest('details:not([open])');
    return !closed || (el.tagName === 'SUMMARY' && el.parentElement === closed);
  }).length;
}

/**
 * A page can answer input once it is parsed, hydrated when it has scripts (the layout's `frontline:ready` mark), and
 * no long task (> 50 ms, which would hold up a click or key) follows for QUIET_MS: its time to interactive is the
 * latest of those moments, from navigation start. A Lighthouse-style definition with a shorter quiet window, since a
 * static page has no network work left to wait for.
 *
 * Why the earlier probe reported "> 300 s" for every page: its init script observed `document.documentElement`,
 * which is null when an init script runs (before `<html>` is parsed), so it threw and its flag never came; and the
 * functions it sent to the page named inner functions, which tsx compiles to calls of a `__name` helper that exists
 * only in Node, so they threw in the page too. The functions below that run in the page name no inner function.
 */
const QUIET_MS = 1000;

/**
 * CPU time the page's main thread has spent in tasks so far, in ms (Chromium's TaskDuration counted in thread time).
 * Wall times on this shared machine grow with the load average; this figure barely does, so it is printed beside them.
 */
async function mainThreadCpu(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}
async function timeToInteractive(page: Page, url: string, hydrates: boolean): Promise<number> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTaskEnds: number[] };
    w.__longTaskEnds = [];
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) w.__longTaskEnds.push(task.startTime + task.duration);
    }).observe({ type: 'longtask' });
  });
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: TIMEOUT_MS });
  if (hydrates) {
    const options = { timeout: TIMEOUT_MS, polling: 50 };
    await page.waitForFunction(() => performance.getEntriesByName('frontline:ready', 'mark').length > 0, undefined, options);
  }
  return page.evaluate(async (quiet) => {
    const ends = (window as unknown as { __longTaskEnds: number[] }).__longTaskEnds;
    const parsed = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd;
    const ready = performance.getEntriesByName('frontline:ready', 'mark')[0]?.startTime ?? 0;
    let last = Math.max(parsed, ready, ...ends);
    // Wait until QUIET_MS have passed since the last long task (or readiness) with none after it.
    while (performance.now() - last < quiet) {
      await new Promise((ok) => setTimeout(ok, quiet / 4));
      last = Math.max(parsed, ready, ...ends);
    }
    return last;
  }, QUIET_MS);
}

/** Time from choosing the first reporter in the menu to the next frame after the charts are redrawn. */
async function filterChange(page: Page): Promise<number | null> {
  return page.evaluate(async () => {
    const select = document.querySelector<HTMLSelectElement>('select[name=reporter]');
    const option = select?.options[1];
    if (!select || !option) return null;
    const t0 = performance.now();
    select.value = option.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    // The URL changes once the view has changed; then the next frame is drawn. (No named helper: see above.)
    while (!location.search.includes('reporter=')) await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok)));
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok)));
    return performance.now() - t0;
  });
}

async function main() {
  const build = dataDir ? buildFrom(dataDir) : resolve(option('--build', join(APP_DIR, 'build')));
  if (!existsSync(join(build, 'index.html'))) throw new Error(`${build}/index.html not found: build the dashboard first`);
  const article = existsSync(join(build, 'articles')) ? readdirSync(join(build, 'articles')).sort()[0] : undefined;
  const only = option('--pages', '').split(',').filter(Boolean);
  const pages = only.length ? only : [...PAGES, ...(article ? [`/articles/${article}/`] : [])];

  const server = await serveDir(build);
  const browser = await launchBrowser();
  console.log(`\nPer page (gzip -9; times are medians of ${runs} runs in Chromium at 1440 px, as wall / main-thread CPU)`);
  console.log(`  load average at the start: ${loadavg().map((l) => l.toFixed(1)).join(', ')}`);
  console.log(`  ${'page'.padEnd(16)} ${'JS'.padStart(9)} ${'HTML+data'.padStart(10)} ${'raw data'.padStart(9)} ${'interactive'.padStart(20)} ${'marks'.padStart(6)} ${'prerendered'.padStart(11)} ${'Tab stops'.padStart(10)} ${'filter'.padStart(16)}`);
  try {
    for (const path of pages) {
      const hydrates = scriptsOf(build, path).length > 0;
      const js = scriptBytes(build, path);
      const page = readFileSync(join(build, path, 'index.html'));
      const html = gzipSync(page, { level: 9 }).length;
      // Marks in the prerendered HTML, what a reader sees before (or without) JavaScript.
      const ssrMarks = page.toString('utf8').match(/\sdata-mark=/g)?.length ?? 0;
      const dataFile = join(build, path, '__data.json');
      const raw = existsSync(dataFile) ? mb(statSync(dataFile).size) : '–';
      const times: number[] = [];
      const cpus: number[] = [];
      let marks = 0;
      let stops = 0;
      let filter: { wall: number | null; cpu: number } | null = null;
      for (let i = 0; i < runs; i++) {
        const tab = await browser.context.newPage();
        await tab.setViewportSize({ width: 1440, height: 900 });
        const cdp = await browser.context.newCDPSession(tab);
        await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
        const t = await timeToInteractive(tab, server.url + path, hydrates).catch((err: Error) => {
          console.error(`  ${path}: not interactive: ${err.message.split('\n')[0]}`);
          return Number.POSITIVE_INFINITY;
        });
        times.push(t);
        cpus.push(Number.isFinite(t) ? await mainThreadCpu(cdp) : Number.POSITIVE_INFINITY);
        if (i === 0 && Number.isFinite(t)) {
          marks = await tab.locator('[data-mark]').count();
          stops = await tab.evaluate(tabStops);
          const before = await mainThreadCpu(cdp);
          if (CHART_PAGES.has(path)) filter = { wall: await filterChange(tab), cpu: (await mainThreadCpu(cdp)) - before };
        }
        await tab.close();
      }
      const f = filter?.wall == null ? '–' : `${Math.round(filter.wall)} / ${Math.round(filter.cpu)} ms`;
      const tti = Number.isFinite(median(times)) ? `${Math.round(median(times))} / ${Math.round(median(cpus))} ms` : `> ${TIMEOUT_MS / 1000} s`;
      const name = path.startsWith('/articles/') ? '/articles/…' : path;
      console.log(
        `  ${name.padEnd(16)} ${kb(js).padStart(9)} ${kb(html).padStart(10)} ${raw.padStart(9)} ${tti.padStart(20)} ${String(marks).padStart(6)} ${String(ssrMarks).padStart(11)} ${String(stops).padStart(10)} ${f.padStart(16)}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    if (dataDir && args.includes('--keep')) console.log(`\nThe site is kept in ${build}`);
    else if (dataDir) rmSync(resolve(build, '..'), { recursive: true, force: true });
  }
}

await main();
