/**
 * The input formats end to end: a web page, a PDF report and an export row give the same facts as the same text in
 * a .txt file (the real ingest and extract stages), and a folder mixing good and bad files of every format runs
 * through the command line with each bad file in rejected.csv and the rest processed.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { ExtractedFact, IngestedArticle } from '@frontline/schema';
import { Ingest } from '../packages/ingest/src/index.ts';
import { extractArticle } from '../packages/extract/src/index.ts';
import { encryptedPdf, navigationPage, newsPage, scannedPdf, STORY, STORY_TEXT, twoColumnReport } from '../packages/ingest/test/samples.ts';
import { pipeline } from './cli.ts';

const enc = new TextEncoder();

async function ingestOne(path: string, bytes: Uint8Array): Promise<IngestedArticle> {
  const results = await new Ingest({ runDate: '2020-01-01' }).read({ path, bytes });
  expect(results.filter((r) => 'reason' in r)).toEqual([]);
  expect(results).toHaveLength(1);
  return results[0] as IngestedArticle;
}

/** What a fact says, without where in the text it is (offsets differ with the title line and the format). */
const said = (facts: ExtractedFact[]) =>
  facts.map((f) => [f.kind, f.category, f.group, f.count_phrase, f.unit, f.place_mentions.map((p) => p.text).join(';'), f.quote].join(' | ')).sort();

describe('the same story in every format gives the same facts', () => {
  const jsonl = JSON.stringify({ title: STORY.title, publishedAt: STORY.published, url: STORY.url, source: { name: STORY.outlet }, content: STORY.paragraphs.join('\n\n') });

  it('as .txt, .html, .pdf and a JSONL row', async () => {
    const txt = said(extractArticle(await ingestOne('story.txt', enc.encode(STORY_TEXT))));
    // The premise: the story has facts of several kinds, so an empty or partial reading cannot pass ("many are
    // sheltering in camps" is a stock of displaced people with no count, as vague quantities are kept).
    expect(txt.length).toBeGreaterThanOrEqual(4);
    expect(new Set(txt.map((f) => f.split(' | ')[1]))).toEqual(new Set(['captured', 'killed', 'injured', 'displaced', 'idps_stock']));
    const html = await ingestOne('story.html', enc.encode(newsPage(STORY)));
    const pdf = await ingestOne('story.pdf', await twoColumnReport({ title: STORY.title, header: 'Example Monitor | Weekly report', paragraphs: STORY.paragraphs }, 8));
    const row = await ingestOne('export.jsonl', enc.encode(`${jsonl}\n`));
    expect([html.format, pdf.format, row.format]).toEqual(['html', 'pdf', 'jsonl']);
    expect(said(extractArticle(html))).toEqual(txt);
    expect(said(extractArticle(pdf))).toEqual(txt);
    expect(said(extractArticle(row))).toEqual(txt);
  }, 60_000);
});

describe('a folder of every format through `pipeline all`', () => {
  it('processes the good files and lists each bad one with its reason', async () => {
    const input = mkdtempSync(join(tmpdir(), 'frontline-formats-'));
    const out = join(mkdtempSync(join(tmpdir(), 'frontline-formats-out-')), 'out');
    mkdirSync(join(input, 'web'));
    writeFileSync(join(input, 'web', 'story.html'), newsPage(STORY));
    writeFileSync(join(input, 'web', 'section-front.html'), navigationPage());
    writeFileSync(join(input, 'report.pdf'), await twoColumnReport({ title: 'Weekly report', header: 'Example Monitor | Weekly report', paragraphs: STORY.paragraphs }, 8));
    writeFileSync(join(input, 'scan.pdf'), await scannedPdf());
    writeFileSync(join(input, 'locked.pdf'), encryptedPdf());
    writeFileSync(join(input, 'plain.txt'), STORY_TEXT.replace('Offensive', 'The offensive'));
    writeFileSync(join(input, 'articles.csv'), 'path,published,outlet\nplain.txt,2019-05-15,Field Notes\n');
    writeFileSync(
      join(input, 'feed.jsonl'),
      [
        JSON.stringify({ title: 'Row one', url: 'https://a.example/1', story: 'Rebels said they had shot down a drone near the airport on Sunday.', text: STORY.paragraphs[1] }),
        '{"title": "cut off", "text": "Two',
        JSON.stringify({ title: 'No text' }),
      ].join('\n'),
    );
    const run = pipeline('all', '--input', input, '--out', out);
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    const rows = (name: string) => parse(readFileSync(join(out, name)), { columns: true }) as Array<Record<string, string>>;
    expect(rows('rejected.csv')).toEqual([
      { path: 'feed.jsonl:2', reason: expect.stringMatching(/^not JSON/) },
      { path: 'feed.jsonl:3', reason: expect.stringMatching(/^row without text/) },
      { path: 'locked.pdf', reason: 'encrypted PDF: it needs a password to open' },
      { path: 'scan.pdf', reason: expect.stringMatching(/^PDF without a text layer/) },
      { path: 'web/section-front.html', reason: expect.stringMatching(/^HTML page without article text/) },
    ]);
    const articles = rows('articles.csv');
    expect(articles.map((a) => [a.article_id, a.format])).toEqual([['feed-1', 'jsonl'], ['plain', 'text'], ['report', 'pdf'], ['story', 'html']]);
    const plain = articles.find((a) => a.article_id === 'plain')!;
    expect(plain).toMatchObject({ published: '2019-05-15', published_evidence: 'manifest articles.csv', outlet: 'Field Notes', metadata_evidence: 'outlet: manifest articles.csv' });
    const factsBy = new Set(rows('facts.csv').map((f) => f.article_id));
    expect([...factsBy].sort()).toEqual(['feed-1', 'plain', 'report', 'story']);

    // The column mapping from the command line: the same export read from its `story` column.
    const mapped = pipeline('ingest', '--input', input, '--out', out, '--text-field', 'story');
    expect(mapped.status).toBe(0);
    const feed = rows('articles.csv').find((a) => a.article_id === 'feed-1')!;
    expect(Number(feed.chars)).toBe('Rebels said they had shot down a drone near the airport on Sunday.'.length);
  }, 240_000);
});
