/**
 * A run of time closed by its last day, as monitors and wire copy give a toll's period: "in the six months to June 30",
 * "over the 12 months to March 2024", "in the year to 30 September". The period runs the run's length up to that day,
 * not the closing day alone (a fresh UN mid-year toll was dated by its "June 30" only). Every text is written for this
 * file, in several genres and wars; none comes from the corpus or the fresh texts.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';
import { resolvePeriod } from '../src/period.ts';

const CASES: Case[] = [
  ['wire (Afghanistan): "in the six months to June 30"',
    on('2020-07-27', 'Government forces killed 402 civilians and wounded 380 in the six months to June 30, the U.N. mission said.'),
    'killed', 402, ['2020-01-01', '2020-06-30']],
  ['monitor (Yemen): "over the 12 months to March 2022"',
    on('2022-04-10', 'The project recorded 1,150 civilian deaths from air raids over the 12 months to March 2022.'),
    'killed', 1150, ['2021-04-01', '2022-03-31']],
  ['situation report (Sudan): "in the three months to 31 January"',
    on('2024-02-20', 'Some 21,000 people were displaced from Wad Madani in the three months to 31 January, IOM said.'),
    'displaced', 21000, ['2023-11-01', '2024-01-31']],
  ['outlet (Myanmar): "in the year to September"',
    on('2023-10-12', 'The group said 1,300 civilians were killed by junta air strikes in the year to September.'),
    'killed', 1300, ['2022-10-01', '2023-09-30']],
];

describe('a run of time closed by a date spans the run', () => {
  it.each(CASES)('%s', (_name, text, category, value, period) => expect(periodOf(text, category, value)).toEqual(period));

  it.each([
    ['in the six months to june 30', '2019-07-30', ['2019-01-01', '2019-06-30', 'month']],
    ['during the four weeks ending 7 may', '2024-05-10', ['2024-04-10', '2024-05-07', 'week']],
    ['in the quarter to september', '2023-10-05', ['2023-07-01', '2023-09-30', 'month']],
  ])('"%s" published %s', (phrase, published, [start, end, precision]) => {
    expect(resolvePeriod(phrase as string, published as string)).toEqual({ period_start: start, period_end: end, date_precision: precision });
  });

  it('the closing day alone still dates a figure on that day (Ukraine, "on June 30")', () => {
    expect(periodOf(on('2023-07-03', 'Shelling killed four civilians in Kherson on June 30, officials said.'), 'killed', 4)).toEqual(['2023-06-30', '2023-06-30']);
  });
});
