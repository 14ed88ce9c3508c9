/**
 * Two constructions (h-coll10, issue 9). A count of the displaced named as a growth ("an increase of some 6,000
 * IDPs", "an influx of 3,500 IDPs") is how many were newly displaced, not how many are displaced now; the nouns are
 * data/growth-nouns.csv. "out of which" (or "out of whom"), with or without a comma, opens a breakdown of the toll
 * just before it, as ", of whom" does; the part takes that toll's category. Sentences written for the rules, in
 * several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const displacement = (text: string) => extract(text).map(brief).filter((f) => f.category === 'displaced' || f.category === 'idps_stock').map((f) => [f.category, f.value]);
const casualties = (text: string) => extract(text).map(brief).filter((f) => f.category === 'killed' || f.category === 'injured').map((f) => [f.category, f.group, f.value]);

describe('a count of IDPs named as a growth is a movement', () => {
  it.each([
    ['situation report, Afghanistan', 'There has been an increase of some 6,000 IDPs in Kabul over the past week, bringing the total to over 52,000 IDPs in the city.', [['displaced', 6000], ['idps_stock', 52000]]],
    ['monitor, Myanmar', 'The monitor recorded a rise of 12,400 internally displaced persons in Sagaing over the month.', [['displaced', 12400]]],
    ['outlet, Burkina Faso', 'Kaya saw an influx of about 3,500 IDPs from the surrounding villages on Sunday, the mayor said.', [['displaced', 3500]]],
  ])('%s', (_genre, text, expected) => {
    expect(displacement(text)).toEqual(expected);
  });

  it('a count of IDPs named as no growth stays a stock (situation report, Yemen)', () => {
    expect(displacement('Some 40,000 IDPs live in the camps around Marib city.')).toEqual([['idps_stock', 40000]]);
  });
});

describe('"out of which" breaks down the toll before it', () => {
  it.each([
    ['monitor, Pakistan', 'Militants carried out 9 attacks in Waziristan in which 14 people were killed while 21 people injured out of which 17 were security forces personnel and four civilians.',
      [['killed', 'people', 14], ['injured', 'people', 21], ['injured', 'government_forces', 17], ['injured', 'civilians', 4]]],
    ['wire, Somalia', 'The blast at the market in Mogadishu killed 31 people, out of which 12 were children.',
      [['killed', 'people', 31], ['killed', 'children', 12]]],
    ['outlet, South Sudan', 'The clashes in Jonglei left 40 people dead, out of whom 9 were women.',
      [['killed', 'people', 40], ['killed', 'women', 9]]],
  ])('%s', (_genre, text, expected) => {
    expect(casualties(text)).toEqual(expected);
  });
});
