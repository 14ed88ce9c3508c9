import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../src/period.ts';

/** [phrase, R, start, end, precision] */
type Case = [string, string, string, string, string];

const check = (cases: Case[]) =>
  it.each(cases)('%s (R=%s)', (phrase, r, start, end, precision) => {
    expect(resolvePeriod(phrase, r, 'day')).toEqual({ period_start: start, period_end: end, date_precision: precision });
  });

describe('no phrase: a report made on R', () => {
  check([
    ['', '2018-01-08', '2018-01-08', '2018-01-08', 'day'],
    ['   ', '2017-12-10', '2017-12-10', '2017-12-10', 'day'],
  ]);
  it('takes the publication precision', () => {
    expect(resolvePeriod('', '2018-01-04', 'week')).toEqual({ period_start: '2018-01-04', period_end: '2018-01-04', date_precision: 'week' });
  });
  it('stays empty when the publication date is unknown', () => {
    expect(resolvePeriod('', '', '')).toEqual({ period_start: '', period_end: '', date_precision: '' });
  });
});

describe('weekdays: the latest such day on or before R', () => {
  check([
    ['on Sunday', '2018-01-08', '2018-01-07', '2018-01-07', 'day'],
    ['Sunday', '2018-01-08', '2018-01-07', '2018-01-07', 'day'],
    ['on Sunday night', '2018-01-08', '2018-01-07', '2018-01-07', 'day'],
    ['on Monday alone', '2018-01-08', '2018-01-08', '2018-01-08', 'day'],
    ['Wednesday', '2018-01-11', '2018-01-10', '2018-01-10', 'day'],
    ['on Friday', '2018-01-02', '2017-12-29', '2017-12-29', 'day'],
    ['last Sunday', '2018-01-07', '2017-12-31', '2017-12-31', 'day'],
  ]);
});

describe('calendar words', () => {
  check([
    ['today', '2018-01-08', '2018-01-08', '2018-01-08', 'day'],
    ['yesterday', '2018-01-01', '2017-12-31', '2017-12-31', 'day'],
    ['the day before yesterday', '2018-01-08', '2018-01-06', '2018-01-06', 'day'],
    ['the night before last', '2018-01-08', '2018-01-06', '2018-01-06', 'day'],
    ['last week', '2018-01-08', '2018-01-01', '2018-01-07', 'week'],
    ['last week', '2018-01-04', '2017-12-25', '2017-12-31', 'week'],
    ['this week', '2018-01-10', '2018-01-08', '2018-01-10', 'week'],
    ['last month', '2018-01-08', '2017-12-01', '2017-12-31', 'month'],
    // "earlier": the period's days before R ("today" is R's own word); on the period's first day, R.
    ['earlier this month', '2018-01-11', '2018-01-01', '2018-01-10', 'month'],
    ['earlier this week', '2018-01-11', '2018-01-08', '2018-01-10', 'week'],
    ['earlier this week', '2018-01-08', '2018-01-08', '2018-01-08', 'week'],
    ['earlier this year', '2018-03-01', '2018-01-01', '2018-02-28', 'year'],
    ['this month', '2018-01-11', '2018-01-01', '2018-01-11', 'month'],
    ['late last week', '2018-01-11', '2018-01-05', '2018-01-07', 'week'],
    ['over the weekend', '2018-01-08', '2018-01-06', '2018-01-07', 'day'],
    ['last year', '2018-01-04', '2017-01-01', '2017-12-31', 'year'],
    ['late last year', '2018-01-04', '2017-10-01', '2017-12-31', 'month'],
    ['early last year', '2018-03-01', '2017-01-01', '2017-03-31', 'month'],
    ['last December', '2018-01-04', '2017-12-01', '2017-12-31', 'month'],
    ['last December', '2017-12-11', '2016-12-01', '2016-12-31', 'month'],
    ['last December', '2017-08-01', '2016-12-01', '2016-12-31', 'month'],
  ]);
});

