/**
 * A fact's period from its own time phrase and the document's current date (extract's `time_context`):
 *
 * | the article                      | the fact's time phrase                   | resolved against                        |
 * | -------------------------------- | ---------------------------------------- | --------------------------------------- |
 * | any                              | anaphoric ("the next day", "two days later", "later that day") | the current date  |
 * | a report (publication date R)    | any other                                 | R (weekdays, "yesterday", yearless dates) |
 * | a narrative (no publication date)| any other                                 | the current date, years counted forward  |
 * | a report                         | none, in a paragraph that dated an event | that date (`context`)                    |
 * | a report                         | none, after a news day ("on Sunday")     | that day (`context`), across paragraphs  |
 * | a report                         | none, otherwise                          | R, the report's day (`publication`)      |
 * | a narrative                      | none                                      | the current date (`context`), or undated |
 *
 * The current date is the chain of earlier time phrases folded in reading order: each resolved against the date before
 * it (anaphoric phrases) or as above, from the last phrase that names a year. A running total without a phrase runs
 * to the report's day, never to a narrative date in the paragraph.
 */
import { CAMPAIGN_START_MARK, COVERED_PERIOD_MARK, DATELINE_MARK, PARAGRAPH_MARK, PRIOR_SECTION_MARK, SECTION_MARK, TITLE_PERIOD_MARK, type ArticleRecord, type DateBasis, type ExtractedFact } from '@frontline/schema';
import {
  addDays, addMonths, alternation, LOOK_BACK_PERIOD, countWords, dateWords, stepCount, dayOf, daysBetween, isAnaphoric, isValidDay, latest, MONTH_DAY_ALONE, dayMonthSource, monthAbbreviations, monthEnd, monthNames, opensAsOf, parseIso, SINCE_THEN, toIso,
  weekdayNames, weekStart, ymd,
} from '@frontline/nlp/dates';
import { campaignSoFar, stillGoingOn } from './campaign.ts';
import { count, resolvePeriod, type Period } from './period.ts';

/**
 * A narrative's yearless date ("3 January") is the occurrence nearest the date the text has reached: after "28 December
 * 2017" it is in 2018, after a lead that summarised August 2019 "7 May" is still 2019. resolvePeriod takes the latest
 * occurrence not after its reference day, so the reference is set half a year after the current date.
 */
const NARRATIVE_LOOKAHEAD_DAYS = 182;

const pointAt = (day: string): Period => ({ period_start: day, period_end: day, date_precision: 'day' });

/**
 * A phrase that names the calendar: a month (any word opening with a month's first three letters), a year, a holiday,
 * a season ("that summer" after April is the coming summer, not the last one).
 */
// A month's name or its abbreviation in the date lexicon ("Jan.", "Sept"), a whole word: "junta", "market" and
// "decided" name no month.
const MONTH_STEMS = alternation([...new Set([...monthNames(), ...monthAbbreviations()].map((w) => w.toLowerCase()))]);
const SEASONS = alternation(dateWords('season').map((w) => w.word.toLowerCase()));
// A season's word before "of" is a date only before a year ("the summer of 2019"): "the fall of Aleppo" is an event.
const SEASON_DATE = String.raw`\b(?:${SEASONS})\b(?!\s+of\s+(?!(?:19|20)\d{2}\b))`;
const CALENDAR_DATE = new RegExp(String.raw`\b(?:${MONTH_STEMS})\b\.?|\b(?:19|20)\d{2}\b|\bchristmas\b|\bnew year|${SEASON_DATE}`, 'i');

const NAMES_YEAR = /\b(?:19|20)\d{2}\b/;

/**
 * The span an anaphoric phrase gives from the current day: "by the end of the month" runs to that month's last day
 * (the week's Sunday for "the end of the week"); "over the following days" is the next few days (three; "the
 * following weeks" two weeks), as the text gives no count; "within a week" runs from it to a week after it.
 */
/** "the days that followed", "the few weeks that followed": the following days (weeks). */
const THAT_FOLLOWED = /\b(?:few\s+)?(days|weeks)\s+that\s+followed\b/i;

function anaphoricPeriod(phrase: string, current: string): Period {
  const day = parseIso(current)!;
  const alone = dayOfCurrentMonth(phrase, day);
  if (alone) return alone;
  const month = monthStep(phrase, day);
  if (month) return month;
  const end = /\bend\s+of\s+the\s+(month|week)\b/i.exec(phrase);
  if (end) {
    const last = end[1]!.toLowerCase() === 'month' ? monthEnd(ymd(day).y, ymd(day).m) : weekStart(day) + 6;
    return { period_start: current, period_end: toIso(last), date_precision: end[1]!.toLowerCase() === 'month' ? 'month' : 'week' };
  }
  // "in the days that followed" is "in the following days".
  const following = /\b(?:following|next|ensuing)\s+(?:(few|two|three|several)\s+)?(days|weeks|week)\b/i.exec(phrase.replace(THAT_FOLLOWED, 'following $1'));
  if (following && (following[2]!.toLowerCase() !== 'week' || /^(?:over|in|during)\b/i.test(phrase))) {
    // "over the next week" is one week; "the following weeks" with no count, two.
    const unit = following[2]!.toLowerCase();
    const n = following[1] ? count(following[1].toLowerCase()) : unit === 'days' ? 3 : unit === 'week' ? 1 : 2;
    const days = unit === 'days' ? n : 7 * n;
    return { period_start: toIso(day + 1), period_end: toIso(day + days), date_precision: 'week' };
  }
  const months = monthsCounted(phrase, day);
  if (months) return months;
  const within = WITHIN.exec(phrase);
  if (within) {
    // "Within days" is within a few days; "within weeks", two, as "the following weeks" with no count.
    const n = within[1] ? count(within[1].toLowerCase()) : within[2]!.toLowerCase().startsWith('week') ? 2 : count('a few');
    const days = n * (within[2]!.toLowerCase().startsWith('week') ? 7 : 1);
    return { period_start: current, period_end: toIso(day + days), date_precision: days > 7 ? 'month' : 'week' };
  }
  return pointAt(addDays(current, anaphoricShift(phrase)));
}

