/**
 * "seized another X on Tuesday, the sixth in less than a week": an ordinal set off after a capture of one more place is
 * the running count of places taken, dated by the day the one place fell (sentences written for the rule: an
 * Afghan wire, a Sahel outlet, a Ukrainian assessment, a Somali sitrep).
 */
import { describe, expect, it } from 'vitest';
import { ordinalNumber } from '../src/numbers.ts';
import { brief, extract } from './helpers.ts';

const captures = (text: string) => extract(text).map(brief).filter((f) => f.category === 'captured');

describe('a running tally after one more place taken', () => {
  it.each([
    ['wire, Afghanistan', 'The Taliban seized another provincial capital on Tuesday, the sixth in less than a week, officials said.', 6, 'on Tuesday'],
    ['outlet, Sahel', 'JNIM fighters overran another town in the Centre-Nord region on Sunday — the fourth this month.', 4, 'on Sunday'],
    ['assessment, Ukraine', 'Russian forces captured one more village near Pokrovsk on 12 November, the 11th since the start of the month.', 11, 'on 12 November'],
    ['sitrep, Somalia', 'Al-Shabaab took another district on Monday, the 3rd to fall since January.', 3, 'on Monday'],
  ])('%s', (_genre, text, value, time) => {
    expect(captures(text)).toEqual([expect.objectContaining({ value, unit: 'places', cumulative: true, time })]);
  });

  it.each([
    ['a superlative', 'The rebels took another town on Friday, the second largest in the province.'],
    ['a first time', 'Government troops retook another town on Monday, the first time they have advanced in months.'],
    ['a day of the offensive', 'The army seized another village, the third day of its push on the city.'],
  ])('leaves one place when the ordinal is %s', (_what, text) => {
    expect(captures(text)).toEqual([expect.objectContaining({ value: 1, unit: 'places', cumulative: false })]);
  });
});

describe('ordinalNumber', () => {
  it.each([['first', 1], ['second', 2], ['seventh', 7], ['twelfth', 12], ['nineteenth', 19], ['twentieth', 20], ['21st', 21], ['3rd', 3]] as const)(
    '%s is %d',
    (word, value) => expect(ordinalNumber(word)).toBe(value),
  );
  it.each(['largest', 'month', 'the'])('%s is no ordinal', (word) => expect(ordinalNumber(word)).toBeNull());
});
