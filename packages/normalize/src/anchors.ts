/**
 * Calendar anchors: the expressions in a time phrase that name a day, month, year or calendar period, each resolved
 * to a span of days relative to a reference day R (the publication date). An expression without a year takes the
 * latest year in which it does not start after R ("December 20" written on 5 January 2019 is 2018-12-20).
 *
 * | expression                                 | span                                  | precision |
 * | ------------------------------------------ | ------------------------------------- | --------- |
 * | "January 3", "Dec. 31", "31 December 2018" | that day (chrono-node)                | day       |
 * | "December", "June 2016"                    | the month                             | month     |
 * | "early/mid/late December"                  | days 1-10 / 11-20 / 21-end            | month     |
 * | "2016"                                     | the year                              | year      |
 * | "early/mid/late 2016", "the end of 2016"   | Jan-Mar / Apr-Sep / Oct-Dec           | month     |
 * | "Sunday", "on Monday"                      | the latest such weekday on or before R | day       |
 * | "last Sunday"                              | the latest such weekday before R      | day       |
 * | "today", "tonight", "this morning"         | R                                     | day       |
 * | "yesterday", "last night"                  | R - 1                                 | day       |
 * | "yesterday, Monday", "today (Tuesday)"     | that weekday, when at most two days before the word's day | day |
 * | "this week/month/year"                     | its first day .. R                    | week/month/year |
 * | "earlier this week/month/year"             | its first day .. R - 1 (R on its first day) | week/month/year |
 * | "the 5th of this month", "of last month"   | that day of R's month, of the one before | day         |
 * | "last week/month/year"                     | the previous calendar week (Mon-Sun), month or year | week/month/year |
 * | "early/late last year" (month, week)       | the part of it, as for years above    | month     |
 * | "last November"                            | the latest November before R's month  | month     |
 * | "the first/second/third/fourth week of May"| days 1-7 / 8-14 / 15-21 / 22-28       | week      |
 * | "the last week of May"                     | its last seven days                   | week      |
 * | "the last ten days of April", "first 5 days of May" | the month's last (first) N days | week (N <= 7) or month |
 * | "the first/second half of May", "of 2019"  | days 1-15 / 16-end; Jan-Jun / Jul-Dec | month     |
 * | "the first quarter of 2018", "the first three / last six months of 2018" | that quarter; the run of months | month |
 * | "summer 2019", "late summer", "that winter" | the season's months (of the year, else the latest not starting after R); its third | month |
 * | "the weekend", "over the weekend"          | the latest Saturday-Sunday before R   | day       |
 * | "last weekend"                             | the weekend before R's week           | day       |
 */
import * as chrono from 'chrono-node';
import type { DatePrecision } from '@frontline/schema';
import {
  addMonths, alternation, countValue, dateWords, dayOf, lastWeekday, monthAbbreviations, monthEnd, monthNames, monthNumber, weekdayNames, weekdayNumber,
  weekStart, ymd, type Day,
} from '@frontline/nlp/dates';

export interface Anchor {
  /** Position and length of the expression in the phrase, to pick the first one and drop overlaps. */
  index: number;
  length: number;
  start: Day;
  end: Day;
  precision: DatePrecision;
}

// Words from the date lexicon (@frontline/nlp/dates), in lower case: phrases reach here folded (period.ts).
/** A month's name or abbreviation (the period, if any, is matched after it). */
export const MONTH_RE = alternation([...monthNames(), ...monthAbbreviations()], { lower: true });
const WEEKDAY_RE = alternation(weekdayNames(), { lower: true });
/** A part of a month or year: "early", "mid", "the end of". */
const QUALIFIER_RE = `(${alternation(dateWords('part').map((p) => p.word), { lower: true })})`;

type Part = 'early' | 'mid' | 'late';

function partOf(qualifier: string): Part {
  const key = qualifier.replace(/\s+/g, ' ');
  return dateWords('part').find((p) => p.word.toLowerCase() === key)!.value as Part;
}

