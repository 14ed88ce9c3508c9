/**
 * A page's timestamp on its own line under a section label ("Region News 14 March 2016 08:05 (UTC +03:00)") dates the
 * article like a bare date line. Lines written for the rule, in several outlets' shapes and wars.
 */
import { describe, expect, it } from 'vitest';
import { findDateline, stampLine } from '../src/dateline.ts';
import { inferPublished } from '../src/published.ts';

const iso = (line: string) => {
  const d = stampLine(line);
  return d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null;
};

describe('timestamp lines under a label', () => {
  it.each([
    ['Regional Materials 14 March 2016 08:05 (UTC +03:00)', '2016-03-14'],
    ['Africa Desk | 7 June 2011, 17:20 GMT', '2011-06-07'],
    ['Middle East news April 3, 2015 at 9:45 am', '2015-04-03'],
    ['Posted in Sahel 21 November 2012 11:02', '2012-11-21'],
  ])('%s', (line, day) => expect(iso(line)).toBe(day));

  it.each([
    // a story sentence that names a date and a clock time is no timestamp
    'The convoy left Sanaa on 2 May 2015 at 10:30.',
    'Fighters entered the market of Gao on 31 January 2013, residents told reporters before the curfew began at 18:00',
    // a date without a clock time, and a clock time without a full date
    'Regional Materials 14 March 2016',
    'Updated Tuesday 08:05',
    // a yearless date cannot date the page alone
    'Regional Materials 14 March 08:05',
  ])('not a stamp: %s', (line) => expect(stampLine(line)).toBeNull());

  it('dates the article, so weekdays in the story count from it', () => {
    const text = 'Fighters overrun a border post\n\nRegion News 12 August 2014 15:10 (UTC +04:00)\n\n'
      + 'Two guards were killed when fighters overran a border post near Dera Bugti, officials said Tuesday.';
    expect(findDateline(text)?.date.day).toBe(12);
    const published = inferPublished({ text, sentences: [], removed: [], runDate: '2026-12-01' });
    expect(published.published).toBe('2014-08-12');
  });
});
