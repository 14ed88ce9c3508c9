/**
 * "advanced through farmland toward X", "pushed across open ground towards Y": an advance over unnamed ground whose
 * goal is named is an advance on the goal; so is "approached X" (territory-words.csv, role reach: a side that
 * approaches a place advances on it, as one that reaches it does). Only an armed side advances so.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const advances = (text: string) => extract(text).map(brief).filter((f) => f.category === 'advanced').map((f) => [f.places.join('|'), f.time, f.actor]);

describe('an advance through unnamed ground toward a named place', () => {
  it.each([
    ['assessment, Ukraine', 'Russian troops advanced through farmland toward Pokrovsk on Tuesday, the ISW assessed.', [['Pokrovsk', 'on Tuesday', 'Russian troops']]],
    ['wire, Syria', 'The rebels pushed across open ground towards Saraqib on Sunday, a commander said.', [['Saraqib', 'on Sunday', 'rebels']]],
    ['sitrep, DRC', 'On 22 January, M23 fighters moved through the forest towards Minova.', [['Minova', 'On 22 January', 'M23']]],
    ['encyclopedic, Sudan', 'In June 2024, RSF units pressed along the river road towards Sinja.', [['Sinja', 'In June 2024', 'RSF']]],
  ])('%s', (_genre, text, expected) => {
    expect(advances(text)).toEqual(expected);
  });

  it('civilians moving through fields toward a town are no side advancing (Syria)', () => {
    expect(advances('Thousands of families moved through olive groves towards Atmeh on Monday.')).toEqual([]);
  });
});

describe('an armed side approaching a named place', () => {
  it.each([
    ['wire, Syria', 'Government troops approached Kafr Nabl from three sides on Tuesday, a monitor said.', [['Kafr Nabl', 'on Tuesday', 'Government troops']]],
    ['sitrep, Sudan', 'On 14 May, RSF columns were approaching El Obeid, residents said.', [['El Obeid', 'On 14 May', 'RSF']]],
    ['assessment, Ukraine', 'Russian forces approached the outskirts of Kupiansk on 3 October.', [['Kupiansk', 'on 3 October', 'Russian forces']]],
  ])('%s', (_genre, text, expected) => {
    expect(advances(text)).toEqual(expected);
  });

  it('displaced families approaching a town are no advance (DRC)', () => {
    expect(advances('Displaced families approached Goma on foot on Monday.')).toEqual([]);
  });

  it('a date approaching is no place approached (Yemen)', () => {
    expect(advances('As the truce deadline approached, Houthi fighters held Hazm.')).toEqual([]);
  });
});
