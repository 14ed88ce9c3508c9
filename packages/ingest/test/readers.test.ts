/** Each input format through the real ingest: what is kept, what is dropped, what is refused and why. */
import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { IngestedArticle, Rejection } from '@frontline/schema';
import { fieldMap, Ingest, readManifest, rowId, type FieldMap } from '../src/index.ts';
import { markdownToText } from '../src/readers/markdown.ts';
import { encryptedPdf, navigationPage, newsPage, scannedPdf, STORY, twoColumnReport } from './samples.ts';

const enc = new TextEncoder();
const file = (path: string, content: string | Uint8Array) => ({ path, bytes: typeof content === 'string' ? enc.encode(content) : content });

/** Files in path order through one Ingest; manifests given first, as the CLI does. */
async function run(files: Array<{ path: string; bytes: Uint8Array }>, fields?: FieldMap) {
  const ingest = new Ingest({ runDate: '2020-01-01', fields });
  const rejected: Rejection[] = [];
  const articles: IngestedArticle[] = [];
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const manifest = /articles\.(csv|jsonl)$/.test(f.path) ? readManifest(f.path, f.bytes) : null;
    if (manifest) rejected.push(...ingest.addManifest(manifest));
  }
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    if (/articles\.(csv|jsonl)$/.test(f.path) && readManifest(f.path, f.bytes)) continue;
    for (const r of await ingest.read(f)) ('reason' in r ? rejected.push(r) : articles.push(r));
  }
  rejected.push(...ingest.unusedManifestRows());
  return { articles, rejected };
}

describe('HTML: a saved news page', () => {
  it('keeps the article, drops navigation, header, footer, scripts and styles, and reads the page metadata', async () => {
    const { articles, rejected } = await run([file('web/river.html', newsPage(STORY))]);
    expect(rejected).toEqual([]);
    const [a] = articles;
    for (const p of STORY.paragraphs) expect(a!.text).toContain(p);
    for (const furniture of ['Middle East', 'Most read', 'cookies', 'All rights reserved', 'dataLayer', 'font-family', '77 villages', '999 people', 'Ad: 500', 'About us']) {
      expect(a!.text).not.toContain(furniture);
    }
    expect(a).toMatchObject({
      article_id: 'river',
      format: 'html',
      title: STORY.title,
      published: '2019-05-14',
      published_precision: 'day',
      published_evidence: 'HTML meta article:published_time',
      outlet: STORY.outlet,
      url: STORY.url,
      metadata_evidence: ['title: HTML meta og:title', 'outlet: HTML meta og:site_name', 'url: HTML link rel=canonical'],
    });
    // One paragraph a line: the sentences are the story's, not run together with menus.
    expect(a!.sentence_list.map((s) => s.text)).toHaveLength(4);
  });

  it('falls back to JSON-LD and <time datetime> when the Open Graph tags are missing', async () => {
    const html = newsPage(STORY).replace(/<meta property="article:published_time"[^>]*>/, '').replace(/<meta property="og:site_name"[^>]*>/, '');
    const [a] = (await run([file('x.html', html)])).articles;
    expect(a).toMatchObject({ published: '2019-05-14', published_evidence: 'HTML JSON-LD datePublished', outlet: STORY.outlet, metadata_evidence: expect.arrayContaining(['outlet: HTML JSON-LD publisher']) });
    const bare = html.replace(/<script type="application\/ld\+json">.*?<\/script>/s, '');
    const [b] = (await run([file('y.html', bare)])).articles;
    expect(b!.published_evidence).toBe('HTML <time datetime> of the article');
  });

  it('refuses a page that is only navigation, with the reason', async () => {
    const { articles, rejected } = await run([file('front.html', navigationPage())]);
    expect(articles).toEqual([]);
    expect(rejected).toEqual([{ path: 'front.html', reason: expect.stringMatching(/^HTML page without article text: .*navigation/) }]);
  });

  it('is recognised by its content whatever the extension, and reads a declared legacy charset', async () => {
    const page = newsPage({ ...STORY, paragraphs: [...STORY.paragraphs, 'The café owner said the town was empty.'] }).replace('charset="utf-8"', 'charset="windows-1252"');
    const bytes = Uint8Array.from(page, (c) => (c === 'é' ? 0xe9 : c.charCodeAt(0) & 0xff));
    const [a] = (await run([file('saved-page.txt', bytes)])).articles;
    expect(a!.format).toBe('html');
    expect(a!.text).toContain('The café owner');
  });
});