/** Latest year in which month m (day d) does not start after ref. */
function inferYear(m: number, d: number, ref: Day): number {
  const { y } = ymd(ref);
  return dayOf(y, m, d) <= ref ? y : y - 1;
}

/** The year written after a month, or else the inferred one (none without a reference day). */
function yearFor(written: string | undefined, month: number, ref: Day | null): number | null {
  return written ? Number(written) : ref !== null ? inferYear(month, 1, ref) : null;
}

function monthSpan(y: number, m: number, part?: Part): { start: Day; end: Day } {
  const end = monthEnd(y, m);
  if (part === 'early') return { start: dayOf(y, m, 1), end: dayOf(y, m, 10) };
  if (part === 'mid') return { start: dayOf(y, m, 11), end: dayOf(y, m, 20) };
  if (part === 'late') return { start: dayOf(y, m, 21), end };
  return { start: dayOf(y, m, 1), end };
}

function yearSpan(y: number, part?: Part): { start: Day; end: Day } {
  if (part === 'early') return { start: dayOf(y, 1, 1), end: dayOf(y, 3, 31) };
  if (part === 'mid') return { start: dayOf(y, 4, 1), end: dayOf(y, 9, 30) };
  if (part === 'late') return { start: dayOf(y, 10, 1), end: dayOf(y, 12, 31) };
  return { start: dayOf(y, 1, 1), end: dayOf(y, 12, 31) };
}

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  const g = new RegExp(re.source, 'g');
  for (let m = g.exec(text); m; m = g.exec(text)) yield m;
}

const at = (m: RegExpExecArray, span: { start: Day; end: Day }, precision: DatePrecision): Anchor => ({
  index: m.index, length: m[0].length, ...span, precision,
});

/** "early May", "late May 2016", "the end of 2016", "mid-2016". */
function qualified(text: string, ref: Day | null): Anchor[] {
  const out: Anchor[] = [];
  for (const m of matches(new RegExp(`\\b${QUALIFIER_RE}[\\s-]+(?:the month of\\s+)?(${MONTH_RE})\\b\\.?(?:,?\\s+(\\d{4}))?`), text)) {
    const month = monthNumber(m[2]!);
    const y = yearFor(m[3], month, ref);
    if (y !== null) out.push(at(m, monthSpan(y, month, partOf(m[1]!)), 'month'));
  }
  for (const m of matches(new RegExp(`\\b${QUALIFIER_RE}[\\s-]+((?:19|20)\\d{2})\\b`), text)) {
    out.push(at(m, yearSpan(Number(m[2]), partOf(m[1]!)), 'month'));
  }
  return out;
}

/** Dates chrono-node reads: a month with or without day and year. Relative expressions are left to the rules here. */
function chronoDates(text: string, ref: Day | null, latest: Day | null = ref): Anchor[] {
  const refDate = ref !== null ? new Date(ymd(ref).y, ymd(ref).m - 1, ymd(ref).d, 12) : new Date(2000, 0, 1, 12);
  const out: Anchor[] = [];
  for (const r of chrono.parse(text, refDate, { forwardDate: false })) {
    if (!r.start.isCertain('month') || /\b(ago|after|before|later|last|next|past|this|week|yesterday|today|tomorrow)\b/.test(r.text)) continue;
    const m = r.start.get('month')!;
    const hasDay = r.start.isCertain('day') && /\d/.test(r.text.replace(/\b\d{4}\b/, ''));
    const d = hasDay ? r.start.get('day')! : 1;
    const y = r.start.isCertain('year') ? r.start.get('year')! : ref !== null ? inferYear(m, d, latest ?? ref) : null;
    if (y === null) continue;
    const span = hasDay ? { start: dayOf(y, m, d), end: dayOf(y, m, d) } : monthSpan(y, m);
    out.push({ index: r.index, length: r.text.length, ...span, precision: hasDay ? 'day' : 'month' });
  }
  return out;
}

/** A week's ordinal ("second" = 2, "last" = -1), from the lexicon. */
const ORDINAL_RE = alternation(dateWords('ordinal').map((o) => o.word), { lower: true });
const ordinal = (word: string): number => Number(dateWords('ordinal').find((o) => o.word.toLowerCase() === word)!.value);

