/// <reference lib="dom" />
/**
 * The Review page in Chromium: built from a pipeline run over the seed articles plus one invented article whose
 * hedged figure sentence carries markup, then served on 127.0.0.1. The page must show the queue `frontline review`
 * prints, copy a correction row to the clipboard and download a corrections file with its header.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_DIR, buildSite, launchBrowser, serveDir, type Browser, type Page, type StaticServer } from '../../apps/dashboard/scripts/harness.ts';
import { CORRECTION_HEADERS, readCsv } from '@frontline/io';
import { FACTS } from '@frontline/schema';
import { pipeline, ROOT } from '../cli.ts';

const SHOTS = join(ROOT, 'tests', 'screenshots');
const AXE = readFileSync(createRequire(join(APP_DIR, 'package.json')).resolve('axe-core/axe.min.js'), 'utf8');
const MARKUP_ID = 'zz_review_markup';
// Invented: hedged, vague and without a reporter, so its fact ranks low; the sentence carries an element.
const MARKUP_ARTICLE = `---
title: Invented report on shelling near Ariha
published: 2018-02-03
outlet: Test Wire
---
Shelling near Ariha

Dozens of people were reportedly killed near Ariha <img src=x onerror="__xss=1"> last week.
`;

let work: string;
let server: StaticServer;
let browser: Browser;
let factKeys: Set<string>;
let page: Page;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'frontline-review-'));
  const input = join(work, 'in');
  const out = join(work, 'out');
  mkdirSync(input);
  for (const name of readdirSync(join(ROOT, 'seeds'))) copyFileSync(join(ROOT, 'seeds', name), join(input, name));
  writeFileSync(join(input, `${MARKUP_ID}.txt`), MARKUP_ARTICLE);
  const run = pipeline('all', '--input', input, '--out', out);
  expect(run.status, run.stderr).toBe(0);
  factKeys = new Set(readCsv(FACTS, join(out, 'facts.csv')).map((f) => String(f.fact_key)));
  buildSite(out, join(work, 'site'));
  server = await serveDir(join(work, 'site'));
  browser = await launchBrowser();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  mkdirSync(SHOTS, { recursive: true });
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${server.url}/review/`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
}, 300_000); // a pipeline run and a vite build: minutes on a busy 2-core machine

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const cells = (line: string) => parse(line)[0] as string[];

describe('Review page', () => {
  it('is linked from the navigation and shows the three sections of the queue', async () => {
    expect(await page.locator('nav').getByRole('link', { name: 'Review' }).getAttribute('aria-current')).toBe('page');
    for (const name of [/^Lowest confidence \(\d+\)$/, /^Unresolved places \(\d+\)$/, /^Sources disagree \(\d+\)$/]) {
      expect(await page.getByRole('heading', { level: 2, name }).count()).toBe(1);
    }
    expect(await page.locator('[data-fact-key]').count()).toBeGreaterThan(0);
  });

  it('gives fact rows whose fact_key is a fact of facts.csv, with placeholders instead of the build date', async () => {
    const rejects = await page.locator('code[data-line="reject.csv"]').allTextContents();
    expect(rejects.length).toBeGreaterThan(0);
    for (const line of rejects) {
      const [id, key, who, when, why] = cells(line);
      expect(factKeys.has(key!), line).toBe(true);
      expect([id, who, when, why]).toEqual([`r-${key}`, 'WHO', 'WHEN', 'WHY']);
    }
    const change = cells((await page.locator('code[data-line="change.csv"]').first().textContent())!);
    expect(change.slice(2, 3)).toEqual(['count']);
    expect(change.slice(4)).toEqual(['WHO', 'WHEN', 'WHY']);
  });

  it('shows the markup of an article sentence as text and never runs it', async () => {
    const item = page.locator('[data-fact-key]', { hasText: 'reportedly killed near Ariha' }).first();
    expect(await item.locator('blockquote').textContent()).toContain('<img src=x onerror="__xss=1">');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('.review img').count()).toBe(0);
    expect(await item.getByRole('link', { name: 'article' }).getAttribute('href')).toMatch(/\/articles\/.+\/$/);
  });

  it('copies a row to the clipboard and says so', async () => {
    const first = page.locator('[data-fact-key]').first();
    const line = (await first.locator('code[data-line="reject.csv"]').textContent())!;
    await first.getByRole('button', { name: 'Copy reject.csv row' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Copied a reject.csv row to the clipboard.');
    expect(await first.getByRole('button', { name: 'Copied reject.csv row' }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(line);
  });

  it('downloads each corrections file with its header and the rows the page shows', async () => {
    for (const file of Object.keys(CORRECTION_HEADERS) as (keyof typeof CORRECTION_HEADERS)[]) {
      const shown = [...new Set(await page.locator(`code[data-line="${file}"]`).allTextContents())];
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download ${file}` }).click()]);
      expect(download.suggestedFilename()).toBe(file);
      const text = await new Promise<string>((done, fail) => {
        const chunks: Buffer[] = [];
        download.createReadStream().then((s) => s.on('data', (c: Buffer) => chunks.push(c)).on('end', () => done(Buffer.concat(chunks).toString('utf8'))).on('error', fail), fail);
      });
      const rows = parse(text) as string[][];
      expect(rows[0]!.join(','), file).toBe(CORRECTION_HEADERS[file]);
      expect(rows.slice(1), file).toEqual(shown.map(cells));
      expect(rows.length, file).toBeGreaterThan(1);
    }
  });

  it('passes axe-core and takes screenshots at 1440 px (whole page, and its first screen)', async () => {
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'review-1440.png'), fullPage: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, 'review-1440-top.png') });
  });
});
