/**
 * The dates an article gives, placed on the calendar: written dates in the text and in photo captions, years
 * supplied for dates written without one, and relative anchors ("four days after ...").
 */
import { relativeClauseAt } from '@frontline/nlp';
import { REPORTING, type RemovedLine, type Sentence } from '@frontline/schema';
import { addDays, alternation, comparedBaseline, countValue, stepCount, dateWords, daysBetween, daysInMonth, isoDate, latest, monthNames, yearToDate } from '@frontline/nlp/dates';
import { FILE_PHOTO } from './boilerplate-rules.ts';
import { findDates, type DateMention, type MentionPrecision } from './dates.ts';

/**
 * Where a date was written. `background`: in the text, inside a relative clause (", which rebels captured in September
 * 2015"): it bounds the article from below but neither dates it nor gives a year to dates written without one.
 */
export type DateSource = 'text' | 'background' | 'caption' | 'file_caption' | 'relative';

export interface DatedMention {
  /** First and last day the mention covers (equal for a day). */
  first: string;
  last: string;
  precision: MentionPrecision;
  phrase: string;
  source: DateSource;
  /** Offset in the clean text; -1 for captions, which are not in it. */
  position: number;
  /** How the year was found when the text left it out ('' when written). */
  yearFrom: string;
  /** For a relative date, the date it was counted from. */
  countedFrom?: DatedMention;
}

export interface Timeline {
  dates: DatedMention[];
  /** Day or month dates written without a year that nothing could place. */
  unplaced: string[];
}

// Statements about the future: their dates and weekdays are not events that happened before publication.
const SCHEDULED = '(?:is|are|am) (?:expected|scheduled|due|set|planned|slated|going) to';
const MEANS_TO = '(?:hopes?|plans?|intends?) to';
const FUTURE = new RegExp(String.raw`\b(?:will|shall|${SCHEDULED}|${MEANS_TO}|next (?:week|month|year)|upcoming|tomorrow)\b`, 'i');

