/**
 * A coordinated member whose number is not known ("13 soldiers and an unknown number of rebels were killed") has no
 * figure to be a fact, but the verb after it is still the counted member's. Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief).map((f) => [f.category, f.group, f.value]);

describe('a member with an unknown number does not hide the counted member', () => {
  it.each([
    ['encyclopedic, Syria', 'Eleven soldiers and an unknown number of rebels were killed in the fighting for the hill.', [['killed', 'government_forces', 11]]],
    ['wire, Sahel', 'At least 21 civilians and an undetermined number of militants died in the raid on Kalgo.', [['killed', 'civilians', 21]]],
    ['outlet, DR Congo', 'Four policemen and an unspecified number of attackers were wounded near Beni.', [['injured', 'government_forces', 4]]],
  ])('%s', (_genre, s, want) => {
    expect(facts(s)).toEqual(want);
  });

  it('an unknown number alone is still no fact', () => {
    expect(facts('An unknown number of rebels were killed in the clashes.')).toEqual([]);
  });
});
