/**
 * Two name runs the place finder cut wrongly (issue 9, adm-r48): the area a place lies in after "of" ("the X Zone of
 * Oromia State") was dropped as a name with no locative word, and a country name with a lower-case "of the" ("the
 * Democratic Republic of the Congo") was read as two places, "Democratic Republic" and "Congo". Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../src/places.ts';

const texts = (s: string) => findPlaces(s).map((p) => [p.text, p.feature_hint]);

describe('the admin1 area a place lies in, after "of"', () => {
  it('outlet, Ethiopia: a zone of a regional state', () => {
    expect(texts('At least 20 civilians were killed in the Horo Guduru Wollega Zone of Oromia State on Monday.')).toEqual([
      ['Horo Guduru Wollega Zone', ''],
      ['Oromia', 'province'],
    ]);
  });

  it('wire, Yemen: a district of a governorate', () => {
    expect(texts('Four airstrikes hit Ayn district of Shabwa governorate, killing two farmers.')).toContainEqual(['Shabwa', 'province']);
  });

  it('a name after "of" with no area word is still no place of the sentence', () => {
    expect(texts('The Horo Guduru Wollega Zone of Ethiopian Federal Police said 20 were killed.').map((p) => p[0])).not.toContain('Ethiopian Federal Police');
  });
});

describe('a country name with "of the" is one place', () => {
  it('monitor, DR Congo', () => {
    expect(texts('Clashes in the Democratic Republic of the Congo left 14 civilians dead in Masisi territory.')).toEqual([
      ['Democratic Republic of the Congo', 'country'],
      ['Masisi', 'district'],
    ]);
  });

  it('encyclopedic, Sudan', () => {
    expect(texts('The Republic of the Sudan lost control of Kassala State in 1997.').map((p) => p[0])).not.toContain('Republic');
  });
});
