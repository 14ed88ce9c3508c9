/**
 * A figure set beside an earlier period's total by a verb of surpassing ("displacement exceeding the total number of
 * victims nationwide in 2024") compares; the earlier year dates nothing, so the report's next undated figure ("has
 * now reached 51,900") stays of the report's day, as "compared to 51,600 in 2024" already did. Found on a dev
 * situation report; the texts are written for this file, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

describe('a surpassed earlier total is a comparison, no date', () => {
  it.each<Case>([
    ['OCHA weekly update (Haiti)',
      on('2024-03-15', 'Haiti: Weekly Situation Update as of 15 March 2024\n\n' +
        'The situation in Port-au-Prince has worsened sharply in the past ten days, with displacement exceeding the total ' +
        'number recorded in the whole country in 2023. The affected population has now reached 90,000 people, with 33,000 ' +
        'forced displacements, compared to 31,000 nationwide in 2023.'),
      'displaced', 33000, ['2024-03-15', '2024-03-15']],
    ['UNHCR displacement update (Ukraine)',
      on('2022-05-20', 'Ukraine: Kharkiv Displacement Update (20 May 2022)\n\n' +
        'Movements out of the oblast have slowed this week, with arrivals in Poltava surpassing the figures reported in 2014. ' +
        'Partners now count 120,000 arrivals, with 41,000 people displaced from Kharkiv city, compared to 12,000 in 2014.'),
      'displaced', 41000, ['2022-05-16', '2022-05-20']],
    ['think-tank assessment (Sahel)',
      on('2023-07-20', 'Burkina Faso: Centre-Nord Assessment (20 July 2023)\n\n' +
        'Violence in the region has surged this quarter, with attacks outnumbering the total of events recorded in 2022. ' +
        'The displaced population has now reached 300,000 people, with 46,000 new displacements, compared to 39,000 in 2022.'),
      'displaced', 46000, ['2023-07-20', '2023-07-20']],
  ])('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });

  it('a figure that itself exceeds a mark is dated by its own phrase (Sudan)', () => {
    const text = on('2023-09-02', 'Fighting in Darfur displaced 400,000 people in August, exceeding the number of any month before, IOM said.');
    expect(periodOf(text, 'displaced', 400000)).toEqual(['2023-08-01', '2023-08-31']);
  });
});
