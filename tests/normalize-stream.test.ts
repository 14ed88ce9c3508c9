/**
 * Normalize reads each article's facts from the extracted hand-over file in step with the articles, batch by batch.
 * A file whose facts are not in article order (edited by hand, or written by another tool) must give the same
 * output as the file extract wrote, and so must a file holding facts of an article that is not in the run.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runExtract, runIngest, runNormalize } from '../packages/cli/src/stages.ts';
import { stagePaths } from '../packages/cli/src/paths.ts';

const fresh = (name: string) => mkdtempSync(join(tmpdir(), `frontline-nstream-${name}-`));
const TEXTS = [
  'Clashes near Bakhmut\n\nKYIV, June 3, 2023 (AP) - Ukrainian forces recaptured Klishchiivka and Andriivka on Friday, the general staff said. Shelling killed 4 civilians in Kostiantynivka.\n',
  'Darfur update\n\nAn estimated 12,000 people fled El Geneina in the week to 14 May 2023, according to the International Organization for Migration.\n',
  'North Kivu\n\nGOMA, 10 March 2024 (Reuters) - M23 rebels seized Nyanzale and Kikuku on Saturday, local officials said, and at least 9 people were killed.\n',
  'Marib\n\nHouthi fighters took Al-Abdiyah and Harib this week, tribal sources said; some 3,500 families were displaced.\n',
];
const saved = process.env.FRONTLINE_BATCH;
afterAll(() => (saved === undefined ? delete process.env.FRONTLINE_BATCH : (process.env.FRONTLINE_BATCH = saved)));

async function normalizedWith(edit: (lines: string[]) => string[]) {
  const input = fresh('in');
  TEXTS.forEach((t, i) => writeFileSync(join(input, `a${i}.txt`), t));
  const out = fresh('out');
  await runIngest({ input, out });
  await runExtract({ input, out });
  const paths = stagePaths(out);
  const lines = readFileSync(paths.extracted, 'utf8').split('\n').filter(Boolean);
  writeFileSync(paths.extracted, `${edit(lines).join('\n')}\n`);
  process.env.FRONTLINE_BATCH = '2'; // several batches, so a fact must wait for its article's batch
  await runNormalize({ input, out });
  const read = (p: string) => readFileSync(p, 'utf8');
  return { facts: read(paths.normalized), mentions: read(paths.mentions), unresolved: read(paths.unresolved), articles: read(paths.articles), extracted: lines };
}

it('gives the same facts when the extracted file is reversed or holds an unknown article', async () => {
  const asWritten = await normalizedWith((lines) => lines);
  expect(new Set(asWritten.extracted.map((l) => JSON.parse(l).article_id)).size).toBeGreaterThan(2); // facts of several articles
  expect(asWritten.facts.split('\n').filter(Boolean).length).toBe(asWritten.extracted.length);
  const reversed = await normalizedWith((lines) => [...lines].reverse());
  expect(reversed).toEqual(asWritten);
  const stranger = (l: string) => JSON.stringify({ ...JSON.parse(l), article_id: 'no_such_article', fact_id: 'no_such_article:0:0' });
  const withUnknown = await normalizedWith((lines) => [stranger(lines[0]!), ...lines, stranger(lines[1]!)]);
  expect(withUnknown.facts).toBe(asWritten.facts);
  expect(withUnknown.mentions).toBe(asWritten.mentions);
}, 300_000);
