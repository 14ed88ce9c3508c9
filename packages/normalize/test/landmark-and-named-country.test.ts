/**
 * Two ways a figure got another area's admin1 (issue 9, adm-r47). A far landmark the figure's place is measured from
 * ("Nyala, nearly 1,000 km southwest of Khartoum") is no place of the figure (extract's landmark.ts). And with the
 * article's country not told apart (a Yemeni story full of Saudi demonyms), a notable place spelled exactly in a country
 * the text names (Yemen's capital Sanaa) is meant before a region pack's village of that name in a country it never
 * names. Invented texts; the places are real.
 */
import { describe, expect, it } from 'vitest';
import { admin1Of, facts, on } from './dated-text.ts';
import { inCountry } from '../src/places/disambiguate.ts';
import type { PlaceRow } from '../src/places/gazetteer.ts';

const row = (id: string, country: string, feature: string, population: number, pack: string): PlaceRow => ({
  id, name: 'Sanaa', names: ['Sanaa'], latitude: null, longitude: null, feature, admin1: '', admin1_pcode: '', country,
  precision: 'point', seat: 0, population, source: 'test', pack,
});
/** A village of a region pack (Syria) and a capital of the world index (Yemen), both spelled exactly. */
const village = { row: row('C2058', 'SY', 'community', 0, 'syria'), tier: 0 };
const capital = { row: row('gn:71137', 'YE', 'city', 1_937_451, 'world'), tier: 0 };
const ids = (r: { cands: { row: PlaceRow }[] }) => r.cands.map((c) => c.row.id);

describe('a far landmark gives no admin1', () => {
  it('wire, Sudan: a toll in Nyala, not in Khartoum state', () => {
    const text = on('2024-06-04', [
      'Sudan: fighting spreads west',
      '',
      'The fighting reached Nyala, nearly 1,000 km southwest of Khartoum, where 40 people were killed on Tuesday, witnesses said.',
    ].join('\n'));
    expect(admin1Of(facts(text), 40)).toEqual(['Southern Darfur']);
  });

  it('situation report, South Sudan: arrivals in Bentiu, not in the capital\'s state', () => {
    const text = on('2024-03-01', [
      'South Sudan: Flash Update No. 2',
      '',
      'In Bentiu, some 600 km north of Juba, 3,000 people arrived at the site this week, IOM said.',
    ].join('\n'));
    expect(admin1Of(facts(text), 3000)).toEqual(['Unity']);
  });
});

describe('with no country told, a notable place of a country the text names', () => {
  it('the capital of the country the text names beats the region pack\'s village', () => {
    expect(ids(inCountry([village, capital], '', 'world', new Set(['YE', 'SA'])))).toEqual(['gn:71137']);
  });

  it('the region pack first still, when the text names neither country or both', () => {
    expect(ids(inCountry([village, capital], '', 'world', new Set(['SA'])))).toEqual(['C2058']);
    expect(ids(inCountry([village, capital], '', 'world', new Set(['SY', 'YE'])))).toEqual(['C2058']);
  });

  it('a small place in the named country is no reason to leave the pack', () => {
    const hamlet = { row: row('gn:1', 'YE', 'community', 800, 'world'), tier: 0 };
    expect(ids(inCountry([village, hamlet], '', 'world', new Set(['YE'])))).toEqual(['C2058']);
  });

  it('wire, Yemen: Sanaa is the Yemeni capital, not a village of Aleppo', () => {
    const text = on('2017-02-16', [
      'Yemen rebels fire missile at Saudi city of Abha',
      '',
      'A Saudi air strike on a wedding hall north of Sanaa killed 14 people, Saudi medics said. Saudi officials denied it.',
    ].join('\n'));
    expect(admin1Of(facts(text), 14)).toEqual(['Amanat Alasimah']);
  });
});
