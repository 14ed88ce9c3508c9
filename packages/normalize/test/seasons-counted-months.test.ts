/**
 * A narrative's phase dated by a season ("In the summer of 2019", "That autumn", "During the winter", "in late
 * summer") or by a month counted from the story's date ("The following month", "Later that month"). The date lexicon
 * held the seasons' months but no phrase read them: such a figure took the date the story had reached. A season
 * without a year is the one the story reaches next (within half a year), as a yearless month is. Texts written for
 * this file, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

const expectPeriod = (_name: string, text: string, category: string, value: number, period: [string, string]) => {
  expect(periodOf(text, category, value)).toEqual(period);
};

describe('a season dates its figure to its months', () => {
  it.each<Case>([
    ['encyclopedic, Syria, the season and its year',
      'Battle of Zindar (2019)\n\nThe Battle of Zindar was an engagement in Idlib. It started on 3 March 2019.\n\nIn the summer of 2019, airstrikes killed 55 civilians in Maarat al-Numan.',
      'killed', 55, ['2019-06-01', '2019-08-31']],
    ['encyclopedic, Ukraine, "that summer" after a spring day',
      'Battle of Vovchansk (2024)\n\nThe battle of Vovchansk began on 10 May 2024.\n\nThat summer, 2,000 residents fled Vovchansk.',
      'displaced', 2000, ['2024-06-01', '2024-08-31']],
    ['encyclopedic, Sahel, a third of the season',
      'Siege of Djibo (2022)\n\nThe siege of Djibo was a blockade in Burkina Faso. It began on 17 February 2022.\n\nIn early summer, jihadists killed 35 people on the road to Djibo.',
      'killed', 35, ['2022-06-01', '2022-06-30']],
    ['outlet, Ethiopia, a winter is named by its December',
      on('2022-05-10', 'During the winter of 2021, government troops killed 40 fighters near Kobo, the regional office said.'),
      'killed', 40, ['2021-12-01', '2022-02-28']],
  ])('%s', expectPeriod);

  it('"the fall of" a town is no season', () => {
    const text = 'Battle of Raqqa (2017)\n\nThe battle of Raqqa began on 6 June 2017.\n\nOn 20 October, after the fall of Raqqa, 300 families returned to Tabqa.';
    expect(periodOf(text, 'returned', 300)).toEqual(['2017-10-20', '2017-10-20']);
  });
});

describe('a month counted from the story\'s date', () => {
  it.each<Case>([
    ['encyclopedic, Myanmar, the following month',
      'Battle of Lashio (2024)\n\nThe battle of Lashio began on 3 July 2024.\n\nOn 21 July, resistance forces took the airport. The following month, 40 soldiers were killed in Lashio.',
      'killed', 40, ['2024-08-01', '2024-08-31']],
    ['encyclopedic, Sudan, later that month',
      'Battle of Wad Madani (2023)\n\nThe battle of Wad Madani began on 15 December 2023.\n\nOn 5 December, the RSF massed near the town. Later that month, 3,000 people fled Wad Madani.',
      'displaced', 3000, ['2023-12-05', '2023-12-31']],
    ['encyclopedic, Iraq, earlier that month',
      'Battle of Hit (2016)\n\nThe Battle of Hit was an operation in Anbar.\n\nOn 14 April 2016, troops entered the town. Earlier that month, 12 soldiers were killed near Hit.',
      'killed', 12, ['2016-04-01', '2016-04-14']],
  ])('%s', expectPeriod);
});
