/// <reference lib="dom" />
/**
 * The territory map for any region, in Chromium: the site is built from an output folder written here with places
 * in Ukraine and DR Congo (world pack) and one in Syria (a region pack with admin1 polygons), a place the packs give
 * no position, and a packs folder with an invented pack for DR Congo whose attribution and address are hostile.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, launchBrowser, serveDir, type Browser, type Page, type StaticServer } from '../../apps/dashboard/scripts/harness.ts';
import { placesExtent } from '../../apps/dashboard/src/lib/map.ts';
import { ROOT } from '../cli.ts';
import { writeDataFolder } from './data-folder.ts';

const SHOTS = join(ROOT, 'tests', 'screenshots');
const HOSTILE_ATTRIBUTION = 'Kivu places: <img src=x onerror="window.__pwned=1"> Invented Survey, CC BY 4.0.';

interface Place {
  id: string;
  name: string;
  admin1: string;
  country: string;
  at: [number, number] | null;
  /** The row carries the position (a fact about one place) or only the mention does (a fact naming several). */
  onRow: boolean;
  date: string;
  article: string;
}

// Invented sentences; the places and their GeoNames / OCHA positions are real, Blorkuville is not.
const PLACES: Place[] = [
  { id: 'gn:713122', name: 'Avdiivka', admin1: 'Donetsk', country: 'UA', at: [48.13989, 37.74255], onRow: true, date: '2024-02-17', article: 'ua' },
  { id: 'gn:704393', name: 'Krasnohorivka', admin1: 'Donetsk', country: 'UA', at: [48.00603, 37.50968], onRow: false, date: '2024-02-20', article: 'ua' },
  { id: 'gn:703464', name: 'Kupiansk', admin1: 'Kharkiv', country: 'UA', at: [49.71055, 37.61517], onRow: true, date: '2024-03-02', article: 'ua' },
  { id: 'gn:216281', name: 'Goma', admin1: 'North Kivu', country: 'CD', at: [-1.67409, 29.22845], onRow: true, date: '2025-01-27', article: 'cd' },
  { id: 'zz:blork', name: 'Blorkuville', admin1: 'North Kivu', country: 'CD', at: null, onRow: false, date: '2025-01-28', article: 'cd' },
  { id: 'C3916', name: 'Saraqab', admin1: 'Idlib', country: 'SY', at: [35.861105, 36.80611], onRow: true, date: '2020-01-29', article: 'sy' },
];
const TEXTS: Record<string, string> = {
  ua: PLACES.filter((p) => p.article === 'ua').map((p) => `Troops captured ${p.name} on the day, officials said.`).join('\n'),
  cd: PLACES.filter((p) => p.article === 'cd').map((p) => `Rebels seized ${p.name}, residents said.`).join('\n'),
  sy: 'Government forces entered Saraqab, a monitor said.',
};

function sentenceOf(p: Place): { index: number; quote: string; start: number } {
  const lines = TEXTS[p.article]!.split('\n');
  const index = lines.findIndex((l) => l.includes(p.name));
  return { index, quote: lines[index]!, start: lines.slice(0, index).reduce((n, l) => n + l.length + 1, 0) };
}

