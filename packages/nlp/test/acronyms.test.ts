/**
 * The one reader of "Name (ACRONYM)" (src/acronyms.ts), on sentences written for it: a UN situation report, a monitor's
 * toll and an outlet story from three wars.
 */
import { describe, expect, it } from 'vitest';
import { acronymDefinitions } from '../src/acronyms.ts';

const names = (s: string) => acronymDefinitions(s).map((d) => [d.acronym, d.name, s.slice(d.start, d.end)]);

describe('a name and the acronym defined after it', () => {
  it('reads the name whose initials the acronym spells, with its connectors (situation report, Somalia)', () => {
    const s = 'According to the Protection and Return Monitoring Network (PRMN), 12,000 people fled Baidoa.';
    expect(names(s)).toEqual([
      ['PRMN', 'Protection and Return Monitoring Network', 'Protection and Return Monitoring Network (PRMN)'],
    ]);
  });

  it('takes initials in any order and lower-case letters inside the acronym (outlet, Sudan)', () => {
    const s = 'The Sudan Armed Forces (SAF) and the Ministry of Labour and Social Affairs (MoLSA) said on Sunday.';
    expect(names(s).map(([a, n]) => [a, n])).toEqual([
      ['SAF', 'Sudan Armed Forces'],
      ['MoLSA', 'Ministry of Labour and Social Affairs'],
    ]);
    expect(names('The Syrian Network for Human Rights (NRSH) documented 40 deaths.').map(([a]) => a)).toEqual(['NRSH']);
  });

  it('reads nothing where the capitals are not the initials of the words before (monitor, Syria)', () => {
    expect(names('Fighters of the Arakan Army (ULA) entered the town.')).toEqual([]);
    expect(names('Twelve civilians were killed (SOHR) in Idlib.')).toEqual([]);
    expect(names('No brackets here at all.')).toEqual([]);
  });
});
