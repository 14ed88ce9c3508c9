/**
 * The dashboard's data step (apps/dashboard/scripts/page-data.ts): the build's corpus-wide work, in its own process,
 * writing one JSON file per page, article and detail file that the prerendered pages read.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_FOLDER, runPageDataStep, SITE_FOLDER } from '../../apps/dashboard/scripts/page-data-step.ts';
import { unpackTerritory, type PackedRows } from '../../apps/dashboard/src/lib/chart-rows.ts';
import { PARTS, useData, writePageData } from '../../apps/dashboard/scripts/page-data.ts';
import { publishStaticPages, siteStaging, switchSiteIn } from '../../apps/dashboard/scripts/static-pages.ts';
import { eachIngested, type IngestedArticle } from '../../apps/dashboard/src/lib/server/tables.ts';
import { writeDataFolder } from './data-folder.ts';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'frontline-page-data-'));
});

afterAll(() => {
  delete process.env.FRONTLINE_DATA_DIR;
  rmSync(dir, { recursive: true, force: true });
});

describe('the data step', () => {
  it('reads the ingest hand-over file one article at a time, across its 1 MB blocks and inside multi-byte characters', () => {
    const data = join(dir, 'blocks');
    // Texts of two- and three-byte characters, each longer than a block, so block ends fall inside characters.
    const texts = { a: 'é'.repeat(700_001), b: 'ж€'.repeat(300_007), c: 'Plain text.' };
    writeDataFolder(data, { articles: Object.keys(texts).map((article_id) => ({ article_id })), texts });
    process.env.FRONTLINE_DATA_DIR = data;
    const seen: IngestedArticle[] = [];
    eachIngested((a) => seen.push(a));
    expect(seen.map((a) => [a.article_id, a.text])).toEqual(Object.entries(texts));
  });

  it('writes one file per page, an HTML page per article, and an index of their slugs', () => {
    const data = join(dir, 'pages');
    const sentence = 'At least 12 civilians were killed in Ariha on Monday.';
    writeDataFolder(data, {
      articles: [{ article_id: 'one' }, { article_id: 'two#2' }, { article_id: 'no-text' }],
      facts: [{ fact_id: 'f1', article_id: 'one', quote: sentence, char_start: 0, char_end: sentence.length, figure_start: 9, figure_end: 11 }],
      texts: { one: sentence, 'two#2': sentence },
    });
    const out = join(dir, 'pages-out');
    const index = writePageData(data, out);
    expect(index.articles).toEqual(['one', 'two~232']);
    expect(readdirSync(join(out, 'site', 'articles')).sort()).toEqual(['one', 'two~232']);
    const page = readFileSync(join(out, 'site', 'articles', 'one', 'index.html'), 'utf8');
    expect([...page.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1])).toEqual(['12']);
    expect(index.details).toEqual([]); // the fact is in no timeline, so no chart draws it
    for (const name of ['layout', 'overview', 'displacement', 'casualties', 'territory', 'sources', 'data', 'review']) {
      expect(existsSync(join(out, `${name}.json`)), name).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'))).toEqual(index);
    expect(readdirSync(dir).filter((f) => f.includes('staging'))).toEqual([]);
  });

  it('ships the overview only the rows its headline series draw', () => {
    const data = join(dir, 'headline');
    const row = (place: string, category: string, extra: Record<string, unknown>) => ({
      date: '2024-05-02', category, place, place_id: place ? `ml:${place}` : '', place_precision: place ? 'point' : '', admin1: 'Gao',
      latitude: place ? 16.3 : null, longitude: place ? -0.05 : null, actor: 'government', actor_name: '', n_sources: 1,
      reported_by: ['a wire'], article_ids: ['one'], fact_ids: [`f-${category}-${place}`], event_id: `E-${category}-${place}`, quote: 'x', ...extra,
    });
    writeDataFolder(data, {
      articles: [{ article_id: 'one', title: 'Army retakes Ansongo' }],
      texts: { one: 'Text.' },
      territory: [row('Ansongo', 'captured', {}), row('Bourem', 'entered', {}), row('Tessit', 'advanced_towards', {}), row('', 'advanced', { count_best: 12, unit: 'km' })],
    });
    const out = join(dir, 'headline-out');
    writePageData(data, out);
    const page = (name: string) => JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8'));
    const places = (packed: PackedRows<'territory'>) => unpackTerritory(packed).map((r) => r.place);
    expect(places(page('overview').territory)).toEqual(['Ansongo', 'Bourem']);
    expect(places(page('territory').rows)).toHaveLength(4);
  });

  it('runs in a child process and stops the build with the reason when the data cannot be read', () => {
    const data = join(dir, 'broken');
    writeDataFolder(data, { articles: [{ article_id: 'one' }], texts: { one: 'Text.' } });
    // Published as the package records it (its hash matches), but without the columns the step reads.
    replaceListed(data, 'facts.csv', 'fact_id,article_id\nf1,one\n');
    const out = join(dir, 'broken-out');
    const stderr = process.stderr.write;
    process.stderr.write = () => true; // the step's own error output, expected here
    try {
      expect(() => runPageDataStep(data, out)).toThrow(/dashboard data step failed: .*facts\.csv: missing columns/);
    } finally {
      process.stderr.write = stderr;
    }
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  it('runs a part in the runner\'s own process when asked, last, writing what its child would, and reports its failure as a child\'s', () => {
    const data = join(dir, 'here');
    const sentence = 'Fighting displaced 4,000 people from Bakhmut on Tuesday.';
    writeDataFolder(data, {
      articles: [{ article_id: 'one', title: 'Bakhmut' }],
      facts: [{ fact_id: 'f1', article_id: 'one', quote: sentence, char_start: 0, char_end: sentence.length, figure_start: 19, figure_end: 24 }],
      texts: { one: sentence },
    });
    const ran: string[] = [];
    const here = join(dir, 'here-out');
    runPageDataStep(data, here, { part: 'charts', run: (out) => (ran.push(readdirSync(out).sort().join(' ')), useData(data), PARTS.charts(out)) });
    // The other parts had written their files when the chart part ran.
    expect(ran).toEqual([expect.stringContaining('sources.json')]);
    const children = join(dir, 'here-children');
    runPageDataStep(data, children);
    for (const name of ['index.json', 'layout.json', 'overview.json', 'casualties.json', 'sources.json']) {
      expect(readFileSync(join(here, name), 'utf8'), name).toBe(readFileSync(join(children, name), 'utf8'));
    }
    const failing = join(dir, 'here-fails');
    expect(() => runPageDataStep(data, failing, { part: 'charts', run: () => { throw new Error('no tables'); } })).toThrow(
      'dashboard data step failed: Error: no tables',
    );
    expect(existsSync(failing)).toBe(false);
  }, 180_000);
});

/** Writes TEXT as the listed file PATH of a data folder and records its new sha256 and size in datapackage.json. */
function replaceListed(data: string, path: string, text: string) {
  writeFileSync(join(data, path), text);
  const pkgPath = join(data, 'datapackage.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { resources: { path: string; hash?: string; bytes?: number }[] };
  const resource = pkg.resources.find((r) => r.path === path)!;
  resource.hash = `sha256:${createHash('sha256').update(text).digest('hex')}`;
  resource.bytes = Buffer.byteLength(text);
  writeFileSync(pkgPath, JSON.stringify(pkg));
}

describe('the published tables', () => {
  const listed = (data: string) =>
    (JSON.parse(readFileSync(join(data, 'datapackage.json'), 'utf8')) as { resources: { path: string }[] }).resources.map((r) => r.path);

  it('are checked and copied once, into the page data, before the parts run', () => {
    const data = join(dir, 'published');
    writeDataFolder(data, { articles: [{ article_id: 'one', title: 'Shelling in Kherson' }], texts: { one: 'Text.' } });
    writeFileSync(join(data, 'secrets.json'), '{"token":"not published"}');
    const out = join(dir, 'published-out');
    runPageDataStep(data, out);
    const tables = join(out, SITE_FOLDER, DATA_FOLDER);
    expect(readdirSync(tables).sort()).toEqual(['datapackage.json', ...listed(data)].sort());
    for (const name of readdirSync(tables)) expect(readFileSync(join(tables, name)).equals(readFileSync(join(data, name))), name).toBe(true);
    expect(existsSync(join(out, 'sources.json'))).toBe(true);
  }, 120_000);

  it('refused, stop the step before any part runs and leave no page data', () => {
    const data = join(dir, 'tampered');
    writeDataFolder(data, { articles: [{ article_id: 'one', title: 'Clashes near Tawila' }], texts: { one: 'Text.' } });
    writeFileSync(join(data, 'articles.csv'), readFileSync(join(data, 'articles.csv'), 'utf8').replace('Tawila', 'Tawilla'));
    const out = join(dir, 'tampered-out');
    expect(() => runPageDataStep(data, out)).toThrow(/articles\.csv does not match the sha256 in datapackage\.json/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('tampered-out'))).toEqual([]);
  });
});

