/**
 * Displaced people counted by a noun that says they are displaced ("N displaced people") are a stock when the verb
 * after them says where they stay ("are sheltering in", "are currently hosted in", "remain stranded"): how many are
 * displaced there now, not how many fled. The verbs are data/frames.csv's idps_stock subject rows (shelter-returns.ts).
 * Sentences written for the rule, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const categories = (text: string) => extract(text).map(brief).filter((f) => f.category === 'displaced' || f.category === 'idps_stock').map((f) => [f.category, f.value]);

describe('displaced people who stay somewhere are a stock', () => {
  it.each([
    ['situation report, Sudan', 'An estimated 6,300 displaced people are sheltering in 14 schools in Gedaref town.', 6300],
    ['outlet, Lebanon', 'Some 52,000 displaced people are currently hosted in public schools in Beirut, the minister said.', 52000],
    ['monitor, Ukraine', 'About 900 displaced residents remain stranded in basements in the north of the city.', 900],
    ['wire, Yemen', 'More than 1,400 displaced families are housed in tents on the edge of Marib, officials said.', 1400],
  ])('%s', (_genre, text, value) => {
    expect(categories(text)).toEqual([['idps_stock', value]]);
  });

  it.each([
    ['wire, Sudan', 'About 3,200 displaced people fled to Kassala on Monday, aid workers said.', 3200],
    ['situation report, Myanmar', 'Some 2,100 newly displaced people arrived in Hpakant this week.', 2100],
  ])('a verb of moving keeps them a movement: %s', (_genre, text, value) => {
    expect(categories(text)).toEqual([['displaced', value]]);
  });
});
