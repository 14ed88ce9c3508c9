/**
 * Explicit dates written in an article ("8 January 2018", "Dec. 25", "December 2016", "in 2015"), found with our own
 * patterns rather than a general-purpose parser: publication-date inference must only see dates the writer spelled
 * out, never casual words ("today", "Sunday") a parser would silently turn into a date relative to the machine clock.
 */
import { alternation, dateWords, isValidDay, monthAbbreviations, monthNames, monthNumber } from '@frontline/nlp/dates';

export type MentionPrecision = 'day' | 'month' | 'year';

/** A date as written. `year` is null when the text leaves it out ("December 5"); `day` null for a month or year. */
export interface DateMention {
  start: number;
  end: number;
  phrase: string;
  year: number | null;
  month: number | null;
  day: number | null;
  precision: MentionPrecision;
}

// Capitalised only: "may" and "march" in lower case are verbs. Abbreviations may carry a period ("Dec.", "Sept.").
const FULL = alternation(monthNames());
const ABBR = alternation(monthAbbreviations());
const MON = `(?:${FULL}|(?:${ABBR})\\.?)(?![A-Za-z])`;
// Month-only mentions need the full name (or an abbreviation with its period) to avoid matching names like "Jan".
const MON_FULL = `(?:${FULL}|(?:${ABBR})\\.)(?![A-Za-z])`;
// A month without a year needs a preposition or a qualifier in front: "since October", "mid-December".
const MONTH_QUALIFIER = "[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y|[Dd]uring|[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd of|[Bb]eginning of|[Ss]tart of";
const ORD = '(?:st|nd|rd|th)?';
// A heading in capitals ("MONTHLY REPORT N°29 - MARCH 2020", "SITUATION REPORT - 12 MAY 2023"): the month's full name
// in capitals counts only beside its year, where "MAY" or "MARCH" can be nothing but a month.
const CAPS = alternation(monthNames().map((m) => m.toUpperCase()));
const YEAR = '((?:19|20)\\d{2})(?!\\d)';

type Build = (m: RegExpExecArray) => Omit<DateMention, 'start' | 'end' | 'phrase'>[];

interface Pattern {
  re: RegExp;
  build: Build;
}

const day = (year: number | null, month: number, d: number) => ({ year, month, day: d, precision: 'day' as const });

