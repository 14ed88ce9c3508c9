/**
 * The dashboard's data step (apps/dashboard/scripts/page-data.ts): the build's corpus-wide work, in its own process,
 * writing one JSON file per page, article and detail file that the prerendered pages read.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPageDataStep } from '../../apps/dashboard/scripts/page-data-step.ts';
import { writePageData } from '../../apps/dashboard/scripts/page-data.ts';
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

  it('writes one file per page, per article page and per detail file, and an index of their slugs', () => {
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
    expect(readdirSync(join(out, 'articles')).sort()).toEqual(['one.json', 'two~232.json']);
    const page = JSON.parse(readFileSync(join(out, 'articles', 'one.json'), 'utf8'));
    expect(page.runs[0].parts.filter((p: { figure: boolean }) => p.figure).map((p: { text: string }) => p.text)).toEqual(['12']);
    for (const name of ['layout', 'overview', 'displacement', 'casualties', 'territory', 'sources', 'data', 'review']) {
      expect(existsSync(join(out, `${name}.json`)), name).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'))).toEqual(index);
    expect(readdirSync(dir).filter((f) => f.includes('staging'))).toEqual([]);
  });

  it('runs in a child process and stops the build with the reason when the data cannot be read', () => {
    const data = join(dir, 'broken');
    writeDataFolder(data, { articles: [{ article_id: 'one' }], texts: { one: 'Text.' } });
    writeFileSync(join(data, 'facts.csv'), 'fact_id,article_id\nf1,one\n');
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
});