describe('PDF: a two-column report', () => {
  const report = {
    title: 'Flash Update No. 3: displacement in the river towns',
    header: 'Humanitarian Office | Flash Update No. 3',
    paragraphs: [
      'Heavy fighting continued across the southern districts throughout the reporting period, with shelling reported in at least eleven communities along the river.',
      'Partners estimate that more than 45,000 people were displaced from the river towns between 3 and 9 May, most of them towards camps near the border that are already overcrowded.',
      'The health directorate reported that two hospitals suspended operations after nearby strikes, leaving an estimated 120,000 residents without access to emergency care.',
      'Humanitarian partners are scaling up food distributions and the provision of shelter materials, although access remains constrained by insecurity on the main road.',
      'Needs remain highest among recently displaced families living in unfinished buildings and informal settlements, where water trucking covers only a third of requirements.',
    ],
  };

  it('reads the left column before the right, joins wrapped and hyphenated lines, and drops running headers and page numbers', async () => {
    const bytes = await twoColumnReport(report, 9);
    // The premise: the text layer has words hyphenated at line ends, and a right-column line comes in the content
    // stream before a left-column line below it (stream order is not reading order).
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const items = ((await (await pdf.getPage(1)).getTextContent()).items as Array<{ str: string; transform: number[] }>).filter((i) => i.str.trim());
    expect(items.some((i) => /\p{Ll}-$/u.test(i.str))).toBe(true);
    const firstRight = items.findIndex((i) => i.transform[4]! > 300);
    expect(items.slice(firstRight).some((i) => i.transform[4]! < 100 && i.transform[5]! < items[firstRight]!.transform[5]!)).toBe(true);
    const { articles, rejected } = await run([file('reports/flash-3.pdf', bytes)]);
    expect(rejected).toEqual([]);
    const [a] = articles;
    expect(a!.format).toBe('pdf');
    expect(a!.title).toBe(report.title);
    // Every paragraph whole and in order: columns not interleaved, wraps and hyphenations mended.
    let at = 0;
    for (const p of report.paragraphs) {
      const found = a!.text.indexOf(p, at);
      expect(found, p).toBeGreaterThanOrEqual(at);
      at = found + p.length;
    }
    expect(a!.text).not.toMatch(/Flash Update No\. 3\s*\n.*Humanitarian Office|Page \d of \d/);
    expect(a!.removed.filter((r) => r.reason === 'page_furniture').map((r) => r.text)).toEqual(
      expect.arrayContaining(['Humanitarian Office | Flash Update No. 3', 'Page 1 of 2', 'Page 2 of 2']),
    );
  });

  it('is dated by a running header that carries the issue date', async () => {
    const dated = { ...report, header: 'Humanitarian Office | Flash Update No. 3 | 10 May 2019' };
    const [a] = (await run([file('flash.pdf', await twoColumnReport(dated, 9))])).articles;
    expect(a).toMatchObject({ published: '2019-05-10', published_precision: 'day', published_evidence: "the report's running header 'Humanitarian Office | Flash Update No. 3 | 10 May 2019'" });
  });

  it('refuses a scan without a text layer and an encrypted PDF, with their reasons', async () => {
    const { articles, rejected } = await run([file('scan.pdf', await scannedPdf()), file('locked.pdf', encryptedPdf()), file('broken.pdf', '%PDF-1.4\nnot really a pdf\n')]);
    expect(articles).toEqual([]);
    expect(rejected).toEqual([
      { path: 'broken.pdf', reason: expect.stringMatching(/^unreadable PDF/) },
      { path: 'locked.pdf', reason: 'encrypted PDF: it needs a password to open' },
      { path: 'scan.pdf', reason: expect.stringMatching(/^PDF without a text layer/) },
    ]);
  });
});

