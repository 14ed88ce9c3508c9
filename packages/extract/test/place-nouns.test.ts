/**
 * Nouns of places that change hands (data/place-nouns.csv): every row's example is a capture of that many places, and
 * every singular example ("another village", "another Afghan provincial capital") a capture of one place, and
 * a list joining two counted nouns gives a fact for each member, also when the later member opens with "more than"
 * (sentences written for the rule: an outlet in Myanmar, a Sahel assessment, a Somali wire, a Syrian monitor).
 */
import { describe, expect, it } from 'vitest';
import { parseRegistry } from '@frontline/schema';
import { readDataFile } from '../src/data.ts';
import { brief, extract } from './helpers.ts';

describe('place nouns table', () => {
  const rows = parseRegistry(readDataFile('place-nouns.csv'), 'place-nouns.csv', ['noun', 'kind', 'example']);
  for (const r of rows) {
    it(`${r.noun}: ${r.example}`, () => {
      const facts = extract(r.example!).map(brief);
      expect(facts, r.example).toEqual([expect.objectContaining({ category: 'captured', unit: 'places' })]);
    });
    // "another village", "one more district": a capture of one unnamed place of the row's kind.
    if (r.singular_example) {
      it(`${r.singular}: ${r.singular_example}`, () => {
        const facts = extract(r.singular_example!).map(brief);
        expect(facts, r.singular_example).toEqual([expect.objectContaining({ category: 'captured', unit: 'places', value: 1 })]);
      });
    }
  }
});

describe('coordinated counts of places and persons', () => {
  const values = (text: string, category: string) => extract(text).map(brief).filter((f) => f.category === category).map((f) => [f.value, f.unit]);

  it.each([
    ['outlet, Myanmar', 'The resistance has captured at least four towns and 52 junta bases in Sagaing Region since October.', [[4, 'places'], [52, 'places']]],
    ['assessment, Sahel', 'Eleven villages and more than 30 army posts have been seized by JNIM fighters in the Boucle du Mouhoun region.', [[11, 'places'], [30, 'places']]],
    ['wire, Somalia', 'Government troops retook two districts and 14 al-Shabaab strongholds in Hiraan on Tuesday, officials said.', [[2, 'places'], [14, 'places']]],
  ])('captures: %s', (_where, text, expected) => {
    expect(values(text, 'captured')).toEqual(expected);
  });

  it.each([
    ['monitor, Syria', 'Nine civilians and more than 20 regime soldiers have been killed in the countryside of Hama since Friday.', [[9, 'persons'], [20, 'persons']]],
    ['wire, Sudan', 'Seven civilians and over 15 RSF fighters were killed in the clashes in El Fasher, medics said.', [[7, 'persons'], [15, 'persons']]],
  ])('deaths: %s', (_where, text, expected) => {
    expect(values(text, 'killed')).toEqual(expected);
  });

  it('keeps "N more" a noun phrase of its own after "and" when no figure follows', () => {
    expect(values('Six civilians were killed in Kharkiv on Monday and 3 more on Tuesday.', 'killed')).toEqual([[6, 'persons'], [3, 'persons']]);
  });
});
