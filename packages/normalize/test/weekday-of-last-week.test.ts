/**
 * "on Tuesday last week", "on Thursday of last week": the weekday of the calendar week before the report's, not the latest such weekday (which, said on a Tuesday, is the report's own day, and on a
 * Friday is the Thursday of the report's own week). Texts written for the rule, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

const CASES: Case[] = [
  ['wire (South Sudan): said on a Tuesday, "on Tuesday last week" is seven days back, not the same day',
    on('2015-05-12', 'Government troops killed 14 civilians in Leer on Tuesday last week, the UN mission said.'),
    'killed', 14, ['2015-05-05', '2015-05-05']],
  ['outlet (Ukraine): said on a Friday, "on Thursday of last week" is not the day before',
    on('2023-03-10', 'A missile struck an apartment block in Zaporizhzhia on Thursday of last week, killing 13 people, the regional governor said.'),
    'killed', 13, ['2023-03-02', '2023-03-02']],
  ['monitor toll (Syria): "on Monday night of last week"',
    on('2019-06-06', 'Regime shelling killed nine civilians in Kafr Nabl on Monday night of last week, the monitor said.'),
    'killed', 9, ['2019-05-27', '2019-05-27']],
  ['regional outlet (DRC): "Saturday last week" without "on"',
    on('2021-11-17', 'ADF rebels killed 22 villagers in Beni territory Saturday last week, local officials said.'),
    'killed', 22, ['2021-11-13', '2021-11-13']],
  ['wire (Myanmar): displacement "on Monday last week", said on a Wednesday',
    on('2024-01-24', 'About 3,000 people fled Paletwa after fighting broke out on Monday last week, residents said.'),
    'displaced', 3000, ['2024-01-15', '2024-01-15']],
];

describe('a weekday of last week', () => {
  it.each(CASES)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });

  it('a bare weekday stays the latest such day on or before the report', () => {
    expect(periodOf(on('2015-05-12', 'Government troops killed 14 civilians in Leer on Sunday, the UN mission said.'), 'killed', 14))
      .toEqual(['2015-05-10', '2015-05-10']);
  });

  it('"last week" alone stays the previous calendar week', () => {
    expect(periodOf(on('2015-05-12', 'Government troops killed 14 civilians in Leer last week, the UN mission said.'), 'killed', 14))
      .toEqual(['2015-05-04', '2015-05-10']);
  });
});
