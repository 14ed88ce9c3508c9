/**
 * Two things that must not end a report's news day (the day a lead counted from the report's day, "on Tuesday", which
 * dates the undated paragraphs after it):
 * - a byline on a line of its own ("By Lena Ortiz on 8 March 2019"), which extract reads as a dated heading and whose
 *   date it restores at every paragraph: a "section" dated the report's own day is no section's date;
 * - a paragraph dated only by the start of a state ("Troops have shelled the town since 1 March"): no new event's day.
 * A heading dated another day still dates its section, and a calendar event date still ends the news day.
 */
import { describe, expect, it } from 'vitest';
import { PARAGRAPH_MARK as P, SECTION_MARK as S } from '@frontline/schema';
import { datePeriod } from '../src/index.ts';
import { article, fact } from './factory.ts';

const report = article({ published: '2019-03-08', published_precision: 'day' });
const end = (time_context: string[], extra = {}) => {
  const p = datePeriod(fact({ time_phrase: '', time_context, ...extra }), report, false);
  return [p.period_end, p.date_basis];
};
const BYLINE = 'on 8 March 2019';

describe('a byline dated the report day', () => {
  it('does not hide the lead\'s news day from the paragraphs after it', () => {
    // "By X on 8 March 2019" / "Shelling killed six civilians in Kupiansk on Tuesday." / "Two more died nearby."
    expect(end([BYLINE, P, S, BYLINE, 'on Tuesday', P, S, BYLINE])).toEqual(['2019-03-05', 'context']);
    // "... a strike on Monday night" / "Five of the dead were children."
    expect(end([BYLINE, P, S, BYLINE, 'on Monday night', P, S, BYLINE])).toEqual(['2019-03-04', 'context']);
  });

  it('without a news day the figures stay of the report day', () => {
    expect(end([BYLINE, P, S, BYLINE])).toEqual(['2019-03-08', 'publication']);
  });

  it('a heading dated another day still dates its section', () => {
    expect(end(['3 March 2019', P, S, '3 March 2019'])).toEqual(['2019-03-03', 'context']);
  });
});

describe('a paragraph dated by a state\'s start', () => {
  it('keeps the news day: "Troops have shelled the town since 1 March"', () => {
    expect(end(['on Tuesday', P, 'since 1 March', P])).toEqual(['2019-03-05', 'context']);
  });

  it('an event\'s calendar date still ends it', () => {
    expect(end(['on Tuesday', P, 'On 2 March', P])).toEqual(['2019-03-08', 'publication']);
  });
});
