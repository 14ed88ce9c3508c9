/**
 * A road named by the two towns it joins ("the Homs–Palmyra highway") gives the story no place: its ends are not
 * where the paragraph or the lead has reached (route-name.ts), while a town named on its own is. Sentences written
 * for the rule, in several shapes of road names; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../src/places.ts';
import { routeEnd } from '../src/route-name.ts';

const ends = (s: string) => findPlaces(s).filter((p) => routeEnd(s, p)).map((p) => p.text);
const kept = (s: string) => findPlaces(s).filter((p) => !routeEnd(s, p)).map((p) => p.text);

describe('the ends of a road named by its towns', () => {
  it.each([
    ['monitor', 'Families fled toward villages far from the Homs – Palmyra International Highway.', 'Homs'],
    ['wire', 'Gunmen kidnapped nine travellers on the Kaduna-Abuja road on Sunday.', 'Kaduna-Abuja'],
    ['outlet', 'Traffic resumed on the Kabul–Jalalabad highway after the clashes.', 'Kabul'],
  ])('%s: %s', (_genre, s, first) => {
    expect(ends(s)).toContain(first);
  });

  it('a town named on its own, and a war named by its sides, stay places', () => {
    expect(kept('Fighting spread from Homs to Palmyra on Monday.')).toEqual(expect.arrayContaining(['Homs', 'Palmyra']));
    expect(ends('Hundreds fled Kaduna as the Kaduna-Abuja talks stalled.')).toEqual([]);
  });
});
