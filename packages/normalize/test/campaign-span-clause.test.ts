/**
 * "During the siege of Kadugli, which lasted until March 2024, 1,300 people died": a relative clause saying when the
 * campaign a toll is counted over ended dates the toll, which ends with the campaign (date-r50; extract's
 * `closesCampaignSpan`, the lexicon's `end_verb` rows). Before, the clause was background and the toll took the
 * day the story had reached. A clause on anything but the campaign the toll is counted over still dates only itself.
 * Every text is written for this file (other wars, places and figures than any corpus text).
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

const ENDS: Case[] = [
  ['outlet (Sudan): "during the siege of X, which lasted until March 2024"',
    on('2024-05-10', 'Rebels shelled Kadugli on Wednesday, officials said. During the siege of Dilling, which lasted until ' +
      'March 2024, 1,300 people died, aid workers said.'),
    'killed', 1300, ['2024-03-01', '2024-03-31']],
  ['encyclopedic (Philippines): "in the offensive on X, which ended on 4 November 2017"',
    on('2019-02-01', 'Troops entered Butig on 2 September 2017. In the offensive on Butig, which ended on 4 November 2017, ' +
      '212 militants were killed.'),
    'killed', 212, ['2017-11-04', '2017-11-04']],
  ['monitor (Yemen): "throughout the war in X, which continued until June 2019"',
    on('2020-01-15', 'Airstrikes hit Saada on Monday, the monitor said. Throughout the war in Hodeidah, which continued until ' +
      'June 2019, 38,000 people fled their homes.'),
    'displaced', 38000, ['2019-06-01', '2019-06-30']],
];

const NOT_ENDS: Case[] = [
  // The clause tells of the town, not of a campaign the figure is counted over: the report's Wednesday holds.
  ['wire (Sudan): a clause on a place, not the campaign, dates nothing else',
    on('2024-05-10', 'KADUGLI (Reuters) - Rebels took the town of Dilling, which the army had held until March 2024, and ' +
      'killed 45 soldiers there on Wednesday, officials said.'),
    'killed', 45, ['2024-05-08', '2024-05-08']],
];

describe('a relative clause that ends the campaign a toll is counted over dates the toll', () => {
  it.each([...ENDS, ...NOT_ENDS])('%s', (_name, text, category, value, period) =>
    expect(periodOf(text, category, value)).toEqual(period));
});