const STEP_COUNT = stepCount();

/** A count of days or weeks stepped from the current date: "two days later", "three weeks after the fall of X". */
const DAY_STEP = new RegExp(String.raw`\b(${STEP_COUNT})\s+(days?|weeks?)\s+(later|after|earlier|before)\b`, 'i');

/** "Within days", "within two weeks": counted from the date the text has reached. */
const WITHIN = new RegExp(String.raw`\bwithin\s+(?:(a\s+few|${STEP_COUNT})\s+)?(days?|weeks?)\b`, 'i');

/** "Two months later", "a few months earlier", "months later": a count of months, or a vague one, from the current date. */
const MONTHS_STEP = new RegExp(String.raw`\b(?:(a\s+few|several|a|${alternation(countWords(12))}|\d{1,2})\s+)?months?\s+(later|earlier)\b`, 'i');

/**
 * A count of months from the current date: "two months later" is that day two months on (as "two weeks later" is
 * fourteen days on); "a few months later", "several months later" or "months later" name no count, so they are the
 * few (three) months after the current date, to the month; "earlier", the months before it.
 */
function monthsCounted(phrase: string, day: number): Period | null {
  const m = MONTHS_STEP.exec(phrase);
  if (!m) return null;
  const sign = m[2]!.toLowerCase() === 'later' ? 1 : -1;
  const word = m[1]?.toLowerCase().replace(/\s+/g, ' ');
  if (word && !/^(?:a few|several)$/.test(word)) return pointAt(toIso(addMonths(day, sign * count(word))));
  const far = addMonths(day, sign * count('a few'));
  return sign > 0
    ? { period_start: toIso(day + 1), period_end: toIso(far), date_precision: 'month' }
    : { period_start: toIso(far), period_end: toIso(day - 1), date_precision: 'month' };
}

/**
 * "Within days" after a span the text named ("The offensive (April–June 2015) ... Within days, rebels took X"): the
 * first days of that span, not the days after its end. A span known to the day counts from its first day; one known
 * only to the month, from its first month, which the few days may not leave; a year alone says too little (null).
 */
function withinSpan(phrase: string, span: Period): Period | null {
  if (span.date_precision === 'year' || span.date_precision === '') return null;
  const within = anaphoricPeriod(phrase, span.period_start);
  if (span.date_precision === 'day') return within;
  const { y, m } = ymd(parseIso(span.period_start)!);
  const end = toIso(monthEnd(y, m));
  return { period_start: span.period_start, period_end: within.period_end > end ? within.period_end : end, date_precision: 'month' };
}

/**
 * "On the 9th", "by the 11th": a day written without its month is that day of the month the text has reached ("The
 * next day, troops took X. On the 9th, ..." after 7 September is 9 September). A day the month lacks dates nothing.
 */
function dayOfCurrentMonth(phrase: string, day: number): Period | null {
  const m = MONTH_DAY_ALONE.exec(phrase);
  if (!m) return null;
  const { y, m: month } = ymd(day);
  const d = Number(m[1]);
  return isValidDay(y, month, d) ? pointAt(toIso(dayOf(y, month, d))) : null;
}

/**
 * A month (or week) counted from the current date: "the following month" is the next calendar month; "later that
 * month" runs from the current day to the month's end, "earlier that month" from its start to the current day; "later
 * that week" and "earlier that week" likewise within the current day's week.
 */
function monthStep(phrase: string, day: number): Period | null {
  const { y, m } = ymd(day);
  if (/\b(?:following|next)\s+month\b/i.test(phrase)) {
    const next = ymd(addMonths(dayOf(y, m, 1), 1));
    return { period_start: toIso(dayOf(next.y, next.m, 1)), period_end: toIso(monthEnd(next.y, next.m)), date_precision: 'month' };
  }
  const week = /\b(later|earlier)\s+(?:that|the\s+same)\s+week\b/i.exec(phrase);
  if (week) {
    // "Later that week": from the current day to that week's Sunday; "earlier that week", from its Monday.
    const monday = weekStart(day);
    return week[1]!.toLowerCase() === 'later'
      ? { period_start: toIso(day), period_end: toIso(monday + 6), date_precision: 'week' }
      : { period_start: toIso(monday), period_end: toIso(day), date_precision: 'week' };
  }
  const within = /\b(later|earlier)\s+(?:that|the\s+same)\s+month\b/i.exec(phrase);
  if (!within) return null;
  const first = toIso(dayOf(y, m, 1));
  return within[1]!.toLowerCase() === 'later'
    ? { period_start: toIso(day), period_end: toIso(monthEnd(y, m)), date_precision: 'month' }
    : { period_start: first, period_end: toIso(day), date_precision: 'month' };
}

