/**
 * A relative day with its calendar date in apposition ("as of today, 13 January 2024", "yesterday (2 May)"): the
 * date is the writer's day and beats the relative word counted from the publication date, which may be a repost's or
 * a manifest's later day (extract time.ts RELATIVE_WITH_DATE; normalize anchors.ts withDate). Texts written for the
 * rule, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

const CASES: Case[] = [
  ['monitor (Gaza): "as of today, 4 March 2024" on a page dated two days later is 4 March',
    on('2024-03-06', 'A total of 2,310 people in Rafah have been killed as of today, 4 March 2024, the rights group estimated.'),
    'killed', 2310, ['2024-03-04', '2024-03-04']],
  ['outlet (Sudan): "yesterday (2 May)" is 2 May, not the day before the page\'s date',
    on('2024-05-05', 'Shelling killed 14 civilians in El Obeid yesterday (2 May), the local resistance committee said.'),
    'killed', 14, ['2024-05-02', '2024-05-02']],
  ['wire (Myanmar): "today, June 9" on a repost of June 10 is June 9',
    on('2023-06-10', 'Junta airstrikes killed 11 villagers in Sagaing region today, June 9, a local official said.'),
    'killed', 11, ['2023-06-09', '2023-06-09']],
];

describe('a relative day with its date in apposition', () => {
  it.each(CASES)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });

  it('a bare "today" still takes the page\'s day', () => {
    expect(periodOf(on('2024-03-06', 'Shelling killed 7 people in Kharkiv today, the governor said.'), 'killed', 7))
      .toEqual(['2024-03-06', '2024-03-06']);
  });
});