/** "the second week of May (2019)", "the last week of May": a week counted from the month's first or last day. */
function weeksOfMonth(text: string, ref: Day | null): Anchor[] {
  const out: Anchor[] = [];
  for (const m of matches(new RegExp(`\\b(${ORDINAL_RE}) week of (${MONTH_RE})\\b\\.?(?:,?\\s+(\\d{4}))?`), text)) {
    const month = monthNumber(m[2]!);
    const y = yearFor(m[3], month, ref);
    if (y === null) continue;
    const n = ordinal(m[1]!) - 1;
    const span = n < 0 ? { start: monthEnd(y, month) - 6, end: monthEnd(y, month) } : { start: dayOf(y, month, 1 + 7 * n), end: dayOf(y, month, 7 + 7 * n) };
    out.push(at(m, span, 'week'));
  }
  return out;
}

/**
 * "the first five days of March", "the last ten days of April (2019)": a month's first or last days, counted. Up to a
 * week is read at week precision, more at the month's (as a half of a month is).
 */
function countedDaysOfMonth(text: string, ref: Day | null): Anchor[] {
  const out: Anchor[] = [];
  for (const m of matches(new RegExp(`\\b(first|last|final) (\\d{1,2}|[a-z]+(?: [a-z]+)?) days of (${MONTH_RE})\\b\\.?(?:,?\\s+(\\d{4}))?`), text)) {
    const n = countValue(m[2]!);
    const month = monthNumber(m[3]!);
    const y = yearFor(m[4], month, ref);
    if (!n || n > 27 || y === null) continue;
    const span = m[1] === 'first' ? { start: dayOf(y, month, 1), end: dayOf(y, month, n) } : { start: monthEnd(y, month) - n + 1, end: monthEnd(y, month) };
    out.push(at(m, span, n <= 7 ? 'week' : 'month'));
  }
  return out;
}

/** "the first half of May", "the second half of 2019": halves of a month (1-15 / 16-end) or of a year. */
function halves(text: string, ref: Day | null): Anchor[] {
  const out: Anchor[] = [];
  for (const m of matches(new RegExp(`\\b(first|second) half of (?:(${MONTH_RE})\\b\\.?(?:,?\\s+(\\d{4}))?|((?:19|20)\\d{2})\\b)`), text)) {
    const first = m[1] === 'first';
    if (m[4]) {
      const y = Number(m[4]);
      out.push(at(m, first ? { start: dayOf(y, 1, 1), end: dayOf(y, 6, 30) } : { start: dayOf(y, 7, 1), end: dayOf(y, 12, 31) }, 'month'));
      continue;
    }
    const month = monthNumber(m[2]!);
    const y = yearFor(m[3], month, ref);
    if (y === null) continue;
    out.push(at(m, first ? { start: dayOf(y, month, 1), end: dayOf(y, month, 15) } : { start: dayOf(y, month, 16), end: monthEnd(y, month) }, 'month'));
  }
  return out;
}

/**
 * "the first quarter of 2018", "the first three months of 2018", "the last six months of 2019": a quarter, or a run of
 * months from a year's first or last month, as quarterly and half-yearly tolls bound their period.
 */
function yearParts(text: string): Anchor[] {
  const out: Anchor[] = [];
  const counted = new RegExp(`\\b(?:(${ORDINAL_RE}) quarter|(first|last|final) (\\d{1,2}|[a-z]+) months) of ((?:19|20)\\d{2})\\b`);
  for (const m of matches(counted, text)) {
    const y = Number(m[4]);
    if (m[1]) {
      const q = ordinal(m[1]) < 0 ? 4 : ordinal(m[1]);
      if (q > 4) continue;
      out.push(at(m, { start: dayOf(y, 3 * q - 2, 1), end: monthEnd(y, 3 * q) }, 'month'));
      continue;
    }
    const n = countValue(m[3]!);
    if (!n || n > 12) continue;
    const span = m[2] === 'first' ? { start: dayOf(y, 1, 1), end: monthEnd(y, n) } : { start: dayOf(y, 13 - n, 1), end: dayOf(y, 12, 31) };
    out.push(at(m, span, 'month'));
  }
  return out;
}

