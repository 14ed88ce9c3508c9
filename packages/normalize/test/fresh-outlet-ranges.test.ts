/**
 * Outlet dating, second pass (issue 9, fresh outlet texts of the evening round): ranges whose year is written once, as
 * outlets' own stories write a monitor's or the UN's running total. Sentences written for this file in several wars;
 * none copied from the fresh stories or the corpus. Each text runs through ingest, extract and normalize.
 *
 * - "from Feb. 24, 2022, to May 7": a comma closes the first date's year; the yearless end is the latest such day
 *   not after the report (the whole phrase must be read, not its first date alone).
 * - "between Jun. 15 – 30, 2018", "between March 3 and 17, 2021": the year after the bare day is the range's; read
 *   alone, "30, 2018" is the year 2018 and the range ran to the report's day at year precision.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '@frontline/schema';
import { extractArticle } from '@frontline/extract';
import { ingestFiles } from '@frontline/ingest';
import { loadGazetteer, normalizeArticle } from '../src/index.ts';
import { resolvePeriod } from '../src/period.ts';

const gazetteer = loadGazetteer();
const on = (day: string, body: string) => `---\npublished: ${day}\n---\n${body}`;

function facts(text: string): Fact[] {
  const { articles, rejected } = ingestFiles([{ path: 'outlet.txt', bytes: new TextEncoder().encode(text) }], { runDate: '2026-12-01' });
  expect(rejected).toEqual([]);
  const { text: body, sentence_list: _s, removed: _r, ...record } = articles[0]!;
  return normalizeArticle(extractArticle(articles[0]!), record, gazetteer, { text: body }).facts;
}

function periodOf(text: string, category: string, value: number): [string, string, string] {
  const got = facts(text);
  const f = got.filter((x) => x.category === category && x.count_best === value);
  expect(f, JSON.stringify(got.map((x) => [x.category, x.count_best, x.time_phrase, x.period_start, x.period_end]))).toHaveLength(1);
  return [f[0]!.period_start, f[0]!.period_end, f[0]!.date_precision];
}

type Case = [name: string, text: string, category: string, value: number, period: [string, string, string]];

const RANGES: Case[] = [
  ['Ukraine: a UN total from a dated start to a yearless end, comma after the year', on('2024-03-12',
    'Shelling hit a market in Kherson on Monday, the regional governor said.\n\nAccording to the UN monitoring ' +
    'mission, the war has killed at least 10,582 civilians from Feb. 24, 2022, to March 3.'),
  'killed', 10582, ['2022-02-24', '2024-03-03', 'day']],
  ['Sudan: a doctors\' union total from a dated start to a yearless end', on('2024-01-18',
    'Fighting spread to Wad Madani last month.\n\nThe union said 1,240 civilians were killed in Khartoum from ' +
    'April 15, 2023, until Jan. 10.'),
  'killed', 1240, ['2023-04-15', '2024-01-10', 'day']],
  ['Syria: a network\'s toll between two days of one month, the year written once after a dash', on('2018-07-04',
    'The monitoring network said at least 188 civilians were killed in Idlib province between Jun. 12 – 28, 2018.'),
  'killed', 188, ['2018-06-12', '2018-06-28', 'day']],
  ['Myanmar: a toll between two days of one month, joined by "and"', on('2021-03-25',
    'A rights group said 149 protesters were killed in Yangon between March 3 and 17, 2021.'),
  'killed', 149, ['2021-03-03', '2021-03-17', 'day']],
];

describe('ranges whose year is written once', () => {
  it.each(RANGES)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });
});

describe('resolvePeriod: a bare day with the year after it closes the range', () => {
  it.each([
    ['between Sept. 1 – 14, 2019', '2019-10-02', ['2019-09-01', '2019-09-14', 'day']],
    ['from May 2 to 9, 2016', '2016-06-01', ['2016-05-02', '2016-05-09', 'day']],
    ['between January 20 and 31st, 2020', '2020-02-03', ['2020-01-20', '2020-01-31', 'day']],
  ])('%s (reported %s)', (phrase, published, [start, end, precision]) => {
    expect(resolvePeriod(phrase, published)).toEqual({ period_start: start, period_end: end, date_precision: precision });
  });

  it('a year after a month name is still a month and year, not a bare day', () => {
    expect(resolvePeriod('between June 2017 and March 2018', '2018-04-01'))
      .toEqual({ period_start: '2017-06-01', period_end: '2018-03-31', date_precision: 'month' });
  });
});
