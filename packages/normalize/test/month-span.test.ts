/**
 * A month named after a preposition of span (issue 9, round 2): "during May", "throughout May", "over the course of
 * March", "during the month of May" date a monitor's or agency's monthly toll by the whole month, as "in May" does, not
 * by the report's day ("May" alone reads as the modal verb). Every text is written for this file, in several genres and
 * wars; none comes from the corpus. Each runs through ingest, extract and normalize as the pipeline does.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';
import { resolvePeriod } from '../src/period.ts';

const CASES: Case[] = [
  ['monitor (Syria): "during May"', on('2019-06-03', 'The Syrian Network for Human Rights documented the killing of 1,204 civilians during May.'),
    'killed', 1204, ['2019-05-01', '2019-05-31']],
  ['situation report (Yemen): "throughout May"', on('2020-06-12', 'Some 2,300 families were displaced in Marib governorate throughout May, the UN said.'),
    'displaced', 2300, ['2020-05-01', '2020-05-31']],
  ['outlet (Sudan): "over the course of March"', on('2024-04-08', 'Over the course of March, at least 48 civilians were killed in Omdurman, medics said.'),
    'killed', 48, ['2024-03-01', '2024-03-31']],
  ['monitor (Myanmar): "during the month of May"', on('2022-06-05', 'During the month of May, 96 civilians were killed by junta forces in Sagaing, the group said.'),
    'killed', 96, ['2022-05-01', '2022-05-31']],
];

describe('a month after a preposition of span is the whole month', () => {
  it.each(CASES)('%s', (_name, text, category, value, period) => expect(periodOf(text, category, value)).toEqual(period));

  it.each(['during may', 'throughout may', 'over the course of may', 'over may', 'during the month of may'])(
    '"%s" resolves as "in may" does (published mid-June)', (phrase) => {
      expect(resolvePeriod(phrase, '2023-06-10')).toEqual(resolvePeriod('in may', '2023-06-10'));
      expect(resolvePeriod(phrase, '2023-06-10')).toEqual({ period_start: '2023-05-01', period_end: '2023-05-31', date_precision: 'month' });
    });

  it('a month not yet over ends on the report day (Ukraine, "during June" published 10 June)', () => {
    expect(resolvePeriod('during june', '2023-06-10')).toEqual({ period_start: '2023-06-01', period_end: '2023-06-10', date_precision: 'month' });
  });
});