/** "(over) the weekend": the latest Saturday-Sunday starting on or before R; "last weekend": the one before R's week. */
function weekends(text: string, ref: Day): Anchor[] {
  const out: Anchor[] = [];
  for (const m of matches(/\b(last |this |the )?weekend\b/, text)) {
    // Saturday is weekday 6; "last weekend" is the Saturday before the Monday that starts R's week.
    const sat = m[1] === 'last ' ? lastWeekday(weekStart(ref), 6, true) : lastWeekday(ref, 6, false);
    out.push(at(m, { start: sat, end: sat + 1 }, 'day'));
  }
  return out;
}

/** Each season's first month, from the date lexicon ("summer" 6;7;8, "winter" 12;1;2): a winter is its December's year's. */
const SEASON_START = new Map(dateWords('season').map((w) => [w.word.toLowerCase(), Number(String(w.value).split(';')[0])]));
const SEASON_RE = alternation([...SEASON_START.keys()], { lower: true });

/** A season's three months of year y, or one of them ("early", "mid", "late" summer: June, July, August). */
function seasonSpan(y: number, firstMonth: number, part?: Part): { start: Day; end: Day } {
  const start = dayOf(y, firstMonth, 1);
  const [from, to] = part === 'early' ? [0, 0] : part === 'mid' ? [1, 1] : part === 'late' ? [2, 2] : [0, 2];
  const last = ymd(addMonths(start, to));
  return { start: addMonths(start, from), end: monthEnd(last.y, last.m) };
}

/**
 * "the summer of 2019", "summer 2019", "late summer", "that autumn": the season of the year written, else the latest
 * one not starting after R. Not "the fall of Mosul" (a season's word before "of" takes a year).
 */
function seasons(text: string, ref: Day | null): Anchor[] {
  const out: Anchor[] = [];
  // "of" only before a year: were it optional on its own, "fall of" would be consumed and the look-ahead that
  // refuses "the fall of Mosul" would see the town, not "of".
  const re = new RegExp(`\\b(?:${QUALIFIER_RE}[\\s-]*)?(${SEASON_RE})(?:(?:\\s+of)?\\s+((?:19|20)\\d{2}))?\\b(?!\\s+of\\b)`);
  for (const m of matches(re, text)) {
    const first = SEASON_START.get(m[2]!)!;
    const part = m[1] ? partOf(m[1]) : undefined;
    if (m[3]) {
      out.push(at(m, seasonSpan(Number(m[3]), first, part), 'month'));
      continue;
    }
    if (ref === null) continue;
    const y = ymd(ref).y;
    out.push(at(m, seasonSpan(dayOf(y, first, 1) <= ref ? y : y - 1, first, part), 'month'));
  }
  return out;
}

function bareYears(text: string): Anchor[] {
  return [...matches(/\b((?:19|20)\d{2})\b/, text)].map((m) => at(m, yearSpan(Number(m[1])), 'year'));
}

function weekdays(text: string, ref: Day): Anchor[] {
  const out: Anchor[] = [];
  for (const m of matches(new RegExp(`\\b(last\\s+)?(${WEEKDAY_RE})\\b`), text)) {
    const d = lastWeekday(ref, weekdayNumber(m[2]!), !!m[1]);
    out.push(at(m, { start: d, end: d }, 'day'));
  }
  return [...out, ...weekdaysOfLastWeek(text, ref)];
}

// "Tuesday last week", "Thursday of last week": the weekday names a day of the calendar week before R's, which the
// latest such weekday is not when R's own week has already passed it (said on a Friday, "Thursday of last week" is
// eight days back, not one). Longer than the bare weekday at the same place, so it wins. Not "the previous week",
// which a narrative counts from its own last date (period.ts).
// A part of the day may stand between: "Monday night of last week".
const OF_LAST_WEEK = new RegExp(`\\b(${WEEKDAY_RE})(?:\\s+(?:night|morning|evening|afternoon))?\\s+(?:of\\s+)?last\\s+week\\b`);

