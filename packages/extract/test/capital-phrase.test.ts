import { describe, expect, it } from 'vitest';
import { findPlaces } from '../src/places.ts';
import { brief, extract } from './helpers.ts';

const placesOf = (text: string) => extract(text).map((f) => brief(f).places);

describe("a country's capital named without its name", () => {
  it('"the <demonym> capital" names the capital of the capitals file (wire, Somalia)', () => {
    expect(placesOf('A car bomb killed nine people at a market in the Somali capital on Saturday, police said.')).toEqual([['Mogadishu']]);
  });

  it('works for other wars and demonyms (Sudan, Mali)', () => {
    expect(placesOf('Shelling killed 12 civilians in the Sudanese capital on Monday, a medics group said.')).toEqual([['Khartoum']]);
    expect(placesOf('The Malian capital was hit by an attack that killed 60 soldiers on Tuesday, the army said.')).toEqual([['Bamako']]);
  });

  it('"<Country>\'s capital (city)" names it too, beside the country (Ukraine, Yemen)', () => {
    expect(placesOf("A drone strike killed three people in Ukraine's capital overnight, the mayor said.")[0]).toContain('Kyiv');
    expect(placesOf("Two people were killed in Yemen's capital city on Sunday, Houthi media said.")[0]).toContain('Sanaa');
  });

  it('leaves a capital followed by its name to the name itself (Afghanistan)', () => {
    const hits = findPlaces('Gunmen killed four people in the Afghan capital Kabul on Friday, police said.');
    expect(hits.map((h) => h.text)).toEqual(['Kabul']);
  });

  it('gives nothing for "capital" after a word that is no demonym or country', () => {
    expect(findPlaces('Investors moved their capital abroad as the fighting spread.')).toEqual([]);
    expect(findPlaces('The Regional capital saw protests on Monday.')).toEqual([]);
  });
});
