/**
 * A breakdown by place with each part's figure in brackets after the place, the bracket naming the whole's unit
 * ("(744 HHs)"), a feature word perhaps between the name and the bracket ("Marib city (201 HHs)"), opened by
 * "including" or by where most went ("mainly to", "mostly in"). One fact per place, sharing the whole's predicate and
 * date. A bracket in another unit, or counting something else, is no part. Sentences written for the rule (IOM,
 * OCHA, UNHCR, CCCM; Yemen, DR Congo, Sudan, Ukraine, Syria); none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief);
const parts = (s: string) => facts(s).map((f) => [f.value, f.unit, f.places, f.time]);

describe('parts by place in brackets that name their unit', () => {
  it('"mainly to" a list of destinations, households (IOM, Yemen)', () => {
    const text = 'Since 2 March, some 860 households fled Raghwan, mainly to Al Jubah (510 HHs), Harib city (230 HHs) and Medghal (120 HHs).';
    expect(parts(text).filter(([value]) => value !== 860)).toEqual([
      [510, 'households', ['Al Jubah'], 'Since 2 March'],
      [230, 'households', ['Harib'], 'Since 2 March'],
      [120, 'households', ['Medghal'], 'Since 2 March'],
    ]);
  });

  it('"including" with a feature word before the bracket, persons (OCHA, DR Congo)', () => {
    const text = 'In the week to 14 June, 31,000 people were displaced in Masisi territory, including Sake town (12,400 people) and Kitshanga (8,100 people).';
    const found = parts(text).map(([value, , places]) => [value, places]);
    expect(found).toContainEqual([12_400, ['Sake']]);
    expect(found).toContainEqual([8100, ['Kitshanga']]);
  });

  it('"mostly in" families, the whole dated by its own sentence (UNHCR, Sudan)', () => {
    const text = 'On 20 May, 2,300 families arrived in Kosti, mostly in Al Shajara camp (1,400 families) and Kosti town (600 families).';
    const found = parts(text).filter(([value]) => value !== 2300);
    expect(found.map(([value, unit, , time]) => [value, unit, time])).toEqual([[1400, 'families', 'On 20 May'], [600, 'families', 'On 20 May']]);
  });

  it('a bracket in another unit than the whole is no part (CCCM, Syria)', () => {
    const text = 'Some 9,000 people fled Atareb, mostly to Dana (2,100 households) and Sarmada (900 households).';
    expect(facts(text).map((f) => f.value)).toEqual([9000]);
  });

  it('a bracket counting something else is no part (OCHA, Ukraine)', () => {
    const text = 'Shelling displaced 4,000 people, mainly in Kupiansk (12 schools damaged) and Vovchansk (9 schools damaged).';
    expect(facts(text).map((f) => f.value)).toEqual([4000]);
  });
});
