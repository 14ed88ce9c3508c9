/// <reference lib="dom" />
/**
 * `pnpm exec tsx scripts/measure-dashboard.ts [--build DIR] [--runs N]`: the dashboard's JavaScript per page
 * (gzip) and the time until its first chart mark is drawn (median of N runs in Chromium).
 * Measures apps/dashboard/build (run `pnpm --filter @frontline/dashboard build` first), or DIR.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { APP_DIR, launchBrowser, serveDir } from '../apps/dashboard/scripts/harness.ts';

const PAGES = ['/', '/displacement/', '/casualties/', '/territory/', '/sources/', '/data/'];
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const build = resolve(option('--build', join(APP_DIR, 'build')));
const runs = Number(option('--runs', '5'));

/** The scripts a page loads: the modules its HTML names (modulepreload and import()), then their static imports. */
function scriptsOf(page: string): string[] {
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

const gzipBytes = (url: string) => gzipSync(readFileSync(join(build, url)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  if (!existsSync(join(build, 'index.html'))) throw new Error(`${build}/index.html not found: build the dashboard first`);
  console.log(`JavaScript per page (gzip -9), from ${build}`);
  for (const page of PAGES) {
    const scripts = scriptsOf(page);
    const total = scripts.reduce((sum, url) => sum + gzipBytes(url), 0);
    console.log(`  ${page.padEnd(16)} ${kb(total).padStart(9)}  (${scripts.length} files)`);
  }

  const server = await serveDir(build);
  const browser = await launchBrowser();
  console.log(`\nTime to first chart mark ([data-mark]) from navigation start, median of ${runs} runs`);
  try {
    for (const page of PAGES.filter((p) => !['/sources/', '/data/'].includes(p))) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const tab = await browser.context.newPage();
        await tab.setViewportSize({ width: 1440, height: 900 });
        // Timed inside the page (a mutation observer), so the driver's round trips are not counted.
        await tab.addInitScript(() => {
          const w = window as unknown as { __firstMark?: number };
          new MutationObserver((_, observer) => {
            if (!document.querySelector('[data-mark]')) return;
            w.__firstMark = performance.now();
            observer.disconnect();
          }).observe(document, { subtree: true, childList: true });
        });
        await tab.goto(server.url + page, { waitUntil: 'commit' });
        await tab.waitForSelector('[data-mark]', { state: 'attached', timeout: 15_000 });
        times.push(await tab.evaluate(() => (window as unknown as { __firstMark: number }).__firstMark));
        await tab.close();
      }
      console.log(`  ${page.padEnd(16)} ${Math.round(median(times))} ms  (runs: ${times.map(Math.round).join(', ')})`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
