/**
 * Police, army and court statements write a figure in words and repeat it in digits in brackets: "Twenty-six (26)
 * people were killed", "killing fifteen (15) villagers". The two are one figure and its noun is the one after the
 * brackets, at the head of a sentence as inside it. Digits that say another number are no echo. Sentences written
 * for the rule, in several genres and wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map((f) => [f.category, brief(f).group, brief(f).value]);

describe('a figure in words with its digits in brackets', () => {
  it.each([
    { genre: 'police statement, Nigeria', s: 'Eleven (11) villagers were killed when bandits attacked Maradun on Sunday, the command said.', want: ['killed', 'civilians', 11] },
    { genre: 'army statement, Cameroon', s: 'Four (4) soldiers were wounded in the ambush near Mamfe, the army said.', want: ['injured', 'government_forces', 4] },
    { genre: 'outlet, Mozambique', s: 'The insurgents attacked the village of Mucojo, killing nine (9) civilians, police said.', want: ['killed', 'civilians', 9] },
    { genre: 'court record, Sudan', s: 'Twenty-three (23) civilians died in the shelling of the market in Omdurman, the report said.', want: ['killed', 'civilians', 23] },
    { genre: 'statement, Burkina Faso', s: 'About two hundred (200) families fled Djibo after the attack, the governor said.', want: ['displaced', '', 200] },
  ])('$genre: $s', ({ s, want }) => expect(facts(s)).toContainEqual(want));

  it('reads each of two echoed figures once', () => {
    const found = facts('The gunmen stormed the village, killing fifteen (15) people and injuring two (2) others, police said.');
    expect(found).toEqual([['killed', 'people', 15], ['injured', 'people', 2]]);
  });

  it('keeps digits that say another number apart (a breakdown, not an echo)', () => {
    const found = extract('Five (3 women and 2 men) civilians were killed in the strike on Saada.').map((f) => brief(f).phrase);
    expect(found.some((p) => /\(/.test(p))).toBe(false);
  });
});