/**
 * "Six weeks after hostilities erupted on 7 October", "three days after the attack on 3 March": a count of days or
 * weeks from a date the phrase itself names is counted from that date, not from the date the text has reached. Never
 * past the report's day (a report does not date its figures after itself). Null for a phrase with no date of its own.
 */
function anchoredShift(phrase: string, reference: string, latest: string): Period | null {
  const tail = /\b(?:days?|weeks?)\s+(?:after|before)\s+(.+)$/i.exec(phrase)?.[1];
  if (!tail || !CALENDAR_DATE.test(tail)) return null;
  const anchor = resolvePeriod(tail, reference, '', true, latest);
  if (!anchor?.period_start || anchor.date_precision !== 'day') return null;
  const shifted = addDays(anchor.period_start, anaphoricShift(phrase));
  return pointAt(latest && shifted > latest ? latest : shifted);
}

/** How many days an anaphoric phrase moves from the current date. */
function anaphoricShift(phrase: string): number {
  // "two days later", "three days after the fall of X" (the fact came after the event the text has reached); "a week
  // earlier", "two days before the vote".
  const step = DAY_STEP.exec(phrase);
  if (step) {
    const days = count(step[1]!.toLowerCase()) * (step[2]!.toLowerCase().startsWith('week') ? 7 : 1);
    return /^(?:later|after)$/i.test(step[3]!) ? days : -days;
  }
  if (/\b(?:next|following)\s+week\b/i.test(phrase)) return 7;
  if (/\b(?:next|following)\b|\bday\s+after\b/i.test(phrase)) return 1;
  if (/\bprevious\b|\bday\s+before\b/i.test(phrase)) return -1;
  return 0; // "later that day", "the same day", "that night"
}

/** The publication date, and the last day it may be when it is known only to a range (`published_latest`). */
interface Report {
  published: string;
  latest: string;
}

/** "By the third day of the offensive", "by the end of the first day": a day counted from the campaign's launch. */
const ORDINALS = dateWords('ordinal');
const CAMPAIGN_DAY = new RegExp(String.raw`^(?:(?:on|by|during|in)\s+)?(?:the\s+end\s+of\s+)?the\s+(${alternation(ORDINALS.map((o) => o.word), { lower: true })})\s+day\b`, 'i');

/**
 * The day a campaign-day phrase names, from the launch the text dated (`start`, see CAMPAIGN_START_MARK): the first day
 * is the launch's. Undefined for any other phrase; null when the text dated no launch (the phrase then dates nothing).
 */
function campaignDay(phrase: string, start: string): Period | null | undefined {
  const m = CAMPAIGN_DAY.exec(phrase.trim());
  if (!m) return undefined;
  const n = Number(ORDINALS.find((o) => o.word.toLowerCase() === m[1]!.toLowerCase())?.value ?? 0);
  return start && n > 0 ? pointAt(addDays(start, n - 1)) : null;
}

function resolveAgainst(phrase: string, { published, latest }: Report, currentPeriod: Period | null, pointEvent: boolean, start = ''): Period | null {
  const nth = campaignDay(phrase, start);
  if (nth !== undefined) return nth;
  const current = currentPeriod?.period_end ?? '';
  // "Syria has been at war since 2011 ... Since then, hundreds of thousands have been killed": from the start of the
  // date the text reached (the war's start) to the report's day, not the report's day alone.
  if (SINCE_THEN.test(phrase.trim()) && currentPeriod?.period_start) {
    const end = published && published >= currentPeriod.period_start ? published : current;
    return { period_start: currentPeriod.period_start, period_end: end, date_precision: currentPeriod.date_precision };
  }
  const anchored = anchoredShift(phrase, published || current, latest || published);
  if (anchored) return anchored;
  // "nine weeks later" after a span ("2014–2017", "in 2016"): a step counted from no day gives no day; the span dates it.
  if (isAnaphoric(phrase) && currentPeriod && isSpan(currentPeriod) && DAY_STEP.test(phrase)) return null;
  if (currentPeriod && isSpan(currentPeriod) && WITHIN.test(phrase)) return withinSpan(phrase, currentPeriod);
  // "Months later" after a year ("In 2019, ...") could be in that year or the next: the year says too little.
  if (currentPeriod?.date_precision === 'year' && MONTHS_STEP.test(phrase)) return null;
  if (isAnaphoric(phrase) && current) return anaphoricPeriod(phrase, current);
  if (published) return resolvePeriod(phrase, published, '', pointEvent, latest || published);
  // A narrative's "Overnight, ..." is the night after the day it has reached ("On 3 May the army attacked. Overnight,
  // ..."), not the night before it, as a report's "overnight" is the night before its own day.
  if (currentPeriod && NIGHT_ALONE.test(phrase.trim())) return currentPeriod.date_precision === 'day' ? pointAt(current) : currentPeriod;
  const weekday = storyWeekday(phrase, currentPeriod, pointEvent);
  if (weekday) return weekday;
  // Only an event's calendar date needs the look-ahead: "in the past two days", "on Sunday" and a running total
  // "since 21 May" count back from the current date, and end there. Inside a year the text has named as a whole
  // (a "2018" heading, "In 2018, ..."), "3 January" and "28 December" are both of that year: no look-ahead.
  const ahead = CALENDAR_DATE.test(phrase) && !/\bsince\b/i.test(phrase);
  // A date that names its year stands on its own: "2018" after 2 November 2017 is the whole of 2018, not cut short.
  const own = ahead && NAMES_YEAR.test(phrase) ? resolvePeriod(phrase, '', '', pointEvent) : null;
  if (own?.period_end) return own;
  if (ahead && currentPeriod && isSpan(currentPeriod)) return resolvePeriod(phrase, firstYearOf(currentPeriod), 'day', pointEvent);
  if (current) return resolvePeriod(phrase, ahead ? addDays(current, NARRATIVE_LOOKAHEAD_DAYS) : current, 'day', pointEvent);
  return NAMES_YEAR.test(phrase) ? resolvePeriod(phrase, '', '', pointEvent) : null;
}

