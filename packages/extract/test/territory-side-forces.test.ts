/**
 * "SDF-led forces", "Turkish-led troops", "forces loyal to Khalifa Haftar": forces named for the side that leads them
 * or that they are loyal to are that side's, as the subject of a capture (actors.ts, sideForces).
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const sides = (text: string) => extract(text).map(brief).filter((f) => f.value === null).map((f) => [f.category, f.places.join('|'), f.actor]);

describe('forces named for their side take ground as that side', () => {
  it.each([
    ['encyclopedic, Syria (X-led)', 'In May 2017, SDF-led forces captured Tabqa after a two-month siege.', [['captured', 'Tabqa', 'SDF']]],
    ['wire, Syria (an adjective X-led)', 'Turkish-led forces captured the town of Afrin on Sunday, the Observatory said.', [['captured', 'Afrin', 'Turkish forces']]],
    ['encyclopedic, Libya (loyal to X)', 'Forces loyal to Khalifa Haftar seized Gharyan in April 2019.', [['captured', 'Gharyan', 'Khalifa Haftar']]],
    ['wire, Sudan (loyal to the X)', 'Fighters loyal to the RSF captured Bara on Monday, residents said.', [['captured', 'Bara', 'RSF']]],
    ['assessment, Yemen (X-backed)', 'Houthi-backed fighters entered Hazm on Tuesday.', [['entered', 'Hazm', 'Houthi']]],
  ])('%s', (_genre, text, expected) => {
    expect(sides(text)).toEqual(expected);
  });

  it('a registry spelling of the whole compound stays the registry reading (Syria)', () => {
    expect(sides('Turkish-backed fighters captured Rajo on Sunday.')).toEqual([['captured', 'Rajo', 'Turkish-backed fighters']]);
  });

  it('a sponsor the registry does not know names no side (Ukraine)', () => {
    expect(sides('Wagner-backed troops stormed Soledar on Monday.')).toEqual([['entered', 'Soledar', 'Wagner-backed troops']]);
  });
});

describe('a noun that names a side itself keeps its reading', () => {
  it('"X-led opposition forces" are the opposition (Syria)', () => {
    expect(sides('HTS-led opposition forces seized Hama City on 5 December.')).toEqual([['captured', 'Hama', 'HTS-led opposition forces']]);
  });
});
