/**
 * "Armenian forces lost control of Hadrut on 9 October": an armed side that loses control of a place is a change of
 * hands even with no "to Y" after it (territory.ts, `lostControl`); its winner is found as after "withdrew from X".
 * A bare "lost X" still needs "to Y": "lost 40 men", "residents lost control of their farms" are no captures.
 * Sentences written for this file: a Karabakh narrative, a Ukrainian wire, a Myanmar outlet, a DRC sitrep.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const captures = (text: string) => extract(text).map(brief).filter((f) => f.category === 'captured');

describe('an armed side lost control of a place', () => {
  it.each([
    ['encyclopedic, Karabakh', 'Armenian forces lost control of Hadrut on 9 October.', 'Hadrut', 'on 9 October'],
    ['wire, Ukraine', 'Ukrainian forces lost control of Avdiivka on 17 February, the general staff said.', 'Avdiivka', 'on 17 February'],
    ['outlet, Myanmar', 'The army lost control of Lashio on 3 August after a month of fighting.', 'Lashio', 'on 3 August'],
  ])('%s', (_genre, text, place, time) => {
    expect(captures(text)).toContainEqual(expect.objectContaining({ places: [place], time }));
  });

  it('takes the winner from the sentences before (sitrep, DRC)', () => {
    const got = captures('M23 rebels advanced on Goma. The army lost control over Sake on Friday.');
    expect(got).toContainEqual(expect.objectContaining({ places: ['Sake'], actor: 'M23 rebels' }));
  });

  it.each([
    ['civilians', 'Residents lost control of their farms near Kharkiv.'],
    ['a bare loss of men', 'The army lost 40 men near Bakhmut on Monday.'],
  ])('no capture: %s', (_case, text) => {
    expect(captures(text)).toEqual([]);
  });
});
