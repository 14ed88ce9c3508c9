/// <reference lib="dom" />
/**
 * Issue 11, items 1, 2 and 6 in Chromium, on a site built from a pipeline run over the seed articles: what the
 * charts, counters, map and tooltips show is what their labels say. Expectations come from the CSV files and the
 * rules written in expect.ts, not from the app's code (except the one time-window rule both share).
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_DIR, buildSite, launchBrowser, serveDir, type Browser, type Page, type StaticServer } from '../../apps/dashboard/scripts/harness.ts';
import { isDrawn, reportingWindow } from '../../apps/dashboard/src/lib/window.ts';
import { pipeline, ROOT } from '../cli.ts';
import { placesTakenIn, readTables, type Tables } from './expect.ts';
import type { Row } from '@frontline/io';

const SHOTS = join(ROOT, 'tests', 'screenshots');
const AXE = readFileSync(createRequire(join(APP_DIR, 'package.json')).resolve('axe-core/axe.min.js'), 'utf8');

let work: string;
let server: StaticServer;
let browser: Browser;
let t: Tables;
let window: { start: string; end: string };
const problems: string[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'frontline-truth-'));
  const run = pipeline('all', '--input', join(ROOT, 'seeds'), '--out', join(work, 'out'));
  expect(run.status, run.stderr).toBe(0);
  buildSite(join(work, 'out'), join(work, 'site'));
  t = readTables(join(work, 'out'));
  window = reportingWindow(t.published);
  server = await serveDir(join(work, 'site'));
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function open(path: string, width = 1440): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${path}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
  await page.goto(server.url + path);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  return page;
}

const day = (v: unknown) => (typeof v === 'string' ? v : '');
const period = (r: Row) => ({ start: day(r.period_start) || day(r.date), end: day(r.period_end) || day(r.date) });
const inWindow = (r: Row) => isDrawn(period(r), window);
const factIds = (page: Page, selector: string) => page.$$eval(selector, (els) => els.map((e) => e.getAttribute('data-fact') ?? ''));

describe('true by construction', () => {
  it('lists background figures apart, behind a toggle, and draws them only when From reaches back', async () => {
    const background = t.displacement.filter((r) => typeof r.persons_best === 'number' && !inWindow(r));
    expect(background.length, 'the seeds quote a figure "since 2011"').toBeGreaterThan(0);
    const ids = background.map((r) => String(r.fact_id));
    const page = await open('/displacement/');
    const marks = await factIds(page, '[data-mark]');
    for (const id of ids) expect(marks, id).not.toContain(id);
    const list = page.locator('[data-background=displacement]');
    expect(await list.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect((await factIds(page, '[data-background=displacement] li')).sort()).toEqual(ids.sort());
    // The overview's displacement chart holds flows only, never the stock of displaced people, and no background.
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    const overview = await factIds(page, '[data-chart=overview-displacement] [data-mark]');
    const stocks = t.displacement.filter((r) => r.category !== 'displaced').map((r) => String(r.fact_id));
    expect(overview.filter((id) => stocks.includes(id) || ids.includes(id))).toEqual([]);
    expect(overview.length).toBeGreaterThan(0);
    await page.close();
    const early = await open('/displacement/?from=2011-01-01');
    const drawn = await factIds(early, '[data-mark]');
    for (const id of ids.filter((id) => t.displacement.find((r) => r.fact_id === id)!.period_start! >= '2011-01-01')) expect(drawn).toContain(id);
    await early.close();
  });

  it('empties a closed background list when the view changes, and lists the view\'s background figures when it is opened', async () => {
    // From set to the last day of a figure that started earlier: that figure stays background, those ending before go.
    const numeric = t.displacement.filter((r) => typeof r.persons_best === 'number');
    const dated = numeric.filter((r) => !inWindow(r) && period(r).start && period(r).start < period(r).end);
    expect(dated.length, 'the seeds quote a figure over a period before the window').toBeGreaterThan(0);
    const from = period(dated[0]).end;
    const expected = numeric.filter((r) => period(r).end >= from && !isDrawn(period(r), { start: from, end: '' }));
    const page = await open('/displacement/');
    const items = '[data-background=displacement] li';
    expect((await factIds(page, items)).length).toBeGreaterThan(0);
    await page.locator('input[name=from]').fill(from);
    await page.waitForFunction((day) => location.search.includes(`from=${day}`), from);
    await page.waitForTimeout(300);
    expect(await factIds(page, items), 'closed, the list holds no line of an earlier view').toEqual([]);
    await page.locator('[data-background=displacement] summary').click();
    await expect.poll(async () => (await factIds(page, items)).sort()).toEqual(expected.map((r) => String(r.fact_id)).sort());
    await page.close();
  });

  it('counts the distinct places taken in the window, by side, and opens the sentences each number rests on', async () => {
    const places = placesTakenIn(t.territory.filter(inWindow));
    const page = await open('/');
    expect(Number(await page.locator('[data-headline=places]').textContent())).toBe(places.length);
    const sides = new Map<string, number>();
    for (const captures of places) for (const side of new Set(captures.map((r) => String(r.actor)))) sides.set(side, (sides.get(side) ?? 0) + 1);
    const shown = await page.$$eval('.card [data-side]', (els) => els.map((e) => [e.getAttribute('data-side') ?? '', Number(e.textContent)] as const));
    expect(new Map(shown)).toEqual(sides);
    await page.locator('[data-headline=places]').click();
    const panel = page.getByRole('dialog');
    const opened = await factIds(page, '[role=dialog] li[data-fact]');
    // A capture row's sentence is that of its fact whose quote the row carries (the first report's).
    const sentenceOf = (r: Row) => (r.fact_ids as string[]).find((id) => t.facts.get(id)?.quote === r.quote) ?? (r.fact_ids as string[])[0];
    expect(opened.sort()).toEqual(places.flatMap((rows) => rows.map(sentenceOf)).sort());
    // Each sentence arrives with its article's detail file.
    await expect.poll(() => panel.locator('blockquote').count()).toBe(opened.length);
    await page.screenshot({ path: join(SHOTS, 'truth-overview-places-panel-1440.png') });
    await page.close();
  });

  it('opens the sentence of the displaced and killed headlines, each a figure of the window with the value shown', async () => {
    const page = await open('/');
    for (const id of ['displaced', 'killed']) {
      const headline = page.locator(`[data-headline=${id}]`);
      const shown = Number((await headline.textContent())!.replaceAll(',', ''));
      await headline.click();
      const quote = await page.locator('[role=dialog] blockquote').textContent();
      const fact = [...t.facts.values()].find((f) => f.quote === quote && f.persons_best === shown);
      expect(fact, `${id}: a fact of ${shown} in the sentence the headline opens`).toBeDefined();
      expect(inWindow(fact!), id).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    }
    await page.close();
  });

  it('agrees on the territory page: counter = map + places without coordinates = table rows', async () => {
    const page = await open('/territory/');
    const stat = Number(await page.locator('[data-stat=places-taken] strong').textContent());
    const mapped = await page.$$eval('[data-chart=territory-map] [data-mark]', (els) => els.map((e) => (e.getAttribute('aria-label') ?? '').split(':')[0]));
    const unlocated = await page.locator('[data-unlocated] li').count();
    const table = await page.$$eval('[data-chart=territory-map] table tbody tr', (rows) => rows.map((r) => r.querySelector('td:nth-child(2)')?.textContent ?? ''));
    expect(stat).toBe(placesTakenIn(t.territory.filter(inWindow)).length);
    expect(mapped.length + unlocated).toBe(stat);
    expect(table.length).toBe(stat);
    for (const place of mapped) expect(table).toContain(place);
    await page.close();
  });

  it('replays the real days of the window, the counter and map following the slider', async () => {
    const page = await open('/territory/');
    const slider = page.locator('.replay input[type=range]');
    const steps = Number(await slider.getAttribute('max')) + 1;
    const days = (Date.parse(window.end) - Date.parse(window.start)) / 86_400_000 + 1;
    expect(steps).toBe(days);
    const places = placesTakenIn(t.territory.filter(inWindow));
    const firsts = places.map((rows) => rows.map((r) => String(r.date)).sort()[0]).sort();
    const index = (iso: string) => (Date.parse(iso) - Date.parse(window.start)) / 86_400_000;
    for (const at of [firsts[0], firsts.at(-1)!]) {
      for (const d of [index(at) - 1, index(at)]) {
        await slider.fill(String(d));
        const cursor = new Date(Date.parse(window.start) + d * 86_400_000).toISOString().slice(0, 10);
        const want = firsts.filter((f) => f <= cursor).length;
        await expect.poll(() => page.locator('[data-stat=places-taken] strong').textContent()).toBe(String(want));
        const marks = await page.locator('[data-chart=territory-map] [data-mark]').count();
        expect(marks + (await page.locator('[data-unlocated] li').count()), cursor).toBe(want);
      }
    }
    await page.close();
  });

  it('refuses From later than To and names address values it does not know', async () => {
    const page = await open('/?from=2018-01-10&to=2018-01-01&admin1=Atlantis');
    const said = await page.locator('[data-filter-problems]').textContent();
    expect(said).toContain('From 2018-01-10 is later than To 2018-01-01: the period is refused.');
    expect(said).toContain('No governorate “Atlantis” in the data: ignored.');
    const unfiltered = await open('/');
    expect(await page.locator('[data-mark]').count()).toBe(await unfiltered.locator('[data-mark]').count());
    await unfiltered.fill('input[name=from]', '2018-01-05');
    await expect.poll(() => new URL(unfiltered.url()).search).toBe('?from=2018-01-05');
    await unfiltered.fill('input[name=to]', '2017-12-20');
    await expect.poll(() => unfiltered.locator('[data-filter-problems]').textContent()).toContain('later than To');
    expect(new URL(unfiltered.url()).search).toBe('?from=2018-01-05');
    await page.close();
    await unfiltered.close();
  });
});

describe('units and derivations in sight', () => {
  it('titles every y axis with its unit, labels a log scale and switches it to linear', async () => {
    const page = await open('/displacement/');
    const chart = page.locator('[data-chart=displacement-displaced]');
    expect(await chart.locator('svg.lc-layout-svg').textContent()).toContain('persons (log scale)');
    const ticks = () => chart.locator('.lc-axis-tick-label, .lc-axis text').allTextContents();
    const logTicks = await ticks();
    await chart.getByRole('button', { name: 'Linear' }).click();
    await expect.poll(async () => (await chart.locator('svg.lc-layout-svg').textContent()) ?? '').not.toContain('log scale');
    expect(await chart.locator('svg.lc-layout-svg').textContent()).toContain('persons');
    expect(await ticks()).not.toEqual(logTicks);
    expect(await chart.getByRole('button', { name: 'Linear' }).getAttribute('aria-pressed')).toBe('true');
    for (const path of ['/casualties/', '/territory/', '/']) {
      await page.goto(server.url + path);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      await page.waitForTimeout(300);
      const titles = await page.$$eval('[data-chart] svg', (svgs) => svgs.filter((s) => s.querySelector('[data-mark]')).map((s) => s.textContent ?? ''));
      for (const text of titles.filter((x) => !x.includes('Idlib') && !x.includes('ALEPPO'))) expect(text, path).toMatch(/persons|killed|injured|places taken|km advanced/);
    }
    await page.close();
  });

  it('shows the plotted value and its derivation (words, range rule, families × household size) in the tooltip and panel', async () => {
    const facts = [...t.facts.values()];
    const family = facts.find((f) => f.kind === 'displacement' && f.unit === 'families' && inWindow(f))!;
    expect(family, 'the seeds count families').toBeDefined();
    const page = await open('/displacement/');
    const mark = page.locator(`[data-mark][data-fact="${family.fact_id}"]`);
    await mark.focus();
    const tip = page.getByRole('tooltip');
    const best = Number(family.persons_best).toLocaleString('en-GB');
    await expect.poll(() => tip.textContent()).toContain(`Plotted ${best} persons`);
    // The derivation's steps arrive with the article's detail file.
    await expect.poll(() => tip.textContent()).toContain('families × 5 persons each');
    await page.keyboard.press('Enter');
    const derivation = page.locator('[role=dialog] [data-derivation]');
    await expect.poll(() => derivation.textContent()).toContain(`“${family.count_phrase}” families`);
    expect(await derivation.textContent()).toContain('household size 5');
    expect(await derivation.textContent()).toContain('Range rule');
    await page.screenshot({ path: join(SHOTS, 'truth-derivation-panel-1440.png') });
    // Ranges a rule inferred are drawn apart from exact or stated ones.
    const kinds = await page.$$eval('[data-mark][data-range]', (els) => els.map((e) => [e.getAttribute('data-fact'), e.getAttribute('data-range'), e.getAttribute('stroke-dasharray') ?? ''] as const));
    expect(kinds.length).toBeGreaterThan(3);
    for (const [id, kind, dash] of kinds) {
      const f = t.facts.get(id!)!;
      const ruled = f.vague === true || f.count_low !== f.count_high;
      expect(kind, String(id)).toBe(ruled ? 'inferred' : 'exact');
      expect(dash !== '' && dash !== 'none', String(id)).toBe(ruled);
    }
    await page.close();
  });
});

describe('accessibility', () => {
  it('keeps every tooltip inside the viewport at 390 px', async () => {
    for (const path of ['/', '/displacement/', '/casualties/', '/territory/']) {
      const page = await open(path, 390);
      const marks = page.locator('[data-mark]');
      const n = await marks.count();
      for (let i = 0; i < n; i++) {
        await marks.nth(i).focus();
        await expect.poll(() => page.getByRole('tooltip').count()).toBe(1);
        await page.waitForTimeout(30);
        const box = (await page.getByRole('tooltip').boundingBox())!;
        expect(box.x, `${path} mark ${i}`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${path} mark ${i}`).toBeLessThanOrEqual(390);
        expect(box.y, `${path} mark ${i}`).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, `${path} mark ${i}`).toBeLessThanOrEqual(900);
      }
      if (path === '/casualties/') await page.screenshot({ path: join(SHOTS, 'truth-tooltip-casualties-390.png') });
      await page.close();
    }
  }, 180_000);

  it('draws every mark with an edge of at least 3:1 contrast against the plot', async () => {
    for (const path of ['/', '/displacement/', '/casualties/', '/territory/']) {
      const page = await open(path);
      const low = await page.$$eval('[data-mark]', (els) => {
        const lum = (rgb: string) => {
          const [r, g, b] = (rgb.match(/\d+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const ratio = (a: string, b: string) => {
          const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
          return (hi + 0.05) / (lo + 0.05);
        };
        // The plot's lightest backgrounds: white, and the map's sea.
        return els
          .map((e) => ({ id: e.getAttribute('data-fact'), stroke: getComputedStyle(e).stroke }))
          .filter((m) => Math.min(ratio(m.stroke, 'rgb(255,255,255)'), ratio(m.stroke, 'rgb(228,237,244)')) < 3);
      });
      expect(low, path).toEqual([]);
      await page.close();
    }
  });

  it('passes axe-core with tables expanded and panels open, and closes the panel on navigation', async () => {
    for (const path of ['/', '/displacement/', '/casualties/', '/territory/']) {
      const page = await open(path);
      await page.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await page.locator('[data-mark]').last().click();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, path).toEqual([]);
      await page.locator('nav').getByRole('link', { name: 'Sources' }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/sources/');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      await page.close();
    }
  }, 180_000);

  it('takes screenshots of the chart pages at 1440 and 390 px', async () => {
    for (const width of [1440, 390]) {
      for (const path of ['/', '/displacement/', '/casualties/', '/territory/']) {
        const page = await open(path, width);
        await page.$$eval('details.background', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        const name = `truth-${path.replace(/[^a-z]+/g, '') || 'overview'}-${width}.png`;
        await page.screenshot({ path: join(SHOTS, name), fullPage: true });
        await page.close();
      }
    }
  }, 120_000);

  it('logs no console errors', () => {
    expect(problems).toEqual([]);
  });
});
