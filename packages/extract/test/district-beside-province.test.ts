/**
 * "Kohistan district, Faryab province": a district set beside its province by a comma, the province with its own
 * division word, is in that province; the province is the district's admin hint as "in X province" would be. So is
 * a village or town set beside its area ("the village of X, Kherson region,") when a comma, stop or bracket closes it.
 * Sentences written for the rule, in several outlets' shapes and wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const hintOf = (s: string, place: string) =>
  extract(s).flatMap((f) => f.place_mentions).find((p) => p.text === place)?.admin_hint;

describe('a district, village or town beside its province', () => {
  it.each([
    ['Afghan agency', 'Two policemen were killed by Taliban in Kohistan district, Faryab province, on Monday.', 'Kohistan', 'Faryab'],
    ['Nigerian daily', 'Gunmen killed seven farmers in Bassa Local Government Area, Kogi State, police said.', 'Bassa', 'Kogi'],
    ['Afghan TV', 'Three civilians were wounded when a mortar hit a house in Shindand district, Herat province.', 'Shindand', 'Herat'],
    ['Somali site', 'Al-Shabaab fighters killed four soldiers in Jalalaqsi district, Hiiraan region, officials said.', 'Jalalaqsi', 'Hiiraan'],
    // A village or town beside its area, with no district word.
    ['Ukrainian wire', 'A tractor driver was killed on Tuesday in the village of Novovorontsovka, Kherson region, the governor said.', 'Novovorontsovka', 'Kherson'],
    ['Nigerian daily', 'Bandits shot dead five traders at a market in Kabo, Kano State, on Friday.', 'Kabo', 'Kano'],
    ['Syrian monitor', 'Regime shelling wounded two boys in the town of Armanaz, Idlib province.', 'Armanaz', 'Idlib'],
    ['Myanmar outlet', 'Junta artillery killed two monks in the village of Nyaung Pin, Mandalay Region, on Sunday.', 'Nyaung Pin', 'Mandalay'],
  ])('%s: %s', (_genre, s, place, province) => {
    expect(hintOf(s, place)).toBe(province);
  });

  it('a state qualifying a noun after a town ("Kogi State officials") is no apposition', () => {
    expect(hintOf('Gunmen killed seven farmers near Bassa, Kogi State officials said.', 'Bassa')).not.toBe('Kogi');
  });

  it('a list going on after the area is two places, not one beside its area', () => {
    expect(hintOf('Drones hit Bilopillia, Poltava region and Odesa overnight.', 'Bilopillia')).not.toBe('Poltava');
  });
});
