/**
 * A capture whose object names the place after a noun of its rank, the noun qualified by a country's demonym or a
 * lower-case word: "took the Afghan capital Kabul", "seized the state capital X", "captured the Ukrainian town X".
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const captures = (text: string) =>
  extract(text).filter((f) => f.kind === 'territory').map((f) => ({ category: f.category, places: f.place_mentions.map((p) => p.text) }));

describe('a capital or a town named after its noun is the object taken', () => {
  it('a capital, bare or qualified by a demonym (Afghanistan, Sudan, Ethiopia)', () => {
    expect(captures('On 15 August the insurgents captured the Afghan capital Kabul.')).toEqual([{ category: 'captured', places: ['Kabul'] }]);
    expect(captures('Paramilitary fighters seized the Sudanese state capital Wad Madani in December.')).toEqual([
      { category: 'captured', places: ['Wad Madani'] },
    ]);
    expect(captures('Federal troops entered the regional capital Mekelle after days of shelling.')).toEqual([
      { category: 'entered', places: ['Mekelle'] },
    ]);
    expect(captures('The rebels took the capital Kabul without a fight.')).toEqual([{ category: 'captured', places: ['Kabul'] }]);
  });

  it('a town or a city qualified by a demonym (Ukraine, Syria)', () => {
    expect(captures('Russian troops captured the Ukrainian town Soledar.')).toEqual([{ category: 'captured', places: ['Soledar'] }]);
    expect(captures('Kurdish-led fighters recaptured the Syrian city Manbij.')).toEqual([{ category: 'captured', places: ['Manbij'] }]);
  });

  it('a demonym before people or forces is no place taken (Afghanistan, Mali)', () => {
    expect(captures('The militants captured Afghan soldiers in an ambush.')).toEqual([]);
    expect(captures('Jihadists attacked the Malian army camp outside the town.').every((c) => !c.places.includes('Malian'))).toBe(true);
  });
});