describe('since: a running total from the anchor to R', () => {
  check([
    ['since Dec. 25', '2018-01-04', '2017-12-25', '2018-01-04', 'day'],
    ['since December 25', '2018-01-11', '2017-12-25', '2018-01-11', 'day'],
    ['since the offensive began on Dec. 25', '2018-01-04', '2017-12-25', '2018-01-04', 'day'],
    ['since early December', '2018-01-11', '2017-12-01', '2018-01-11', 'month'],
    ['since fighting began in December', '2018-01-11', '2017-12-01', '2018-01-11', 'month'],
    ['since the insurgency started a year ago', '2018-08-26', '2017-08-26', '2018-08-26', 'year'],
    ['since fighting erupted three months ago', '2018-08-26', '2018-05-26', '2018-08-26', 'month'],
    ['since fighting began in December', '2017-12-20', '2017-12-01', '2017-12-20', 'month'],
    ['since March 2011', '2018-01-11', '2011-03-01', '2018-01-11', 'month'],
    ['since mid-2015', '2018-01-04', '2015-04-01', '2018-01-04', 'month'],
    ['since 2015', '2017-12-10', '2015-01-01', '2017-12-10', 'year'],
    ['since the start of the year', '2018-03-10', '2018-01-01', '2018-03-10', 'day'],
  ]);
});

describe('between / from: ranges ending on or before R', () => {
  check([
    ['between December 15 and January 6', '2018-01-08', '2017-12-15', '2018-01-06', 'day'],
    ['between November 1 and December 24', '2018-01-08', '2017-11-01', '2017-12-24', 'day'],
    ['between Dec. 28 and Jan. 3', '2018-01-04', '2017-12-28', '2018-01-03', 'day'],
    ['from January 1 to January 5', '2018-01-08', '2018-01-01', '2018-01-05', 'day'],
    ['between March 3 and March 9', '2018-03-10', '2018-03-03', '2018-03-09', 'day'],
    ['between December and February', '2018-03-10', '2017-12-01', '2018-02-28', 'month'],
    // The month written once, at either end.
    ['between 4 and 9 February', '2018-02-14', '2018-02-04', '2018-02-09', 'day'],
    ['from 2 to 6 May 2023', '2024-01-01', '2023-05-02', '2023-05-06', 'day'],
    ['between March 10 and 16', '2019-03-20', '2019-03-10', '2019-03-16', 'day'],
    ['from 28 to 31 December', '2020-01-03', '2019-12-28', '2019-12-31', 'day'],
    // Two days of one month, and spans written with a dash.
    ['on 21-22 January', '2018-02-01', '2018-01-21', '2018-01-22', 'day'],
    ['on 9 and 10 March 2019', '', '2019-03-09', '2019-03-10', 'day'],
    ['on March 9 and 10', '2019-03-12', '2019-03-09', '2019-03-10', 'day'],
    ['October 2017–February 2018', '', '2017-10-01', '2018-02-28', 'month'],
    ['2017-2018', '', '2017-01-01', '2018-12-31', 'year'],
    ['March–June 2019', '2019-07-01', '2019-03-01', '2019-06-30', 'month'],
    ['on the night of 3 January', '2018-01-10', '2018-01-03', '2018-01-03', 'day'],
    // A dated weekend is its days, not the weekend before R.
    ['during the weekend of the 12-13 November', '2022-11-21', '2022-11-12', '2022-11-13', 'day'],
    ['over the weekend of 14 and 15 January', '2022-01-20', '2022-01-14', '2022-01-15', 'day'],
    ['over the weekend', '2024-05-08', '2024-05-04', '2024-05-05', 'day'],
    // An infobox's Date field with each end's year, and a note's yearless span (the year from R).
    ['4 April 2019-26 June 2019', '', '2019-04-04', '2019-06-26', 'day'],
    ['12 Jun. – 2 Jul.', '2021-08-01', '2021-06-12', '2021-07-02', 'day'],
    ['28 Dec. – 6 Jan.', '2023-02-01', '2022-12-28', '2023-01-06', 'day'],
  ]);
});

