/**
 * "employees" is a noun of persons (data/person-nouns.csv): "Three female and five male employees of the ministry were
 * killed" counts its members even where a complement follows the noun and no lone plural closes the phrase. Sentences
 * written for the rule, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief).map((f) => [f.category, f.value]);

describe('employees counted as persons', () => {
  it.each([
    ['wire, Gaza', 'Three female and five male employees of the ministry were killed in the shelling of Deir al-Balah.', [['killed', 3], ['killed', 5]]],
    ['outlet, Yemen', 'Three employees of the water board were killed when a shell hit the pumping station in Taiz.', [['killed', 3]]],
    ['situation report, Ukraine', 'An employee of the power company was wounded by shrapnel in Zaporizhzhia on Sunday.', [['injured', 1]]],
  ])('%s', (_genre, text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it('a workforce is no toll (assessment, Iraq)', () => {
    expect(facts('The company has 400 employees in Mosul.')).toEqual([]);
  });
});
