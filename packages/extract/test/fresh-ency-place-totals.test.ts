/**
 * A running count of places taken, met in a fresh encyclopedic page (Raqqa 2016-17) and tested on sentences written
 * for it in several wars: ", bringing the number of captured villages to N" is a cumulative capture of N places by
 * the side the sentence tells of. A number of places with no word of capture ("bringing the number of displaced
 * villages to 12") is none.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const totals = (text: string) =>
  extract(text).filter((f) => f.kind === 'territory' && f.cumulative).map((f) => [f.quantity?.value, f.actor_text]);

describe('"bringing the number of captured villages to N"', () => {
  it.each([
    ['encyclopedic, Syria', 'On 9 March, the SDF advanced east of Tabqa, bringing the number of captured villages to 41.', 41, 'SDF'],
    ['encyclopedic, Ukraine', 'Ukrainian forces pressed on towards Kupiansk, raising the total of towns retaken to 23.', 23, 'Ukrainian forces'],
    ['outlet, Myanmar', 'The Arakan Army overran two more outposts, bringing the number of seized farms and hamlets to 17.', 17, 'Arakan Army'],
    ['wire, DR Congo', 'M23 rebels moved north on Sunday, taking their tally of settlements captured to 30, residents said.', 30, 'M23'],
  ])('%s', (_case, text, count, side) => {
    const found = totals(text);
    expect(found).toHaveLength(1);
    expect(found[0]![0]).toBe(count);
    expect(found[0]![1]).toContain(side);
  });

  it('a count of places with no word of capture is no capture', () => {
    expect(totals('Shelling hit Kupiansk again, bringing the number of damaged villages to 12.')).toEqual([]);
  });
});