describe('the static pages after the prerender', () => {
  /** A built site as the adapter leaves it: a layout stylesheet, SvelteKit's node 0 naming it, pages linking articles. */
  function builtSite(name: string, links: string[]) {
    const site = join(dir, name, 'site');
    const kit = join(dir, name, 'kit');
    mkdirSync(join(site, '_app', 'immutable', 'assets'), { recursive: true });
    mkdirSync(join(site, 'sources'), { recursive: true });
    mkdirSync(join(kit, 'output', 'server', 'nodes'), { recursive: true });
    writeFileSync(join(site, '_app', 'immutable', 'assets', '0.abc.css'), '.crumbs{color:red}');
    writeFileSync(join(kit, 'output', 'server', 'nodes', '0.js'), 'export const stylesheets = ["_app/immutable/assets/0.abc.css"];\n');
    writeFileSync(join(site, 'index.html'), '<p>overview</p>');
    writeFileSync(join(site, 'sources', 'index.html'), links.map((slug) => `<a href="../articles/${slug}/#s0">x</a>`).join(''));
    return { site, kit };
  }

  function pageData(name: string) {
    const data = join(dir, `${name}-data`);
    const sentence = 'Some 300 families fled Kadugli as fighting reached the town.';
    writeDataFolder(data, {
      articles: [{ article_id: 'one', title: 'A <b>bold</b> title' }, { article_id: 'two#2' }],
      facts: [{ fact_id: 'f1', article_id: 'one', quote: sentence, char_start: 0, char_end: sentence.length, figure_start: 5, figure_end: 8 }],
      texts: { one: sentence, 'two#2': sentence },
    });
    const out = join(dir, `${name}-pages`);
    writePageData(data, out);
    return out;
  }

  it('adds the article pages with the layout stylesheet, and their text escaped', () => {
    const pages = pageData('publish');
    const { site, kit } = builtSite('publish', ['one', 'two~232']);
    expect(publishStaticPages(pages, site, kit)).toBe(2);
    expect(readFileSync(join(site, 'article.css'), 'utf8')).toBe('.crumbs{color:red}');
    const html = readFileSync(join(site, 'articles', 'one', 'index.html'), 'utf8');
    expect(html).toContain('<link href="../../article.css" rel="stylesheet">');
    expect(html).toContain('<h1>A &lt;b&gt;bold&lt;/b&gt; title</h1>');
    expect(html).toContain('Some <mark>300</mark> families');
    expect(readFileSync(join(site, 'articles', 'two~232', 'index.html'), 'utf8')).toContain('<code>two#2</code>');
  });

  it('adds the published tables beside the prerendered Data page, as hard links where it can', () => {
    const pages = pageData('tables');
    const tables = join(pages, SITE_FOLDER, DATA_FOLDER);
    mkdirSync(tables);
    writeFileSync(join(tables, 'datapackage.json'), '{"resources":[{"path":"facts.csv"}]}');
    writeFileSync(join(tables, 'facts.csv'), 'fact_id\nf1\n');
    const { site, kit } = builtSite('tables', ['one']);
    mkdirSync(join(site, 'data'));
    writeFileSync(join(site, 'data', 'index.html'), '<p>data page</p>');
    expect(publishStaticPages(pages, site, kit)).toBe(4);
    expect(readdirSync(join(site, 'data')).sort()).toEqual(['datapackage.json', 'facts.csv', 'index.html']);
    expect(readFileSync(join(site, 'data', 'facts.csv'), 'utf8')).toBe('fact_id\nf1\n');
    expect(readFileSync(join(site, 'data', 'index.html'), 'utf8')).toBe('<p>data page</p>');
    // Same file system here: the site's table is the page data's file, no second copy of its bytes.
    expect(statSync(join(site, 'data', 'facts.csv')).ino).toBe(statSync(join(tables, 'facts.csv')).ino);
  });

  it('stops the build when a page links an article that has no page', () => {
    const pages = pageData('broken-link');
    const { site, kit } = builtSite('broken-link', ['one', 'three']);
    expect(() => publishStaticPages(pages, site, kit)).toThrow('/sources/ links to /articles/three/, which has no page');
  });
});

