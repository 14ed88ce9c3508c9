/**
 * "according to the Joint Staff" after a place (issue 9): the name after "according to the" is who says it, not the
 * next place of a list ("in Tal Afar, according to the Joint Staff" used to read as two places). A place that qualifies
 * the source's noun ("according to the Kunduz police") is still a place. Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const placesOf = (s: string) => extract(s).map((f) => brief(f).places);

describe('a body after "according to the" is no place', () => {
  it.each([
    ['news wire, Iraq', 'Three soldiers were killed in Tal Afar on Monday, according to the Joint Staff.', [['Tal Afar']]],
    ['situation report, Ukraine', 'Shelling killed two civilians in Kupiansk on 3 May, according to the Joint Forces Command.', [['Kupiansk']]],
    ['monitor, Myanmar', 'Airstrikes killed 11 villagers in Kani on Tuesday, according to the Township Defence Force.', [['Kani']]],
  ])('%s', (_genre, s, want) => {
    expect(placesOf(s)).toEqual(want);
  });
  it('"according to the Kunduz police" still places the police (Afghanistan, wire)', () => {
    expect(placesOf('Four civilians were killed on Monday, according to the Kunduz police.')).toEqual([['Kunduz']]);
  });
});
