/// <reference lib="dom" />
/**
 * The dashboard in a real browser (Debian's Chromium through playwright-core): built once from a pipeline run
 * over the seed articles plus invented hostile ones (markup in a sentence, script in the front matter, ids with
 * `#`, `?`, `%41` and a newline), with a stray secrets.json beside the tables, then served on 127.0.0.1.
 */
import { cpSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSite,
  launchBrowser,
  scriptBytes,
  scriptsOf,
  serveDir,
  type Browser,
  type Page,
  type StaticServer,
} from '../../apps/dashboard/scripts/harness.ts';
import { formatDay } from '../../apps/dashboard/src/lib/format.ts';
import { articleSlug } from '../../apps/dashboard/src/lib/server/slug.ts';
import { pipeline, ROOT } from '../cli.ts';
import { expectedMarks, figureOf, readTables, type Tables, type View } from './expect.ts';
import { readCsv } from '@frontline/io';
import { parse } from 'csv-parse/sync';
import { ARTICLES } from '@frontline/schema';
import {
  HOSTILE,
  HOSTILE_ID,
  HOSTILE_NAMES,
  hostileInputs,
  probe,
  readText,
  SCRIPT_IN_HTML,
  SECRET,
  SECRET_TOKEN,
  scriptLinks,
  siteFiles,
  type Probe,
} from './hostile.ts';

const SHOTS = join(ROOT, 'tests', 'screenshots');
const PAGES = ['/', '/displacement/', '/casualties/', '/territory/', '/sources/', '/data/'];
const CHART_PAGES = ['/', '/displacement/', '/casualties/', '/territory/'];
const NAV: Record<string, string> = { '/': 'Overview', '/displacement/': 'Displacement', '/casualties/': 'Casualties', '/territory/': 'Territory' };
const XSS_ID = 'zz_invented_markup';
// An invented article: its figure sentence carries a script element and its metadata carries HTML.
const XSS_ARTICLE = `---
title: Invented report <b>bold claim</b> from Ariha
published: 2018-01-15
outlet: Test Wire <i>italic</i>
---
Strikes hit Ariha in Idlib province

At least 12 civilians were killed in Ariha on Monday <script>window.__xss=1</script>, the White Helmets said.
`;

const ANNOTATIONS = `date,label,source
2018-01-01,Airbase <b>taken</b>,https://example.org/event
2001-01-01,Long before the window,
not a day,Broken line,
`;

let work: string;
let out: string;
let site: string;
let server: StaticServer;
let browser: Browser;
let tables: Tables;
const problems: string[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'frontline-dashboard-'));
  const input = join(work, 'in');
  out = join(work, 'out');
  site = join(work, 'site');
  mkdirSync(input);
  for (const name of readdirSync(join(ROOT, 'seeds'))) copyFileSync(join(ROOT, 'seeds', name), join(input, name));
  writeFileSync(join(input, `${XSS_ID}.txt`), XSS_ARTICLE);
  for (const [name, text] of Object.entries(hostileInputs())) writeFileSync(join(input, name), text);
  const run = pipeline('all', '--input', input, '--out', out);
  expect(run.status, run.stderr).toBe(0);
  // A file the pipeline did not write and datapackage.json does not list: it must not be published.
  writeFileSync(join(out, 'secrets.json'), SECRET);
  // Key events for the time axes: one in the seeds' window with markup in its label, one outside it, one broken.
  writeFileSync(join(work, 'annotations.csv'), ANNOTATIONS);
  process.env.FRONTLINE_ANNOTATIONS = join(work, 'annotations.csv');
  buildSite(out, site);
  delete process.env.FRONTLINE_ANNOTATIONS;
  tables = readTables(out);
  server = await serveDir(site);
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
}, 900_000); // a pipeline run and a vite build: minutes on a busy 2-core machine (over 5 at a load of 20)

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const probes: Probe[] = [];

