/**
 * "another dozen", "a further dozen": a dozen after a word of addition is the number twelve, as "a dozen" and "two
 * dozen" are in the number grammar (numbers.ts); "dozens" stays a vague word. Sentences written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../src/numbers.ts';
import { extract } from './helpers.ts';

describe('a dozen after "another" or "further" is twelve', () => {
  it.each([
    ['another dozen were wounded', 12],
    ['a further dozen houses', 12],
    ['another two dozen', 24],
    ['dozens more', null],
  ])('%s', (text, value) => {
    expect(findQuantities(text)[0]?.value ?? null).toBe(value);
  });
  it.each([
    ['encyclopedic, Syria', 'At least 30 ISIL militants were killed and another dozen were wounded in the clashes near Raqqa.', [['killed', 30], ['injured', 12]]],
    ['wire, Mali', 'Nine soldiers were killed and another dozen wounded when militants attacked the camp near Boni, the army said.', [['killed', 9], ['injured', 12]]],
    ['situation report, Sudan', 'Four civilians were killed on 3 May in El Fasher; a further dozen were injured.', [['killed', 4], ['injured', 12]]],
  ])('%s: %s', (_genre, text, expected) => {
    expect(extract(text).filter((f) => f.kind === 'casualty').map((f) => [f.category, f.quantity?.value])).toEqual(expected);
  });
});
