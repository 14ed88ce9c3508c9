/** data/possessive-kin.csv: a row's count must be a whole number of people; a bad one stops the load with its reason. */
import { expect, it } from 'vitest';
import { kinCount, kinRowCount } from '../src/nouns.ts';

it('reads the counts the data file gives', () => {
  expect([kinCount('parents'), kinCount('Wife'), kinCount('neighbours')]).toEqual([2, 1, 0]);
});

it.each(['', 'two', '0', '1.5', '-2'])('a count of "%s" is an error naming the row', (count) => {
  expect(() => kinRowCount('parents', count)).toThrow(/possessive-kin\.csv: "parents" has count/);
});
