/// <reference lib="dom" />
/**
 * Chart pages ship marks, not sentences: a site built from more territory rows than a chart draws one by one
 * (MAX_MARKS) carries none of their sentences in its page data, and opening a mark still shows its sentence,
 * fetched from the article's detail file. Invented sentences, several constructions and reporters.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, launchBrowser, serveDir, type Browser, type StaticServer } from '../../apps/dashboard/scripts/harness.ts';
import { MAX_MARKS } from '../../apps/dashboard/src/lib/bins.ts';
import { writeDataFolder } from './data-folder.ts';

const ARTICLES = 4;
const PER_ARTICLE = 100; // 400 rows, past MAX_MARKS
const DAY0 = Date.UTC(2020, 0, 1);
const day = (n: number) => new Date(DAY0 + n * 86_400_000).toISOString().slice(0, 10);
// Sentences of several kinds (a wire report, a monitor's line, a council statement, a quote), each naming its place.
const SENTENCES = [
  (p: string) => `Government forces captured ${p} after heavy shelling, the monitor said.`,
  (p: string) => `Opposition fighters said they had seized ${p} overnight.`,
  (p: string) => `"We have entered ${p}," a commander told reporters on Tuesday.`,
  (p: string) => `The local council of ${p} announced that the town had fallen.`,
];
const place = (a: number, i: number) => `Qaryat-${a}-${i}`;
const quote = (a: number, i: number) => SENTENCES[(a + i) % SENTENCES.length]!(place(a, i));

function writeFixture(dir: string) {
  const facts = [];
  const territory = [];
  for (let a = 0; a < ARTICLES; a++) {
    for (let i = 0; i < PER_ARTICLE; i++) {
      const fact_id = `art${a}:${i}:0`;
      const start = Array.from({ length: i }, (_, k) => quote(a, k).length + 1).reduce((x, y) => x + y, 0);
      const q = quote(a, i);
      const date = day((a * PER_ARTICLE + i) % 60);
      facts.push({
        fact_id, article_id: `art${a}`, kind: 'territory', category: 'captured', quote: q, sentence_index: i, char_start: start,
        char_end: start + q.length, places: [place(a, i)], admin1: ['Idlib'], period_start: date, period_end: date,
      });
      territory.push({
        date, category: 'captured', place: place(a, i), place_id: `zz:${a}-${i}`, place_precision: 'point', admin1: 'Idlib',
        latitude: 35.5 + i / 1000, longitude: 36.5 + a / 100, actor: i % 2 ? 'government' : 'opposition', actor_name: '', n_sources: 1,
        reported_by: [i % 3 ? 'a monitor' : 'the council'], article_ids: [`art${a}`], fact_ids: [fact_id], event_id: `E${a}-${i}`, quote: q,
      });
    }
  }
  writeDataFolder(dir, {
    articles: Array.from({ length: ARTICLES }, (_, a) => ({ article_id: `art${a}`, title: `Invented front report ${a}`, published: day(60), country: 'SY' })),
    facts,
    territory,
    texts: Object.fromEntries(Array.from({ length: ARTICLES }, (_, a) => [`art${a}`, Array.from({ length: PER_ARTICLE }, (_, i) => quote(a, i)).join('\n')])),
  });
}

let work: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'frontline-page-data-'));
  writeFixture(join(work, 'out'));
  buildSite(join(work, 'out'), join(work, 'site'));
  server = await serveDir(join(work, 'site'));
  browser = await launchBrowser();
}, 300_000); // a vite build: minutes on a busy 2-core machine

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('page data at scale', () => {
  it('holds no sentence on any chart page, in the HTML or its data file', () => {
    expect(ARTICLES * PER_ARTICLE).toBeGreaterThan(MAX_MARKS);
    for (const path of ['', 'territory']) {
      const html = readFileSync(join(work, 'site', path, 'index.html'), 'utf8');
      const data = readFileSync(join(work, 'site', path, '__data.json'), 'utf8');
      for (const text of [html, data]) {
        // The place names are data (the map's labels); the sentences around them are not.
        expect(text, path).toContain(place(1, 7));
        for (let a = 0; a < ARTICLES; a++) for (let i = 0; i < PER_ARTICLE; i++) expect(text.includes(quote(a, i)), `${path}: ${quote(a, i)}`).toBe(false);
        expect(text).not.toMatch(/after heavy shelling|overnight|told reporters|had fallen/);
      }
    }
  });

  it('writes one detail file per article with each sentence of its facts', () => {
    for (let a = 0; a < ARTICLES; a++) {
      const file = join(work, 'site', 'detail', `art${a}.json`);
      expect(existsSync(file)).toBe(true);
      const detail = JSON.parse(readFileSync(file, 'utf8')) as { title: string; facts: [string, { quote: string }][] };
      expect(detail.title).toBe(`Invented front report ${a}`);
      expect(new Map(detail.facts).get(`art${a}:5:0`)?.quote).toBe(quote(a, 5));
      expect(detail.facts).toHaveLength(PER_ARTICLE);
    }
  });

  it('opens a mark and shows its sentence, loaded on demand', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    // One day of the window: few enough rows for a mark per row.
    await page.goto(`${server.url}/territory/?from=${day(10)}&to=${day(10)}`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    const mark = page.locator('[data-chart=territory-map] [data-mark]:not([data-reports])').first();
    await expect.poll(() => mark.count()).toBe(1);
    expect(requests.some((p) => p.startsWith('/detail/')), 'no sentence fetched before a mark is used').toBe(false);
    const id = (await mark.getAttribute('data-fact'))!;
    const [, a, i] = /^art(\d+):(\d+):0$/.exec(id)!.map(Number);
    // Keyboard, as a reader would reach it: map dots overlap, so the pointer may land on a neighbour.
    await mark.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog');
    await expect.poll(() => panel.locator('blockquote').textContent()).toBe(quote(a!, i!));
    expect(requests).toContain(`/detail/art${a}.json`);
    expect(await panel.getByRole('link').getAttribute('href')).toContain(`/articles/art${a}/#s${i}`);
    await page.close();
  });
});