describe('rolling spans: back from R', () => {
  check([
    ['over the past two weeks', '2018-01-04', '2017-12-21', '2018-01-04', 'week'],
    ['over the past week', '2018-01-08', '2018-01-01', '2018-01-08', 'week'],
    ['in the last 48 hours', '2018-01-08', '2018-01-06', '2018-01-08', 'day'],
    ['in the past 24 hours', '2018-01-01', '2017-12-31', '2018-01-01', 'day'],
    ['over the past two months', '2018-01-08', '2017-11-08', '2018-01-08', 'month'],
    ['in the past year', '2017-12-10', '2016-12-10', '2017-12-10', 'year'],
    ['over the past three days', '2018-01-02', '2017-12-30', '2018-01-02', 'day'],
    ['in recent days', '2018-01-08', '2018-01-01', '2018-01-08', 'week'],
    ['eight days ago', '2018-01-08', '2017-12-31', '2017-12-31', 'day'],
  ]);
});

describe('months, years and days', () => {
  check([
    ['in September 2015', '2018-01-08', '2015-09-01', '2015-09-30', 'month'],
    ['in 2015', '2017-12-10', '2015-01-01', '2015-12-31', 'year'],
    ['at the end of 2015', '2018-01-11', '2015-10-01', '2015-12-31', 'month'],
    ['in December 2016', '2018-01-04', '2016-12-01', '2016-12-31', 'month'],
    ['on January 4', '2018-01-08', '2018-01-04', '2018-01-04', 'day'],
    ['on 4 January', '2018-01-08', '2018-01-04', '2018-01-04', 'day'],
    ['on January 10', '2018-01-08', '2017-01-10', '2017-01-10', 'day'],
    ['in December', '2017-12-10', '2017-12-01', '2017-12-10', 'month'],
    ['in May', '2018-01-08', '2017-05-01', '2017-05-31', 'month'],
    ['by mid-December', '2018-01-08', '2017-12-11', '2017-12-20', 'month'],
    ['in late December', '2018-01-08', '2017-12-21', '2017-12-31', 'month'],
    ['on Jan. 4, 2018', '2018-02-01', '2018-01-04', '2018-01-04', 'day'],
  ]);
});

describe('offsets from an explicit date', () => {
  check([
    ['four days after the offensive began on Dec. 25', '2018-01-04', '2017-12-29', '2017-12-29', 'day'],
    ['two days before December 25', '2018-01-04', '2017-12-23', '2017-12-23', 'day'],
    ['a week after January 1', '2018-01-11', '2018-01-08', '2018-01-08', 'day'],
  ]);
});

describe('unparseable phrases fall back to R and never throw', () => {
  check([
    ['Four days after', '2018-01-04', '2018-01-04', '2018-01-04', 'day'],
    ['since then', '2018-01-08', '2018-01-08', '2018-01-08', 'day'],
    ['for the first time', '2018-01-08', '2018-01-08', '2018-01-08', 'day'],
    ['%%% ??? 99999', '2018-01-08', '2018-01-08', '2018-01-08', 'day'],
  ]);
  it('does not throw on a malformed publication date', () => {
    expect(resolvePeriod('on Sunday', 'not a date')).toEqual({ period_start: '', period_end: '', date_precision: '' });
  });
});

describe('without a publication date only full dates resolve', () => {
  check([
    ['in September 2015', '', '2015-09-01', '2015-09-30', 'month'],
    ['on Sunday', '', '', '', ''],
    ['over the past week', '', '', '', ''],
    ['since 25 December 2017', '', '2017-12-25', '', 'day'],
  ]);
});