function writeFixture(dir: string): void {
  const facts = PLACES.map((p) => {
    const s = sentenceOf(p);
    return {
      fact_id: `${p.article}:${s.index}:0`, article_id: p.article, kind: 'territory', category: 'captured', quote: s.quote,
      sentence_index: s.index, char_start: s.start, char_end: s.start + s.quote.length, places: [p.name], place_ids: [p.id],
      admin1: [p.admin1], period_start: p.date, period_end: p.date,
    };
  });
  writeDataFolder(dir, {
    articles: [
      { article_id: 'ua', title: 'Invented: the Donetsk front', published: '2024-03-03', country: 'UA' },
      { article_id: 'cd', title: 'Invented: North Kivu', published: '2025-01-29', country: 'CD' },
      { article_id: 'sy', title: 'Invented: Idlib', published: '2020-01-30', country: 'SY' },
    ],
    facts,
    territory: PLACES.map((p, i) => ({
      date: p.date, category: 'captured', place: p.name, place_id: p.id, place_precision: p.at ? 'point' : '', admin1: p.admin1,
      latitude: p.onRow ? (p.at?.[0] ?? null) : null, longitude: p.onRow ? (p.at?.[1] ?? null) : null,
      actor: p.article === 'cd' ? 'opposition' : 'government', actor_name: '', n_sources: 1, reported_by: ['officials'],
      article_ids: [p.article], fact_ids: [facts[i]!.fact_id], event_id: `E${i}`, quote: facts[i]!.quote,
    })),
    mentions: PLACES.map((p, i) => ({
      fact_id: facts[i]!.fact_id, article_id: p.article, mention: p.name, resolved: true, place_id: p.id, place: p.name,
      admin1: p.admin1, country: p.country, latitude: p.at?.[0] ?? null, longitude: p.at?.[1] ?? null,
      precision: p.at ? 'point' : 'governorate', reason: 'invented', sentence_index: facts[i]!.sentence_index,
    })),
    texts: TEXTS,
  });
}

/** The repository's Syria and world manifests (and Syria's polygons), and an invented pack for DR Congo. */
function writePacks(dir: string): void {
  for (const [pack, files] of [['syria', ['pack.json', 'admin1.geojson']], ['world', ['pack.json']]] as const) {
    mkdirSync(join(dir, pack), { recursive: true });
    for (const f of files) copyFileSync(join(ROOT, 'packs', pack, f), join(dir, pack, f));
  }
  mkdirSync(join(dir, 'zz-kivu'));
  const manifest = { id: 'zz-kivu', name: 'Kivu <b>pack</b>', countries: ['CD'], licence: 'CC BY 4.0', attribution: HOSTILE_ATTRIBUTION, source_url: 'javascript:window.__pwned=2' };
  writeFileSync(join(dir, 'zz-kivu', 'pack.json'), JSON.stringify(manifest));
}

let work: string;
let server: StaticServer;
let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'frontline-map-'));
  writeFixture(join(work, 'out'));
  writePacks(join(work, 'packs'));
  process.env.FRONTLINE_PACKS_DIR = join(work, 'packs');
  try {
    buildSite(join(work, 'out'), join(work, 'site'));
  } finally {
    delete process.env.FRONTLINE_PACKS_DIR;
  }
  server = await serveDir(join(work, 'site'));
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
}, 300_000); // a vite build: minutes on a busy 2-core machine

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${path}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
  await page.goto(server.url + path);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await expect.poll(() => page.locator('[data-chart=territory-map] [data-mark]').count()).toBeGreaterThan(0);
  return page;
}

/** Centres of the map's marks and the plot's box, in page pixels. */
async function geometry(page: Page) {
  return page.$eval('[data-chart=territory-map]', (chart) => {
    const svg = chart.querySelector('svg')!.getBoundingClientRect();
    const marks = [...chart.querySelectorAll('[data-mark]')].map((m) => {
      const b = m.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2, label: m.getAttribute('aria-label') ?? '' };
    });
    return { svg: { left: svg.left, top: svg.top, right: svg.right, bottom: svg.bottom }, marks };
  });
}

