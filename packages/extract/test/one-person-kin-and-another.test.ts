/**
 * Persons given without a number: "a member of X" is one of X's people (member, person-nouns.csv '?'); a son,
 * daughter, brother or sister after a possessive and "and" is one more person (possessive-kin.csv); "another was
 * wounded" after one person counted by an article ("A soldier was killed while another was wounded") is one more of
 * them, as it was after a figure. Sentences written for the rules, in several genres, with near misses.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief).map((f) => `${f.category} ${f.value} ${f.group}`);

describe('one person without a number', () => {
  it.each([
    ['monitor, Syria', 'A member of the SDF was shot dead by gunmen near Hajin on Tuesday.', ['killed 1 opposition_fighters']],
    ['wire, Lebanon', 'A member of Hezbollah was killed in an Israeli strike on a car near Bint Jbeil.', ['killed 1 government_forces']],
    ['outlet, Gaza', 'A boy was killed and his sister was wounded when the shell hit their tent in Mawasi.', ['killed 1 children', 'injured 1 people']],
    ['situation report, Mali', 'A soldier was killed while another was wounded when the convoy hit a mine near Boni.', ['killed 1 government_forces', 'injured 1 government_forces']],
    ['monitor, West Bank', 'A civilian was shot dead in Tubas and another was injured, the ministry said.', ['killed 1 civilians', 'injured 1 civilians']],
  ])('%s', (_genre, text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it.each([
    ['a member as a speaker (outlet, Iraq)', 'A member of the provincial council said the road to Sinjar was closed.'],
    ['another thing, not a person (wire, Ukraine)', 'A drone hit the depot in Odesa and another was shot down.'],
    ['kin as a speaker (wire, Sudan)', 'His brother said the family fled El Geneina in June.'],
  ])('%s', (_name, text) => {
    expect(facts(text)).toEqual([]);
  });
});

describe('an age typed with a space before "year-old"', () => {
  it.each([
    ['monitor, Syria', 'A 13 year-old girl was killed by an old mine near Tal Rifaat on Friday.', ['killed 1 children']],
    ['outlet, Yemen', 'A 40 year-old man was shot dead at a checkpoint in Taiz.', ['killed 1 people']],
  ])('%s', (_genre, text, expected) => {
    expect(facts(text)).toEqual(expected);
  });
});
