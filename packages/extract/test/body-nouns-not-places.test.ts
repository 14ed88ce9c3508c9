/**
 * Capitalised words that are no places (issue 9, adm-r47): an acronym in the plural ("IDPs", "NGOs") counts people or
 * bodies, and a body's noun standing alone ("the Office", "the UN Mission in South Sudan", "the Protection of Civilians
 * site", "the Line of Control": data/body-nouns.csv) names no place. Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../src/index.ts';

const names = (s: string) => findPlaces(s).map((p) => p.text);

describe('an acronym in the plural is no place', () => {
  it('sitrep (DRC): "attacks on IDPs at X", "near IDPs sites in X"', () => {
    expect(names('Attacks on IDPs at Drodro killed six people on Monday.')).toEqual(['Drodro']);
    expect(names('Clashes near IDPs sites in Djugu displaced 2,000 people.')).toEqual(['Djugu']);
  });

  it('wire (DRC): "gunmen attacked IDPs in X": the verb has its object, so the word before it is no place', () => {
    expect(names('Gunmen attacked IDPs in Kalehe, killing four.')).toEqual(['Kalehe']);
  });

  it('monitor (Mali): "the attack on NGOs in X"', () => {
    expect(names('The attack on NGOs in Menaka killed two aid workers.')).toEqual(['Menaka']);
  });

  it('an admin1 abbreviation of the packs stays a place ("FATA")', () => {
    expect(names('Drone strikes hit FATA on Tuesday, killing six.')).toEqual(['FATA']);
  });
});

describe("a body's noun alone is no place", () => {
  it('sitrep (South Sudan): "moved to the UN Mission in South Sudan site"', () => {
    expect(names('Some 5,000 people moved to the UN Mission in South Sudan site in Wau.')).toEqual(['South Sudan', 'Wau']);
  });

  it('outlet (South Sudan): "the Protection of Civilians site in X"', () => {
    expect(names('About 18,000 people sheltered at the Protection of Civilians site in Bentiu.')).toEqual(['Bentiu']);
  });

  it('wire (DRC): "reported to the Office in X"', () => {
    expect(names('It was reported to the Office in Bunia that 12 displaced people were killed.')).toEqual(['Bunia']);
  });

  it('thinktank (Kashmir): "across the Line of Control"', () => {
    expect(names('Shelling across the Line of Control killed four civilians in Poonch.')).toEqual(['Poonch']);
  });

  it('a place whose name opens with such a word stays whole', () => {
    expect(names('Rebels took Mission Hills on Friday.')).toEqual(['Mission Hills']);
  });
});
