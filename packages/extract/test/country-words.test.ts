/**
 * Countries and their peoples' adjectives come from the packs' countries files, not a list of the region the rules
 * were first written for: "Yemeni", "Sudanese", "Congolese" are adjectives, never places; a country named with a
 * locative word is a place, and a country with none is a party ("Azerbaijan captured ..."). Sentences written for
 * this file, in several wars.
 */
import { describe, expect, it } from 'vitest';
import { COUNTRIES, findPlaces } from '../src/places.ts';

const places = (s: string) => findPlaces(s).map((p) => [p.text, p.feature_hint]);

describe('country names and demonyms from the packs', () => {
  it('knows countries beyond the Levant, by their names and English names', () => {
    for (const name of ['Sudan', 'Yemen', 'Myanmar', 'Burma', 'DR Congo', 'Azerbaijan', 'Turkey', 'Türkiye']) expect(COUNTRIES).toContain(name);
  });

  it.each([
    ['Yemen', 'Clashes erupted in Yemeni territory near Shabwa.', [['Shabwa', '']]],
    ['Mali', 'The strikes killed 12 in Malian villages around Mopti.', [['Mopti', '']]],
    ['Ukraine', 'Russian drones hit Ukrainian positions near Bakhmut.', [['Bakhmut', '']]],
    ['Sahel', 'Malians fleeing the fighting crossed into Mauritania near Fassala.', [['Mauritania', 'country'], ['Fassala', '']]],
  ])('a demonym is never a place (%s)', (_war, s, want) => {
    expect(places(s)).toEqual(want);
  });

  it.each([
    ['Nagorno-Karabakh', 'Azerbaijan captured the town of Shusha on Sunday.', [['Shusha', 'town']]],
    ['Syria', 'Turkey seized the town of Tal Abyad, its defence ministry said.', [['Tal Abyad', 'town']]],
  ])('a country with no locative word is the party, not the place (%s)', (_war, s, want) => {
    expect(places(s)).toEqual(want);
  });

  it('a country after a locative word is a place (Sahel, Horn of Africa)', () => {
    expect(places('Fighting displaced 3,000 people in Burkina Faso and Djibouti.')).toEqual([['Burkina Faso', 'country'], ['Djibouti', 'country']]);
    expect(places('Some 12,000 refugees arrived in Turkey in March.')).toEqual([['Turkey', 'country']]);
  });
});
