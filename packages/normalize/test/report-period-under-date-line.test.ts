/**
 * A periodic report's title names its period and the line under the title gives the day it was published ("Monthly
 * protection update: 1 to 30 June 2023" over "14 July 2023"). That date line is read as a dated heading; it must not
 * take the report's later paragraphs out of the title's period: an undated figure there is of the period, not of the
 * publication day. Every text is written for this file, in several wars and genres.
 */
import { expect, it } from 'vitest';
import type { Fact } from '@frontline/schema';
import { extractArticle } from '@frontline/extract';
import { ingestFiles } from '@frontline/ingest';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';

const gazetteer = loadGazetteer();

function facts(text: string): Fact[] {
  const { articles } = ingestFiles([{ path: 'report.txt', bytes: new TextEncoder().encode(text) }], { runDate: '2026-12-01' });
  const { text: body, sentence_list: _s, removed: _r, ...record } = articles[0]!;
  return normalizeArticle(extractArticle(articles[0]!), record, gazetteer, { text: body }).facts;
}

const endOf = (found: Fact[], count: number) => found.find((f) => f.count_best === count)?.period_end;

it.each([
  ['monitor, Sudan', 'Protection monitoring update: 1 to 30 June 2023', '14 July 2023',
    'From 1 to 30 June 2023, monitors recorded 212 civilian deaths in Darfur.', 'In Nyala, shelling killed 41 civilians.', 41, '2023-06-30'],
  ['situation report, Yemen', 'Hodeidah flash update, 1 to 15 March 2019', '20 March 2019',
    'Between 1 and 15 March 2019, 3,200 people fled the southern districts.', 'In Hays district, 900 people were displaced.', 900, '2019-03-15'],
  ['monitor, Myanmar', 'Civilian harm report: 1 August to 31 August 2022', '9 September 2022',
    'From 1 August to 31 August 2022, the monitor documented 96 civilian deaths.', 'Air strikes in Sagaing killed 38 civilians.', 38, '2022-08-31'],
])('%s: an undated figure of a later paragraph is of the title\'s period', (_genre, title, dateLine, lead, later, count, end) => {
  const found = facts([title, dateLine, lead, later].join('\n\n'));
  expect(endOf(found, count)).toBe(end);
});

it('outlet, Ukraine: a dated section heading still dates its own paragraphs', () => {
  const text = ['Civilian harm update: 1 to 31 May 2023', '8 June 2023', 'In May 2023, monitors verified 89 civilian deaths.',
    '25 May 2023', 'Shelling of Kherson killed 7 civilians.'].join('\n\n');
  expect(endOf(facts(text), 7)).toBe('2023-05-25');
});