/** A weekday named with no date of its own, nor a word that counts back from the day ("last Friday", "since Monday"). */
const WEEKDAY = new RegExp(String.raw`\b(?:${alternation(weekdayNames())})\b`, 'i');
const COUNTS_BACK = /\b(?:last|since|previous|past)\b/i;

/**
 * A narrative's bare weekday ("On 9 June, militants ambushed a patrol. On Sunday, an air strike killed 10 soldiers")
 * is the first such day after the day its story has reached: a narrative tells forward, and a day it came back to
 * would be "that day", "the same day". A report's weekday is the latest on or before its own day (anchors.ts). Only
 * from a day: a weekday after a month or a year names no one day of it.
 */
function storyWeekday(phrase: string, current: Period | null, pointEvent: boolean): Period | null {
  if (current?.date_precision !== 'day' || !WEEKDAY.test(phrase) || COUNTS_BACK.test(phrase) || CALENDAR_DATE.test(phrase)) return null;
  // The latest such weekday on or before the day a week on is the first one after the current day.
  return resolvePeriod(phrase, addDays(current.period_end, 7), 'day', pointEvent);
}

/** A night named by no day: "overnight", "during the night", "in the night". */
const NIGHT_ALONE = /^(?:overnight|(?:during|in)\s+the\s+night)$/i;

/** A year or a range of months the text named as a whole ("2018", "October 2017–February 2018"), not one month. */
const isSpan = (p: Period): boolean =>
  p.date_precision === 'year' || (parseIso(p.period_end) ?? 0) - (parseIso(p.period_start) ?? 0) > 31;

/**
 * Inside a span, a yearless date is its first occurrence from the span's start, in reading order: after "(October
 * 2017–February 2018)" "9 October" is 2017 and "3 January" 2018; under a "2018" heading "28 December" is 2018. The
 * last day of the twelve months that open with the span's first month is the reference resolvePeriod counts back from:
 * a day 364 days on would fall in that first month again, and after "18 February – 14 April 2018" "late February"
 * would be 2019's.
 */
function firstYearOf(p: Period): string {
  const start = parseIso(p.period_start);
  if (start === null) return '';
  const { y, m } = ymd(start);
  return toIso(dayOf(y, m + 12, 0)); // day 0 of the thirteenth month: the twelfth month's last day
}

interface Current {
  /** The period the text has reached (a day, or a month or year when that is all it said); null when nothing dated it. */
  period: Period | null;
  /** True when that period was set in the fact's own paragraph. */
  inParagraph: boolean;
  /** True when that period is the report's own, from its title (see `reportingPeriod`) or a list's lead span. */
  reportPeriod: boolean;
  /** The days a coverage line said the report covers (COVERED_PERIOD_MARK), whatever later phrases dated; else null. */
  covered: Period | null;
  /**
   * The cutoff a section's heading closes on ("2. Returnees as at 16 January 2003", "Displacement as of 30 April"),
   * while the text is in that section; else null. A running total "since" a day under it counts to it, as to a
   * coverage line's last day.
   */
  cutoff: Period | null;
  /** The story's news day (see `isNewsDay`): the first date of the last paragraph that dated anything, when it is one. */
  newsDay: Period | null;
  /** True in a section on what came before the campaign, until a phrase there dates it (see PRIOR_SECTION_MARK). */
  prior: boolean;
  /** The campaign's launch day, when a phrase marked CAMPAIGN_START_MARK dated it to the day; '' otherwise. */
  campaignStart: string;
  /** The report's own period, when its title (or coverage line) gave one that `reportingPeriod` accepts; else null. */
  reportSpan: Period | null;
}

/**
 * A day a story counts from its own day ("on Sunday", "yesterday", "two days after" one of those) is the day of the
 * story's events: wire copy writes one sentence a paragraph, and the roundup after a lead "34 people were killed across
 * Syria on Sunday" ("In Idlib four civilians were killed ...") is of that Sunday, not of the next day's publication. It
 * is a paragraph's first date, its main clause's: in "Jets stepped up strikes on Monday after a plane was downed on
 * Saturday" the story is of Monday. A calendar date ("On 27 December") in a report is one event's date, not the
 * story's, and stays in its paragraph; the dateline's ("YAOUNDE, Aug. 26 (Xinhua) --", after DATELINE_MARK) is the story's.
 */
