/**
 * Wire style writes a country's or body's initialism with its periods before the counted noun ("Two U.S. soldiers",
 * "five U.N. peacekeepers"): one modifier word, not the end of the noun phrase. Sentences written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const tolls = (s: string) => extract(s).map(brief).map((b) => [b.category, b.value]);

describe('an initialism with periods between a count and its noun', () => {
  it.each([
    ['wire, Iraq', 'Two U.S. service members were killed when a roadside bomb hit their convoy near Tikrit.', [['killed', 2]]],
    ['wire, Mali', 'Five U.N. peacekeepers were killed in an ambush near Kidal, the mission said.', [['killed', 5]]],
    ['wire, Afghanistan', 'One U.S. soldier was killed and eight others were wounded in the attack.', [['killed', 1], ['injured', 8]]],
    ['wire, Somalia', 'The blast wounded three U.K. contractors at the airport in Mogadishu, police said.', [['injured', 3]]],
  ])('%s', (_genre, s, expected) => expect(tolls(s)).toEqual(expected));

  it('a sentence ending in an initialism is still one toll (wire, Syria)', () => {
    expect(tolls('Four soldiers were killed in a drone strike, according to the U.S.')).toEqual([['killed', 4]]);
  });
});
