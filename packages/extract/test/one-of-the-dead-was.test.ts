/**
 * "One of the dead was a policeman killed in the shelling" (single-person.ts `PARTITIVE_SUBJECT`): the article names
 * who one of a toll already counted was, no one more. Sentences written for the rule, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief).map((f) => [f.category, f.value]);

describe('the predicate of "one of the dead was"', () => {
  it.each([
    ['wire, Ukraine', 'Three people were killed in Sumy overnight. One of the dead was a firefighter killed in a second strike, the governor said.', [['killed', 3]]],
    ['outlet, Sudan', 'Gunmen killed four villagers near Nyala. One of the victims was a teacher shot dead at his school.', [['killed', 4]]],
    ['monitor, Myanmar', 'Nine civilians were wounded in the air raid. One of the wounded is a monk injured in the monastery.', [['injured', 9]]],
  ])('%s', (_genre, text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it('one person with an article is still a toll of one (wire, Mali)', () => {
    expect(facts('A policeman was killed in an ambush near Gao on Monday.')).toEqual([['killed', 1]]);
  });
});
