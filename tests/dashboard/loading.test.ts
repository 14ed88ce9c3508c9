/**
 * The dashboard's build-time data loading (apps/dashboard/src/lib/server) on a data folder written from rows built
 * here, with article ids no URL rule has cleaned: every article gets a page at its slug, every link points there.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePageData } from '../../apps/dashboard/scripts/page-data.ts';
import { pageData } from '../../apps/dashboard/src/lib/server/page-data.ts';
import { articleSlugs, articleSummaries, unresolvedPlaces } from '../../apps/dashboard/src/lib/server/pages.ts';
import { provenance } from '../../apps/dashboard/src/lib/server/rows.ts';
import { writeDataFolder } from './data-folder.ts';

const IDS = ['plain_01', 'hash#frag', 'query?x=1', 'pct%41', 'pctA', 'new\nline', '../up', ''];
// Listed in articles.csv, but its text is not in the ingest hand-over file: it has no page.
const NO_TEXT = 'no#text';
const SENTENCE = 'At least 12 civilians were killed in Ariha on Monday.';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'frontline-loading-'));
  writeDataFolder(dir, {
    articles: [...IDS, NO_TEXT].map((article_id) => ({ article_id, title: `Title of ${JSON.stringify(article_id)}` })),
    facts: IDS.map((article_id, i) => ({
      fact_id: `f${i}`,
      article_id,
      quote: SENTENCE,
      sentence_index: 0,
      char_start: 0,
      char_end: SENTENCE.length,
      figure_start: 9,
      figure_end: 11,
    })),
    // Each fact drawn on the casualties chart: the sentence panel opens a chart row's provenance, and the data step
    // reads the facts the timelines name (tables.ts, chartFacts).
    casualties: IDS.map((article_id, i) => ({ fact_id: `f${i}`, article_id, date: '2024-03-04', category: 'killed', group: 'civilians', persons_best: 12 })),
    unresolved: [
      { mention: 'Nowhere', reason: 'not in the gazetteer', article_id: 'hash#frag', quote: SENTENCE },
      { mention: 'Elsewhere', reason: 'not in the gazetteer', article_id: NO_TEXT, quote: SENTENCE },
    ],
    texts: Object.fromEntries(IDS.map((id) => [id, SENTENCE])),
  });
  process.env.FRONTLINE_DATA_DIR = dir;
  // The pages read what the data step wrote (apps/dashboard/scripts/page-data.ts), as in a build.
  process.env.FRONTLINE_PAGE_DATA_DIR = join(dir, 'page-data');
  writePageData(dir, process.env.FRONTLINE_PAGE_DATA_DIR);
});

afterAll(() => {
  delete process.env.FRONTLINE_DATA_DIR;
  delete process.env.FRONTLINE_PAGE_DATA_DIR;
  rmSync(dir, { recursive: true, force: true });
});

/** The HTML the data step wrote for an article page, null when there is none. */
function articlePage(slug: string): string | null {
  const file = join(dir, 'page-data', 'site', 'articles', slug, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

describe('article pages for hostile ids', () => {
  it('gives every article one page entry, a distinct path segment that needs no decoding', () => {
    const slugs = articleSlugs();
    expect(slugs).toHaveLength(IDS.length);
    expect(new Set(slugs).size).toBe(IDS.length);
    for (const slug of slugs) {
      expect(slug).toMatch(/^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/);
      expect(encodeURIComponent(slug)).toBe(slug);
    }
  });

  it("writes each article's page at its page path, with its id and text intact", () => {
    const slugs = articleSlugs();
    // The id as the page's breadcrumb shows it (HTML-escaped) and the text with its figure marked.
    const idOn = (slug: string) => /<code>([^<]*)<\/code><\/p>/.exec(articlePage(slug) ?? '')?.[1];
    const escaped = (id: string) => id.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
    IDS.forEach((id, i) => {
      expect(idOn(slugs[i]), JSON.stringify(id)).toBe(escaped(id));
      expect(articlePage(slugs[i])).toContain('<span class="sentence" id="s0">At least <mark>12</mark> civilians were killed');
    });
    // `pct%41` must not land on `pctA`'s page, as it would if a path were percent-decoded.
    expect(idOn(articleSlugs()[IDS.indexOf('pct%41')])).toBe('pct%41');
    expect(idOn('pctA')).toBe('pctA');
    expect(articlePage('no-such-article')).toBeNull();
  });

  it('writes the sources page the data step computed, with the same links', () => {
    expect(pageData('sources')).toEqual(JSON.parse(JSON.stringify({ articles: articleSummaries(), rejected: [], unresolved: unresolvedPlaces() })));
  });

  it('links the sources list, the unresolved places and the sentence panel to the same paths', () => {
    const slugs = new Map(IDS.map((id, i) => [id, articleSlugs()[i]]));
    const summaries = articleSummaries();
    expect(summaries).toHaveLength(IDS.length + 1);
    for (const summary of summaries) expect(summary.slug).toBe(slugs.get(summary.article_id) ?? '');
    expect(unresolvedPlaces().map((u) => u.slug)).toEqual([slugs.get('hash#frag'), '']);
    IDS.forEach((id, i) => {
      const prov = provenance(`f${i}`, {});
      expect(prov.article_id).toBe(id);
      expect(prov.article_slug).toBe(slugs.get(id));
    });
  });

  it('gives an article without text no page and no link to one', () => {
    expect(articleSummaries().find((a) => a.article_id === NO_TEXT)?.slug).toBe('');
    expect(articleSlugs()).toHaveLength(IDS.length);
    expect(provenance('none', { article_id: NO_TEXT }).article_slug).toBe('');
  });
});