describe('seed time phrases against the gold periods (end within the tolerance)', () => {
  const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
  const cases: [string, string, string, number][] = [
    ['over the past two weeks', '2018-01-04', '2018-01-06', 7],
    ['since the offensive led by Al Hassan began on Dec. 25', '2018-01-04', '2018-01-06', 7],
    ['last year', '2018-01-04', '2017-12-31', 1],
    ['on Sunday', '2018-01-08', '2018-01-07', 1],
    ['on Monday alone', '2018-01-08', '2018-01-08', 1],
    ['on Sunday night', '2018-01-08', '2018-01-07', 1],
    ['between December 15 and January 6', '2018-01-08', '2018-01-06', 1],
    ['between November 1 and December 24', '2018-01-08', '2017-12-24', 1],
    ['in September 2015', '2018-01-08', '2015-09-30', 1],
    ['over the past week', '2018-01-08', '2018-01-08', 1],
    ['Since fighting began in December', '2018-01-11', '2018-01-11', 1],
    ['since early December', '2018-01-11', '2018-01-11', 1],
    ['Wednesday', '2018-01-11', '2018-01-10', 1],
    ['at the end of 2015', '2018-01-11', '2015-12-31', 1],
    ['since December 25', '2018-01-11', '2018-01-11', 1],
    ['since March 2011', '2018-01-11', '2018-01-11', 1],
    ['in the past year', '2017-12-10', '2017-12-11', 1],
    ['in 2015', '2017-12-10', '2015-12-31', 1],
    ['last December', '2017-12-11', '2016-12-31', 1],
    ['In December 2016', '2018-01-04', '2016-12-31', 1],
  ];
  it.each(cases)('%s (R=%s)', (phrase, r, goldEnd, tolerance) => {
    expect(days(resolvePeriod(phrase, r).period_end, goldEnd)).toBeLessThanOrEqual(tolerance);
  });
});

describe('point events', () => {
  it('"since X" dates a capture of a named place at X itself', () => {
    expect(resolvePeriod('since 2014', '2017-12-10', 'day', true)).toEqual({ period_start: '2014-01-01', period_end: '2014-12-31', date_precision: 'year' });
    expect(resolvePeriod('since 2014', '', '', true)).toEqual({ period_start: '2014-01-01', period_end: '2014-12-31', date_precision: 'year' });
    expect(resolvePeriod('since March 3', '2018-03-10', 'day', true).period_end).toBe('2018-03-03');
  });
  it('other phrases are unchanged', () => {
    expect(resolvePeriod('on Sunday', '2018-01-08', 'day', true).period_end).toBe('2018-01-07');
  });
});

describe('parts of a month or year: weeks counted from its first or last day, halves', () => {
  check([
    // Situation report (Sudan), wire (Ukraine), encyclopedic (Myanmar), monitor (Yemen).
    ['during the first week of June', '2023-06-20', '2023-06-01', '2023-06-07', 'week'],
    ['in the second week of March 2022', '2022-04-02', '2022-03-08', '2022-03-14', 'week'],
    ['throughout the last week of February', '2021-03-05', '2021-02-22', '2021-02-28', 'week'],
    ['in the third week of December', '2024-01-10', '2023-12-15', '2023-12-21', 'week'],
    ['in the first half of October', '2023-11-02', '2023-10-01', '2023-10-15', 'month'],
    ['during the second half of November 2016', '2017-01-05', '2016-11-16', '2016-11-30', 'month'],
    ['in the first half of 2019', '2019-09-01', '2019-01-01', '2019-06-30', 'month'],
    ['over the second half of 2017', '2018-02-01', '2017-07-01', '2017-12-31', 'month'],
    // A month's first or last days counted: sitrep, monitor, encyclopedic narrative, wire.
    ['in the last ten days of April', '2024-05-03', '2024-04-21', '2024-04-30', 'month'],
    ['during the first five days of March 2024', '2024-04-02', '2024-03-01', '2024-03-05', 'week'],
    ['in the final 10 days of January 2025', '2025-03-01', '2025-01-22', '2025-01-31', 'month'],
    ['over the last seven days of February', '2021-03-05', '2021-02-22', '2021-02-28', 'week'],
    ['in the last ten days of December', '2019-01-04', '2018-12-22', '2018-12-31', 'month'],
  ]);
  it('a week without a year takes none when the publication date is unknown', () => {
    expect(resolvePeriod('in the first week of June', '', '')).toEqual({ period_start: '', period_end: '', date_precision: '' });
  });
});

