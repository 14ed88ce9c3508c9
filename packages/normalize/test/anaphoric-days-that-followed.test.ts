/**
 * Anaphoric spans a narrative writes without a count or with the step's own words: "in the days that followed" is "in
 * the following days" (the next few days), "within days" is within a few days ("within weeks", two), and "later that
 * week" runs from the date the text has reached to that week's Sunday. None of them is the paragraph's last day.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '@frontline/schema';
import { periodOfCount as periodOf } from './dated-text.ts';

const page = (title: string, story: string) => `${title}\n\nThe ${title.toLowerCase()} was fought in the region.\n\nBattle\n\n${story}`;

describe('anaphoric spans without a count, or with the step in their own words', () => {
  it.each([
    // "in the days (weeks) that followed" is the following days (weeks).
    ['Mali', page('Battle of Kidal (2023)', 'On 12 November 2023, the army entered Kidal. In the days that followed, 35 rebels were killed in air strikes.'),
      35, ['2023-11-13', '2023-11-15']],
    ['Ukraine', page('Battle of Vovchansk (2024)', 'On 10 May 2024, Russian troops crossed the border. In the weeks that followed, 4,000 residents fled to Kharkiv.'),
      4000, ['2024-05-11', '2024-05-24']],
    // "within days", "within weeks": a few days, two weeks, from the date the text has reached.
    ['Sudan', page('Siege of Babanusa (2024)', 'On 22 January 2024, the RSF shelled Babanusa. Within days, 2,000 residents had fled to El Muglad.'),
      2000, ['2024-01-22', '2024-01-25']],
    ['Myanmar', page('Battle of Lashio (2024)', 'On 3 July 2024, the MNDAA attacked army posts near Lashio. Within weeks, 57 soldiers had been killed.'),
      57, ['2024-07-03', '2024-07-17']],
    // "later that week" runs to the week's Sunday, "earlier that week" from its Monday.
    ['Iraq', page('Battle of Tal Afar (2017)', 'On 22 August 2017, Iraqi forces entered Tal Afar. Later that week, 16 soldiers were killed in the old city.'),
      16, ['2017-08-22', '2017-08-27']],
    ['Syria', page('Battle of Hajin (2018)', 'On 14 December 2018, the SDF took the town. Earlier that week, 24 civilians had been killed in air strikes on Hajin.'),
      24, ['2018-12-10', '2018-12-14']],
  ])('%s', (_war, text, count, period) => {
    expect(periodOf(text, count)).toEqual(period);
  });
});
