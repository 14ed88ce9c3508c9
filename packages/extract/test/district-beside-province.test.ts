/**
 * "Kohistan district, Faryab province": a district set beside its province by a comma, the province with its own
 * division word, is in that province; the province is the district's admin hint as "in X province" would be.
 * Sentences written for the rule, in several outlets' shapes and wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const hintOf = (s: string, place: string) =>
  extract(s).flatMap((f) => f.place_mentions).find((p) => p.text === place)?.admin_hint;

describe('a district beside its province', () => {
  it.each([
    ['Afghan agency', 'Two policemen were killed by Taliban in Kohistan district, Faryab province, on Monday.', 'Kohistan', 'Faryab'],
    ['Nigerian daily', 'Gunmen killed seven farmers in Bassa Local Government Area, Kogi State, police said.', 'Bassa', 'Kogi'],
    ['Afghan TV', 'Three civilians were wounded when a mortar hit a house in Shindand district, Herat province.', 'Shindand', 'Herat'],
    ['Somali site', 'Al-Shabaab fighters killed four soldiers in Jalalaqsi district, Hiiraan region, officials said.', 'Jalalaqsi', 'Hiiraan'],
  ])('%s: %s', (_genre, s, place, province) => {
    expect(hintOf(s, place)).toBe(province);
  });

  it('a province named beside a town, with no district word, is not read so', () => {
    expect(hintOf('Gunmen killed seven farmers near Bassa, Kogi State officials said.', 'Bassa')).not.toBe('Kogi');
  });
});
