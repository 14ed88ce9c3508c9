/// <reference lib="dom" />
/**
 * The dashboard on a large pipeline output, in Chromium. Runs when FRONTLINE_SCALE_DATA names an output folder
 * (e.g. `pnpm exec tsx scripts/generate-articles.ts 10000 /tmp/in && pnpm frontline all --input /tmp/in --out
 * /tmp/out`), since building that site takes minutes; skipped otherwise. FRONTLINE_SCALE_SITE names a site already
 * built from it. Saves screenshots as *-scale-*.png.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, launchBrowser, serveDir, type Browser, type Page, type StaticServer } from '../../apps/dashboard/scripts/harness.ts';
import { MAX_MARKS } from '../../apps/dashboard/src/lib/bins.ts';
import { PAGE_SIZE } from '../../apps/dashboard/src/lib/table.ts';
import { ROOT } from '../cli.ts';

const DATA = process.env.FRONTLINE_SCALE_DATA ?? '';
// A site already built from that output (`measure-dashboard.ts --data OUT --keep` prints its folder): not built again.
const BUILT = process.env.FRONTLINE_SCALE_SITE ?? '';
const CHART_PAGES = ['/', '/displacement/', '/casualties/', '/territory/'];
let site: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!DATA) return;
  site = BUILT || join(mkdtempSync(join(tmpdir(), 'frontline-scale-')), 'site');
  if (!BUILT) buildSite(DATA, site);
  server = await serveDir(site);
  browser = await launchBrowser();
}, 3_600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site && !BUILT) rmSync(join(site, '..'), { recursive: true, force: true });
});

async function open(path: string, width = 1440): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(server.url + path, { timeout: 120_000 });
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: 120_000 });
  return page;
}

describe.skipIf(!DATA)('dashboard at scale', () => {
  it('draws at most MAX_MARKS marks a chart, one Tab stop each, and zooms a grouped mark to its reports', async () => {
    for (const path of CHART_PAGES) {
      const page = await open(path);
      const counts = await page.$$eval('[data-chart]', (charts) => charts.map((c) => c.querySelectorAll('[data-mark]').length));
      expect(Math.max(...counts), path).toBeLessThanOrEqual(MAX_MARKS);
      expect(await page.locator('[data-mark]:not([tabindex="-1"])').count(), path).toBe(0);
      expect(await page.locator('[data-chart] .plot[tabindex="0"]').count(), path).toBe(counts.filter((n) => n > 0).length);
      const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'overview'}-scale-1440.png`;
      await page.screenshot({ path: join(ROOT, 'tests', 'screenshots', name), fullPage: false });
      await page.close();
    }
    const page = await open('/casualties/');
    const grouped = page.locator('[data-reports]').first();
    expect(await grouped.count()).toBe(1);
    const n = Number(await grouped.getAttribute('data-reports'));
    expect(n).toBeGreaterThan(1);
    await grouped.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('from'), { timeout: 60_000 }).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new URL(page.url()).searchParams.get('to')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await page.close();
  }, 900_000); // five pages of 2,000+ articles: minutes on a busy 2-core machine

  it('prerenders every chart page with its marks, and keeps every page within 1 MB of gzip HTML and data (issue 11)', () => {
    for (const path of CHART_PAGES) {
      const html = readFileSync(join(site, path, 'index.html'), 'utf8');
      expect(html.match(/\sdata-mark=/g)?.length ?? 0, path).toBeGreaterThanOrEqual(10);
    }
    for (const path of [...CHART_PAGES, '/sources/', '/data/', '/review/']) {
      expect(gzipSync(readFileSync(join(site, path, 'index.html')), { level: 9 }).length, path).toBeLessThanOrEqual(1024 * 1024);
    }
  });

  it('shows the sources a page at a time, and article pages without scripts', async () => {
    const page = await open('/sources/');
    expect(await page.locator('.sources tbody tr').count()).toBe(PAGE_SIZE);
    await page.locator('.sources .pager').getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.locator('.sources .table-count').textContent()).toContain(`showing ${PAGE_SIZE + 1}–`);
    const href = await page.locator('.sources tbody tr a').first().getAttribute('href');
    const html = readFileSync(join(site, href!, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script type="module"|modulepreload/);
    expect(html.length).toBeLessThan(200_000);
    await page.close();
  });
});