const isNewsDay = (phrase: string): boolean => !CALENDAR_DATE.test(phrase);

/** The chain of earlier time phrases folded into the period the text has reached. */
export function currentDate(chain: string[], published: string, latest = published): Current & { day: string } {
  let period: Period | null = null;
  let inParagraph = false;
  let sectionDate = false;
  let titlePeriod = false;
  let reportPeriod = false;
  let coverageNext = false;
  let covered: Period | null = null;
  let cutoff: Period | null = null;
  let newsDay: Period | null = null;
  let dateline = false;
  let prior = false;
  let launch = false;
  let campaignStart = '';
  let reportSpan: Period | null = null;
  for (const phrase of chain) {
    if (phrase === CAMPAIGN_START_MARK) {
      launch = true;
      continue;
    }
    if (phrase === PRIOR_SECTION_MARK) {
      prior = true;
      continue;
    }
    if (phrase === PARAGRAPH_MARK) {
      inParagraph = false;
      continue;
    }
    if (phrase === DATELINE_MARK) {
      dateline = true;
      continue;
    }
    if (phrase === SECTION_MARK) {
      sectionDate = true;
      continue;
    }
    if (phrase === COVERED_PERIOD_MARK) {
      coverageNext = true;
      continue;
    }
    if (phrase === TITLE_PERIOD_MARK) {
      titlePeriod = true;
      continue;
    }
    // A narrative carries its latest date across paragraphs; only a report goes back to its section's date, and a
    // narrative's story that left its section's year ("### 2017 ... by the end of 2018, ...") goes back to it.
    const skip = (sectionDate || titlePeriod) && !published && !(sectionDate && leftSection(phrase, period));
    const [fromTitle, fromSection, fromDateline, fromLaunch] = [titlePeriod, sectionDate, dateline, launch];
    [sectionDate, titlePeriod, dateline, launch] = [false, false, false, false];
    if (skip) continue;
    const next: Period | null = ownReportSpan(phrase, reportSpan) ?? resolveAgainst(phrase, { published, latest }, period, true, campaignStart);
    if (fromLaunch && next?.date_precision === 'day') campaignStart = next.period_start;
    if (fromTitle && !(next && reportingPeriod(next, latest, coverageNext))) continue;
    if (fromTitle) reportSpan = next;
    if (fromTitle && coverageNext) covered = next;
    coverageNext = false;
    // A heading's date that is a count's cutoff: "as of 30 April", "as at 16 January 2003".
    cutoff = fromSection && opensAsOf(phrase) && next?.period_end ? next : null;
    // A heading line dated the report's own day is a byline ("By Lena Ortiz on 4 March 2019"), no section's date:
    // the report's day is every undated figure's anyway, and it would hide the lead's day from the paragraphs after.
    if (fromSection && next?.period_start === published && next.period_end === published) continue;
    if (next?.period_end) {
      // A paragraph's first date sets the news day; an anaphoric step ("the next day") is one when it steps from one.
      const news: boolean = !!published && next.date_precision === 'day' &&
        (isAnaphoric(phrase) ? newsDay !== null : fromDateline || isNewsDay(phrase));
      // "Troops have shelled the town since 11 September": a state's start, no new event's day; the news day holds.
      if (!inParagraph && !/^since\b/i.test(phrase)) newsDay = news ? next : null;
      period = next;
      prior = false;
      inParagraph = true;
      // A list or section whose lead gave a closed span ("From 1 May to 31 May ...: • a total of 310 killed") counts
      // that span, as a title's period does; a day or an open date dates only its events.
      reportPeriod = fromTitle || (fromSection && next.period_start < next.period_end);
    }
  }
  return { period, inParagraph, reportPeriod, covered, cutoff, newsDay, prior, campaignStart, reportSpan, day: period?.period_end ?? '' };
}

/**
 * "Last week", "the past month": in a weekly or monthly overview whose title names its period ("Regional Overview:
 * Africa, 15-21 October 2022", "Civilian casualties in May 2024"), the week or month before the issue is that
 * period, whatever day its week starts on (ACLED's run Saturday to Friday), not the calendar week before the issue
 * day. Only a title's period of the phrase's length, closed before the issue (see `reportingPeriod`).
 */
const PERIOD_DAYS: Record<string, [number, number]> = { week: [7, 7], month: [28, 31] };

function ownReportSpan(phrase: string, span: Period | null): Period | null {
  const m = LOOK_BACK_PERIOD.exec(phrase.trim());
  if (!m || !span?.period_end) return null;
  const [least, most] = PERIOD_DAYS[m[1]!.toLowerCase()]!;
  const days = daysBetween(span.period_start, span.period_end) + 1;
  return days >= least && days <= most ? span : null;
}


/**
 * Whether the story's period lies wholly outside a section heading's own dates ("2017", "June 2012"): an aside that
 * looked ahead or back moved it there, and the section's next paragraph is again of the section. A heading without a
 * year ("January") has no span of its own to leave.
 */
