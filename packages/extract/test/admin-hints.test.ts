/** Admin1 names of every pack (the world's too) as hints and, with a division word, as places: sentences of several wars. */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../src/index.ts';

const places = (s: string) => findPlaces(s).map((p) => [p.text, p.feature_hint, p.admin_hint]);

describe('admin1 names from the packs, any country', () => {
  it('a situation report: an unknown locality placed "in X province" (DR Congo)', () => {
    expect(places('Fighting in Kashebere, in North Kivu province, displaced 3,000 families.')).toEqual([
      ['Kashebere', '', 'North Kivu'],
      ['North Kivu', 'province', 'North Kivu'],
    ]);
  });

  it('wire copy: a town "in X Oblast" (Ukraine)', () => {
    expect(places('Russian shells hit Pokrovsk in Donetsk Oblast, killing four people.')).toEqual([
      ['Pokrovsk', '', 'Donetsk'],
      ['Donetsk', 'province', 'Donetsk'],
    ]);
  });

  it('an encyclopedic narrative: a village "in X", the governorate named bare (Iraq)', () => {
    expect(places('On 7 November, the Peshmerga retook Bashiqa, in Nineveh, after a week of fighting.')[0]).toEqual(['Bashiqa', '', 'Nineveh']);
  });

  it('"X State" is an admin1 only when X is one (Sudan), never "Islamic State"', () => {
    expect(places('Thousands of people arrived in Kassala State from the south.')).toEqual([['Kassala', 'province', 'Kassala']]);
    expect(places('Islamic State fighters shelled the area overnight.')).toEqual([]);
  });

  it('a bare admin1 name of the world pack is no place on its own, a region pack\'s is', () => {
    expect(places('Donetsk said 12 attacks had been repelled.')).toEqual([]);
    expect(places('Idlib has received 200,000 people since December.').map((p) => p[0])).toEqual(['Idlib']);
  });

  it('a territory (DR Congo admin2) is a district, placed in its province', () => {
    expect(places('M23 fighters advanced into the Kalehe territory in South Kivu province.')[0]).toEqual(['Kalehe', 'district', 'South Kivu']);
  });
});

describe('a direction from an admin1, and a compass word alone, place nothing in it', () => {
  it('an assessment: "in the desert south of X" puts the town outside X (Syria); "in the east of X" inside it', () => {
    expect(places('Rebels pushed towards Ithriya, in the desert south of Aleppo.')[0]).toEqual(['Ithriya', '', '']);
    expect(places('Rebels shelled Kafr Ain, in the east of Hama province.')[0]).toEqual(['Kafr Ain', '', 'Hama']);
  });
  it('a sitrep: a village "north of X Oblast" is not in it (Ukraine)', () => {
    expect(places('Shelling hit Vovchansk, just north of Kharkiv Oblast.')[0]?.[2]).toBe('');
  });
  it('an outlet: "in North and East of X" names no places called North or East (Iraq, DR Congo)', () => {
    expect(places('The Peshmerga took 20 villages in North and East of Mosul.').map((p) => p[0])).toEqual(['Mosul']);
    expect(places('M23 shelled Rutshuru in North Kivu.').map((p) => p[0])).toEqual(['Rutshuru', 'North Kivu']);
  });
});
