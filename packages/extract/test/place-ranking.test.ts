/**
 * A monitor's ranking of places by their toll ("X was the worst affected governorate, with ..., followed by Y where
 * ..., and Z with ..."): the ranked names are places, and each figure is the place's that leads it (fresh monitors'
 * tolls, round 17). Sentences written for this file, in several wars; none comes from the fresh texts or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const placed = (s: string) => extract(s).map(brief).map((f) => [f.category, f.value, f.places]);
const placesOf = (s: string) => extract(s).map(brief).map((f) => f.places);

describe('the places of a ranking are found, each with its own figures', () => {
  it('a monthly toll, Syria: worst affected, "followed by", "and X with"', () => {
    expect(placed('Idlib was the worst affected governorate, with 40 civilian casualties (14 killed, 26 injured), ' +
      'followed by Hama where six were killed and nine injured, and Daraa with three deaths.')).toEqual([
      ['killed', 14, ['Idlib']], ['injured', 26, ['Idlib']],
      ['killed', 6, ['Hama']], ['injured', 9, ['Hama']],
      ['killed', 3, ['Daraa']],
    ]);
  });

  it('a weekly update, Ukraine: "the hardest-hit region", "X had N"', () => {
    const f = placed('Kharkiv was the hardest-hit region, with 11 civilians killed, followed by Kherson where 7 were injured, and Sumy had 4 killed.');
    expect(f).toEqual([['killed', 11, ['Kharkiv']], ['injured', 7, ['Kherson']], ['killed', 4, ['Sumy']]]);
  });

  it('a casualty report, Yemen: "X governorate followed with", then "and X had"', () => {
    const f = placed('Taiz governorate followed with 8 killed and 15 injured, and Hodeidah had 2 killed and 5 injured.');
    expect(f).toEqual([
      ['killed', 8, ['Taiz']], ['injured', 15, ['Taiz']],
      ['killed', 2, ['Hodeidah']], ['injured', 5, ['Hodeidah']],
    ]);
  });

  it('a humanitarian update, Sudan: the ranked subject alone', () => {
    const f = placed('According to the monitor, Omdurman was the most affected city, with 19 people killed.');
    expect(f).toEqual([['killed', 19, ['Omdurman']]]);
  });
});

describe('the places ranked after the last figure, with none of their own, are not its places', () => {
  it('a monthly toll, Syria: "followed by A, B and C" after the bracket', () => {
    const s = 'Aleppo was the worst affected governorate in May with 70 civilian casualties (25 killed and 45 injured), followed by Idlib, Hama and Latakia.';
    expect(placesOf(s)).toEqual([['Aleppo'], ['Aleppo']]);
  });

  it('a casualty release, Iraq: "followed by A and B" after one figure', () => {
    expect(placesOf('Diyala was the hardest hit province, with 33 killed, followed by Kirkuk and Salahuddin.')).toEqual([['Diyala']]);
  });
});

describe('places that do not each lead their own figures stay shared', () => {
  it('wire copy, Myanmar: a place after the figures ("12 killed in A and 3 in B") keeps its own rule', () => {
    expect(placesOf('Junta air strikes killed 12 villagers in Sagaing and 3 in Magway, residents said.')).toEqual([['Sagaing'], ['Magway']]);
  });

  it('outlet, Gaza: two places before one figure are not a ranking', () => {
    const f = placesOf('Israeli strikes on Rafah and Khan Younis killed 17 people and wounded 40 on Tuesday.');
    expect(f.length).toBeGreaterThan(0);
    for (const places of f) expect(places).toEqual(['Rafah', 'Khan Younis']);
  });

  it('wire copy, DR Congo: "followed by" outside a ranking names no place', () => {
    const f = placesOf('Rebels attacked the village, followed by Jean Bosco, killing 9 civilians in Beni territory.');
    expect(f.flat()).not.toContain('Jean Bosco');
  });
});
