/**
 * The one calendar: day arithmetic for every stage, on two representations of a day.
 *
 * - an ISO date string `YYYY-MM-DD`, as records store it (ingest's publication dates);
 * - a `Day`, the number of days since 1970-01-01, for spans that are added and compared (normalize's periods).
 *
 * Everything is in UTC so no result depends on the machine's time zone. Month arithmetic (lengths, adding months with
 * the day clamped to the month's end, ISO weeks) is date-fns on `UTCDate`; moving by days is adding integers.
 */
import { UTCDate } from '@date-fns/utc';
import { addMonths as addMonthsUtc, getDay, getDaysInMonth, startOfISOWeek } from 'date-fns';

/** Days since 1970-01-01 (negative before). */
export type Day = number;

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const MS_PER_DAY = 86_400_000;

const toDate = (d: Day): UTCDate => new UTCDate(d * MS_PER_DAY);
const fromDate = (date: Date): Day => Math.round(date.getTime() / MS_PER_DAY);

// ---- Days -------------------------------------------------------------------------------------------------------

/** The Day of a year, month (1-12) and day; out-of-range parts roll over as Date.UTC does (day 0 = the day before). */
export function dayOf(y: number, m: number, d: number): Day {
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** The Day of an ISO `YYYY-MM-DD` (surrounding spaces allowed), or null when it is not one. */
export function parseIso(s: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function toIso(d: Day): string {
  return new Date(d * MS_PER_DAY).toISOString().slice(0, 10);
}

export function ymd(d: Day): { y: number; m: number; d: number } {
  const t = new Date(d * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(d: Day): number {
  return getDay(toDate(d));
}

/** The last day of month m (1-12) of year y. */
export function monthEnd(y: number, m: number): Day {
  return dayOf(y, m, daysInMonth(y, m));
}

/** The same day n months later (earlier for n < 0), clamped to the month's last day (January 31 + 1 = February 28/29). */
export function addMonths(d: Day, n: number): Day {
  return fromDate(addMonthsUtc(toDate(d), n));
}

/** Monday of the ISO week of d. */
export function weekStart(d: Day): Day {
  return fromDate(startOfISOWeek(toDate(d)));
}

/** The most recent day with the given weekday (0 = Sunday) on or before d (strictly before with `strict`). */
export function lastWeekday(d: Day, weekday: number, strict: boolean): Day {
  const back = (weekdayOf(d) - weekday + 7) % 7;
  return d - (back === 0 && strict ? 7 : back);
}

// ---- ISO dates --------------------------------------------------------------------------------------------------

/** ISO `YYYY-MM-DD` of a year, month (1-12) and day, as given (no check: see isValidDay). */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True when the day exists in that month (rejects "February 30"). */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(new UTCDate(year, month - 1, 1));
}

/** An ISO date moved by whole days; '' (or anything not an ISO date) gives ''. */
export function addDays(iso: string, days: number): string {
  const d = parseIso(iso);
  return d === null ? '' : toIso(d + days);
}

/** Whole days from ISO date `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return (parseIso(b) ?? NaN) - (parseIso(a) ?? NaN);
}

/** The weekday's name of an ISO date. */
export function weekdayName(iso: string): Weekday {
  return WEEKDAYS[weekdayOf(parseIso(iso) ?? NaN)]!;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function monthOf(iso: string): number {
  return Number(iso.slice(5, 7));
}

/**
 * The first day with month m (1-12) and day d on or after the ISO date `notBefore`, as ISO; '' when no year has it
 * (February 30) or `notBefore` is not a date. A report's own date written without its year ("Data cutoff: January
 * 30", "As of 12 March") is on or after every event it reports: after an event of 17 January 2025 it is 2025-01-30,
 * after one of 28 December 2023 "5 January" is 2024-01-05. February 29 waits for a leap year, up to four years on.
 */
export function firstOnOrAfter(m: number, d: number, notBefore: string): string {
  if (parseIso(notBefore) === null) return '';
  for (let year = yearOf(notBefore), k = 0; k <= 4; year++, k++) {
    if (!isValidDay(year, m, d)) continue;
    const iso = isoDate(year, m, d);
    if (iso >= notBefore) return iso;
  }
  return '';
}

/** The latest of some ISO dates ('' for none); ISO strings sort chronologically. */
export function latest(dates: string[]): string {
  return dates.reduce((best, d) => (d > best ? d : best), '');
}