describe('weekends: the latest Saturday-Sunday on or before R', () => {
  check([
    // R is a Monday (2022-03-07): the weekend just past; "last weekend" is the one before R's week.
    ['over the weekend', '2022-03-07', '2022-03-05', '2022-03-06', 'day'],
    ['at the weekend', '2024-05-15', '2024-05-11', '2024-05-12', 'day'],
    ['last weekend', '2022-03-07', '2022-03-05', '2022-03-06', 'day'],
    ['last weekend', '2022-03-09', '2022-03-05', '2022-03-06', 'day'],
  ]);
});

describe('a rolling window stays rolling unless a month or year follows "of"', () => {
  check([
    ['in the past three days of fighting', '2023-06-20', '2023-06-17', '2023-06-20', 'day'],
    ['over the last week of shelling', '2022-03-09', '2022-03-02', '2022-03-09', 'week'],
  ]);
});

describe('two months joined by "and": one span from the first to the second (issue 9, fresh monitor texts)', () => {
  check([
    ['during August and September', '2021-12-16', '2021-08-01', '2021-09-30', 'month'],
    ['in May and June 2023', '2023-07-10', '2023-05-01', '2023-06-30', 'month'],
    ['throughout March and April', '2019-05-02', '2019-03-01', '2019-04-30', 'month'],
    // Across a new year: the first month is the latest before the second.
    ['in December and January', '2024-02-05', '2023-12-01', '2024-01-31', 'month'],
  ]);
});

describe('a part of a month without its article: "by end of September"', () => {
  check([
    ['by end of September', '2021-12-16', '2021-09-21', '2021-09-30', 'month'],
    ['by end of July', '2022-08-03', '2022-07-21', '2022-07-31', 'month'],
  ]);
});

describe('a range bounded by clock times: the dates give the days (issue 9, fresh monitor texts)', () => {
  check([
    ['From 6am on 10 October 2022 until midnight on 16 October 2022', '2022-10-18', '2022-10-10', '2022-10-16', 'day'],
    ['Between 8 a.m. on 15 April and 6 p.m. on 17 April', '2023-04-19', '2023-04-15', '2023-04-17', 'day'],
    ['From 07:00 on 5 August to 23:30 (local time) on 7 August', '2022-08-08', '2022-08-05', '2022-08-07', 'day'],
  ]);
});

describe('a quarter or a run of months of a year (issue 9, fresh monitor texts)', () => {
  check([
    ['during the first three months of 2017', '2017-04-20', '2017-01-01', '2017-03-31', 'month'],
    ['in the second quarter of 2015', '2015-07-02', '2015-04-01', '2015-06-30', 'month'],
    ['in first six months of 2018', '2018-07-10', '2018-01-01', '2018-06-30', 'month'],
    ['over the last four months of 2019', '2020-01-15', '2019-09-01', '2019-12-31', 'month'],
    ['in the last quarter of 2020', '2021-01-15', '2020-10-01', '2020-12-31', 'month'],
  ]);
});

describe('a stretch of fighting counted back from R ("in several weeks of conflict")', () => {
  check([
    ['in three days of clashes', '2022-08-29', '2022-08-26', '2022-08-29', 'day'],
    ['over two weeks of heavy shelling', '2023-05-20', '2023-05-06', '2023-05-20', 'week'],
    ['in several weeks of fighting', '2021-09-22', '2021-09-01', '2021-09-22', 'week'],
    ['during four months of war', '2024-03-31', '2023-11-30', '2024-03-31', 'month'],
  ]);
});
