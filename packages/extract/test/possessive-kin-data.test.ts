/**
 * data/possessive-kin.csv: a row's count must be a whole number of people; a bad one stops the load with its reason.
 * possessiveKinAt is the one reader of a possessive and its kin noun, which nouns.ts and single-person.ts both ask.
 */
import { expect, it } from 'vitest';
import { kinCount, kinRowCount, possessiveKinAt } from '../src/nouns.ts';

it('reads the counts the data file gives', () => {
  expect([kinCount('parents'), kinCount('Wife'), kinCount('neighbours')]).toEqual([2, 1, 0]);
});

it.each(['', 'two', '0', '1.5', '-2'])('a count of "%s" is an error naming the row', (count) => {
  expect(() => kinRowCount('parents', count)).toThrow(/possessive-kin\.csv: "parents" has count/);
});

it.each([
  ['wire, Sudan', 'RSF gunmen shot two girls and their grandparents in Tawila.', 'their', 'their grandparents', 2],
  ['monitor, Myanmar', 'Troops killed a teacher and His wife near Kalay, a rights group said.', 'His', 'His wife', 1],
  ['outlet, Ethiopia', 'A man and her mother died in the shelling of Bahir Dar, residents said.', 'her', 'her mother', 1],
])('reads the possessive and its kin noun (%s)', (_name, text, possessive, phrase, value) => {
  const at = text.indexOf(possessive);
  expect(possessiveKinAt(text, at)).toEqual({ end: at + phrase.length, value });
});

it.each([
  ['a noun no row names (UN report, Yemen)', 'Airstrikes killed four fishermen and their neighbours off Hodeidah.', 'their'],
  ['no possessive at the place asked (think-tank, Sahel)', 'Jihadists killed a chief and his son near Djibo.', 'chief'],
])('is null for %s', (_name, text, word) => {
  expect(possessiveKinAt(text, text.indexOf(word))).toBeNull();
});
