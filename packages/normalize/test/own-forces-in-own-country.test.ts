/**
 * Fighters named for a nation ("12 Iraqi soldiers") are foreigners in Syria's war and their state's own forces in a
 * war fought in that nation's country: normalize reads extract's nation word against the article's country.
 * Sentences are the tests' own; the nation words are the ones extract reads as foreign.
 */
import { describe, expect, it } from 'vitest';
import { groupInCountry } from '../src/own-forces.ts';
import type { ActorContext } from '../src/actors.ts';
import { fact } from './factory.ts';

const countries: ActorContext['countries'] = [
  { code: 'IQ', names: ['Iraq'], demonyms: ['Iraqi'] },
  { code: 'TR', names: ['Turkey', 'Türkiye'], demonyms: ['Turkish'] },
  { code: 'RU', names: ['Russia'], demonyms: ['Russian'] },
  { code: 'SY', names: ['Syria'], demonyms: ['Syrian'] },
  { code: 'UA', names: ['Ukraine'], demonyms: ['Ukrainian'] },
];

const dead = (quote: string, nation: string) => fact({ group: 'people', group_nation: nation, quote });

describe('fighters of the article country are its government forces', () => {
  const cases: [string, string, string, string][] = [
    ['IQ', 'Iraqi', 'Twelve Iraqi soldiers died when their convoy hit a roadside bomb near Tuz Khurmatu.', 'government_forces'],
    ['TR', 'Turkish', 'Three Turkish troops were killed in clashes with PKK militants in Hakkari province.', 'government_forces'],
    ['RU', 'Russian', 'Five Russian servicemen were killed when a drone struck a barracks in Kursk region.', 'government_forces'],
    ['SY', 'Iraqi', 'Twenty Iraqi militiamen fighting for the government were killed near Palmyra.', 'people'],
    ['UA', 'Russian', 'Forty Russian soldiers were killed in a strike on a command post near Bakhmut.', 'people'],
    ['', 'Iraqi', 'Six Iraqi soldiers were killed in an ambush.', 'people'],
  ];
  for (const [country, nation, quote, group] of cases) {
    it(`${nation} fighters in an article about ${country || 'no known country'}: ${group}`, () => {
      expect(groupInCountry(dead(quote, nation), { country, countries })).toBe(group);
    });
  }

  it('leaves a group that no nation word made', () => {
    expect(groupInCountry(fact({ group: 'civilians', quote: 'Ten Iraqi civilians were killed.' }), { country: 'IQ', countries })).toBe('civilians');
    expect(groupInCountry(fact({ group: 'people', quote: 'Ten fighters were killed.' }), { country: 'IQ', countries })).toBe('people');
  });

  it('a side that is no state (Kurdish, coalition) stays people', () => {
    expect(groupInCountry(dead('Nine Kurdish fighters were killed near Kirkuk.', 'Kurdish'), { country: 'IQ', countries })).toBe('people');
  });
});