/** Most specific first: a span consumed by an earlier pattern is not matched again by a later one. */
const PATTERNS: Pattern[] = [
  { re: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g, build: (m) => [day(+m[1]!, +m[2]!, +m[3]!)] },
  // "2017/06/05": year first, then month and day, as ISO.
  { re: /\b((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\b/g, build: (m) => [day(+m[1]!, +m[2]!, +m[3]!)] },
  {
    // "24 March – 5 April 2021", "28 December – 9 February 2016": a span of days with its year written once, at its
    // end; its first day is in that year, or in the one before when its month comes later.
    re: new RegExp(`\\b(\\d{1,2})${ORD}\\s+(${MON})\\s*(?:–|—|-|to)\\s*(\\d{1,2})${ORD}\\s+(${MON}),?\\s+${YEAR}`, 'g'),
    build: (m) => spanDays(+m[1]!, monthNumber(m[2]!), +m[3]!, monthNumber(m[4]!), +m[5]!),
  },
  {
    // "March 24 – April 5, 2021": the same span as American copy writes it.
    re: new RegExp(`\\b(${MON})\\s+(\\d{1,2})${ORD}\\s*(?:–|—|-|to)\\s*(${MON})\\s+(\\d{1,2})${ORD},?\\s+${YEAR}`, 'g'),
    build: (m) => spanDays(+m[2]!, monthNumber(m[1]!), +m[4]!, monthNumber(m[3]!), +m[5]!),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})${ORD}\\s+(${MON}),?\\s+${YEAR}`, 'g'),
    build: (m) => [day(+m[3]!, monthNumber(m[2]!), +m[1]!)],
  },
  {
    // "until 4. June 1999": a day written with a full stop, as German and Scandinavian usage writes an ordinal. Only
    // inside a line: at its start "4. June 1999 ..." is a numbered list's item.
    re: new RegExp(`(?<=\\S[ \\t(]+)(\\d{1,2})\\.\\s+(${MON}),?\\s+${YEAR}`, 'g'),
    build: (m) => [day(+m[3]!, monthNumber(m[2]!), +m[1]!)],
  },
  {
    // "12-Mar-2019", "12/Mar/2019": a page's date field, the month's name between hyphens or slashes.
    re: new RegExp(`\\b(\\d{1,2})([-/])(${MON})\\2${YEAR}`, 'g'),
    build: (m) => [day(+m[4]!, monthNumber(m[3]!), +m[1]!)],
  },
  {
    // "the 28th of January 2018", as monitors write it.
    re: new RegExp(`\\b[Tt]he\\s+(\\d{1,2})${ORD}\\s+of\\s+(${MON}),?\\s+${YEAR}`, 'g'),
    build: (m) => [day(+m[3]!, monthNumber(m[2]!), +m[1]!)],
  },
  {
    // "02/02/2020", "25.05.2024", "25-05-2024": only when the order of day and month cannot be mistaken.
    re: /\b(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})\b/g,
    build: (m) => numericDay(+m[1]!, +m[3]!, +m[4]!),
  },
  {
    // "Jan 7, 2018", "Jan 07,2018", "December 20 - 2023" (a page's date line). The space after the month may be
    // missing where a page set its date line without it ("July15, 2017"): with the year after, nothing else reads so.
    re: new RegExp(`\\b(${MON})\\s*(\\d{1,2})${ORD}(?:,\\s*|\\s+-\\s+|\\s+)${YEAR}`, 'g'),
    build: (m) => [day(+m[3]!, monthNumber(m[1]!), +m[2]!)],
  },
  {
    // "Thursday, March, 7, 2019": some outlets' date lines set a comma after the month as well. Both commas and the
    // space before the year are asked, so "In June, 12,000 people fled" stays a count.
    re: new RegExp(`\\b(${MON}),\\s*(\\d{1,2})${ORD},\\s+${YEAR}`, 'g'),
    build: (m) => [day(+m[3]!, monthNumber(m[1]!), +m[2]!)],
  },
  {
    // "January 29 and 30", "December 15-17": two days of one month.
    re: new RegExp(`\\b(${MON})\\s+(\\d{1,2})${ORD}\\s*(?:and|to|-|–|—)\\s*(\\d{1,2})${ORD}(?!\\d)(?:,?\\s+${YEAR})?`, 'g'),
    build: (m) => {
      const year = m[4] ? +m[4] : null;
      return [day(year, monthNumber(m[1]!), +m[2]!), day(year, monthNumber(m[1]!), +m[3]!)];
    },
  },
  {
    re: new RegExp(`\\b(${MON})\\s+(\\d{1,2})${ORD}(?![\\d:]|[.,]\\d)`, 'g'),
    build: (m) => [day(null, monthNumber(m[1]!), +m[2]!)],
  },
  {
    re: new RegExp(`\\b[Tt]he\\s+(\\d{1,2})${ORD}\\s+of\\s+(${MON})`, 'g'),
    build: (m) => [day(null, monthNumber(m[2]!), +m[1]!)],
  },
  {
    re: new RegExp(`\\b(\\d{1,2})${ORD}\\s+(${MON})`, 'g'),
    build: (m) => [day(null, monthNumber(m[2]!), +m[1]!)],
  },
  {
    re: new RegExp(`\\b(${alternation(dateWords('holiday').map((h) => h.word))})\\b`, 'g'),
    build: (m) => [holiday(m[1]!)],
  },
  {
    // "12 MAY 2023", "25th MAY, 2017" (a South Asian daily's wire line).
    re: new RegExp(`\\b(\\d{1,2})${ORD}\\s+(${CAPS}),?\\s+${YEAR}`, 'g'),
    build: (m) => [day(+m[3]!, monthNumber(m[2]!), +m[1]!)],
  },
  {
    // "MARCH 12, 2020": the same in American order.
    re: new RegExp(`\\b(${CAPS})\\s+(\\d{1,2})${ORD},?\\s+${YEAR}`, 'g'),
    build: (m) => [day(+m[3]!, monthNumber(m[1]!), +m[2]!)],
  },
  {
    re: new RegExp(`\\b(${CAPS})\\s+${YEAR}`, 'g'),
    build: (m) => [{ year: +m[2]!, month: monthNumber(m[1]!), day: null, precision: 'month' }],
  },
  {
    re: new RegExp(`\\b(${MON_FULL})\\s+(?:of\\s+)?${YEAR}`, 'g'),
    build: (m) => [{ year: +m[2]!, month: monthNumber(m[1]!), day: null, precision: 'month' }],
  },
  {
    // "September, 2014" (a comma between month and year, as some monitors write it). "In March, 2000 people fled"
    // is a month and a count: the year counts only where a clause or a range goes on after it.
    re: new RegExp(`\\b(${MON_FULL}),\\s+${YEAR}(?=\\s*[,.;:)]|\\s+(?:to|and|until|till|through)\\b|\\s*[–—-]|\\s*$)`, 'g'),
    build: (m) => [{ year: +m[2]!, month: monthNumber(m[1]!), day: null, precision: 'month' }],
  },
  {
    // A month's end or start in a tracker's telegraphic style, its name cut short: "As of end of Aug". After these
    // words the abbreviation is a month whatever follows ("Jan" alone may be a name).
    re: new RegExp(`\\b(?:[Ee]nd|[Bb]eginning|[Ss]tart)\\s+of\\s+(${MON})`, 'g'),
    build: (m) => [{ year: null, month: monthNumber(m[1]!), day: null, precision: 'month' }],
  },
  {
    // A month without a year needs a preposition or qualifier in front: "since October", "mid-December".
    re: new RegExp(`\\b(?:${MONTH_QUALIFIER})[- ](${MON_FULL})`, 'g'),
    build: (m) => [{ year: null, month: monthNumber(m[1]!), day: null, precision: 'month' }],
  },
  {
    // A bare year only after a preposition or qualifier: "2000 people" is a count, "in 2015" a date.
    re: new RegExp(`\\b(?:in|since|from|until|till|by|of|during|early|mid|late|end of|before|after)[- ]${YEAR}`, 'gi'),
    build: (m) => [{ year: +m[1]!, month: null, day: null, precision: 'year' }],
  },
];

/** The two ends of a span of days whose year is written once, at its end ("24 March – 5 April 2021"). */
function spanDays(d1: number, m1: number, d2: number, m2: number, year: number) {
  return [day(m1 > m2 ? year - 1 : year, m1, d1), day(year, m2, d2)];
}

/** A numeric date whose day and month can be told apart (one is over 12, or both are the same); else none. */
function numericDay(a: number, b: number, year: number) {
  if (a === b || (a > 12 && b <= 12)) return [day(year, b, a)];
  if (b > 12 && a <= 12) return [day(year, a, b)];
  return [];
}

/** A fixed holiday's day (the lexicon gives it as MM-DD); the apostrophe may be either kind. */
function holiday(name: string) {
  const key = (w: string) => w.replace(/’/g, "'").replace(/\s+/g, ' ');
  const [month, d] = dateWords('holiday').find((h) => key(h.word) === key(name))!.value.split('-').map(Number);
  return day(null, month!, d!);
}

function isPlausible(m: Omit<DateMention, 'start' | 'end' | 'phrase'>): boolean {
  if (m.month !== null && (m.month < 1 || m.month > 12)) return false;
  if (m.day === null || m.month === null) return true;
  return isValidDay(m.year ?? 2000, m.month, m.day); // 2000 is a leap year: a yearless February 29 stays possible
}

/** Every explicit date in `text`, in text order. */
export function findDates(text: string): DateMention[] {
  const taken: boolean[] = new Array(text.length).fill(false);
  const found: DateMention[] = [];
  for (const { re, build } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.slice(start, end).some(Boolean)) continue;
      const parts = build(m).filter(isPlausible);
      if (parts.length === 0) continue;
      taken.fill(true, start, end);
      for (const p of parts) found.push({ ...p, start, end, phrase: m[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The date if the whole string is exactly one full date with day, month and year, else null. */
export function wholeDate(text: string): DateMention | null {
  const t = text.trim();
  const dates = findDates(t);
  if (dates.length !== 1) return null;
  const d = dates[0]!;
  return d.start === 0 && d.end === t.length && d.precision === 'day' && d.year !== null ? d : null;
}
