/**
 * A toll broken down in a relative partitive of its own sentence, met in a fresh encyclopedic page (a siege of Deir
 * ez-Zor) and tested on sentences written for it in several wars and genres: "..., of whom 12 were children", "...,
 * of which 30 were soldiers and 8 civilians". Each part keeps the toll's category and takes the group it names.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const parts = (text: string) => extract(text).filter((f) => f.kind === 'casualty').map((f) => [f.category, f.group, f.quantity?.value]);

describe('a relative partitive breaks down the toll before it', () => {
  it.each([
    ['encyclopedic, Yemen', 'The coalition reported 64 deaths in the raid on Sirwah, of which 41 were Houthi fighters and 23 civilians.',
      [['killed', 'people', 64], ['killed', 'opposition_fighters', 41], ['killed', 'civilians', 23]]],
    ['outlet, Ethiopia', 'Doctors in Mekelle reported 58 injuries, of whom 19 were children and 7 women.',
      [['injured', 'people', 58], ['injured', 'children', 19], ['injured', 'women', 7]]],
    ['monitor, DR Congo', 'The Kivu Security Tracker documented 37 deaths near Beni, among them 12 women.',
      [['killed', 'people', 37], ['killed', 'women', 12]]],
  ])('%s', (_genre, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it.each([
    ['sitrep, Sudan', 'Attacks on Tawila killed 31 people, of whom 7 were children.', [['killed', 'people', 31], ['killed', 'children', 7]]],
    ['wire, Yemen', 'Clashes near Marib on Sunday wounded 26 people, among whom 9 were women, a medical source said.', [['injured', 'people', 26], ['injured', 'women', 9]]],
  ])("after a verb's toll, the copula names the part (%s)", (_genre, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it.each([
    ['wire, Mali', 'The attack in Mopti on Sunday killed six people, four of whom were from the same family.', [['killed', 'people', 6]]],
    ['outlet, Yemen', 'The airstrike on Saada killed nine people, five of them from one family.', [['killed', 'people', 9]]],
    ['sitrep, Iraq', 'A car bomb in Kirkuk killed 13 people, three of whom were in a single household, police said.', [['killed', 'people', 13]]],
    ['outlet, Ukraine', 'Shelling wounded 12 people in Kherson, three of them seriously.', [['injured', 'people', 12]]],
  ])('a part that says only what its members share restates the toll (%s)', (_genre, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it.each([
    ['monitor, Gaza', 'Strikes on Khan Younis killed 17 people, including four children.', [['killed', 'people', 17], ['killed', 'children', 4]]],
    ['monitor, Ethiopia', 'Clashes in Tigray left 20 dead, eight of whom were soldiers.', [['killed', 'people', 20], ['killed', 'government_forces', 8]]],
  ])('a real subgroup stays a part (%s)', (_genre, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it('a partitive of no toll gives no part', () => {
    expect(parts('Shelling hit 40 houses in Marib, of which 12 were destroyed.')).toEqual([]);
  });
});