async function open(path: string, width = 1440): Promise<Page> {
  const page = await browser.context.newPage();
  probes.push(probe(page, path));
  await page.setViewportSize({ width, height: 900 });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${path}: console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${path}: pageerror: ${e.message}`));
  await page.goto(server.url + path);
  await settle(page);
  return page;
}

/** Waits until hydration is done and the number of marks stops changing (charts draw after measuring). */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  // Article pages carry no JavaScript (csr off): they are ready as loaded.
  await page.waitForFunction(
    () => document.documentElement.dataset.ready === 'true' || !document.querySelector('link[rel=modulepreload]'),
  );
  let last = -1;
  for (let i = 0; i < 20; i++) {
    const now = await page.locator('[data-mark]').count();
    if (now === last) return;
    last = now;
    await page.waitForTimeout(150);
  }
}

async function marksByChart(page: Page): Promise<Record<string, number>> {
  const counts = await page.$$eval('[data-chart]', (charts) =>
    charts.map((c) => [(c as HTMLElement).dataset.chart ?? '', c.querySelectorAll('[data-mark]').length] as const),
  );
  return Object.fromEntries(counts.filter(([, n]) => n > 0));
}

const nonZero = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
const query = (view: View) => new URLSearchParams(Object.entries(view).filter(([, v]) => v) as [string, string][]).toString();

describe('dashboard', () => {
  // Issue 11: at most 150 KB of gzip JavaScript per page, with LayerChart (its chart, not a hand-drawn stand-in).
  it('ships at most 150 KB of gzip JavaScript on each page, LayerChart among it', () => {
    for (const path of PAGES) {
      expect(scriptBytes(site, path), path).toBeLessThanOrEqual(150 * 1024);
    }
    for (const path of CHART_PAGES) {
      const code = scriptsOf(site, path).map((url) => readFileSync(join(site, url), 'utf8')).join('\n');
      expect(code, path).toContain('lc-root-container');
    }
  });

  it('draws one mark per table row on every chart page', async () => {
    const expected = expectedMarks(tables, {});
    for (const path of CHART_PAGES) {
      const page = await open(path);
      expect(await marksByChart(page), path).toEqual(nonZero(expected[path]));
      expect(Object.values(expected[path]).some((n) => n > 0), `${path} has data`).toBe(true);
      await page.close();
    }
    // The seeds quote background figures from before the reporting window: they are not drawn, and a note says so.
    const killed = tables.casualties.filter((r) => r.category === 'killed' && typeof r.persons_best === 'number');
    expect(expected['/casualties/']['casualties-killed']).toBeLessThan(killed.length);
    const page = await open('/casualties/');
    const note = await page.locator('[data-chart="casualties-killed"] .footnote').textContent();
    expect(note).toMatch(/^\d+ figures? starting before .+ (is|are) background, listed under “Background and historic figures”; set From to draw them\.$/);
    await page.close();
  }, 300_000); // several pages: minutes on a busy 2-core machine

  it('shows the figure as written and the reporter on hover and focus', async () => {
    const page = await open('/displacement/');
    // The last mark is drawn on top of the others.
    const mark = page.locator('[data-mark]').last();
    const fact = tables.facts.get((await mark.getAttribute('data-fact')) ?? '')!;
    expect(fact).toBeDefined();
    await mark.hover();
    const tip = page.getByRole('tooltip');
    await expect.poll(() => tip.textContent()).toContain(String(fact.count_phrase));
    const reporters = (fact.reported_by as string[]).join('; ') || 'unattributed';
    expect(await tip.textContent()).toContain(reporters);
    await page.mouse.move(0, 0);
    await mark.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(String(fact.count_phrase));
    await page.close();
  });

  it('opens the sentence with the figure highlighted, by click and by Enter, and links to the article', async () => {
    for (const path of ['/casualties/', '/territory/']) {
      const page = await open(path);
      const mark = page.locator('[data-mark]').last();
      const fact = tables.facts.get((await mark.getAttribute('data-fact')) ?? '')!;
      await mark.click();
      const panel = page.getByRole('dialog');
      await expect.poll(() => panel.locator('mark').textContent()).toBe(figureOf(fact));
      expect(await panel.locator('blockquote').textContent()).toBe(String(fact.quote));
      await page.keyboard.press('Escape');
      await expect.poll(() => panel.count()).toBe(0);
      await mark.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => panel.locator('mark').textContent()).toBe(figureOf(fact));
      const href = await panel.getByRole('link').getAttribute('href');
      expect(href).toContain(`/articles/${fact.article_id}/#s${fact.sentence_index}`);
      await page.goto(new URL(href!, page.url()).href);
      const target = page.locator(`#s${fact.sentence_index}`);
      expect(await target.textContent()).toBe(String(fact.quote));
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(`s${fact.sentence_index}`);
      await page.close();
    }
  });

  it('serves every download byte-identical to the pipeline output', async () => {
    const page = await open('/data/');
    const hrefs = await page.$$eval('a[download]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
    const names = hrefs.map((href) => decodeURIComponent(new URL(href).pathname.split('/').pop() ?? ''));
    // Exactly what datapackage.json lists, and itself (the stray secrets.json beside it is not published).
    const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as { resources: { path: string }[] };
    expect(new Set(names)).toEqual(new Set(['datapackage.json', ...pkg.resources.map((r) => r.path)]));
    for (const href of hrefs) {
      const name = decodeURIComponent(new URL(href).pathname.split('/').pop() ?? '');
      const body = Buffer.from(await (await fetch(href)).arrayBuffer());
      expect(body.equals(readFileSync(join(out, name))), name).toBe(true);
    }
    // Row counts and column descriptions come from datapackage.json.
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain(`${tables.facts.size} rows`);
    expect(text).toContain('Boundaries: UNCS / UN OCHA, via geoBoundaries');
    await page.close();
  });

  it('applies filters to every chart, keeps them in the URL and restores them on reload', async () => {
    const view: View = { from: '2017-12-25', to: '2018-01-09', admin1: 'Idlib' };
    const expected = expectedMarks(tables, view);
    const page = await open('/');
    await page.fill('input[name=from]', view.from!);
    await page.fill('input[name=to]', view.to!);
    await page.selectOption('select[name=admin1]', view.admin1!);
    await expect.poll(() => new URL(page.url()).search).toBe(`?${query(view)}`);
    await settle(page);
    expect(await marksByChart(page)).toEqual(nonZero(expected['/']));
    for (const path of CHART_PAGES) {
      // Through the nav bar, which carries the query along.
      await page.locator('nav').getByRole('link', { name: NAV[path] }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe(path);
      await settle(page);
      expect(new URL(page.url()).search).toBe(`?${query(view)}`);
      expect(await marksByChart(page), path).toEqual(nonZero(expected[path]));
      await page.reload();
      await settle(page);
      expect(await marksByChart(page), `${path} after reload`).toEqual(nonZero(expected[path]));
      expect(await page.inputValue('select[name=admin1]')).toBe(view.admin1);
      expect(await page.inputValue('input[name=from]')).toBe(view.from);
    }
    const unfiltered = expectedMarks(tables, {})['/territory/'];
    expect(nonZero(expected['/territory/'])).not.toEqual(nonZero(unfiltered));
    await page.close();
  }, 300_000); // several pages: minutes on a busy 2-core machine

  it('filters by reporter', async () => {
    const reporter = String((tables.casualties.find((r) => (r.reported_by as string[]).length)!.reported_by as string[])[0]);
    const view: View = { reporter };
    const page = await open(`/casualties/?${query(view)}`);
    expect(await marksByChart(page)).toEqual(nonZero(expectedMarks(tables, view)['/casualties/']));
    await page.close();
  });

  it('shows markup from an article as text and never runs it', async () => {
    const fact = [...tables.facts.values()].find((f) => f.article_id === XSS_ID && String(f.quote).includes('<script>'));
    expect(fact, 'the invented sentence was extracted').toBeDefined();
    const page = await open('/casualties/');
    await page.locator(`[data-fact="${fact!.fact_id}"]`).click();
    const panel = page.getByRole('dialog');
    await expect.poll(() => panel.locator('blockquote').textContent()).toBe(String(fact!.quote));
    expect(await panel.locator('script').count()).toBe(0);
    await page.goto(`${server.url}/articles/${XSS_ID}/`);
    expect(await page.locator('article').textContent()).toContain('<script>window.__xss=1</script>');
    expect(await page.locator('h1').textContent()).toContain('<b>bold claim</b>');
    await page.goto(`${server.url}/sources/`);
    expect(await page.locator('main').textContent()).toContain('Test Wire <i>italic</i>');
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    await page.close();
  });

  it('runs nothing from hostile front matter or sentences, on any page', async () => {
    const fact = [...tables.facts.values()].find((f) => f.article_id === HOSTILE_ID && String(f.quote).includes('<svg'));
    expect(fact, 'the hostile sentence was extracted').toBeDefined();
    for (const path of [...PAGES, `/articles/${HOSTILE_ID}/`]) {
      const page = await open(path);
      expect(await scriptLinks(page), path).toEqual([]);
      // The places a title, sentence or address reaches on a chart page: the tooltip and the sentence panel.
      const mark = page.locator(`[data-fact="${fact!.fact_id}"]`);
      if (await mark.count()) {
        await mark.first().focus();
        await expect.poll(() => page.getByRole('tooltip').textContent()).toContain(HOSTILE.title);
        await page.keyboard.press('Enter');
        await expect.poll(() => page.getByRole('dialog').locator('blockquote').textContent()).toBe(String(fact!.quote));
        expect(await scriptLinks(page), `${path} with the panel open`).toEqual([]);
      }
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned), path).toBeUndefined();
      await page.close();
    }
    expect(probes.flatMap((p) => p.dialogs.map((d) => `${p.path}: ${d}`))).toEqual([]);
  }, 300_000); // several pages: minutes on a busy 2-core machine

  it('shows hostile front matter as text, and a non-web address as text, not a link', async () => {
    const page = await open(`/articles/${HOSTILE_ID}/`);
    expect(await page.locator('h1').textContent()).toBe(HOSTILE.title);
    expect(await page.title()).toBe(`${HOSTILE.title} · Frontline`);
    expect(await page.locator('main img, main svg').count()).toBe(0);
    const meta = page.locator('.meta');
    expect(await meta.textContent()).toContain(HOSTILE.outlet);
    expect(await meta.locator('.inert-url code').textContent()).toBe(HOSTILE.url);
    expect(await meta.locator('a').count()).toBe(0);
    // Clicking the address does nothing: no navigation, no script.
    const before = page.url();
    await meta.locator('.inert-url').click();
    expect(page.url()).toBe(before);
    expect(await page.locator('article').textContent()).toContain(HOSTILE.sentence);
    await page.goto(`${server.url}/sources/`);
    const row = page.locator('tr', { has: page.locator('code', { hasText: HOSTILE_ID }) });
    expect(await row.getByRole('link').first().textContent()).toBe(HOSTILE.title);
    expect(await row.locator('.inert-url').textContent()).toBe(`${HOSTILE.outlet} ${HOSTILE.url}`);
    expect(await row.locator('a[rel~="external"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('writes no script link or unescaped payload into any built file', () => {
    const html = siteFiles(site).filter((file) => /\.(html|js)$/.test(file));
    expect(html.length).toBeGreaterThan(10);
    expect(html.filter((file) => SCRIPT_IN_HTML.test(readText(site, file)))).toEqual([]);
  });

  it('gives every article a working page, whatever its id, linked from the sources list', async () => {
    const ids = readCsv(ARTICLES, join(out, 'articles.csv')).map((a) => String(a.article_id));
    // Every input became an article; with today's ingest the ids keep their `#`, `?`, `%41` and newline.
    expect(ids.length).toBe(readdirSync(join(ROOT, 'seeds')).length + 2 + HOSTILE_NAMES.length);
    const page = await open('/sources/');
    const links = await page.$$eval('tr[data-row]', (rows) =>
      rows.map((row) => [(row as HTMLElement).dataset.row ?? '', row.querySelector('a')?.getAttribute('href') ?? ''] as const),
    );
    expect(links.map(([id]) => id).sort()).toEqual([...ids].sort());
    for (const [id, href] of links) {
      expect(href, JSON.stringify(id)).toMatch(new RegExp(`/articles/${articleSlug(id)}/$`));
      const response = await page.goto(new URL(href, page.url()).href);
      expect(response?.status(), JSON.stringify(id)).toBe(200);
      expect(await page.locator('.crumbs code').textContent()).toBe(id);
    }
    await page.close();
  });

  it('opens the article of an awkward id from the sentence panel, at the sentence', async () => {
    const awkward = [...tables.facts.values()].filter((f) => /families fled Saraqib/.test(String(f.quote)));
    expect(awkward.length).toBe(HOSTILE_NAMES.length);
    const page = await open('/displacement/');
    for (const fact of awkward) {
      const marks = await page.$$('[data-mark]');
      const ids = await Promise.all(marks.map((m) => m.getAttribute('data-fact')));
      const mark = marks[ids.indexOf(String(fact.fact_id))];
      expect(mark, `a mark for ${JSON.stringify(fact.article_id)}`).toBeDefined();
      await mark.focus();
      await page.keyboard.press('Enter');
      const href = await page.getByRole('dialog').getByRole('link').getAttribute('href');
      await page.goto(new URL(href!, page.url()).href);
      expect(await page.locator('.crumbs code').textContent()).toBe(fact.article_id);
      expect(await page.locator(`#s${fact.sentence_index}`).textContent()).toBe(String(fact.quote));
      await page.goto(`${server.url}/displacement/`);
      await settle(page);
    }
    await page.close();
  }, 300_000); // several pages: minutes on a busy 2-core machine

  it('publishes nothing from the data folder that datapackage.json does not list', async () => {
    const files = siteFiles(site);
    expect(files.filter((file) => file.endsWith('secrets.json'))).toEqual([]);
    expect(files.filter((file) => readFileSync(join(site, file)).includes(SECRET_TOKEN))).toEqual([]);
    expect((await fetch(`${server.url}/data/secrets.json`)).status).toBe(404);
  });

  it('refuses to build from a table that does not match datapackage.json, naming it', () => {
    const tampered = join(work, 'tampered');
    cpSync(out, tampered, { recursive: true });
    const csv = join(tampered, 'articles.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('Test Wire', 'Test Wine'));
    expect(() => buildSite(tampered, join(work, 'tampered-site'))).toThrow(
      /dashboard: articles\.csv does not match the sha256 in datapackage\.json/,
    );
    expect(readdirSync(work)).not.toContain('tampered-site');
  });

  it('is one Tab stop per chart, and the arrow keys move between its marks', async () => {
    const page = await open('/casualties/');
    const charts = page.locator('[data-chart]:has([data-mark])');
    const n = await charts.count();
    expect(n).toBeGreaterThan(0);
    // No mark is in the Tab order; each chart's plot is, once.
    expect(await page.locator('[data-mark]:not([tabindex="-1"])').count()).toBe(0);
    expect(await page.locator('[data-chart] .plot[tabindex="0"]').count()).toBe(n);
    const plot = charts.first().locator('.plot');
    await plot.focus();
    const active = () =>
      page.evaluate(() => {
        const el = document.activeElement as Element;
        const box = el.getBoundingClientRect();
        return { mark: el.hasAttribute('data-mark'), fact: el.getAttribute('data-fact'), x: box.left + box.width / 2 };
      });
    await page.keyboard.press('ArrowRight');
    const first = await active();
    expect(first.mark).toBe(true);
    await expect.poll(() => page.getByRole('tooltip').isVisible()).toBe(true);
    const xs = [first.x];
    const marks = await charts.first().locator('[data-mark]').count();
    for (let i = 1; i < marks; i++) {
      await page.keyboard.press('ArrowRight');
      xs.push((await active()).x);
    }
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    await page.keyboard.press('Home');
    expect((await active()).fact).toBe(first.fact);
    // Tab leaves the chart's marks for what follows the plot.
    await page.keyboard.press('Tab');
    expect((await active()).mark).toBe(false);
    await page.close();
  });

  it('puts each filter change into the browser history, so Back undoes it', async () => {
    const reporter = String((tables.casualties.find((r) => (r.reported_by as string[]).length)!.reported_by as string[])[0]);
    const page = await open('/casualties/');
    await page.selectOption('select[name=reporter]', reporter);
    await expect.poll(() => new URL(page.url()).search).toBe(`?${query({ reporter })}`);
    await settle(page);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await settle(page);
    expect(await marksByChart(page)).toEqual(nonZero(expectedMarks(tables, {})['/casualties/']));
    expect(await page.inputValue('select[name=reporter]')).toBe('');
    await page.close();
  });

  it('ranks the reporter menu by figures and shows each count', async () => {
    const page = await open('/casualties/');
    const options = await page.$$eval('select[name=reporter] option', (os) => os.map((o) => o.textContent ?? ''));
    const counts = options.slice(1).map((o) => Number(/\((\d+)\)$/.exec(o)?.[1]));
    expect(counts.length).toBeGreaterThan(1);
    expect(counts.every(Number.isFinite)).toBe(true);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await page.close();
  });

  it('holds every chart as SVG in the prerendered page, before any script runs', async () => {
    const expected = expectedMarks(tables, {});
    for (const path of CHART_PAGES) {
      const page = await browser.context.newPage();
      await page.route('**/*.js', (route) => route.abort());
      await page.goto(server.url + path);
      expect(await page.evaluate(() => document.documentElement.dataset.ready), path).toBeUndefined();
      expect(await marksByChart(page), path).toEqual(nonZero(expected[path]));
      expect(await page.locator('[data-chart] svg.prerendered').count(), path).toBeGreaterThan(0);
      // A link with filters: the prerendered (unfiltered) charts say they are not the linked view yet.
      await page.goto(`${server.url}${path}?reporter=nobody`);
      const veil = await page.evaluate(
        () => getComputedStyle(document.querySelector('.plot:has(svg.prerendered)')!, '::after').content,
      );
      expect(veil, path).toContain('Applying the filters in the link');
      await page.close();
    }
  }, 300_000); // several pages: minutes on a busy 2-core machine

  it('draws each running total as one line, as many before scripts run as after', async () => {
    const lines = (page: Page) =>
      page.$$eval('[data-chart] path.series-line', (paths) => paths.map((p) => p.getAttribute('d') ?? ''));
    const bare = await browser.context.newPage();
    await bare.route('**/*.js', (route) => route.abort());
    await bare.goto(server.url + '/casualties/');
    const prerendered = await lines(bare);
    await bare.close();
    // The seeds hold running totals (the Observatory's tolls), so the page has lines to draw.
    expect(prerendered.length).toBeGreaterThan(0);
    const path = /^M-?[\d.]+,-?[\d.]+(L-?[\d.]+,-?[\d.]+)*Z?$/;
    for (const d of prerendered) expect(d).toMatch(path);
    // The browser's width differs from the prerender's, so the same lines, not the same coordinates.
    const page = await open('/casualties/');
    const hydrated = await lines(page);
    expect(hydrated).toHaveLength(prerendered.length);
    for (const d of hydrated) expect(d).toMatch(path);
    await page.close();
  }, 120_000);

  it('searches and sorts the sources table', async () => {
    const page = await open('/sources/');
    const rows = page.locator('.sources tbody tr');
    const all = await rows.count();
    expect(all).toBeGreaterThan(2);
    await page.locator('.sources input[type=search]').fill(XSS_ID);
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-row')).toBe(XSS_ID);
    await page.locator('.sources input[type=search]').fill('');
    await expect.poll(() => rows.count()).toBe(all);
    const facts = () => page.$$eval('.sources tbody td.num', (cells) => cells.map((c) => Number(c.textContent)));
    await page.locator('.sources th', { hasText: 'Facts' }).getByRole('button').click();
    await page.locator('.sources th', { hasText: 'Facts' }).getByRole('button').click();
    expect(await page.locator('.sources th', { hasText: 'Facts' }).getAttribute('aria-sort')).toBe('descending');
    const sorted = await facts();
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
    await page.close();
  });

  it('gives every chart a source line, a permalink with the filters, and its filtered data as CSV', async () => {
    const reporter = String((tables.casualties.find((r) => (r.reported_by as string[]).length)!.reported_by as string[])[0]);
    const page = await open(`/casualties/?${query({ reporter })}`);
    const chart = page.locator('[data-chart="casualties-killed"]');
    expect(await chart.locator('.source').textContent()).toMatch(new RegExp(`^Source: .*${reporter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*, in \\d+ articles?; extracted by Frontline \\(casualties_timeline\\.csv\\)\\.$`));
    const link = await chart.getByRole('link', { name: /Link to/ }).getAttribute('href');
    expect(link).toBe(`/casualties/?${query({ reporter })}#casualties-killed`);
    const [download] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: /as CSV/ }).click()]);
    expect(download.suggestedFilename()).toBe('casualties-killed.csv');
    const csv = parse(readFileSync((await download.path())!, 'utf8')) as string[][];
    // The chart's data: the rows it draws under the filters (the time window's; background figures are listed
    // apart, issue 11), as many as its marks while they are fewer than bins.ts's MAX_MARKS.
    const drawn = expectedMarks(tables, { reporter })['/casualties/']['casualties-killed'];
    expect(drawn).toBeGreaterThan(0);
    expect(csv[0]).toEqual(['Period', 'As written', 'Group', 'Kind', 'Best', 'Range', 'Reported by', 'Places', 'Article']);
    expect(csv.slice(1).every((row) => row[6].split('; ').includes(reporter))).toBe(true);
    expect(csv.length - 1).toBe(drawn);
    for (const [name, start] of [['SVG', '<svg'], ['PNG', '\x89PNG']] as const) {
      const [file] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: new RegExp(`as ${name}`) }).click()]);
      expect(file.suggestedFilename()).toBe(`casualties-killed.${name.toLowerCase()}`);
      expect(readFileSync((await file.path())!, 'latin1').startsWith(start)).toBe(true);
    }
    await page.close();
  });

  it('draws the key events of the annotations file on the time axes, as text', async () => {
    const page = await open('/casualties/');
    const event = page.locator('[data-chart="casualties-killed"] [data-annotation="2018-01-01"]');
    expect(await event.count()).toBe(1);
    expect(await event.locator('text').first().textContent()).toContain('Airbase <b>taken</b>');
    // Outside the window, or without a day: not drawn.
    expect(await page.locator('[data-annotation="2001-01-01"]').count()).toBe(0);
    expect(await page.locator('[data-annotation]').evaluateAll((els) => els.every((e) => e.getAttribute('data-annotation') === '2018-01-01'))).toBe(true);
    await page.close();
  });

  it('says when the data was last updated and how to cite it', async () => {
    const page = await open('/data/');
    const latest = tables.published.filter(Boolean).sort().at(-1)!;
    const shown = await page.locator('[data-last-updated]').textContent();
    expect(shown).toBe(formatDay(latest));
    await expect.poll(() => page.locator('[data-citation]').textContent()).toContain(`${server.url}/data/`);
    expect(await page.locator('[data-citation]').textContent()).toMatch(/data version [0-9a-f]{16}/);
    await page.close();
  });

  it('takes screenshots at 1440 px and 390 px', async () => {
    for (const width of [1440, 390]) {
      for (const path of [...PAGES, `/articles/${XSS_ID}/`, `/articles/${HOSTILE_ID}/`]) {
        const page = await open(path, width);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
        const name = (path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'overview') + `-${width}.png`;
        await page.screenshot({ path: join(SHOTS, name), fullPage: true });
        await page.close();
      }
    }
  }, 300_000); // some twenty full-page screenshots: minutes on a busy 2-core machine

  it('logs no console errors on any page', () => {
    expect(problems).toEqual([]);
  });
});