/** The sentence holding a clean-text offset, by binary search (sentences are in text order and do not overlap). */
export function sentenceAt(sentences: Sentence[], position: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (position < s.start) hi = mid - 1;
    else if (position >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

// Per sentence, computed once: a long text asks about the same sentence for each of its many dates and weekdays.
const futureOf = new WeakMap<Sentence, boolean>();

/** True when the clean-text offset lies in a sentence about the future. */
export function inFutureSentence(sentences: Sentence[], position: number): boolean {
  const s = sentenceAt(sentences, position);
  if (s === undefined) return false;
  let future = futureOf.get(s);
  if (future === undefined) {
    // Quoted words are the speaker's ("... that will restore stability," Assad said on Thursday): the report is past.
    future = FUTURE.test(s.text.replace(/“[^”]*”|"[^"]*"/g, ''));
    futureOf.set(s, future);
  }
  return future;
}

/** True when a date mention lies in a relative clause of its sentence (see `DateSource`). */
function inBackground(text: string, sentences: Sentence[], m: DateMention): boolean {
  const s = sentenceAt(sentences, m.start);
  return s !== undefined && relativeClauseAt(text.slice(s.start, s.end), m.start - s.start, m.end - s.start) !== null;
}

export function buildTimeline(text: string, sentences: Sentence[], removed: RemovedLine[]): Timeline {
  const written = [
    ...findDates(text)
      .filter((m) => !inFutureSentence(sentences, m.start))
      .map((m) => ({ m, source: inBackground(text, sentences, m) ? 'background' as DateSource : 'text' as DateSource, position: m.start })),
    ...removed
      .filter((r) => r.reason === 'caption')
      .flatMap((r) => {
        const source: DateSource = FILE_PHOTO.test(r.text) ? 'file_caption' : 'caption';
        return findDates(r.text).map((m) => ({ m, source, position: -1 }));
      }),
  ];
  // A bare year ("in 2018") dates the background: it never gives a year to "21 January" (it would move it forward).
  const anchors = written.filter((w) => w.m.year !== null && w.m.precision !== 'year' && w.source !== 'background');
  const dated = anchors.map((w) => ({ ...w, dated: calendarSpan(w.m, w.m.year!) }));
  const context = { ...orNextIssue(yearContext(dated, endOfLine(text, 1), text), text, sentences), ...spanContext(text, written) };
  const dates: DatedMention[] = [];
  const unplaced: string[] = [];
  for (const { m, source, position } of written) {
    // "on 31 October last year": the year before the one the text is written in, which is not yet known; read as
    // "the first after" the latest dated month, it would land a year late and date the article after it.
    const lastYear = m.year === null && LAST_YEAR_AFTER.test(text.slice(m.end, m.end + 20));
    const repeated = m.year === null && source === 'text' ? repeatedMonth(m, dated, text) : null;
    const counted = m.year === null && !repeated ? yearToDate(text, m.start, m.end) : null;
    const year = m.year ?? repeated?.m.year ?? counted ?? (lastYear && source !== 'caption' && source !== 'file_caption' ? null : yearFor(m, text, context));
    const how = repeated ? `year from '${repeated.m.phrase}', the same month written with its year before`
      : counted ? `year from its count's 'in ${counted}', the year the count runs through` : context.how;
    if (year === null) unplaced.push(m.phrase);
    else dates.push({ ...calendarSpan(m, year), phrase: m.phrase, source, position, yearFrom: m.year === null ? how : '' });
  }
  dates.push(...relativeDates(text, sentences, dates));
  return { dates, unplaced: [...new Set(unplaced)] };
}

/**
 * A yearless date a periodic report compares its period with ("down to 91 from 131 in August", "compared with 14 in
 * June", "than in May": `comparedBaseline`) is an earlier one: the latest occurrence up to the latest date written
 * with a year (the report's own month), not the first after it.
 */
function yearFor(m: DateMention, text: string, ctx: YearContext): number | null {
  if (ctx.anchorEnd && comparedBaseline(text.slice(Math.max(0, m.start - 100), m.start), m.phrase)) {
    const base = Number(ctx.anchorEnd.slice(0, 4));
    return [base, base - 1].find((year) => calendarSpan(m, year).last <= ctx.anchorEnd!) ?? null;
  }
  return resolveYear(m, ctx);
}

/** A month written with its year as a period's start ("since March 2015", "from January 2020"): no topic of the text. */
const SINCE_BEFORE = /\b(?:since|from|after)\s+$/i;

/**
 * "January 2022 was the deadliest month ... 139 civilians were killed in January": a yearless month repeats the same
 * month the text last wrote with its year, whatever later month a heading names ("SUMMARY FEBRUARY 2022", which would
 * put a January after it in the next year). Not a month written as a period's start ("since March 2015 ... in March"):
 * a running total's start is background, and a later March is the recent one.
 */
function repeatedMonth(m: DateMention, withYear: WithYear[], text: string): WithYear | null {
  if (m.precision !== 'month') return null;
  let found: WithYear | null = null;
  for (const w of withYear) {
    if (w.source !== 'text' || w.m.start >= m.start || w.m.precision !== 'month' || w.m.month !== m.month) continue;
    if (found === null || w.m.start > found.m.start) found = w;
  }
  if (found === null) return null;
  const before = text.slice(Math.max(0, found.m.start - START_REACH), found.m.start);
  return SINCE_BEFORE.test(before) || START_BEFORE.test(before) ? null : found;
}

/** "31 October last year", "in March of last year": the words after a yearless date that place it in the year before. */
const LAST_YEAR_AFTER = /^,?\s+(?:of\s+)?last\s+year\b/i;

/** The days a date mention covers once its year is known. */
export function calendarSpan(m: DateMention, year: number): Pick<DatedMention, 'first' | 'last' | 'precision'> {
  if (m.precision === 'year') return { first: isoDate(year, 1, 1), last: isoDate(year, 12, 31), precision: 'year' };
  if (m.precision === 'month') {
    return { first: isoDate(year, m.month!, 1), last: isoDate(year, m.month!, daysInMonth(year, m.month!)), precision: 'month' };
  }
  const iso = isoDate(year, m.month!, m.day!);
  return { first: iso, last: iso, precision: 'day' };
}

/** Two written dates joined by a dash or "to": "(October 2017–February 2018)", "2017-2018", "March to June 2019". */
const RANGE_JOIN = /^\s*(?:[–—-]|to|until|till)\s*$/;

/**
 * A span the text states its events fall in, typically a campaign's title or lead: "(October 2017–February 2018)".
 * Yearless dates of such a text lie inside it, read from its start; not after its end, as "first after the latest
 * date with a year" would put them.
 */
function spanContext(text: string, written: { m: DateMention; source: DateSource }[]): Partial<YearContext> {
  // Only the title and the lead state the text's own span; later a span is background ("from March 2011 to 2012").
  const leadEnd = endOfLine(text, 2);
  const inText = written.filter((w) => w.source === 'text' && w.m.end <= leadEnd).map((w) => w.m);
  const shared = sharedYearSpan(text, inText);
  if (shared) return shared;
  for (let i = 0; i + 1 < inText.length; i++) {
    const [a, b] = [inText[i]!, inText[i + 1]!];
    if (a.year === null || b.year === null || a.precision === 'day' || !RANGE_JOIN.test(text.slice(a.end, b.start))) continue;
    const start = calendarSpan(a, a.year).first;
    const end = calendarSpan(b, b.year).last;
    if (end > start) return { near: '', lowerBound: start, upperBound: end, how: `year from the span '${text.slice(a.start, b.end)}' the text covers` };
  }
  return {};
}

/** A month name and a join right before a month with its year: the "July - " of "July - November 2023". */
const MONTH_JOINED = new RegExp(String.raw`\b(${alternation(monthNames())})\s*(?:[–—-]|to|until|till)\s*$`, 'i');

/**
 * "Scale up Response Report (Reporting period July - November 2023)": two months sharing the year written after the
 * second. The first month alone is no date mention (a bare month name may be a word), so the span is read from the
 * words before the second; a first month after the second is of the year before ("November - February 2024").
 */
function sharedYearSpan(text: string, inText: DateMention[]): Partial<YearContext> | null {
  for (const b of inText) {
    if (b.year === null || b.precision !== 'month') continue;
    const m = MONTH_JOINED.exec(text.slice(Math.max(0, b.start - 30), b.start));
    if (!m) continue;
    const month = monthNames().findIndex((n) => n.toLowerCase() === m[1]!.toLowerCase()) + 1;
    const year = month > b.month! ? b.year - 1 : b.year;
    return { near: '', lowerBound: isoDate(year, month, 1), upperBound: calendarSpan(b, b.year).last,
      how: `year from the span '${m[0]}${b.phrase}' the text covers` };
  }
  return null;
}

/** The nouns of what a report is ("report", "update", "flash update"): reporting.csv's `report_kind` and `document`. */
const ISSUE_NOUN = [...REPORTING.report_kind, ...REPORTING.document].map((w) => w.replace(/\s+/g, String.raw`\s+`)).join('|');
const NEXT_ISSUE = new RegExp(String.raw`\bnext\s+(?:${ISSUE_NOUN})\b[^.;]{0,40}?\b(?:issued|published|released)\b`, 'i');

/**
 * "This update covers 14 to 17 October. The next update will be published about 21 October, 2015.": a report that
 * writes no year but in the day of its next issue. That sentence is about the future, so its day is no event, but
 * the report's own yearless days lie shortly before it, as they lie around a day of current events. Only when no
 * date written with a year in the past tense gives the year.
 */
function orNextIssue(ctx: YearContext, text: string, sentences: Sentence[]): YearContext {
  if (ctx.near || ctx.lowerBound) return ctx;
  for (const m of findDates(text)) {
    const s = sentenceAt(sentences, m.start);
    if (m.year === null || m.precision !== 'day' || !s || !NEXT_ISSUE.test(s.text)) continue;
    const day = calendarSpan(m, m.year).first;
    return { near: day, lowerBound: '', anchorEnd: day, how: `year from the next issue's day '${m.phrase}'` };
  }
  return ctx;
}

/** The offset where the n-th non-blank line ends. */
function endOfLine(text: string, n: number): number {
  const lines = /[^\n]*\S[^\n]*/g;
  let end = 0;
  for (let i = 0, m = lines.exec(text); m && i < n; i++, m = lines.exec(text)) end = m.index + m[0].length;
  return end;
}

interface YearContext {
  /** The latest date written with a year, when it is a day of current events: yearless dates lie around it. */
  near: string;
  /** The end of the latest date written with a year, when it is a month, a year or an archive photo: yearless dates come after it. */
  lowerBound: string;
  /** The end of a stated span of events (spanContext): yearless dates are the first occurrence inside it. */
  upperBound?: string;
  /** The last day of the latest date written with a year: a compared date (COMPARED_BEFORE) lies on or before it. */
  anchorEnd?: string;
  how: string;
}

type WithYear = { m: DateMention; source: DateSource; dated: Pick<DatedMention, 'first' | 'last'> };

/**
 * A campaign's start written before its day: "began on 1 May 2021", "launched an offensive against the city on 4 April
 * 2019" (the date lexicon's start verbs). What a text tells of a campaign comes after its start.
 */
const START_BEFORE = new RegExp(String.raw`\b(?:${alternation(dateWords('start_verb').map((w) => w.word))})\b[^.;\n]{0,60}?\b(?:on|in)\s+$`, 'i');
const START_REACH = 80;

function yearContext(withYear: WithYear[], titleEnd: number, text: string): YearContext {
  const end = latest(withYear.map((w) => w.dated.last));
  const anchor = withYear.find((w) => w.dated.last === end);
  if (!anchor) return { near: '', lowerBound: '', how: '' };
  const what = anchor.source === 'caption' ? 'the photo caption date' : 'the latest date written with a year';
  // "The offensive began on 1 May 2021 ... On 15 August, the capital fell": when the latest day written with a year is
  // a campaign's start, a yearless day is the first after it, not one looked back to ("15 August 2020" came before).
  const start = anchor.source === 'text' && START_BEFORE.test(text.slice(Math.max(0, anchor.m.start - START_REACH), anchor.m.start));
  if (anchor.m.precision === 'day' && start) {
    return { near: '', lowerBound: anchor.dated.first, how: `year taken as the first on or after the campaign's start '${anchor.m.phrase}'` };
  }
  if (anchor.m.precision === 'day' && anchor.source !== 'file_caption') {
    return { near: end, lowerBound: '', anchorEnd: end, how: `year from ${what} '${anchor.m.phrase}'` };
  }
  const archive = anchor.source === 'file_caption' ? ' (an archive photo)' : '';
  // A campaign's title names its month ("Palmyra offensive (March 2016)"): a yearless "21 March" is in that March,
  // not the next. A month in the body is background, and recent days there come after it.
  // A month written in capitals ("MONTHLY REPORT N°29 - MARCH 2020") is a report's heading, which names its own month
  // as a title does.
  // Such a heading is the issue's month, and a monthly issue reports the month before it ("AIR RAIDS SUMMARY OCTOBER
  // 2021 ... on 18 September"): its yearless days are the first from the start of the month before.
  const heading = !/\p{Ll}/u.test(anchor.m.phrase);
  const own = anchor.m.precision === 'month' && anchor.source === 'text' && (anchor.m.end <= titleEnd || heading || sectionHeading(text, anchor.m));
  if (own && heading) {
    const from = isoDate(...previousMonth(anchor.dated.first), 1);
    return { near: '', lowerBound: from, anchorEnd: end, how: `year taken as the first from ${from}, the month before the heading's '${anchor.m.phrase}'` };
  }
  return { near: '', lowerBound: own ? anchor.dated.first : end, anchorEnd: end, how: `year taken as the first after '${anchor.m.phrase}'${archive}, the latest date written with a year` };
}

/**
 * A month with its year on a line of its own is a dated section heading ("April 2023", "== March 2015 ==", "## May
 * 2024"), as timelines and campaign pages divide their story: the days below it are in that month, not the next year's.
 */
const HEADING_MARKS = /^[\s=#*]*$/;
function sectionHeading(text: string, m: DateMention): boolean {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const lineEnd = text.indexOf('\n', m.end);
  return HEADING_MARKS.test(text.slice(lineStart, m.start)) && HEADING_MARKS.test(text.slice(m.end, lineEnd < 0 ? text.length : lineEnd));
}

/** The year and month before the month of an ISO day. */
function previousMonth(iso: string): [number, number] {
  const [y, m] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
  return m === 1 ? [y - 1, 12] : [y, m - 1];
}

/**
 * A year for a date written without one. Around a day of current events (a dated photo, "on January 4, 2018"):
 * the occurrence from ten months before to two months after it, as a report looks back more than ahead. After a
 * month, a year or an archive photo ("in December 2016"): the first occurrence after it, since writers give the
 * year for older dates and leave it out for recent ones.
 */
function resolveYear(m: DateMention, ctx: YearContext): number | null {
  const anchor = ctx.near || ctx.lowerBound;
  if (!anchor) return null;
  const base = Number(anchor.slice(0, 4));
  for (const year of [base - 1, base, base + 1, base + 2]) {
    const { first, last } = calendarSpan(m, year);
    if (ctx.near && daysBetween(ctx.near, first) > -300 && daysBetween(ctx.near, first) <= 65) return year;
    if (!ctx.near && first >= ctx.lowerBound && ctx.upperBound && last <= ctx.upperBound) return year;
    if (!ctx.near && last >= ctx.lowerBound && !ctx.upperBound) return year;
  }
  return null;
}

const RELATIVE = new RegExp(String.raw`\b(${stepCount()})\s+(days?|weeks?)\s+(after|later)\b`, 'gi');

/**
 * "Four days after X" / "two days later": a day N days after an anchor. The anchor is a day date in the rest of the
 * sentence ("four days after December 25"); when the sentence names an event instead ("four days after he took
 * command"), the latest day date written before the phrase, where such events are usually dated.
 */
function relativeDates(text: string, sentences: Sentence[], dates: DatedMention[]): DatedMention[] {
  const inText = dates.filter((d) => d.source === 'text').sort((a, b) => a.position - b.position);
  const latestDayBefore = latestDayBeforeEach(inText.filter((d) => d.precision === 'day'));
  const out: DatedMention[] = [];
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(text); m; m = RELATIVE.exec(text)) {
    if (inFutureSentence(sentences, m.index)) continue;
    const anchor = relativeAnchor(m, sentences, inText, latestDayBefore);
    if (!anchor) continue;
    const count = countValue(m[1]!);
    const iso = addDays(anchor.first, count * (m[2]!.toLowerCase().startsWith('week') ? 7 : 1));
    out.push({ first: iso, last: iso, precision: 'day', phrase: m[0], source: 'relative', position: m.index, yearFrom: anchor.yearFrom, countedFrom: anchor });
  }
  return out;
}

/**
 * For offsets asked in increasing order: the latest day (the first written, on a tie) among `days` (in text order)
 * that start before the offset. One pass over the days for all the questions, not one per question: a long text
 * has many of both.
 */
function latestDayBeforeEach(days: DatedMention[]): (position: number) => DatedMention | null {
  let next = 0;
  let best: DatedMention | null = null;
  return (position) => {
    for (; next < days.length && days[next]!.position < position; next++) {
      if (best === null || days[next]!.first > best.first) best = days[next]!;
    }
    return best;
  };
}

/** Index of the first of `sorted` (by position) at or after `position`. */
function firstAtOrAfter(sorted: DatedMention[], position: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.position < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function relativeAnchor(m: RegExpExecArray, sentences: Sentence[], inText: DatedMention[], latestDayBefore: (p: number) => DatedMention | null) {
  const sentence = sentenceAt(sentences, m.index);
  const after = m.index + m[0].length;
  if (m[3]!.toLowerCase() === 'after' && sentence) {
    const next = inText[firstAtOrAfter(inText, after)];
    if (next && next.position < sentence.end) return next.precision === 'day' ? next : null;
  }
  return latestDayBefore(m.index);
}