describe('the site switched in whole', () => {
  it('replaces the previous site only once the new one is finished, and clears a killed build\'s folders', () => {
    const parent = join(dir, 'switch');
    const out = join(parent, 'build');
    mkdirSync(join(out, 'data'), { recursive: true });
    writeFileSync(join(out, 'index.html'), 'previous site');
    writeFileSync(join(out, 'data', 'old.csv'), 'gone with it');
    mkdirSync(join(parent, 'build.staging-999999999'));
    mkdirSync(join(parent, 'build.previous-999999999'));
    mkdirSync(join(parent, 'build-kept'));
    const staging = siteStaging(out);
    expect(readdirSync(parent).sort()).toEqual(['build', 'build-kept']);
    mkdirSync(staging);
    writeFileSync(join(staging, 'index.html'), 'new site');
    expect(siteStaging(out), 'a second config load in the same build keeps its folder').toBe(staging);
    expect(readFileSync(join(out, 'index.html'), 'utf8'), 'the previous site, whole, until the switch').toBe('previous site');
    switchSiteIn(staging, out);
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new site');
    expect(readdirSync(parent).sort()).toEqual(['build', 'build-kept']);
  });

  it('switches in where there was no site before', () => {
    const out = join(dir, 'first', 'site');
    const staging = siteStaging(out);
    mkdirSync(staging, { recursive: true });
    writeFileSync(join(staging, 'index.html'), 'first site');
    switchSiteIn(staging, out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('first site');
    expect(readdirSync(join(dir, 'first'))).toEqual(['site']);
  });
});
