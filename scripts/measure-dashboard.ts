/// <reference lib="dom" />
/**
 * `pnpm exec tsx scripts/measure-dashboard.ts [--data DIR [--app DIR] | --build DIR] [--runs N]`: what the dashboard costs.
 * - With `--data DIR` (a pipeline output folder) it first builds the site from it into a temporary folder and prints
 *   the build's time, peak memory (RSS of the build process, from /usr/bin/time) and the bytes it wrote, article
 *   pages apart. Without it, it measures apps/dashboard/build (run `pnpm --filter @frontline/dashboard build` first)
 *   or `--build DIR`.
 * - Per page: gzip JavaScript, gzip HTML (the page's data is inlined in it), the raw page data the browser parses
 *   (its `__data.json`, the same data as the HTML inlines), time to interactive in Chromium
 *   (median of N runs: from navigation start until hydration is done and the main thread is next idle), the marks
 *   drawn, the Tab stops, and the time a filter change takes to be drawn (choosing the first reporter).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { APP_DIR, launchBrowser, serveDir, type Page } from '../apps/dashboard/scripts/harness.ts';

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

/** Builds the site from a pipeline output under /usr/bin/time: wall time and the build's peak RSS. */
function buildFrom(data: string): string {
  const out = join(mkdtempSync(join(tmpdir(), 'frontline-measure-')), 'site');
  const vite = join(appDir, 'node_modules', 'vite', 'bin', 'vite.js');
  const t0 = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb %M', process.execPath, vite, 'build', '--logLevel', 'warn'], {
    cwd: appDir,
    encoding: 'utf8',
    env: { ...process.env, FRONTLINE_DATA: resolve(data), FRONTLINE_DASHBOARD_OUT: out },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  const rss = Number(/peak-rss-kb (\d+)/.exec(run.stderr)?.[1] ?? 0) * 1024;
  const total = folderBytes(out);
  const articles = existsSync(join(out, 'articles')) ? folderBytes(join(out, 'articles')) : { bytes: 0, files: 0 };
  console.log(`Build from ${data}: ${seconds.toFixed(1)} s, peak RSS ${mb(rss)}`);
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

/** The scripts a page loads: the modules its HTML names (modulepreload and import()), then their static imports. */
function scriptsOf(build: string, page: string): string[] {
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

/** Elements Tab reaches: focusable, not disabled, not tabindex -1, not inside a closed <details> (its summary is). */
function tabStops(): number {
  const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, summary, [tabindex]';
  return [...document.querySelectorAll<HTMLElement>(focusable)].filter((el) => {
    if (el.getAttribute('tabindex') === '-1') return false;
    const closed = el.closest('details:not([open])');
    return !closed || (el.tagName === 'SUMMARY' && el.parentElement === closed);
  }).length;
}

/** Navigation start to hydration done (`data-ready`) and then the main thread's next idle moment, in ms. */
async function timeToInteractive(page: Page, url: string): Promise<number> {
  await page.addInitScript(() => {
    const w = window as unknown as { __ready?: number };
    new MutationObserver((_, observer) => {
      if (document.documentElement.dataset.ready !== 'true') return;
      observer.disconnect();
      requestIdleCallback(() => (w.__ready = performance.now()));
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-ready'] });
  });
  await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
  await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready, undefined, { timeout: TIMEOUT_MS, polling: 100 });
  return page.evaluate(() => (window as unknown as { __ready: number }).__ready);
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
    const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok)));
    while (!location.search.includes('reporter=')) await frame();
    await frame();
    return performance.now() - t0;
  });
}

async function main() {
  const build = dataDir ? buildFrom(dataDir) : resolve(option('--build', join(APP_DIR, 'build')));
  if (!existsSync(join(build, 'index.html'))) throw new Error(`${build}/index.html not found: build the dashboard first`);
  const article = existsSync(join(build, 'articles')) ? readdirSync(join(build, 'articles')).sort()[0] : undefined;
  const pages = [...PAGES, ...(article ? [`/articles/${article}/`] : [])];

  const server = await serveDir(build);
  const browser = await launchBrowser();
  console.log(`\nPer page (gzip -9; times are medians of ${runs} runs in Chromium at 1440 px)`);
  console.log(`  ${'page'.padEnd(16)} ${'JS'.padStart(9)} ${'HTML+data'.padStart(10)} ${'raw data'.padStart(9)} ${'interactive'.padStart(12)} ${'marks'.padStart(6)} ${'Tab stops'.padStart(10)} ${'filter'.padStart(8)}`);
  try {
    for (const path of pages) {
      const js = scriptsOf(build, path).reduce((sum, url) => sum + gzipSync(readFileSync(join(build, url)), { level: 9 }).length, 0);
      const html = gzipSync(readFileSync(join(build, path, 'index.html')), { level: 9 }).length;
      const dataFile = join(build, path, '__data.json');
      const raw = existsSync(dataFile) ? mb(statSync(dataFile).size) : '–';
      const times: number[] = [];
      let marks = 0;
      let stops = 0;
      let filter: number | null = null;
      for (let i = 0; i < runs; i++) {
        const tab = await browser.context.newPage();
        await tab.setViewportSize({ width: 1440, height: 900 });
        const t = await timeToInteractive(tab, server.url + path).catch(() => Number.POSITIVE_INFINITY);
        times.push(t);
        if (i === 0 && Number.isFinite(t)) {
          marks = await tab.locator('[data-mark]').count();
          stops = await tab.evaluate(tabStops);
          if (CHART_PAGES.has(path)) filter = await filterChange(tab);
        }
        await tab.close();
      }
      const f = filter === null ? '–' : `${Math.round(filter)} ms`;
      const tti = Number.isFinite(median(times)) ? `${Math.round(median(times))} ms` : `> ${TIMEOUT_MS / 1000} s`;
      const name = path.startsWith('/articles/') ? '/articles/…' : path;
      console.log(
        `  ${name.padEnd(16)} ${kb(js).padStart(9)} ${kb(html).padStart(10)} ${raw.padStart(9)} ${tti.padStart(12)} ${String(marks).padStart(6)} ${String(stops).padStart(10)} ${f.padStart(8)}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    if (dataDir) rmSync(resolve(build, '..'), { recursive: true, force: true });
  }
}

await main();
