/**
 * People on their way home are returning, as situation reports write it after a ceasefire or a withdrawal: "N IDPs
 * reported in movement toward their places of origin", "N people heading back to X", "on the move back to their
 * villages", "making their way home". Sentences written for the rule, in several crises and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief);

describe('a phrase of going back or home is a return', () => {
  it.each([
    ['About 9,400 IDPs were reported in movement toward their areas of origin since the truce (IOM).', 9400],
    ['Some 3,100 displaced people are on the move back to their villages in Tigray.', 3100],
    ['An estimated 2,300 families were heading back to Wad Madani on 14 January, local authorities said.', 2300],
    ['Around 15,000 people were making their way home to Kharkiv despite the shelling.', 15000],
    ['About 4,000 people were moving towards their homes in Khan Younis on Sunday.', 4000],
    ['• 61,200 internally displaced persons (IDPs) on their way back to their cadasters of origin since the ceasefire (IOM)', 61200],
  ])('%s', (text, value) => {
    const got = facts(text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ category: 'returned', value });
  });
});

describe('going elsewhere, or fighters going back, is no return', () => {
  it.each([
    'Some 1,200 residents were heading to Zaporizhzhia city after the strike.',
    '300 soldiers were heading back to their base in Kidal.',
  ])('%s', (text) => {
    expect(facts(text).filter((f) => f.category === 'returned')).toEqual([]);
  });

  it('people fleeing towards a town are displaced, not returning', () => {
    const got = facts('Nearly 5,000 people fled towards Sittwe on Tuesday as fighting spread.');
    expect(got.map((f) => f.category)).toEqual(['displaced']);
  });
});