function leftSection(heading: string, period: Period | null): boolean {
  if (!period?.period_end || !NAMES_YEAR.test(heading)) return false;
  const own = resolvePeriod(heading, '', '', true);
  return !!own?.period_end && (period.period_end < own.period_start || period.period_start > own.period_end);
}

/** Days after its period's end a periodic report is published in: a later text looking back is no such report. */
const REPORT_LAG_DAYS = 120;
/** Shorter spans are a few days' events, which a title dates as a news headline would, not a reporting period; a calendar week is one. */
const MIN_REPORT_PERIOD_DAYS = 7;

/**
 * The period a title gave is a report's period when it is closed by the publication date and ended shortly before it
 * ("... in November 2016" published on 1 December): the monthly toll's undated figures are of November. A month still
 * running ("in March" on 15 March) or long past (a look back ten years on) dates nothing but its own sentence.
 * `published` is the publication's latest possible day: a report known only to be of October or November 2023 may
 * close "in October".
 */
function reportingPeriod(p: Period, published: string, stated = false): boolean {
  const [start, end, day] = [parseIso(p.period_start), parseIso(p.period_end), parseIso(published)];
  if (start === null || end === null || day === null) return false;
  // A period still running is cut at the publication day (resolvePeriod): a closed one ended the day before, or earlier.
  // One the report states as its own ("It covers ...", "a report on harm to civilians during March 2019") is its period however
  // long before the issue it closed: an annex published a year on is still of the month it says.
  return end - start + 1 >= MIN_REPORT_PERIOD_DAYS && end < day && (stated || day - end <= REPORT_LAG_DAYS);
}

const UNDATED: Period = { period_start: '', period_end: '', date_precision: '' };

// Months as well: "came six months after an attack that killed 20" reads that figure "six months earlier" (MONTHS_STEP).
const AFTER_CLAUSE = new RegExp(String.raw`^(${STEP_COUNT})\s+(days?|weeks?|months?)\s+after\b`, 'i');

/** Where the fact's figure starts in its quote. */
const figureAt = (x: ExtractedFact): number => x.figure_start - x.char_start;
/** Where the fact's time phrase starts in its quote (-1 when the quote does not hold it). */
const timePhraseAt = (x: ExtractedFact): number => x.quote.indexOf(x.time_phrase);

/**
 * "The strikes began three days after rebel attacks left 22 soldiers dead": a figure inside the "after" clause belongs
 * to that clause's event, which came N days before the date the text has reached ("three days earlier"); a figure
 * outside it came N days after.
 */
function ownStep(x: ExtractedFact): string {
  const m = AFTER_CLAUSE.exec(x.time_phrase);
  if (!m) return x.time_phrase;
  const at = timePhraseAt(x);
  const figure = figureAt(x);
  const inside = at >= 0 && figure >= at + m[0].length && figure < at + afterClauseEnd(x.time_phrase, m[0].length);
  return inside ? `${m[1]} ${m[2]} earlier` : x.time_phrase;
}

/**
 * "Two days after the fall of Bentiu gunmen stormed the camp and killed 58": a news sentence that leaves out the comma
 * after a fronted step runs the phrase on into the main clause. The step's object is then a noun phrase naming its
 * event by a place ("the capture of X", "an attack on X", "the army's assault on X"): a clause of its own needs a
 * verb, and a noun phrase ends at its name. What comes after the name (not a relative clause nor another
 * preposition carrying it on) is the main clause, whose figures are of the day N days after, not before.
 */
const STEP_OBJECT_DETERMINER = String.raw`(?:the|a|an|its|their|his|her|this|that)`;
const STEP_OBJECT_HEAD = String.raw`(?:[\w'’-]+\s+){1,3}?(?:of|on|in|at|near|against)`;
const STEP_OBJECT_NAME = String.raw`(?:(?:the|al-|el-)\s*)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}`;
const NP_CARRIES_ON = String.raw`(?:that|which|who|whose|where|when|in|on|at|by|near|and|or|to|from|after|before|during|with|as|province|region|state)\b`;
const STEP_OBJECT = new RegExp(String.raw`^\s*${STEP_OBJECT_DETERMINER}\s+${STEP_OBJECT_HEAD}\s+${STEP_OBJECT_NAME}\s+(?!${NP_CARRIES_ON})(?=[a-z\d])`);

/** Where the "N days after" part of a step phrase ends: after its noun phrase's name (above), else the phrase's end. */
function afterClauseEnd(phrase: string, stepLength: number): number {
  const np = STEP_OBJECT.exec(phrase.slice(stepLength));
  return np ? stepLength + np[0].length : phrase.length;
}

/**
 * The day a running total was stated on, its end (extract's `end_phrase`: "as of 3 May", or the date of "On 1 March,
 * the minister said ... since 24 February"): read as the report reads dates, the statement's last day when it is a
 * day before the report's. A statement the report dates after its own day is a misreading, and is ignored; a
 * narrative (no publication date) dates its totals by its own story.
 */
function statementDay(x: ExtractedFact, report: Report, current: Period | null): string {
  if (!x.cumulative || !x.end_phrase || !report.published) return '';
  const said = resolveAgainst(x.end_phrase, report, current, true);
  if (!said?.period_end || said.period_start > report.latest || said.period_end >= report.published) return '';
  return said.period_end;
}

