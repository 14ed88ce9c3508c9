/**
 * The date a page's address carries. Outlets and blogs file a story under the day (or month) they publish it:
 * "/2024/10/06/slug", "/news/2018/6/21/slug", "/english/2019-05/17/c_1.htm", "/news/slug-2020-01-28", "/archive/20150312/slug". A saved page's
 * manifest row, front matter or canonical link keeps that address when the text itself has no date line.
 * Only the path is read (a query's "?id=20131101" is an identifier), and a number glued to other digits or letters
 * ("idINDEE9A009920131101", "c_138067064") is an identifier, not a date.
 */
import { daysInMonth, isoDate, isValidDay } from '@frontline/nlp/dates';

export interface AddressDate {
  /** `YYYY-MM-DD` (day) or the month's first day (month). */
  first: string;
  /** The same day, or the month's last day. */
  last: string;
  precision: 'day' | 'month';
  /** The part of the address that gave it, for the evidence. */
  phrase: string;
}

// A year, month and day as path segments or joined by hyphens, between separators: "/2024/10/06/", "-2020-01-28";
// "/2019-05/17/"; written without separators only as a whole segment ("/20150312/"), since "c_20150312" may be an id.
const DAY_IN_PATH = /(?<=[/_-])((?:19|20)\d{2})([/-])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/._-]|$)/g;
const MIXED_DAY_IN_PATH = /(?<=\/)((?:19|20)\d{2})-(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])(?=[/._-]|$)/g;
// Month and day unpadded, as whole segments before the slug: "/news/2018/6/21/slug" (Al Jazeera's and others' form).
const UNPADDED_DAY_IN_PATH = /(?<=\/)((?:19|20)\d{2})(\/)([1-9]|1[0-2])\/([1-9]|[12]\d|3[01])(?=\/)/g;
const COMPACT_DAY_IN_PATH = /(?<=\/)((?:19|20)\d{2})()(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\/|$)/g;
// A year and month as path segments only ("/2013/06/slug.html", a blog's month archive), not before a number
// segment ("/2019/02/30/": a day that does not exist dates nothing).
const MONTH_IN_PATH = /(?<=\/)((?:19|20)\d{2})\/(0[1-9]|1[0-2])(?=\/(?!\d+(?:[/._-]|$))|$)/g;

/** The one date a page address gives, or null when it gives none or several different ones. */
export function addressDate(url: string | undefined): AddressDate | null {
  const path = pathOf(url);
  if (path === '') return null;
  const days = new Map<string, string>();
  for (const re of [DAY_IN_PATH, UNPADDED_DAY_IN_PATH, COMPACT_DAY_IN_PATH, MIXED_DAY_IN_PATH]) {
    for (const m of path.matchAll(re)) {
      const [y, mo, d] = re === MIXED_DAY_IN_PATH ? [m[1], m[2], m[3]] : [m[1], m[3], m[4]];
      if (isValidDay(+y!, +mo!, +d!)) days.set(isoDate(+y!, +mo!, +d!), m[0]);
    }
  }
  if (days.size === 1) {
    const [[iso, phrase]] = [...days];
    return { first: iso!, last: iso!, precision: 'day', phrase: phrase! };
  }
  if (days.size > 1) return null;
  const months = new Map([...path.matchAll(MONTH_IN_PATH)].map((m) => [`${m[1]}-${m[2]}`, m[0]]));
  if (months.size !== 1) return null;
  const [[month, phrase]] = [...months];
  const [y, mo] = month!.split('-').map(Number) as [number, number];
  return { first: isoDate(y, mo, 1), last: isoDate(y, mo, daysInMonth(y, mo)), precision: 'month', phrase: phrase! };
}

// A year alone as a whole path segment: "/2018/slug", "/news/2018/". A number glued to other characters is an id.
const YEAR_SEGMENT = /(?<=\/)((?:19|20)\d{2})(?=\/|$)/g;

/**
 * The one year a page address files the story under (its dated path's, or a year segment's), or null when it names
 * none or several. It gives a year to the page's own day written without one (published.ts, `placeOwnDay`).
 */
export function addressYear(url: string | undefined): number | null {
  const dated = addressDate(url);
  if (dated) return Number(dated.first.slice(0, 4));
  const years = new Set([...pathOf(url).matchAll(YEAR_SEGMENT)].map((m) => Number(m[1])));
  return years.size === 1 ? [...years][0]! : null;
}

/** The address's path, or '' when it is no http(s) address. */
function pathOf(url: string | undefined): string {
  if (!url || !URL.canParse(url)) return '';
  const parsed = new URL(url);
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.pathname : '';
}
