/**
 * Days a text states for itself when no page date is given (date-r49, issue 9): a day written with a full stop, as
 * German and Scandinavian usage writes it ("until 4. June 1999"); a tracker's year-to-date count ("As of end of
 * Sept, ... in 2021"), whose "as of" day lies in the year it counts and so gives the entry its month. Texts written
 * for this file, several genres.
 */
import { describe, expect, it } from 'vitest';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';
import { findDates } from '../src/dates.ts';

const publishedOf = (text: string) => inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('a day written with a full stop', () => {
  it.each([
    ['monitor, Kenya', 'Facts of the unrest (3. Jan. 2008 until 21. February 2008):\n\n• More than 640 people killed.', '2008-02-21'],
    ['outlet, Bosnia', 'The count, closed on 14. June 1995, lists 2,900 missing from the enclave.', '1995-06-14'],
  ])('%s', (_c, text, day) => {
    expect(publishedOf(text).published_latest >= day).toBe(true);
    expect(findDates(text).some((d) => d.year === Number(day.slice(0, 4)) && d.month === Number(day.slice(5, 7)) && d.day === Number(day.slice(8)))).toBe(true);
  });

  it('a numbered list\'s item at a line\'s start is no day', () => {
    expect(findDates('12. March 2008 was the deadliest month of the crisis.').filter((d) => d.day === 12)).toEqual([]);
  });
});

describe("a tracker's year-to-date count dates its entry", () => {
  it.each([
    ['assessment, Honduras', 'Honduras\n\nGunmen 12 Sept killed seven people in San Pedro Sula. As of end of Sept, at least 41 people had died in gang attacks on buses in 2021.', '2021-09'],
    ['monitor, Mali', 'Mali: convoy attacks\n\nAttacks on convoys rose. As of late November, 212 civilians have died in such attacks so far in 2019, the group said.', '2019-11'],
  ])('%s', (_c, text, month) => {
    const got = publishedOf(text);
    expect(got.published.slice(0, 7)).toBe(month);
  });

  it('without "as of", a year later in the sentence gives a yearless day nothing', () => {
    const got = publishedOf('Honduras\n\nGunmen 12 Sept killed seven people in San Pedro Sula, the worst attack in 2021.');
    expect(got.published).toBe('');
  });
});
