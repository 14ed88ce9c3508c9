/**
 * The death idiom with the count and "lives" as the subject of a passive "lost": "over 29,683 lives have been lost in
 * the conflict". N died; a count of other things lost ("30 villages were lost") is no death. Sentences written for
 * the rule, in several genres and wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const killed = (s: string) => extract(s).map(brief).filter((f) => f.category === 'killed').map((f) => f.value);

describe('N lives lost', () => {
  it.each([
    ['outlet (Sudan)', 'According to the tracker, more than 28,000 lives have been lost in the conflict since April 2023.', 28000],
    ['wire (Libya)', 'At least 500 lives were lost in the fighting for Tripoli, the health ministry said.', 500],
    ['monitor (Myanmar)', 'Some 1,200 civilian lives had been lost in Sagaing by the end of the year, the group said.', 1200],
    ['encyclopedic (Yemen)', 'Over 3,000 lives were reportedly lost during the battle for Hodeidah.', 3000],
  ])('%s', (_genre, s, value) => {
    expect(killed(s)).toEqual([value]);
  });

  it('other things lost are no deaths', () => {
    expect(killed('Government forces said 30 villages were lost to the militants in Cabo Delgado.')).toEqual([]);
    expect(killed('About 4,000 livelihoods have been lost since the port closed, the chamber said.')).toEqual([]);
  });
});