describe('Markdown', () => {
  it('strips the markup; headings and list items stay on their own lines', () => {
    const md = '# Displacement update\n\nFighting **intensified** in the [northern districts](https://x.example) on `Monday`.\n\n## Key figures\n\n- 12,000 people *displaced*\n- 3 camps at capacity\n  - two near the border\n\n1. First item\n2. Second item\n\n![map](map.png)\n\n<div onclick="x()">raw html</div>\n';
    expect(markdownToText(md)).toBe(
      'Displacement update\n\nFighting intensified in the northern districts on Monday.\n\nKey figures\n\n- 12,000 people displaced\n- 3 camps at capacity\n  - two near the border\n\n1. First item\n2. Second item\n',
    );
  });

  it('keeps front matter as known metadata', async () => {
    const [a] = (await run([file('u.md', '---\ntitle: Update\npublished: 2019-05-14\n---\n# Heading\n\nGovernment forces took *three* villages, a monitor said.\n')])).articles;
    expect(a).toMatchObject({ format: 'markdown', title: 'Update', published: '2019-05-14', published_evidence: 'front matter', metadata_evidence: ['title: front matter'] });
    expect(a!.text).toBe('Heading\n\nGovernment forces took three villages, a monitor said.');
  });
});

describe('JSON Lines and CSV exports', () => {
  const rows = [
    JSON.stringify({ title: 'Villages taken', publishedAt: '2019-05-13T22:10:00Z', url: 'https://a.example/1', source: { id: 'x', name: 'Wire One' }, content: 'Government forces took three villages north of the city on Monday, a monitor said.' }),
    JSON.stringify({ title: 'No date here', link: 'https://a.example/2', source: 'Wire Two', body: 'Aid agencies said 4,000 families had fled the district since 3 May 2019.' }),
    '{"title": "broken", "content": "cut off',
    JSON.stringify({ title: 'Only a title', content: '   ' }),
    '',
    JSON.stringify([1, 2]),
  ];

  it('makes one article per row with ids from file and line; broken lines and rows without text are rejected with their line', async () => {
    const { articles, rejected } = await run([file('exports/news api.jsonl', rows.join('\n'))]);
    expect(articles.map((a) => [a.article_id, a.source_path, a.format])).toEqual([
      ['news-api-1', 'exports/news api.jsonl:1', 'jsonl'],
      ['news-api-2', 'exports/news api.jsonl:2', 'jsonl'],
    ]);
    expect(articles[0]).toMatchObject({ title: 'Villages taken', published: '2019-05-13', published_evidence: "export column 'publishedAt'", outlet: 'Wire One', url: 'https://a.example/1' });
    expect(articles[0]!.metadata_evidence).toEqual(["title: export column 'title'", "outlet: export column 'source.name'", "url: export column 'url'"]);
    // The missing date is inferred from the text, as for any article; the other fields come from the row.
    expect(articles[1]).toMatchObject({ title: 'No date here', outlet: 'Wire Two', url: 'https://a.example/2' });
    expect(articles[1]!.published_evidence).not.toMatch(/export/);
    expect(articles[1]!.published_earliest).toBe('2019-05-03');
    expect(rejected).toEqual([
      { path: 'exports/news api.jsonl:3', reason: expect.stringMatching(/^not JSON \(/) },
      { path: 'exports/news api.jsonl:4', reason: expect.stringMatching(/^row without text: no non-empty text, content, body/) },
      { path: 'exports/news api.jsonl:6', reason: 'not a JSON object' },
    ]);
    expect(rowId('exports/news api.jsonl', 12)).toBe('news-api-12');
  });

  it('reads CSV with quoted line breaks and a column mapping given by the user', async () => {
    const csv = 'headline,story,when,site\n"Villages taken","Government forces took three villages.\n\nA monitor said so.",2019-05-13,Wire One\n"No text",,2019-05-14,Wire Two\nRaid,Two civilians were killed in a raid on Tuesday.,14 May 2019,Wire Three\n';
    const fields = fieldMap({ text: 'story', published: 'when', title: 'headline', outlet: 'site' });
    const { articles, rejected } = await run([file('scrape.csv', csv)], fields);
    expect(articles.map((a) => [a.article_id, a.title, a.published, a.outlet])).toEqual([
      ['scrape-2', 'Villages taken', '2019-05-13', 'Wire One'],
      ['scrape-6', 'Raid', '2019-05-14', 'Wire Three'],
    ]);
    expect(articles[0]!.text).toBe('Government forces took three villages.\n\nA monitor said so.');
    expect(rejected).toEqual([{ path: 'scrape.csv:5', reason: 'row without text: no non-empty story field' }]);
  });

  it('reads a row whose text is rendered HTML as text, scripts dropped', async () => {
    const content = '<p>Government forces took <strong>three</strong> villages.</p><script>alert(1)</script><table><tr><td>Idlib</td><td>4,000</td></tr></table>';
    const [a] = (await run([file('cms.jsonl', JSON.stringify({ title: 'T', content }))])).articles;
    expect(a!.text).toBe('Government forces took three villages.\n\nIdlib | 4,000');
  });

  it('lists an exact duplicate row once, naming the first', async () => {
    const { articles, rejected } = await run([file('e.jsonl', [rows[0], rows[0]].join('\n'))]);
    expect(articles).toHaveLength(1);
    expect(rejected).toEqual([{ path: 'e.jsonl:2', reason: 'exact duplicate of e.jsonl:1' }]);
  });
});

describe('a manifest beside plain files', () => {
  const body = (n: number) => `Army advances\n\nGovernment forces took ${n} villages on Monday, a monitor said on 8 January 2018.\n`;

  it('attaches known metadata, beats front matter and inference, says which was used, and lists rows for missing files', async () => {
    const manifest = 'path,url,published,title,outlet\na.txt,https://x.example/a,2018-01-09,Known title,Known Outlet\n./sub/b.md,,9 January 2018,,\nmissing.txt,https://x.example/m,,,\n,https://x.example/none,,,\n';
    const { articles, rejected } = await run([
      file('articles.csv', manifest),
      file('a.txt', body(3)),
      file('sub/b.md', `---\npublished: 2018-01-02\ntitle: Front matter title\n---\n${body(4)}`),
      file('c.txt', body(5)),
    ]);
    const by = Object.fromEntries(articles.map((a) => [a.article_id, a]));
    expect(by.a).toMatchObject({ title: 'Known title', outlet: 'Known Outlet', url: 'https://x.example/a', published: '2018-01-09', published_evidence: 'manifest articles.csv' });
    expect(by.a!.metadata_evidence).toEqual(['title: manifest articles.csv', 'outlet: manifest articles.csv', 'url: manifest articles.csv']);
    expect(by.b).toMatchObject({ title: 'Front matter title', published: '2018-01-09', published_evidence: 'manifest articles.csv', metadata_evidence: ['title: front matter'] });
    expect(by.c!.published_evidence).not.toMatch(/manifest/);
    expect(rejected).toEqual([
      { path: 'articles.csv:5', reason: 'manifest row without a path' },
      { path: 'articles.csv:4', reason: 'manifest row for missing.txt: no such article file in the input folder' },
    ]);
  });

  it('is read as an export when it has no path column', async () => {
    const { articles } = await run([file('articles.jsonl', JSON.stringify({ title: 'T', text: 'Government forces took three villages, a monitor said.' }))]);
    expect(articles.map((a) => [a.article_id, a.format])).toEqual([['articles-1', 'jsonl']]);
  });

  it('warns about a manifest date it cannot use and falls back to the text', async () => {
    const { articles } = await run([file('articles.csv', 'path,published\na.txt,soon\n'), file('a.txt', body(3))]);
    expect(articles[0]!.warnings).toEqual(['manifest.published: not a date, not used']);
    expect(articles[0]!.published_evidence).toMatch(/^manifest articles\.csv 'published' \('soon'\) is not a date; /);
  });
});
