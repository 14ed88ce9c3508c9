/**
 * "The coalition has stepped up strikes since a Houthi missile killed more than 60 troops on Sept. 4": a figure
 * inside a "since" phrase is the event the span starts from, dated by the day that closes the phrase, not a running
 * total to the report's day. A figure outside the phrase still runs from that event. Every sentence is written for
 * this file, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const dated = (text: string) => extract(text).map(brief).map((f) => [f.value, f.time, f.cumulative]);

describe('a figure inside a "since" clause is dated by its own day', () => {
  it.each([
    ['wire, Yemen', 'The coalition has stepped up air strikes on Hodeidah since a Houthi missile killed more than 40 soldiers at a base in Marib on Sept. 4.', [40, 'on Sept. 4', false]],
    ['outlet, Nigeria', 'Violence has surged in the region since gunmen killed 12 villagers in Bokkos on Monday.', [12, 'on Monday', false]],
    ['wire, Ukraine', 'Fighting has intensified since a drone strike killed 8 civilians in Kherson on 3 March.', [8, 'on 3 March', false]],
  ])('%s', (_genre, text, fact) => {
    expect(dated(text)).toContainEqual(fact);
  });

  it('a figure outside the phrase still runs from the event (Nigeria, outlet)', () => {
    const text = 'More than 3,000 people have fled Bokkos since gunmen killed 12 villagers there on Monday.';
    expect(dated(text)).toEqual(expect.arrayContaining([[3000, 'since gunmen killed 12 villagers there on Monday', true], [12, 'on Monday', false]]));
  });
});
