/**
 * "There are 12,000 people in 30 camps" (shelter-returns.ts `THERE_ARE`): an existential count of people in a shelter
 * is a stock of the displaced, one figure; the camps count no people. Sentences written for the rule, in several
 * genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief).map((f) => [f.category, f.value, f.unit]);

describe('"there are N people in (M) camps"', () => {
  it.each([
    ['situation report, DRC', 'In Ituri there are now 12,000 people in 30 displacement camps around Bunia.', ['idps_stock', 12000, 'persons']],
    ['situation report, Syria', 'There are still about 4,500 families in 12 collective centres in Aleppo, the cluster said.', ['idps_stock', 4500, 'families']],
    ['outlet, Myanmar', 'By March there were 2,300 people in the monastery shelters of Hpakant, a local volunteer said.', ['idps_stock', 2300, 'persons']],
  ])('%s', (_genre, text, fact) => {
    expect(facts(text)).toEqual([fact]);
  });

  it('soldiers in a camp are no displaced people (wire, Mali)', () => {
    expect(facts('There are 300 soldiers in the camp near Gao.')).toEqual([]);
  });

  it('people in a town, no shelter named, are no stock (encyclopedic, DRC)', () => {
    expect(facts('There are 12,000 people in Bunia.')).toEqual([]);
  });
});