/**
 * The phrase with the year the text gave its day earlier (extract's `echoed_year`): "since 8 October" after "since 8
 * October 2023" reads "since 8 October 2023", not the latest 8 October before the report.
 */
function withYear(phrase: string, year: string | undefined): string {
  if (!year || NAMES_YEAR.test(phrase)) return phrase;
  return phrase.replace(DAY_MONTH, (m, day?: string) => (day ? `${m.replace(/\.$/, '')} ${year}` : `${m}, ${year}`));
}

/** One day of a named month; group 1 holds the day when it comes first ("8 October"). */
const DAY_MONTH = new RegExp(dayMonthSource(), 'u');

/**
 * "Clashes in the capital have left 50 dead so far": a running total counted up to the report's day, not over the
 * period a monthly report's title names (the report cites it beside its own tolls of the month).
 */
const UP_TO_NOW = /\b(?:so\s+far|to\s+date|thus\s+far|up\s+to\s+now|until\s+now)\b/i;

/** The date the story's own phrases reached, without the periods a title gave (TITLE_PERIOD_MARK and its phrase). */
function storyDate(chain: string[], report: Report): Current {
  return currentDate(chain.filter((p, k, all) => p !== TITLE_PERIOD_MARK && all[k - 1] !== TITLE_PERIOD_MARK), report.published, report.latest);
}

/** The period of a fact and how it was found. */
export function datePeriod(x: ExtractedFact, article: ArticleRecord, pointEvent: boolean): Period & { date_basis: DateBasis } {
  const published = article.published;
  // A range's last day caps the periods only where it lies after the publication date (a day-precise date has none).
  const report = { published, latest: article.published_latest > published ? article.published_latest : published };
  const current = currentDate(x.time_context ?? [], published, report.latest);
  const stated = statementDay(x, report, current.period);
  if (stated) {
    const period = x.time_phrase ? resolveAgainst(ownStep(x), { published: stated, latest: stated }, current.period, pointEvent) : pointAt(stated);
    if (period?.period_end) return { ...period, date_basis: 'phrase' };
  }
  // A narrative's section on what came before its campaign ("Background") is not of the campaign's dates.
  const prior = current.prior && !published;
  if (x.time_phrase) {
    // "since then" points back to the story's last date, never to the period a title restores at each paragraph.
    const from = SINCE_THEN.test(x.time_phrase.trim()) ? storyDate(x.time_context ?? [], report).period : current.period;
    const cut = current.covered || current.cutoff ? current : { ...current, cutoff: titleCutoff(article.title, report) };
    const counted = cut.cutoff && !cut.covered && rollsBack(x) ? { published: cut.cutoff.period_end, latest: cut.cutoff.period_end } : report;
    const period = ownReportSpan(x.time_phrase, current.reportSpan) ??
      resolveAgainst(withYear(ownStep(x), x.echoed_year), counted, from, pointEvent, current.campaignStart);
    if (period?.period_end && published && ongoingSince(x, period)) return { ...sinceToReport(period, published, article.published_precision), date_basis: 'phrase' };
    if (period?.period_end) return { ...untilReportEnd(period, x, cut), date_basis: 'phrase' };
  }
  // A total without a phrase of its own runs to the report's day, unless the report counts a period its title gave:
  // "a total of 1,026 casualties" in a monthly toll is that month's. A narrative with no day of its own (an
  // encyclopedic page) gives a total "so far" as of the day its story has reached.
  const fromContext = current.period && !prior && (!x.cumulative || (current.reportPeriod && !UP_TO_NOW.test(x.quote)) || !published) &&
    (!published || current.inParagraph);
  // A campaign's toll so far ("the operation has killed ...") counts from the date its paragraph gave the campaign,
  // whether or not the extractor took it for a running total.
  const soFar = published && !x.time_phrase && !prior && current.inParagraph && campaignTollSoFar(x) ? current.period : null;
  const since = soFar ?? (published && !x.time_phrase && sinceClauseEvent(x) ? (fromContext ? current.period : current.newsDay) : null);
  if (since) return { ...sinceToReport(since, published, article.published_precision), date_basis: 'context' };
  if (fromContext) return { ...current.period!, date_basis: 'context' };
  if (current.newsDay && !x.cumulative) return { ...current.newsDay, date_basis: 'context' };
  if (published) return { ...resolvePeriod('', published, article.published_precision), date_basis: 'publication' };
  return { ...UNDATED, date_basis: '' };
}

const SINCE_PHRASE = /^\s*since\b/i;

/** Days before its issue day a title's cutoff may lie: an update issued within days of the data it counts. */
const TITLE_CUTOFF_DAYS = 14;
/** A title's cutoff in brackets or after a separator: "Emergency Update (as of 18 October 2021)", "Update | as at 9 May". */
const TITLE_CUTOFF = /(?:\(|[|:,–-]\s*)\s*(as\s+(?:of|at)\s+[^()|]+?)\s*(?:\)|$)/i;

