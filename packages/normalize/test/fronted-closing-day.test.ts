/**
 * A toll's closing day fronted before its clause, as "as of" is: "Up to 14 April 2018, air strikes killed ...",
 * "Until 30 June, 4,000 families fled ...": the figure's period ends on that day (extract time.ts), not on the day
 * the story had reached or the report's. Only at the sentence's start and before a comma: "up to 300 people" is a
 * count. Texts written for the rule, in several genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '@frontline/extract';
import { on, periodOf } from './dated-text.ts';

describe('a fronted "Up to" or "Until" and its day', () => {
  it('encyclopedic (Iraq): the narrative\'s earlier day does not date the toll', () => {
    const text = 'Battle of Ramadi (2015)\n\nIraqi forces launched the assault on 8 December 2015. Up to 28 December 2015, ' +
      'the fighting killed 420 militants in the city.';
    expect(periodOf(text, 'killed', 420)[1]).toBe('2015-12-28');
  });
  it('monitor (Yemen): the report\'s day does not date the toll', () => {
    const text = on('2019-07-10', 'Until 30 June, some 4,000 families fled the fighting in Hajjah, the agency said.');
    expect(periodOf(text, 'displaced', 4000)[1]).toBe('2019-06-30');
  });
  it('wire (Mali): a count after "up to" is no fronted day', () => {
    expect(findTimes('Up to 300 people were killed in Moura in March 2022, witnesses said.').map((t) => t.text)).toEqual(['in March 2022']);
  });
});