function weekdaysOfLastWeek(text: string, ref: Day): Anchor[] {
  return [...matches(OF_LAST_WEEK, text)].map((m) => {
    // Weeks run Monday to Sunday (weekStart); weekdayNumber counts from Sunday.
    const d = weekStart(ref) - 7 + ((weekdayNumber(m[1]!) + 6) % 7);
    return at(m, { start: d, end: d }, 'day');
  });
}

type Unit = 'week' | 'month' | 'year';

/** The calendar week, month or year containing d. */
function periodOf(d: Day, unit: Unit): { start: Day; end: Day } {
  const { y, m } = ymd(d);
  if (unit === 'week') return { start: weekStart(d), end: weekStart(d) + 6 };
  if (unit === 'month') return { start: dayOf(y, m, 1), end: monthEnd(y, m) };
  return { start: dayOf(y, 1, 1), end: dayOf(y, 12, 31) };
}

function previous(ref: Day, unit: Unit): Day {
  if (unit === 'week') return ref - 7;
  return unit === 'month' ? addMonths(ref, -1) : addMonths(ref, -12);
}

/** Part of a period: thirds of a week or month, quarters of a year as for yearSpan. */
function partOfPeriod(span: { start: Day; end: Day }, unit: Unit, part: Part | undefined): { start: Day; end: Day } {
  if (!part) return span;
  if (unit === 'year') return yearSpan(ymd(span.start).y, part);
  if (unit === 'month') return monthSpan(ymd(span.start).y, ymd(span.start).m, part);
  const third = part === 'early' ? [0, 2] : part === 'mid' ? [2, 4] : [4, 6];
  return { start: span.start + third[0]!, end: span.start + third[1]! };
}

function relativeWords(text: string, ref: Day): Anchor[] {
  const out: Anchor[] = [];
  // Days named relative to R ("yesterday", "the day before yesterday"), each at its distance from R in the lexicon.
  for (const { word, value } of dateWords('relative_day')) {
    const back = Number(value);
    for (const m of matches(new RegExp(`\\b(${alternation([word], { lower: true })})\\b`), text)) out.push(at(m, { start: ref + back, end: ref + back }, 'day'));
  }
  out.push(...withWeekday(text, ref), ...withDate(text, ref));
  const periodRe = new RegExp(`\\b(?:${QUALIFIER_RE}[\\s-]+|(earlier|later)\\s+)?(last|this|previous|the previous)\\s+(week|month|year)\\b`);
  for (const m of matches(periodRe, text)) {
    const unit = m[4] as Unit;
    const base = m[3] === 'this' ? periodOf(ref, unit) : periodOf(previous(ref, unit), unit);
    const span = partOfPeriod(base, unit, m[1] ? partOf(m[1]) : undefined);
    // "earlier this week": the days of the period before R, R itself being "today" (none on the period's first day).
    const before = m[2] === 'earlier' && m[3] === 'this' ? { start: span.start, end: Math.max(span.start, ref - 1) } : span;
    out.push(at(m, before, m[1] && unit === 'year' ? 'month' : unit));
  }
  out.push(...daysOfRelativeMonth(text, ref));
  for (const m of matches(/\b(?:the )?(?:beginning|start) of (?:the|this) (week|month|year)\b/, text)) {
    out.push(at(m, { start: periodOf(ref, m[1] as Unit).start, end: periodOf(ref, m[1] as Unit).start }, 'day'));
  }
  for (const m of matches(new RegExp(`\\blast\\s+(${MONTH_RE})\\b`), text)) {
    const month = monthNumber(m[1]!);
    const firstOfThisMonth = dayOf(ymd(ref).y, ymd(ref).m, 1);
    out.push(at(m, monthSpan(inferYear(month, 1, firstOfThisMonth - 1), month), 'month'));
  }
  return out;
}

/**
 * "the 5th of this month", "the 1st of the current month", "the 12th of last month": that day of R's month or of the
 * month before. A day of this month after R is no day the writer has seen (left to "this month"), nor is a day the
 * month lacks.
 */
