import { describe, expect, it } from 'vitest';
import {
  addDays, addMonths, dayOf, daysBetween, daysInMonth, firstOnOrAfter, isoDate, isValidDay, lastWeekday, latest, monthEnd, monthOf,
  parseIso, toIso, weekdayName, weekdayOf, weekStart, yearOf, ymd,
} from '../src/dates/index.ts';

const day = (iso: string) => parseIso(iso)!;

describe('calendar: days and ISO dates', () => {
  it('round-trips ISO dates through Day numbers, before and after 1970', () => {
    for (const iso of ['1970-01-01', '1969-12-31', '1900-03-01', '2024-02-29', '2099-12-31']) expect(toIso(day(iso))).toBe(iso);
    expect(day('1970-01-02')).toBe(1);
    expect(day('1969-12-31')).toBe(-1);
    expect(ymd(day('2016-11-27'))).toEqual({ y: 2016, m: 11, d: 27 });
  });

  it('refuses what is not an ISO day', () => {
    expect(parseIso('')).toBeNull();
    expect(parseIso('2018-1-5')).toBeNull();
    expect(parseIso('5 January 2018')).toBeNull();
    expect(parseIso(' 2018-01-05 ')).toBe(dayOf(2018, 1, 5));
  });

  it('rolls over out-of-range parts the way day 0 means the day before', () => {
    expect(toIso(dayOf(2019, 3, 0))).toBe('2019-02-28');
    expect(toIso(dayOf(2019, 13, 1))).toBe('2020-01-01');
  });
});

describe('calendar: month ends and leap years', () => {
  it('knows the length of each month, February by the leap-year rules', () => {
    expect([1, 4, 6, 9, 11, 12].map((m) => daysInMonth(2021, m))).toEqual([31, 30, 30, 30, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29); // divisible by 4
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28); // a century is not leap...
    expect(daysInMonth(2000, 2)).toBe(29); // ...unless divisible by 400
    expect(toIso(monthEnd(2024, 2))).toBe('2024-02-29');
    expect(toIso(monthEnd(2022, 12))).toBe('2022-12-31');
  });

  it('accepts only days that exist', () => {
    expect(isValidDay(2024, 2, 29)).toBe(true);
    expect(isValidDay(2023, 2, 29)).toBe(false);
    expect(isValidDay(2018, 4, 31)).toBe(false);
    expect(isValidDay(2018, 13, 1)).toBe(false);
    expect(isValidDay(2018, 1, 0)).toBe(false);
  });
});

describe('calendar: arithmetic', () => {
  it('adds days across month and year ends; empty stays empty', () => {
    expect(addDays('2017-12-31', 1)).toBe('2018-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-03-01', -1)).toBe('2023-02-28');
    expect(addDays('', 3)).toBe('');
    expect(daysBetween('2019-12-25', '2020-01-03')).toBe(9);
    expect(daysBetween('2020-01-03', '2019-12-25')).toBe(-9);
  });

  it('adds months clamped to the end of a shorter month', () => {
    expect(toIso(addMonths(day('2019-01-31'), 1))).toBe('2019-02-28');
    expect(toIso(addMonths(day('2020-01-31'), 1))).toBe('2020-02-29');
    expect(toIso(addMonths(day('2018-03-31'), -1))).toBe('2018-02-28');
    expect(toIso(addMonths(day('2024-02-29'), -12))).toBe('2023-02-28');
    expect(toIso(addMonths(day('2017-11-15'), 3))).toBe('2018-02-15');
  });

  it('counts weeks from Monday and finds the last given weekday', () => {
    // 2018-01-07 was a Sunday: its ISO week began on Monday 1 January.
    expect(weekdayName('2018-01-07')).toBe('Sunday');
    expect(weekdayOf(day('2018-01-07'))).toBe(0);
    expect(toIso(weekStart(day('2018-01-07')))).toBe('2018-01-01');
    expect(toIso(weekStart(day('2018-01-01')))).toBe('2018-01-01');
    expect(toIso(weekStart(day('2020-01-01')))).toBe('2019-12-30'); // a week across the new year
    // Saturday on or before Sunday 7 January is the 6th; strictly before a Saturday is the week before.
    expect(toIso(lastWeekday(day('2018-01-07'), 6, false))).toBe('2018-01-06');
    expect(toIso(lastWeekday(day('2018-01-06'), 6, false))).toBe('2018-01-06');
    expect(toIso(lastWeekday(day('2018-01-06'), 6, true))).toBe('2017-12-30');
  });

  it('does not depend on the machine time zone', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati'; // UTC+14
      expect(toIso(addMonths(day('2021-01-31'), 1))).toBe('2021-02-28');
      expect(toIso(weekStart(day('2021-03-07')))).toBe('2021-03-01');
      expect(weekdayName('2021-03-07')).toBe('Sunday');
    } finally {
      process.env.TZ = saved;
    }
  });

  it('formats, splits and orders ISO dates', () => {
    expect(isoDate(2018, 3, 5)).toBe('2018-03-05');
    expect(yearOf('2018-03-05')).toBe(2018);
    expect(monthOf('2018-03-05')).toBe(3);
    expect(latest(['2018-03-05', '2019-01-01', '2018-12-31'])).toBe('2019-01-01');
    expect(latest([])).toBe('');
  });
});

describe('calendar: a yearless day placed on or after an event', () => {
  it('takes the event\'s year when the day is not before it, else the next year', () => {
    expect(firstOnOrAfter(1, 30, '2025-01-27')).toBe('2025-01-30');
    expect(firstOnOrAfter(1, 5, '2023-12-28')).toBe('2024-01-05');
    expect(firstOnOrAfter(3, 12, '2024-03-12')).toBe('2024-03-12');
    expect(firstOnOrAfter(3, 12, '2024-03-13')).toBe('2025-03-12');
  });

  it('waits for a leap year for February 29 and gives nothing for a day no year has', () => {
    expect(firstOnOrAfter(2, 29, '2021-06-01')).toBe('2024-02-29');
    expect(firstOnOrAfter(2, 30, '2021-06-01')).toBe('');
    expect(firstOnOrAfter(4, 1, '')).toBe('');
  });
});
