import { addMonths, parseIso, toIso } from './calendar.ts';

/**
 * An encyclopedic page's infobox Date field, defined once for every stage: the label at the start of a line, then its
 * value ("Date 17 October 2016 – 20 July 2017", "Date: 6 August 2024 – present"). A copy that flattened the infobox
 * may glue the label to the value ("Date10 September – 28 November 2013").
 */
const DATE_LABEL = /^[ \t]*Date(?![a-z])[ \t]*:?[ \t]*(\S[^\n]*)/;
/** A year, as an infobox value names it. */
const YEAR = /\b((?:19|20)\d{2})\b/;
/** How far into the value its first year may stand: past it, the year is a footnote's or a later field's. */
const YEAR_WITHIN = 64;

/** The value of the infobox Date field the line opens with, or undefined when the line is no such field. */
export function infoboxDateValue(line: string): string | undefined {
  return DATE_LABEL.exec(line)?.[1];
}

/** The first year of the Date field the line opens with ("Date 10 September – 28 November 2013" gives 2013). */
export function infoboxDateYear(line: string): string | undefined {
  const value = infoboxDateValue(line);
  return value === undefined ? undefined : YEAR.exec(value.slice(0, YEAR_WITHIN))?.[1];
}

/**
 * The length an open infobox span states after "– present", as Wikipedia's age templates print it: "(2 months, 2
 * weeks and 5 days)", "(1 year, 3 months and 4 days)", "(11 days)". The span's start plus this length is the day the
 * copy was made: the snapshot the page's "present" means.
 */
const ELAPSED = /^\(\s*(\d+\s+(?:year|month|week|day)s?(?:\s*(?:,|and|,\s*and)\s*\d+\s+(?:year|month|week|day)s?)*)\s*\)/;
const PRESENT = /[–—-]\s*present\b\s*([^\n]*)$/;

export interface Elapsed { years: number; months: number; weeks: number; days: number }

/**
 * The length an infobox Date field's open span states: `value` is the field's value ("9 April 2016 – present"),
 * `next` the line after it, where a flattened copy puts the parenthesis. Undefined when the span is closed or no
 * length is given.
 */
export function infoboxElapsed(value: string, next = ''): Elapsed | undefined {
  const open = PRESENT.exec(value);
  if (!open) return undefined;
  const m = ELAPSED.exec(open[1]!.trim() || next.trim());
  if (!m) return undefined;
  const out: Elapsed = { years: 0, months: 0, weeks: 0, days: 0 };
  for (const [, n, unit] of m[1]!.matchAll(/(\d+)\s+(year|month|week|day)/g)) out[`${unit}s` as keyof Elapsed] = Number(n);
  return out;
}

/** The day a stated length after `start` (ISO) ends: months first, as the age templates count, then weeks and days. */
export function afterElapsed(start: string, e: Elapsed): string {
  const day = parseIso(start);
  return day === null ? '' : toIso(addMonths(day, e.years * 12 + e.months) + e.weeks * 7 + e.days);
}
