/**
 * A figure whose group is named before it, off the verb: "Civilians, numbering 300, made up most of those killed" (a
 * group's count in apposition, then a verb of share over a toll, apposed-share.ts), and "Among 410 people killed, 95
 * are civilians" (a toll named with no determiner before the part after a copula, copulaPart in frame-finder.ts).
 * Sentences written for the rules, in several genres, with near misses.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief).map((f) => `${f.category} ${f.value} ${f.group}`);

describe('a group named before its figure', () => {
  it.each([
    ['assessment, Ukraine', 'Civilians, numbering about 600, made up most of those killed in the shelling of Avdiivka that winter.', ['killed 600 civilians']],
    ['monitor, Sudan', 'The attack on the camp killed 140 people; children, at 52, accounted for the largest share of the dead.', ['killed 140 people', 'killed 52 children']],
    ['situation report, Myanmar', 'Women, numbering 31, made up half of the injured, according to the township clinic.', ['injured 31 women']],
    ['outlet, Kashmir', 'Among 312 people killed this year, 88 are civilians, the rights group said.', ['killed 312 people', 'killed 88 civilians']],
  ])('%s', (_genre, text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it('a population in apposition is no toll (encyclopedic, Syria)', () => {
    expect(facts('Residents, numbering 4,000, made up most of the town before the siege.')).toEqual([]);
  });

  it('a group of no kind is no part (wire, Mali)', () => {
    expect(facts('People, numbering 70, made up most of those killed in the raid.')).toEqual([]);
  });
});
