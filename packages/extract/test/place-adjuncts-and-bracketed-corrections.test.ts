/**
 * Two constructions of spoken and regional reporting: a place's noun in the singular qualifying a noun of persons
 * ("22 village administrators", "five district and kebele officials"), and an editor's corrected figure in square
 * brackets after the first ("1,400 [1,432] injured").
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const counted = (text: string) => extract(text).map(brief).map((f) => ({ category: f.category, value: f.value, unit: f.unit, places: f.places }));

describe('a singular place noun before a noun of persons qualifies it', () => {
  it.each([
    ['Twenty-two village administrators were killed on 3 May 2024, residents said.', 22], // outlet, DRC
    ['Fourteen district and kebele officials were killed in the town last week, a resident said.', 14], // outlet, Ethiopia
    ['At least 40 camp residents were wounded in the strike on Tuesday.', 40], // wire, Sudan
    ['Eleven town councillors in Kherson oblast were killed by shelling, the regional governor said.', 11], // sitrep, Ukraine
  ])('%s', (text, value) => {
    const people = counted(text).filter((f) => f.unit === 'persons');
    expect(people.map((f) => f.value)).toEqual([value]);
  });

  it('a spelled figure before the place noun is no place name', () => {
    const facts = extract('Eighteen village chiefs were killed near Gao, local sources said.').map(brief);
    expect(facts.map((f) => [f.value, f.places])).toEqual([[18, ['Gao']]]);
  });

  it('the plural, and one place, are still places counted', () => {
    expect(counted('The army took another five villages on Sunday.')).toMatchObject([{ category: 'captured', unit: 'places', value: 5 }]);
    expect(counted('The rebels seized one village near the river on Friday.')).toMatchObject([{ category: 'captured', unit: 'places', value: 1 }]);
  });
});

describe('a bracketed figure after a figure corrects it', () => {
  it('the correction is the count, the phrase keeps both figures', () => {
    const facts = extract('Across the country, at least 2,310 people have been killed, 1,400 [1,432] injured this year.').map(brief);
    expect(facts.map((f) => [f.category, f.value, f.phrase])).toEqual([
      ['killed', 2310, 'at least 2,310'],
      ['injured', 1432, '1,400 [1,432]'],
    ]);
  });

  it('before the noun, in a monitor and a wire sentence', () => {
    expect(extract('The monitor said 96 [97] civilians were wounded in Idlib in March.').map(brief)).toMatchObject([{ category: 'injured', value: 97 }]);
    expect(extract('Officials said 310 [312] people had been killed in the floods and fighting.').map(brief)).toMatchObject([{ category: 'killed', value: 312 }]);
  });

  it('a reference mark after a figure is no correction', () => {
    expect(extract('In the attack 15[3] civilians were killed.').map(brief)).toMatchObject([{ category: 'killed', value: 15 }]);
  });
});
