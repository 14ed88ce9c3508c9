/**
 * Displaced people who are staying in a shelter are a stock, not a movement (round sr2, the sitrep probes): the
 * adjective "displaced" says who they are, the verb and its shelter (data/shelter-nouns.csv) where they are now.
 * People who stay in a shelter are a stock of the displaced without that word (issue 9, round nl1). Sentences
 * written for the rule in several genres and wars; none from the seeds or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value]);

describe('"N displaced people are staying in shelters" is a stock', () => {
  it.each([
    ['flash update, Lebanon', 'Some 190,000 displaced people are staying in 1,020 collective shelters.', 190000],
    ['sitrep, Somalia', 'More than 12,000 displaced people are living in IDP camps around Baidoa.', 12000],
    ['snapshot, Mozambique', 'An estimated 6,500 displaced families are sheltering in collective centres in Pemba.', 6500],
    ['news, Ukraine', 'About 2,400 displaced people remain in collective centres in Zaporizhzhia, the regional administration said.', 2400],
  ])('%s: %s', (_genre, s, value) => {
    expect(facts(s)).toEqual([['idps_stock', value]]);
  });

  it('a movement stays a movement: people fleeing to shelters, or staying with relatives after fleeing', () => {
    expect(facts('Over 9,000 displaced people fled to shelters in Sidon on Monday.')).toEqual([['displaced', 9000]]);
    expect(facts('Some 4,000 people were displaced from Vovchansk and are staying in shelters in Kharkiv.')).toEqual([['displaced', 4000]]);
    expect(facts('Fighting displaced 3,000 people, who are staying in IDP camps near Kaya.')).toEqual([['displaced', 3000]]);
  });

  it.each([
    ['sitrep, Syria', 'About 20,000 people are living in IDP camps near Sarmada, according to camp managers.', 20000],
    ['news, Ukraine', 'Around 3,500 households are staying in collective centers in Kharkiv, the regional administration said.', 3500],
    ['flash update, Sudan', 'Some 14,000 people remain in displacement sites around Kassala.', 14000],
  ])('without the word "displaced", %s: %s', (_genre, s, value) => {
    expect(facts(s)).toEqual([['idps_stock', value]]);
  });

  it('no stock: people who were in a shelter when it was hit, fighters in camps, people living in a town', () => {
    expect(facts('Some 40 people were staying in the shelter when it was struck.')).toEqual([]);
    expect(facts('About 300 fighters are living in camps near Raqqa.')).toEqual([]);
    expect(facts('About 20,000 people live in Kharkiv.')).toEqual([]);
  });
});
