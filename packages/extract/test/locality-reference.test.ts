/**
 * "the locality" after a place named before is that place, as "the town" is: a situation report's and an
 * assessment's word for a town or village that changed hands.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const captures = (text: string) => extract(text).map(brief).filter((b) => b.category === 'captured');

describe('a capture of "the locality"', () => {
  it('is of the place the sentence before named (situation report, DRC)', () => {
    const got = captures('Armed men attacked Mabenga on 3 June. On 5 June, the FARDC retook the locality, local sources reported.');
    expect(got.map((b) => [b.places, b.actor])).toEqual([[['Mabenga'], 'FARDC']]);
  });

  it('is of the place the sentence before named (assessment, Ukraine)', () => {
    const got = captures('Ukrainian forces shelled Pervomaiske on Monday. By Wednesday, Russian troops had captured the locality.');
    expect(got.map((b) => [b.places, b.actor])).toEqual([[['Pervomaiske'], 'Russian troops']]);
  });
});
