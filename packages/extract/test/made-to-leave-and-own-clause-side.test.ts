/**
 * Sides and places of three constructions (round terr9), on sentences written for this file in several genres and wars:
 * - a side made to leave, in the passive ("ISIS fighters were driven out of X", "the rebels were expelled from X"):
 *   X changed hands; the winner is the side named in the sentence (or before), never the side that was driven out;
 * - a clause with a subject of its own ("..., while tribal guard forces advanced on X"): forces no registry names are
 *   not the main clause's side, which may be the one falling back;
 * - a site in a part of the town ("after capturing a bridge on the town's western outskirts"): ground taken in the town;
 * - a verbless list of gains after a capture narrative ("Other gains included: A, B and C"): each a place taken, by the
 *   narrative's side; sites with no name lie in the town the narrative is about.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const territory = (text: string) =>
  extract(text).map(brief).filter((f) => ['captured', 'entered', 'advanced'].includes(f.category)).map((f) => [f.category, f.places, f.actor]);

describe('a side made to leave a place lost it', () => {
  it.each([
    ['Somalia, wire', 'Al-Shabaab fighters were driven out of Bulo Burde on Tuesday by Somali troops.', [['captured', ['Bulo Burde'], 'Somali troops']]],
    ['Ukraine, think-tank', 'Russian troops were pushed out of Robotyne by Ukrainian forces, the ISW assessed.', [['captured', ['Robotyne'], 'Ukrainian forces']]],
    ['Iraq, encyclopedic', 'On 3 March, ISIS fighters were driven out of Qayyarah.', [['captured', ['Qayyarah'], '']]],
    ['Syria, situation report', 'Armed opposition groups were reportedly expelled from Saraqib after two days of fighting.', [['captured', ['Saraqib'], '']]],
  ])('%s', (_genre, text, expected) => {
    expect(territory(text)).toEqual(expected);
  });

  it('the winner comes from the sentences before, never the side driven out', () => {
    const text = 'Iraqi forces pressed north along the Tigris on Monday. By Wednesday, ISIS fighters had been driven out of Qayyarah.';
    expect(territory(text)).toEqual([['captured', ['Qayyarah'], 'Iraqi forces']]);
  });

  it('civilians driven out of a town are displaced, not a side losing it', () => {
    expect(territory('Thousands of residents were driven out of Saraqib by the shelling.')).toEqual([]);
  });
});

describe('a clause with a subject of its own keeps its side', () => {
  it.each([
    ['Libya, encyclopedic', 'Some ISIL fighters started retreating from Sirte, while tribal guard forces advanced toward Harawa.', 'advanced', ['Harawa']],
    ['Syria, wire', 'Rebel units fell back from Saraqib on Monday, while local defence forces entered Kafr Nabl.', 'entered', ['Kafr Nabl']],
  ])('%s', (_genre, text, category, places) => {
    const facts = territory(text).filter((f) => f[0] === category);
    expect(facts).toEqual([[category, places, '']]);
  });

  it('a clause with no subject still takes the main clause’s side', () => {
    expect(territory('The army entered Saraqib on Monday, after capturing Tell Sukkar.')).toEqual([
      ['entered', ['Saraqib'], 'army'],
      ['captured', ['Tell Sukkar'], 'army'],
    ]);
  });
});

describe('a site in a part of the town is ground taken in it', () => {
  it.each([
    ['Libya, encyclopedic', 'On 8 June, GNA fighters entered Sirte for the first time after capturing a bridge on the city’s western outskirts.', ['Sirte']],
    ['Syria, wire', 'Government troops entered Saraqib on Sunday after seizing the grain silos in the town’s northern districts.', ['Saraqib']],
  ])('%s', (_genre, text, places) => {
    expect(territory(text).filter((f) => f[0] === 'captured').map((f) => f[1])).toEqual([places]);
  });

  it('a site with no part of the town named is no capture of it', () => {
    expect(territory('The army entered Saraqib after seizing a bridge over the river.').filter((f) => f[0] === 'captured')).toEqual([]);
  });
});

describe('a verbless list of gains is a capture by the narrative’s side', () => {
  it.each([
    ['Syria, encyclopedic', 'On 4 May, the army captured Tell Sukkar. Other gains included the villages of Kafr Ain and Zarzur.', ['Kafr Ain', 'Zarzur']],
    ['Ukraine, think-tank', 'Ukrainian forces retook Robotyne on Tuesday, the ISW assessed. Additional gains included the villages of Stepove and Berdychi.', ['Stepove', 'Berdychi']],
  ])('%s', (_genre, text, places) => {
    const facts = territory(text);
    expect(facts.slice(1)).toEqual([['captured', places, facts[0]![2]]]);
  });

  it('sites with no place name lie in the town the narrative is about', () => {
    const text = 'On 12 June, GNA forces entered Sirte. Other gains included: the central mosque, the power plant and the television station.';
    expect(territory(text)).toEqual([
      ['entered', ['Sirte'], 'GNA forces'],
      ['captured', ['Sirte'], 'GNA forces'],
    ]);
  });

  it('gains that are no list of places take nothing', () => {
    expect(territory('The army captured Tell Sukkar. Other gains included higher morale among the troops.')).toEqual([['captured', ['Tell Sukkar'], 'army']]);
  });
});