/**
 * "Myanmar Emergency Update (as of 18 October 2021)" issued on 20 October: the title closes the report's figures on
 * its cutoff, as a section heading's "as of" does (`cutoff`), so its running totals "since" a day and its rolling
 * spans count to that day, not to the issue day after it. Only a day before the issue day, and shortly before it.
 */
function titleCutoff(title: string, report: Report): Period | null {
  const m = TITLE_CUTOFF.exec(title ?? '');
  if (!m || !report.published) return null;
  const day = resolveAgainst(m[1]!, report, null, true);
  if (!day?.period_end || day.date_precision !== 'day' || day.period_end >= report.published) return null;
  return daysBetween(day.period_end, report.published) <= TITLE_CUTOFF_DAYS ? day : null;
}

/** A span counted back from the report's day: "in the past week", "over the last 48 hours", "in recent days". */
const PAST_UNITS = String.raw`(?:past|last|previous)\s+(?:\S+\s+)?(?:hours?|days?|weeks?|months?)`;
const ROLLING = new RegExp(String.raw`^(?:in|over|during|within)\s+(?:the\s+)?(?:${PAST_UNITS}|recent\s+(?:days|weeks))$`, 'i');

/** Whether the fact's phrase is a span counted back from the report's day (see ROLLING). */
function rollsBack(x: ExtractedFact): boolean {
  return ROLLING.test(x.time_phrase.trim());
}

/**
 * "18,500 people remain displaced since June" in a report that covers 1 to 22 November: a running total "since" a day
 * is counted up to the last day the report covers, not to its issue day after it. Only in a report whose coverage
 * line gave its period (a news story's headline span is no cut-off), or under a section heading closing on a cutoff
 * ("Displacement as of 6 June": the section's totals are counted to it); not for a total said to be "to date" or "so
 * far", which is of the issue day.
 */
function untilReportEnd(period: Period, x: ExtractedFact, current: Current): Period {
  const last = current.covered ?? current.cutoff;
  if (!last || !SINCE_PHRASE.test(x.time_phrase) || UP_TO_NOW.test(x.quote)) return period;
  const end = last.period_end;
  return end >= period.period_start && end < period.period_end ? { ...period, period_end: end } : period;
}

/**
 * "Displacement has risen sharply since the army entered the city's south", "Thousands have fled since rebels took
 * the town": the event of a "since" clause with no date of its own started the state its main clause tells up to the
 * report's present. It came after the day the story had reached, not on it, and no later than the report's day.
 */
const SINCE_CLAUSE = /\bsince\s+(?:[\p{L}'’-]+\s+){1,4}$/iu;

function sinceClauseEvent(x: ExtractedFact): boolean {
  const before = x.quote.slice(0, Math.max(0, (x.cue_start ?? x.figure_start) - x.char_start));
  return SINCE_CLAUSE.test(before);
}

/**
 * "The curfews declared on 14 March are still going on and 40 civilians were killed": the day before the figure is
 * the start of a state the sentence says goes on, so the figure runs from it to the report's day (campaign.ts
 * stillGoingOn); a day after the figure, or a span, keeps its own reading.
 */
function ongoingSince(x: ExtractedFact, period: Period): boolean {
  if (period.date_precision !== 'day' || period.period_start !== period.period_end) return false;
  const figure = figureAt(x);
  const at = timePhraseAt(x);
  return at >= 0 && at + x.time_phrase.length <= figure && stillGoingOn(x.quote.slice(at + x.time_phrase.length, figure));
}

/** "the operation has killed more than 1,000": a campaign's toll up to the report's day (campaign.ts campaignSoFar). */
const campaignTollSoFar = (x: ExtractedFact): boolean => campaignSoFar(x.quote.slice(0, Math.max(0, figureAt(x))));

/** From the story's date to the end of the report's day (its precision's end, for a report dated within a week). */
function sinceToReport(from: Period, published: string, precision: ArticleRecord['published_precision']): Period {
  const report = resolvePeriod('', published, precision);
  if (report.period_end < from.period_start) return from;
  const days = daysBetween(from.period_start, report.period_end);
  return { period_start: from.period_start, period_end: report.period_end, date_precision: days <= 7 ? 'week' : 'month' };
}

/**
 * A narrative (no publication date) that names its span by months, "Aleppo offensive (November–December 2016)",
 * dates the figures it gives for the whole campaign ("almost 1,200 people were killed during the operation") by that
 * span; its end is the month's last day only because the title writes months. The text's own latest event day inside
 * the span is where its story of the campaign ends, so such a figure ends there: with figures dated up to 22 December,
 * "during the operation" ends on 22 December, not 31 December. Only figures dated by the context (no phrase of their
 * own) and only periods coarser than a week that contain that day; a report (with a publication date) is capped by it.
 */
export function endSpansAtLastDay<T extends Pick<Period, 'period_start' | 'period_end' | 'date_precision'> & { date_basis: string }>(
  facts: T[], published: string,
): T[] {
  if (published) return facts;
  const last = latest(facts.filter((f) => f.date_precision === 'day').map((f) => f.period_end));
  if (!last) return facts;
  return facts.map((f) =>
    f.date_basis === 'context' && COARSE.has(f.date_precision) && f.period_start <= last && last < f.period_end ? { ...f, period_end: last } : f);
}

const COARSE = new Set(['month', 'year']);