describe('the territory map for any region', () => {
  it('draws every located place inside the plot, over country outlines and the region pack polygons', async () => {
    const page = await open('/territory/');
    const { svg, marks } = await geometry(page);
    const located = PLACES.filter((p) => p.at);
    expect(marks.map((m) => m.label.split(':')[0]).sort()).toEqual(located.map((p) => p.name).sort());
    for (const m of marks) {
      expect(m.x, m.label).toBeGreaterThan(svg.left);
      expect(m.x, m.label).toBeLessThan(svg.right);
      expect(m.y, m.label).toBeGreaterThan(svg.top);
      expect(m.y, m.label).toBeLessThan(svg.bottom);
    }
    expect(await page.locator('[data-chart=territory-map] path.map-country').count()).toBeGreaterThan(10);
    expect(await page.locator('[data-chart=territory-map] path.map-admin1').count()).toBe(14); // Syria's governorates
    const labels = await page.locator('[data-chart=territory-map] .map-label').allTextContents();
    expect(labels.map((l) => l.trim())).toEqual(expect.arrayContaining(['Ukraine', 'Dem. Rep. Congo', 'Idlib']));
    await page.close();
  });

  it('fits the places the filters keep', async () => {
    const distance = (marks: { x: number; y: number; label: string }[]) => {
      const [a, b] = ['Avdiivka', 'Krasnohorivka'].map((name) => marks.find((m) => m.label.startsWith(`${name}:`))!);
      return Math.hypot(a!.x - b!.x, a!.y - b!.y);
    };
    const all = await open('/territory/');
    const wide = distance((await geometry(all)).marks);
    await all.close();
    const page = await open('/territory/?admin1=Donetsk');
    const { marks } = await geometry(page);
    expect(marks.map((m) => m.label.split(':')[0]).sort()).toEqual(['Avdiivka', 'Krasnohorivka']);
    // Two places 27 km apart: a few pixels on a map from Goma to Kupiansk, far apart once the map fits them alone.
    expect(distance(marks)).toBeGreaterThan(10 * wide);
    expect(await page.locator('[data-chart=territory-map] path.map-country').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'territory-any-region-donetsk-1440.png'), fullPage: true });
    await page.close();
  });

  it('lists a place without coordinates under the map', async () => {
    const page = await open('/territory/');
    const text = await page.locator('[data-unlocated]').textContent();
    expect(text).toContain('Not on the map: no coordinates (1)');
    expect(text).toContain('Blorkuville');
    await page.close();
  });

  it("shows each pack's attribution as inert text, with only http(s) addresses as links", async () => {
    const page = await open('/territory/');
    const credits = page.locator('[data-attribution] [data-credit]');
    expect(await credits.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.credit))).toEqual(['syria', 'world', 'zz-kivu', 'natural-earth']);
    const kivu = page.locator('[data-credit=zz-kivu]');
    expect(await kivu.textContent()).toContain(HOSTILE_ATTRIBUTION);
    expect(await kivu.locator('img, a, b').count()).toBe(0);
    expect(await page.locator('[data-credit=world] a').getAttribute('href')).toBe('https://www.geonames.org/');
    expect(await page.locator('[data-credit=syria]').textContent()).toContain('UN OCHA');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.screenshot({ path: join(SHOTS, 'territory-any-region-1440.png'), fullPage: true });
    await page.close();
  });

  it('lists the packs of the run on the data page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/data/`);
    const ids = await page.locator('[data-credit]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.credit));
    expect(ids).toEqual(['syria', 'world', 'zz-kivu', 'natural-earth']);
    await page.close();
  });

  it('logs no console errors', () => {
    expect(problems).toEqual([]);
  });
});

describe('the extent of the places', () => {
  it('gives a lone place its surroundings and pads a spread of places', () => {
    const [[w, s], [e, n]] = placesExtent([[37.74, 48.14]])!;
    expect(e - w).toBeGreaterThanOrEqual(1);
    expect(n - s).toBeGreaterThanOrEqual(1);
    expect(w < 37.74 && e > 37.74 && s < 48.14 && n > 48.14).toBe(true);
    const spread = placesExtent([[29.2, -1.7], [37.7, 49.7]])!;
    expect(spread[0][0]).toBeLessThan(29.2);
    expect(spread[1][1]).toBeGreaterThan(49.7);
    expect(placesExtent([])).toBeNull();
  });
});