// Not "the previous month": "the 2nd of the previous month" may count from a month the story reached, not from R.
function daysOfRelativeMonth(text: string, ref: Day): Anchor[] {
  const out: Anchor[] = [];
  for (const m of matches(/\bthe (\d{1,2})(?:st|nd|rd|th) of (this|the current|last) month\b/, text)) {
    const month = periodOf(m[2] === 'this' || m[2] === 'the current' ? ref : previous(ref, 'month'), 'month');
    const d = month.start + Number(m[1]) - 1;
    if (Number(m[1]) >= 1 && d <= month.end && d <= ref) out.push(at(m, { start: d, end: d }, 'day'));
  }
  return out;
}

/**
 * How far the weekday in "yesterday, Monday" may lie before the relative day and still be the day meant: a page
 * reposted (or dated by its aggregator) a day or two after the writer's "yesterday" keeps the writer's words.
 */
const APPOSITION_LAG_DAYS = 2;

/**
 * "yesterday, Monday", "yesterday (Monday)", "today, Tuesday": the weekday names the writer's day, which beats the
 * relative word counted from a publication date that may be a repost's. Past the lag the weekday is not that day, and
 * the relative word stands (its own anchor, at the same place, is then the only one).
 */
function withWeekday(text: string, ref: Day): Anchor[] {
  const out: Anchor[] = [];
  for (const { word, value } of dateWords('relative_day')) {
    const re = new RegExp(`\\b${alternation([word], { lower: true })}(?:,\\s*|\\s+\\()(${WEEKDAY_RE})\\b\\)?`);
    for (const m of matches(re, text)) {
      const said = ref + Number(value);
      const d = lastWeekday(said, weekdayNumber(m[1]!), false);
      if (said - d <= APPOSITION_LAG_DAYS) out.push(at(m, { start: d, end: d }, 'day'));
    }
  }
  return out;
}

/**
 * "as of today, 13 January 2024", "yesterday (2 May)": a calendar day in apposition to the relative word is the
 * writer's day, which beats the word counted from a publication date (a repost's, or the manifest's day after).
 */
function withDate(text: string, ref: Day): Anchor[] {
  const out: Anchor[] = [];
  for (const { word } of dateWords('relative_day')) {
    const re = new RegExp(`\\b${alternation([word], { lower: true })}(?:,\\s*|\\s+\\()(?=\\d|${MONTH_RE})`);
    for (const m of matches(re, text)) {
      const date = chronoDates(text.slice(m.index + m[0].length), ref).find((a) => a.index === 0 && a.precision === 'day');
      if (date) out.push({ ...date, index: m.index, length: m[0].length + date.length });
    }
  }
  return out;
}

/** Drops anchors overlapping an earlier (or, at the same place, longer) one; sorted by position. */
function withoutOverlaps(anchors: Anchor[]): Anchor[] {
  const sorted = [...anchors].sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: Anchor[] = [];
  for (const a of sorted) {
    const last = kept[kept.length - 1];
    if (!last || a.index >= last.index + last.length) kept.push(a);
  }
  return kept;
}

/**
 * The anchors of a (lower-cased) phrase, in order. Without a reference day only dates with a year are found. `latest`:
 * the last day the report may be, when its date is known only to a range (a month): a day written without its year
 * takes the year in which it falls on or before that day ("9 Aug" in a report of August or September 2023 is of 2023,
 * not of 2022 because it comes after 1 August).
 */
export function findAnchors(text: string, ref: Day | null, latest: Day | null = ref): Anchor[] {
  const rel = ref !== null ? [...relativeWords(text, ref), ...weekdays(text, ref), ...weekends(text, ref)] : [];
  // Relative words first so that "last November" is not read as plain "November" at the same length.
  const parts = [...weeksOfMonth(text, ref), ...countedDaysOfMonth(text, ref), ...halves(text, ref), ...yearParts(text), ...seasons(text, ref)];
  return withoutOverlaps([...rel, ...parts, ...qualified(text, ref), ...chronoDates(text, ref, latest), ...bareYears(text)]);
}
