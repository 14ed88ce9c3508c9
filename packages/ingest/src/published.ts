/**
 * When an article was published, reasoned from its own words when it carries no metadata, with the range the
 * evidence allows and a plain account of the reasoning. Evidence, strongest first: front matter, a dateline, dated
 * photo captions, the latest date in the text; weekday mentions narrow the last two down to a day.
 */
import { NARRATIVE_EVIDENCE, reportDayVerbForms, sayingVerbFormsFor, type ArticleRecord, type RemovedLine, type Sentence } from '@frontline/schema';
import {
  addDays, afterElapsed, alternation, infoboxDateValue, infoboxElapsed, dateWords, daysBetween, daysInMonth, firstOnOrAfter, isoDate, isValidDay, latest, monthNames, monthOf, weekdayName, weekdayNames, yearOf, type Weekday,
} from '@frontline/nlp/dates';
import { addressDate, addressYear } from './address.ts';
import { campaignPage } from './campaign-page.ts';
import { ambiguousDateLine, findDateline, pageStamp } from './dateline.ts';
import { findDates, wholeDate, type DateMention } from './dates.ts';
import { buildTimeline, calendarSpan, inFutureSentence, type DatedMention, type Timeline } from './timeline.ts';
import { dayOfLatestWeekday, distinctWeekdays, findWeekdays } from './weekdays.ts';
import type { KnownValue } from './readers/types.ts';
import { outsideWindow } from './window.ts';

export type Published = Pick<
  ArticleRecord,
  'published' | 'published_precision' | 'published_earliest' | 'published_latest' | 'published_evidence'
>;

export interface PublishedInput {
  text: string;
  sentences: Sentence[];
  removed: RemovedLine[];
  /** A stated publication date (front matter, a manifest, a page's metadata, an export's column), as written. */
  known?: KnownValue;
  /** The page's address (manifest, front matter, canonical link): the day or month its path carries (address.ts). */
  url?: string;
  /** The page's title as its metadata gives it (front matter, a manifest), when the body may not repeat it. */
  title?: string;
  /** The run's date, `YYYY-MM-DD`: a publication date after the next day is refused. */
  runDate: string;
}

/**
 * The input with the text's timeline, built on first use and then kept: the unsettled yearless path asks for it up to
 * three times (a page stamp's check, placing the own day, bounding the undated report), and it is never mutated.
 */
interface Reading extends PublishedInput {
  timeline: () => Timeline;
}

function reading(input: PublishedInput): Reading {
  let built: Timeline | undefined;
  return { ...input, timeline: () => (built ??= buildTimeline(input.text, input.sentences, input.removed)) };
}

/** A report runs within a week of the latest event it dates, when nothing narrows it further. */
const REPORT_WINDOW_DAYS = 6;

/**
 * The publication date and what was refused on the way (a front-matter date that is not one, or out of the window).
 * `windowChecked`: the days compared with the window, the only way the run date bears on the result (window.ts).
 */
export function inferPublished(given: PublishedInput): Published & { warnings: string[]; windowChecked: string[] } {
  const input = reading(given);
  const { known } = input;
  const fromMeta = known ? statedDate(known) : null;
  const metaOutside = fromMeta && outsideWindow(fromMeta.published, input.runDate);
  if (fromMeta && !metaOutside) {
    const stated = statedOrRevision(fromMeta, input);
    return { ...(writtenBefore(stated, input) ?? stated), warnings: [], windowChecked: [fromMeta.published] };
  }
  const warnings: string[] = [];
  let note = '';
  if (known && metaOutside) {
    note = `${known.from} 'published' ${metaOutside}, not used; `;
    warnings.push(`${known.key}.published: ${metaOutside}, not used`);
  } else if (known) {
    note = `${known.from} 'published' ('${known.value}') is not a date; `;
    warnings.push(`${known.key}.published: not a date, not used`);
  }
  // An encyclopedic page dates its events, never itself: its infobox's "Date 15 August 2021" is no dateline.
  const page = encyclopedic(input.text, input.title);
  const result = page !== null ? infoboxSnapshot(input.text, page) ?? range('', '', '', page)
    : fromDateline(input) ?? fromAmbiguousDateLine(input) ?? fromRunningHeader(input.removed) ?? fromOwnWords(input) ?? fromOwnYearlessDay(input) ??
      fromAddress(input) ?? fromText(input);
  const outside = outsideWindow(result.published, input.runDate);
  const windowChecked = [fromMeta?.published ?? '', result.published].filter((d) => d !== '');
  if (!outside) return { ...result, published_evidence: note + result.published_evidence, warnings, windowChecked };
  warnings.push(`published: ${outside}, not used`);
  return { ...range('', '', '', `${note}${result.published_evidence}, but ${outside}: not used`), warnings, windowChecked };
}

/**
 * A stated date on an encyclopedic page (a saved Wikipedia page's or a mirror's `published`) is when the page was
 * written, revised or copied, years after the campaign it tells: its yearless days ("On 17 January") are of the
 * story's own years, as for a page with no date. Only the page's own marks count here (an infobox, a title naming a
 * span or a period, a lead defining the title), not the weaker shape of `campaign-page.ts`, which a news story titled
 * as a campaign may have.
 */
function statedOrRevision(stated: Published, input: PublishedInput): Published {
  const page = encyclopedic(input.text, input.title, false);
  if (!page) return stated;
  return range('', '', '', `${page}; the stated date ${stated.published} (${stated.published_evidence}) is the page's own, not its events'`);
}

/**
 * An encyclopedic page whose infobox span is still open and states its length ("Date May 3, 2019 – present (2 years,
 * 1 month and 4 days)"): the start plus the length is the day the copy was taken, the "present" its running figures
 * stand at. Its events keep their own dates; only the undated figures (the infobox's tolls) take this day.
 */
function infoboxSnapshot(text: string, page: string): Published | null {
  const lines = text.split('\n', INFOBOX_LINES * 2).map((l) => l.trim()).filter(Boolean);
  for (const [i, line] of lines.entries()) {
    const value = infoboxDateValue(line);
    const elapsed = value === undefined ? undefined : infoboxElapsed(value, lines[i + 1]);
    const start = elapsed && findDates(value!).find((d) => d.year !== null && d.month !== null && d.day !== null);
    if (!elapsed || !start) continue;
    const day = afterElapsed(isoDate(start.year!, start.month!, start.day!), elapsed);
    if (day) return range(day, day, 'day', `${page}; its infobox's open span '${value!.trim()}' states its length: the copy's day, ${day}`);
  }
  return null;
}

/** Days a page's stated date may run after its dateline's day and still be that story's posting, not another's. */
const DATELINE_LAG_DAYS = 6;

/**
 * A dateline with its year a few days before the page's stated date ("GOMA, 3 February 2025 (Kivu Morning) –" on a
 * page dated 7 February): the writer's day is the dateline's, and the page went up, or was copied, later. The story's
 * "on Wednesday" and "yesterday" count from the dateline's day, so that is the report's day; the stated date stays its
 * last possible day. A dateline after the stated date, or long before it, is another story's, and the stated date holds.
 */
function writtenBefore(stated: Published, { text }: PublishedInput): Published | null {
  const line = stated.published_precision === 'day' ? findDateline(text) : null;
  if (!line || line.date.year === null || !line.date.month || !line.date.day) return null;
  const day = isoDate(line.date.year, line.date.month, line.date.day);
  const lag = daysBetween(day, stated.published);
  if (!(lag > 0 && lag <= DATELINE_LAG_DAYS)) return null;
  return range(day, stated.published, 'day',
    `dateline '${line.phrase}', ${lag} day${lag > 1 ? 's' : ''} before the stated date ${stated.published} (${stated.published_evidence}): the writer's day`);
}

function range(first: string, last: string, precision: Published['published_precision'], evidence: string): Published {
  return { published: first, published_precision: precision, published_earliest: first, published_latest: last, published_evidence: evidence };
}

/** A stated date: an ISO date or timestamp (its day as written, not moved to UTC), or a date in words. */
function statedDate({ value, from }: KnownValue): Published | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim());
  // Any valid ISO day, whatever its year: one outside the sane window is then refused as such, not as "not a date".
  if (iso) return isValidDay(+iso[1]!, +iso[2]!, +iso[3]!) ? range(iso[0].slice(0, 10), iso[0].slice(0, 10), 'day', from) : null;
  const date = wholeDate(value) ?? findDates(value).find((d) => d.year !== null);
  if (!date || date.year === null) return null;
  const { first, last, precision } = calendarSpan(date, date.year);
  return range(first, last, precision, from);
}

function fromDateline(input: Reading): Published | null {
  const { text, removed } = input;
  const line = findDateline(text);
  const stamp = line?.date.year != null ? null : pageStamp(removed);
  if (stamp && stampAgrees(stamp.date, line?.date, input.timeline)) {
    const iso = isoDate(stamp.date.year!, stamp.date.month!, stamp.date.day!);
    return range(iso, iso, 'day', `page stamp '${stamp.phrase}'`);
  }
  if (!line) return null;
  const { date } = line;
  if (date.year !== null) {
    const iso = isoDate(date.year, date.month!, date.day!);
    return range(iso, iso, 'day', `dateline '${line.phrase}'`);
  }
  // A wire dateline without a year ("AMMAN, Jan 8 (Reuters)"): the year comes from the dates in the text.
  const placed = placeOwnDay(date, input, text.indexOf(line.phrase));
  if (!placed) return unsettled(`dateline '${line.phrase}'`, input);
  return range(placed.iso, placed.iso, 'day', `dateline '${line.phrase}' without a year: ${placed.why}`);
}

/**
 * The report's own day is written without a year and its evidence does not settle it: the report is undated (bounded
 * below by its dates), not dated by the weaker clues after it, which would read the same day in a guessed year.
 */
function unsettled(what: string, input: Reading): Published {
  const why = `${what} gives the report's day without a year, and neither the text's dated events nor a year in its title or address settle it`;
  // Bounded by the dates written with their year: the others got theirs from guesses this day does not trust.
  const timeline = input.timeline();
  return undated({ ...timeline, dates: timeline.dates.filter((d) => d.yearFrom === '') }, why);
}

/** A report is written within a few months of the latest event it dates: a yearless own day further on is not placed. */
const OWN_DAY_REACH_DAYS = 120;

/**
 * The year of the report's own day written without one: a dateline ("Feb 7 (IRNA) -", "DAMASCUS, March 3 (Reuters)
 * -"), a cut-off ("Data Cutoff: January 30"), "Updated: 14 May". A report's own day is on or after every event it
 * dates with a written year, and within a few months of the latest ("on January 22, 2025" puts "Feb 7" in 2025;
 * "28 December 2023" puts "4 January" in 2024); a year its title or address states ("/2018/slug") must agree with
 * that, and alone gives the year when the text dates no event. Bare years ("since 2012") and relative clauses date
 * the background and give no year. Null when the evidence disagrees or there is none: an unknown day beats a wrong one.
 */
function placeOwnDay(date: DateMention, input: Reading, at = -1): { iso: string; why: string } | null {
  const written = input.timeline().dates.filter(
    (d) => d.source !== 'file_caption' && d.source !== 'relative' && d.yearFrom === '' && d.precision !== 'year',
  );
  const last = latestOf(written.filter((d) => d.source !== 'background' && !opensRunningSpan(input.text, d)));
  // A background date gives no year, but the report's day is not before it either.
  const floor = latest(written.map((d) => d.first));
  const spanStart = written.some((d) => d.source !== 'background' && opensRunningSpan(input.text, d));
  if (!last && spanStart && !statedYear(input)) return ownWeekdayYear(date, input, at, floor);
  const after = last ? firstOnOrAfter(date.month!, date.day!, last.first) : '';
  const near = after && after >= floor && daysBetween(last!.last, after) <= OWN_DAY_REACH_DAYS ? after : '';
  const stated = statedYear(input);
  const own = stated && isValidDay(stated.year, date.month!, date.day!) ? isoDate(stated.year, date.month!, date.day!) : '';
  if (stated && (own < floor || (near && own !== near))) return null;
  if (own) return { iso: own, why: `the year ${stated!.year} from ${stated!.where}${last ? `, on or after its latest dated event ${describe(last)}` : ''}` };
  if (!near) return null;
  return { iso: near, why: `the first such day on or after its latest dated event ${describe(last!)}, within ${OWN_DAY_REACH_DAYS} days of it` };
}

/**
 * "The toll since the start of the war in October 2023 rose to ...", "Since October 2023, Lebanon has faced ...": a
 * date a running span starts from is no event the report follows closely; the span runs to the report's day, which
 * may be years on. It bounds the report from below and gives its yearless own day no year.
 */
const SINCE_OPENS = /\bsince\b[^,;:.!?]{0,60}$/i;
const opensRunningSpan = (text: string, d: DatedMention): boolean =>
  d.position >= 0 && SINCE_OPENS.test(text.slice(Math.max(0, d.position - 80), d.position));

/** How many years after a running span's start a yearless own day is looked for on the weekday its sentence names. */
const WEEKDAY_YEARS = 2;

/**
 * The year of a yearless own day that only a running span's start bounds ("BEIRUT, Oct 5 (KUNA) -- The office said on
 * Saturday that the toll since October 2023 rose to ..."): a wire's lead tells the dateline's own day by its weekday,
 * so the day is the first on or after the span's start, within two years of it, that falls on the one weekday its
 * sentence names. Null when the sentence names none, or several, or no such day is near.
 */
function ownWeekdayYear(date: DateMention, { sentences }: Reading, at: number, floor: string): { iso: string; why: string } | null {
  const sentence = at < 0 ? undefined : sentences.find((s) => s.start <= at && at < s.end);
  const named = sentence ? distinctWeekdays(findWeekdays(sentence.text, findDates(sentence.text).map((d) => d.start))) : [];
  if (named.length !== 1) return null;
  for (let y = yearOf(floor); y <= yearOf(floor) + WEEKDAY_YEARS; y++) {
    if (!isValidDay(y, date.month!, date.day!)) continue;
    const iso = isoDate(y, date.month!, date.day!);
    if (iso >= floor && weekdayName(iso) === named[0]) {
      return { iso, why: `the first such day on or after ${floor}, where a running span starts, that falls on the ${named[0]} its sentence names` };
    }
  }
  return null;
}

// A year in the title that a running span starts from ("Syria's war since 2011") is background, not the report's.
const YEAR = /(?<!\bsince\s+)\b(?:19|20)\d{2}\b/g;

/**
 * The one year the page's title (its first line, or its metadata's) or its address states, or null: none, or several.
 * A first line that ends a sentence is the story's, not a title ("Damascus, Feb 7, SANA- ... launched in 2017.").
 */
function statedYear({ text, title, url }: PublishedInput): { year: number; where: string } | null {
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const line = title ?? (/[.!?"”]\s*$/.test(first) ? '' : first);
  const found = [
    ...[...new Set(line.match(YEAR) ?? [])].map((y) => ({ year: Number(y), where: `the title '${line.trim()}'` })),
    ...[addressYear(url)].filter((y) => y !== null).map((year) => ({ year, where: `the page address '${url}'` })),
  ];
  return found.length > 0 && found.every((f) => f.year === found[0]!.year) ? found[0]! : null;
}

/**
 * A page dated "03-12-2021", which may be 3 December or 12 March: a story is published on or after the latest day it
 * dates with a written year (a photo caption's included, an archive photo's not), so a reading before that day is not
 * the page's date. Of two readings on or after it, the nearer: news is published near its events. A text that dates
 * nothing with a year tells the two apart by nothing, and the line dates nothing, unless its weekday fits one reading only.
 */
function fromAmbiguousDateLine({ text, sentences, timeline }: Reading): Published | null {
  const line = ambiguousDateLine(text);
  if (!line) return null;
  const why = line.because === 'dots' ? 'a dotted date is day first' : 'its weekday fits one reading of day and month';
  if (line.readings.length === 1) return dayOf(line.readings[0]!, `the date line '${line.phrase}' (${why})`);
  const events = timeline().dates.filter(
    (d) => d.source !== 'file_caption' && d.source !== 'relative' && d.yearFrom === '' && d.precision !== 'year' &&
      !(d.position >= 0 && inFutureSentence(sentences, d.position)),
  );
  const last = latestOf(events);
  if (!last) return null;
  const days = line.readings.map((r) => isoDate(r.year!, r.month!, r.day!)).filter((d) => d >= last.first).sort();
  if (days.length === 0) return null;
  return range(days[0]!, days[0]!, 'day',
    `the date line '${line.phrase}' (day and month either way), read as ${days[0]}: the reading on or after, and nearest to, the latest date the text gives with its year ${describe(last)}`);
}

/**
 * The day (or month) the page's address files the story under, when the text has no date line of its own: the
 * publisher's date, which weekday mentions then count back from. An address dated before a day the text itself writes
 * is not this story's (a reused slug, an archive path), so it dates nothing.
 */
function fromAddress({ url, text, sentences, timeline }: Reading): Published | null {
  const found = addressDate(url);
  if (!found) return null;
  if (timeline().dates.some((d) => d.source === 'text' && d.first > found.last)) return null;
  const day = found.precision === 'month' ? latestYearlessDayIn(found.first, text, sentences) : null;
  if (day) {
    return range(day.iso, addDays(day.iso, 1), 'day',
      `page address '${found.phrase}' (a month) and the text's latest day in it without a year, '${day.phrase}': published that day or the next`);
  }
  return range(found.first, found.last, found.precision, `page address '${found.phrase}'`);
}

/**
 * An address gives the month ("/2023/04/slug"); a news story in it dates its events by day without a year ("on 24
 * April", "on 14-15 March"). The latest such day in the address's month, outside statements about the future, is
 * the day the story reports up to, so it was published that day or the next. Without it, "24 April" would be read
 * against the month's first day and land a year early.
 */
function latestYearlessDayIn(monthFirst: string, text: string, sentences: Sentence[]): { iso: string; phrase: string } | null {
  const [year, month] = [yearOf(monthFirst), monthOf(monthFirst)];
  const days = findDates(text).filter(
    (m) => m.year === null && m.precision === 'day' && m.month === month && !inFutureSentence(sentences, m.start),
  );
  const last = days.reduce<DateMention | null>((a, m) => (a === null || m.day! > a.day! ? m : a), null);
  return last && isValidDay(year, month, last.day!) ? { iso: isoDate(year, month, last.day!), phrase: last.phrase } : null;
}

/**
 * A report's running header or footer (dropped from a PDF's text as page furniture) that carries one full date:
 * "Flash Update No. 3 | 14 May 2019" on every page dates the issue. Several different dates there date nothing.
 */
function fromRunningHeader(removed: RemovedLine[]): Published | null {
  const lines = [...new Set(removed.filter((r) => r.reason === 'page_furniture').map((r) => r.text))];
  const dated = lines.map((text) => ({ text, date: soleFullDate(text) })).filter((l) => l.date !== null);
  const days = new Set(dated.map((l) => isoDate(l.date!.year!, l.date!.month!, l.date!.day!)));
  return days.size === 1 ? dayOf(dated[0]!.date!, `the report's running header '${dated[0]!.text}'`) : null;
}

/**
 * A page stamp dates the article when it agrees with the wire dateline's day ("DAMASCUS, Jan. 7 (Xinhua)" and
 * "2018-01-07 19:30"), or, without a dateline, when the text dates nothing after it: a stamp of a related story
 * listed under the article is older than the article's own events or unrelated to them.
 */
function stampAgrees(stamp: DateMention, dateline: DateMention | undefined, timeline: () => Timeline): boolean {
  if (dateline) return dateline.month === stamp.month && dateline.day === stamp.day;
  const iso = isoDate(stamp.year!, stamp.month!, stamp.day!);
  return !timeline().dates.some((d) => d.source === 'text' && d.first > iso);
}

/** A full date (day, month and year) in a phrase, when it holds exactly one. */
function soleFullDate(phrase: string) {
  const full = findDates(phrase).filter((d) => d.precision === 'day' && d.year !== null);
  const distinct = new Set(full.map((d) => isoDate(d.year!, d.month!, d.day!)));
  return distinct.size === 1 ? full[0]! : null;
}

// A report that states its own date: "(as of 03 January 2018)", "Published on 18 Jan 2018", "until today the 28th of
// January 2018". Only near the top, where a report dates itself, except "today", which dates wherever it stands. A
// page stamp may follow the dateline on its line, labelled: "MOGADISHU (Garowe Online) - Updated: June 26, 2024".
const OWN_DATE_CUE = /\b(?:as of|as at|published(?: on| at)?:?|issued(?: on)?|last updated(?: on| at)?:?|updated(?: on| at)?:?)\s+/gi;
const TODAY_DATE = /\btoday,?\s+/gi;
const OWN_DATE_CHARS = 400;

/** (b) The report's own words: a full date in its title line, after "as of" near the top, or called "today". */
function fromOwnWords(input: Reading): Published | null {
  const { text } = input;
  const title = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const inTitle = soleFullDate(title);
  if (inTitle) return dayOf(inTitle, `title date '${inTitle.phrase}'`);
  const top = text.slice(0, OWN_DATE_CHARS);
  const cues: Cue[] = [[CUTOFF_CUE, top, CUTOFF_REACH], [OWN_DATE_CUE, top, 0], [TODAY_DATE, text, 0]];
  const own = cuedDays(cues).find((c) => c.date.year !== null && !countedSince(c, input));
  return own ? dayOf(own.date, `the report dates itself: '${own.cue} ${own.date.phrase}'`) : null;
}

/** How far past an "as of" day the text's own past days must run before that day is read as a start (see below). */
const AS_OF_OVERRUN_DAYS = 30;
const AS_OF_CUE = /^as\s+(?:of|at)$/i;

/**
 * "As of 16 March 2019, there have been 40 raids ... and 120 people were killed", in a fact sheet that goes on to tell
 * of June and September 2019 as past: the writer counts from that day ("since"), so it is no report's own date. A
 * report is dated on or after every event it tells (a sentence about the future gives the timeline no date); a day
 * with its year written more than a month after the "as of" day shows the report was written later. Only "as of" and
 * "as at": a "published" or "updated" line is the page's own day whatever it tells.
 */
function countedSince({ cue, date }: { cue: string; date: DateMention }, input: Reading): boolean {
  if (!AS_OF_CUE.test(cue) || date.day === null || date.month === null || date.year === null) return false;
  const limit = addDays(isoDate(date.year, date.month, date.day), AS_OF_OVERRUN_DAYS);
  return input.timeline().dates.some((d) => d.source === 'text' && d.precision === 'day' && d.yearFrom === '' && d.first > limit);
}

// An assessment's or a dashboard's cut-off: "Data Cutoff: January 30, at 5 p.m.", "Data cutoff: 2:30 p.m. ET on
// October 6". The date may follow a clock time, so it is looked for in the words after the cue, not only at their start.
const CUTOFF_CUE = /\bdata\s+cut-?\s?off\b\s*:?\s*/gi;
const CUTOFF_REACH = 40;

/** A cue, the text it is looked for in, and how far after it its date may start (0: right after it). */
type Cue = readonly [RegExp, string, number];

/** The day dates (with or without a year) that follow the cues, cue by cue, in text order. */
function cuedDays(cues: Cue[]): { cue: string; date: DateMention }[] {
  const found: { cue: string; date: DateMention }[] = [];
  for (const [cue, scope, reach] of cues) {
    cue.lastIndex = 0;
    for (let m = cue.exec(scope); m; m = cue.exec(scope)) {
      if (datesBracketedFigure(scope, m.index)) continue;
      const from = m.index + m[0].length;
      const date = findDates(scope.slice(from, from + CUTOFF_REACH)).find((d) => d.start <= reach);
      if (date && date.precision === 'day') found.push({ cue: m[0].trim(), date });
    }
  }
  return found;
}

/**
 * (b') The report's own date written without its year, near the top: a data cut-off ("Data Cutoff: January 30") or
 * "as of 12 March", "updated 3 June". A report's own date is on or after every event it reports, so it is the first
 * such day on or after the latest event the text dates with a written year ("M23 captured Goma on January 27, 2025"
 * puts "January 30" in 2025; "28 December 2023" puts "5 January" in 2024). Bare years ("since 2012") date the
 * background and give no year. Published that day or the next, as a report runs the day its data stop or after.
 */
function fromOwnYearlessDay(input: Reading): Published | null {
  const top = input.text.slice(0, OWN_DATE_CHARS);
  const own = cuedDays([[CUTOFF_CUE, top, CUTOFF_REACH], [OWN_DATE_CUE, top, 0]]).find((c) => c.date.year === null);
  if (!own) return null;
  const placed = placeOwnDay(own.date, input);
  if (!placed) return unsettled(`'${own.cue} ${own.date.phrase}'`, input);
  return range(placed.iso, addDays(placed.iso, 1), 'day',
    `the report dates itself '${own.cue} ${own.date.phrase}' without a year: ${placed.why}; published that day or the next`);
}

// "(23,015 as of April 24)", "(up from 1,102 as at 3 May)": a figure in a bracket before the cue, the count a report
// had on an earlier day; "(Flash Update No. 5 as of 12 March)" numbers an issue, no figure.
const BRACKETED_FIGURE = /\(\s*(?:[\p{L}]+\s+){0,2}(?<!\b(?:no\.?|number|update|report|issue)\s+)\d[\d,.]*\s+(?:[\p{L}]+\s+){0,2}$/iu;

/** True when the cue at `at` stands in a bracket after a figure it dates: an earlier count, not the report's own date. */
function datesBracketedFigure(scope: string, at: number): boolean {
  const open = scope.lastIndexOf('(', at);
  if (open < 0 || scope.lastIndexOf(')', at) > open) return false;
  return BRACKETED_FIGURE.test(scope.slice(open, at));
}

function dayOf(date: DateMention, evidence: string): Published {
  const iso = isoDate(date.year!, date.month!, date.day!);
  return range(iso, iso, 'day', evidence);
}

/**
 * A narrative (an encyclopedic campaign article) dates many events over months and reports none of them as news: it
 * has no publication date, and its facts are dated from the text itself (extract's document layer).
 */
const NARRATIVE_MIN_DATES = 6;
const NARRATIVE_MIN_SPAN_DAYS = 45;

function narrative(timeline: Timeline, weekdays: Weekday[], text: string): string | null {
  const days = [...new Set(timeline.dates.filter((d) => d.source === 'text' && d.precision === 'day').map((d) => d.first))].sort();
  if (days.length < NARRATIVE_MIN_DATES || weekdays.length > 1 || (text.match(RELATIVE_TO_NOW) ?? []).length > 0) return null;
  const span = daysBetween(days[0]!, days[days.length - 1]!);
  if (span < NARRATIVE_MIN_SPAN_DAYS) return null;
  const first = timeline.dates.find((d) => d.source === 'text' && !d.yearFrom);
  const example = first ? `, from '${first.phrase}' on` : '';
  return `a narrative: ${days.length} dated days over ${span} days${example}, and no report of the day (no weekday or 'today'); ${NARRATIVE_EVIDENCE}`;
}

/**
 * The field labels of a military-conflict infobox (https://en.wikipedia.org/wiki/Template:Infobox_military_conflict),
 * as a copied page gives them at the start of a line ("Date 15–19 December 2023", "Result RSF victory", "Location"),
 * or as a copy of the page's source lists the template's own fields ("- Place: Palma", "- Casualties3: 40 killed").
 */
const INFOBOX_LABELS = [
  'Date', 'Location', 'Result', 'Territorial changes', 'Belligerents', 'Combatants', 'Commanders and leaders',
  'Units involved', 'Strength', 'Casualties and losses', 'Part of',
];
/** The template's own field names, numbered per side; counted only as a field ("Place:"), as words open report lines. */
const INFOBOX_FIELDS = ['Conflict', 'Partof', 'Place', 'Combatant', 'Commander', 'Units', 'Strength', 'Casualties'];
const spaced = (labels: string[]) => labels.map((l) => l.replace(/ /g, String.raw`\s+`)).join('|');
const INFOBOX_LABEL = new RegExp(
  String.raw`^(?:[-•*]\s*)?(?:(${spaced(INFOBOX_LABELS)})(?![a-z])|(${spaced(INFOBOX_FIELDS)})\d?\s*:)`,
);
const INFOBOX_MIN_LABELS = 3;
const INFOBOX_LINES = 40;

function infoboxLabel(line: string): string | undefined {
  const m = INFOBOX_LABEL.exec(line);
  return (m?.[1] ?? m?.[2])?.replace(/\s+/g, ' ');
}
/**
 * A title naming the span its events fall in, as encyclopedias title campaigns: "X offensive (April–August 2019)",
 * "(October 2017–February 2018)", "(2016–2017)"; the first month may touch the dash.
 */
const TITLE_SPAN = /\((?:[A-Z][a-z]+\.?\s*)?(?:(?:19|20)\d{2}\s*)?[–—-]\s*(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d{2}\)\s*$/;
/**
 * A title naming a campaign still running when written: "Battle of X (2023–present)", "Siege of Y (April 2024–present)".
 * A report does not title itself so; its start must name a year.
 */
const TITLE_OPEN_SPAN = /\((?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d{2}\s*[–—-]\s*present\)\s*$/;

/**
 * An encyclopedic page, however few dates it gives: an infobox (three of its labels at the start of lines near the
 * top) or a title naming a span. Its dates are its events; a copy's stamps ("4 April 2024; 16 days ago") are not a
 * publication either. Returns the evidence, or null.
 */
function encyclopedic(text: string, metaTitle?: string, byShapeToo = true): string | null {
  const lines = withTitle(metaTitle, text.split('\n', INFOBOX_LINES * 2).map((l) => l.trim()).filter(Boolean).slice(0, INFOBOX_LINES));
  const labels = new Set(lines.map((l) => infoboxLabel(l)).filter(Boolean));
  if (labels.size >= INFOBOX_MIN_LABELS) {
    return `an encyclopedic page (an infobox: ${[...labels].join(', ')}): it dates its events, not itself; ${NARRATIVE_EVIDENCE}`;
  }
  const title = TITLE_SPAN.exec(lines[0] ?? '') ?? TITLE_OPEN_SPAN.exec(lines[0] ?? '');
  if (title) return `an encyclopedic page (its title names the span of its events, '${title[0].trim()}'); ${NARRATIVE_EVIDENCE}`;
  const period = titledPeriod(lines[0] ?? '', lines[1] ?? '');
  if (period) return `an encyclopedic page (its title names the period of its events, '${period}', and its lead opens with the title's subject); ${NARRATIVE_EVIDENCE}`;
  const [copiedTitle, lead] = titleAndLead(lines);
  if (definesTitle(copiedTitle, lead)) {
    return `an encyclopedic page (its lead defines the title's subject, 'The ${copiedTitle} was'); ${NARRATIVE_EVIDENCE}`;
  }
  // A copy cut to its paragraphs: the page is known by its title, headings and dates alone (campaign-page.ts). Such
  // weaker evidence yields to a dateline: a wire story may be titled as a campaign is.
  if (!byShapeToo || findDateline(text)) return null;
  if (listPage(copiedTitle, lead)) {
    return `an encyclopedic page (a timeline or list: '${copiedTitle}', its lead '${firstSentence(lead).slice(0, 60)}'); its facts are dated from its headings and text`;
  }
  return campaignPage(copiedTitle, text.split('\n').map((l) => l.trim()).filter(Boolean), text);
}

/**
 * An encyclopedia's timeline or list page: titled "Timeline of X" / "Chronology of X" / "List of X", its lead saying
 * what it is ("The following is a timeline of X", "This article is a chronology of X"). A news timeline is titled and
 * opened otherwise ("TIMELINE-Key events in X", "Here is a timeline of"), and a dateline has already claimed it.
 */
const LIST_NOUN = '(?:timeline|chronology|list)';
const LIST_TITLE = new RegExp(String.raw`^${LIST_NOUN}\s+of\s+\S`);
const THIS_PAGE = String.raw`(?:the\s+following|this(?:\s+article|\s+page)?)`;
const LIST_LEAD = new RegExp(String.raw`^${THIS_PAGE}\s+is\s+an?\s+(?:chronological\s+)?${LIST_NOUN}\s+of\s`, 'i');
const listPage = (title: string, lead: string): boolean => LIST_TITLE.test(subjectOf(title)) && LIST_LEAD.test(lead.replace(REFERENCE_MARKS, ''));

/**
 * The lines a page's title is judged on: a saved page may keep its title only in its front matter or manifest, its
 * body opening straight with the lead ("The siege of X was ..."); the title then stands above the body, as a copy
 * that kept it in its text would give it. A body that already opens with its title is left as it is.
 */
function withTitle(metaTitle: string | undefined, lines: string[]): string[] {
  const title = metaTitle?.trim();
  if (!title || subjectOf(lines[0] ?? '') === subjectOf(title)) return lines;
  return [title, ...lines];
}

/** An address's slug as a copy keeps it above the title: "Siege_of_Kobani". */
const SLUG = /^[^\s_]+(?:_[^\s_]+)+$/;
/** Lines after the title where a copy's lead may stand: the title again, then the encyclopedia's one-line description. */
const LEAD_LINES = 3;

/**
 * The title and the lead of a page as a stored copy gives them: the copy may keep the address's slug above the title,
 * repeat the title, and put the encyclopedia's one-line description ("2014 offensive in northern Syria") before the
 * lead. The title is the first line that is no slug; the lead, the first of the next few lines opening with the
 * title's subject (else the line after the title, as before).
 */
function titleAndLead(lines: string[]): [string, string] {
  const rest = SLUG.test(lines[0] ?? '') ? lines.slice(1) : lines;
  const title = rest[0] ?? '';
  const subject = subjectOf(title);
  const lead = rest.slice(1, 1 + LEAD_LINES).find((l) => l !== title && subject !== '' && openingOf(l).startsWith(subject));
  return [title, lead ?? rest[1] ?? ''];
}

const subjectOf = (title: string): string => title.replace(/[*_]/g, '').replace(/^the\s+/i, '').trim().toLowerCase();
/** A copy keeps the encyclopedia's reference marks ("(Filipino: ...),[30][31] also known as"): they are no words of the lead. */
const REFERENCE_MARKS = /\[(?:\d{1,3}|[a-z])\]/g;
const openingOf = (lead: string): string => lead.replace(REFERENCE_MARKS, '').replace(/[*_]/g, '').replace(/^the\s+/i, '').toLowerCase();

/**
 * How an encyclopedia opens an article: its lead's first sentence names the title as its subject and says what it
 * was ("Nineveh Plains offensive" / "The **Nineveh Plains offensive** was a battle in which ..."), a code name or a
 * bracket in between. A report's lead tells its news ("Troops captured ...") rather than defining its headline.
 */
function definesTitle(title: string, lead: string): boolean {
  const subject = subjectOf(title);
  if (subject.split(/\s+/).length < 2 || /[.:!?]$/.test(subject)) return false;
  const opening = openingOf(lead);
  if (!opening.startsWith(subject)) return false;
  const after = opening.slice(subject.length);
  return DEFINING_VERB.test(after) || (OPENING_VERB.test(after) && !NEWS_LEAD.test(firstSentence(after)));
}
/**
 * What follows the subject in a defining lead: "was a", "is an", after a bracket, a code name in commas, the
 * campaign's other names ("The siege of X (Filipino: ...), also known as the X crisis and the Battle of X, was a ...")
 * or its other name after "or" ("The Battle of X or the Battle for X was fought ...").
 */
const BRACKET_ASIDE = String.raw`(?:\s*\([^)]{1,80}\))?`;
const ALSO_KNOWN_AS = String.raw`,\s+(?:also|otherwise)\s+(?:known|called|referred\s+to)\s+as\s+[^.;]{1,160}?,`;
const COMMA_ASIDE = String.raw`(?:,[^,]{1,80},|${ALSO_KNOWN_AS})?`;
const OTHER_NAME = String.raw`(?:\s+or\s+[^,.;()]{1,60}?)?`;
const ASIDES = String.raw`^${BRACKET_ASIDE}${COMMA_ASIDE}${OTHER_NAME}\s+`;
const DEFINING_VERB = new RegExp(String.raw`${ASIDES}(?:was|is|were|are)\s+(?:an?|the|one)\b`);
/**
 * How an encyclopedia's lead tells a campaign's start: "The siege of X was launched by ...", "The battle of X began
 * on 18 April 2022". A report may open so too, so such a lead counts only without a report's marks (NEWS_LEAD).
 */
const OPENING_VERB = new RegExp(String.raw`${ASIDES}(?:was\s+(?:launched|fought|waged)|began|started|took\s+place)\b`);
/** A report's marks in its first sentence: a weekday, "today", "yesterday", a verb of saying. */
const NEWS_LEAD = new RegExp(String.raw`\b(?:${alternation(weekdayNames())}|today|yesterday|${alternation(sayingVerbFormsFor('news-lead'))})\b`, 'i');
const firstSentence = (text: string): string => text.split(/(?<=[.!?])\s/, 1)[0] ?? text;

/** A title ending in one period in brackets: "Battle of Sirte (2016)", "Northern Iraq offensive (June 2014)". */
const TITLE_PERIOD = /^(.{3,}?)\s*\(((?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d{2})\)$/;

/**
 * One period in brackets is also how a report may title itself ("Flash update (October 2019)"), so it marks an
 * encyclopedic page only when the lead's first sentence opens with the title's subject, as an encyclopedia's lead
 * names its topic ("The Battle of Sirte started in ...", "The **Northern Iraq offensive** began on ..."). Returns
 * the bracketed period, or null.
 */
function titledPeriod(title: string, lead: string): string | null {
  const m = TITLE_PERIOD.exec(title);
  if (!m) return null;
  const subject = m[1]!.replace(/[*_]/g, '').trim().toLowerCase();
  const opening = openingOf(lead);
  return opening.startsWith(subject.replace(/^the\s+/, '')) ? `(${m[2]})` : null;
}

function fromText(input: Reading): Published {
  const { text, sentences } = input;
  const timeline = input.timeline();
  const dateStarts = timeline.dates.filter((d) => d.position >= 0).map((d) => d.position);
  const weekdays = distinctWeekdays(findWeekdays(text, dateStarts).filter((w) => !inFutureSentence(sentences, w.start)));
  const story = narrative(timeline, weekdays, text);
  if (story) return range('', '', '', story);
  return (
    fromTallyTitle(text, timeline) ??
    fromCaptions(timeline, weekdays) ??
    fromLatestDay(timeline, weekdays, text, sentences) ??
    fromLatestMonth(timeline, text) ??
    undated(timeline, nothingUsable(timeline, weekdays, text))
  );
}

/**
 * No date, but a lower bound: a report is not older than the dates it gives for past events ("since 2015"). Kept as
 * `published_earliest`, so that a date corroborated from another article can never contradict the article's own words.
 */
function undated(timeline: Timeline, evidence: string): Published {
  const notBefore = latest(timeline.dates.map((d) => d.first));
  const bound = notBefore ? `; not before ${notBefore}, the latest date it mentions` : '';
  return { ...range('', '', '', evidence + bound), published_earliest: notBefore };
}

function describe(d: DatedMention): string {
  const from = d.countedFrom ? `, counted from '${d.countedFrom.phrase}' ${d.countedFrom.first}, the latest date before it` : '';
  return `'${d.phrase}' (${d.first}${from}${d.yearFrom ? `; ${d.yearFrom}` : ''})`;
}
const listWeekdays = (w: Weekday[]) => w.join(', ');

function latestOf(dates: DatedMention[]): DatedMention | undefined {
  const last = latest(dates.map((d) => d.first));
  return dates.find((d) => d.first === last);
}

// A title that counts over a whole month or year: "774 Civilians Killed in January 2018", "Deaths during 2017: 3,120".
// The period closes the title or a clause of it ("in 2019 offensive" is a name, not a tally's period).
const TALLY_PERIOD = /\b(?:in|during|throughout|for)\s+(?:the\s+month\s+of\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d{2}\s*(?=$|[:;,.|(–—-])/;

/**
 * (c) A monthly or yearly tally: a title that states a count over a whole month or year ("N killed in January 2018")
 * is issued after that period ended (monitors publish their monthly tolls in the first days of the next month), unless
 * the text dates something later. Its dated photos and examples are of days inside the period, not of the report.
 */
function fromTallyTitle(text: string, timeline: Timeline): Published | null {
  const title = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const phrase = TALLY_PERIOD.exec(title);
  const period = phrase ? findDates(phrase[0]).find((d) => d.year !== null && d.precision !== 'day') : undefined;
  if (!phrase || !period || !/\d/.test(title.replace(phrase[0], ''))) return null;
  if (SINCE_BEFORE.test(title.slice(0, phrase.index + phrase[0].indexOf(period.phrase)))) return null;
  const { last } = calendarSpan(period, period.year!);
  if (timeline.dates.some((d) => d.source !== 'file_caption' && d.first > last)) return null;
  const next = addDays(last, 1);
  return range(next, addDays(next, REPORT_WINDOW_DAYS), 'week',
    `the title counts a whole ${period.precision} ('${phrase[0].trim()}'): a tally issued after it ended, within a week`);
}

/** (d) Dated photo captions: photos of the day's events, so the article is from that day or shortly after. */
function fromCaptions(timeline: Timeline, weekdays: Weekday[]): Published | null {
  const caption = latestOf(timeline.dates.filter((d) => d.source === 'caption' && d.precision === 'day'));
  if (!caption) return null;
  const laterText = latestOf(timeline.dates.filter((d) => !['caption', 'background'].includes(d.source) && d.precision === 'day' && d.first > caption.first));
  const anchor = laterText ?? caption;
  const what = laterText ? `latest date ${describe(laterText)}, after the latest photo caption date` : `latest photo caption date ${describe(caption)}`;
  const day = anchor.first;
  if (weekdays.includes(weekdayName(day))) {
    return range(day, day, 'day', `${what} is a ${weekdayName(day)}, the day the text reports events on`);
  }
  return byWeekdays(anchor, weekdays, what) ?? windowAfter(day, what);
}

/**
 * (e) The latest day written in the text, narrowed by weekday mentions. Not a day a running span starts from ("the
 * fighting has raged since 10 May 2024", "killed since October 7, 2023"): the span runs to the report's day, which may
 * be a year on, so the day bounds the report from below (undated) and does not date it to the week after.
 */
function fromLatestDay(timeline: Timeline, weekdays: Weekday[], text: string, sentences: Sentence[]): Published | null {
  const days = timeline.dates.filter((d) => !['file_caption', 'background'].includes(d.source) && d.precision === 'day');
  const spanStarts = days.filter((d) => startsRunningSpan(d, text));
  const last = latestOf(days.filter((d) => !spanStarts.includes(d)));
  if (spanStarts.some((d) => !last || d.first > last.last)) return null;
  if (!last || laterPeriod(timeline, last, text)) return null;
  const what = `latest date in the text ${describe(last)}`;
  const estimate = sayingDay(last, text, what) ?? byWeekdays(last, weekdays, what) ?? byDaysBack(last, text, sentences, what) ??
    windowAfter(last.first, what);
  return last.yearFrom ? nextYearIfLastYear(estimate, last.first, text) : estimate;
}

/**
 * A month or a year written with its year after the latest day ("the invasion launched on 24 February 2022 ... 4,289
 * deaths in March 2022 ... declined throughout 2023"): the text tells of a later period, so the day is background,
 * not the report's present. A month a running total starts from ("since March 2023") tells of no later event. A month
 * without its year counts too once the timeline has placed it after the day ("On 23 May 2017, ... In mid-June, ..."),
 * as a yearless day so placed is taken for the latest day: a sentence about the future gave no date to the timeline.
 */
function laterPeriod(timeline: Timeline, day: DatedMention, text: string): boolean {
  const placed = (d: DatedMention) => d.yearFrom === '' || d.precision === 'month';
  return timeline.dates.some((d) => d.source === 'text' && d.precision !== 'day' && placed(d) && d.first > day.last && !startsRunningSpan(d, text));
}

/**
 * The words that name a day by its distance back from the writer's present ("yesterday" 1, "the day before yesterday"
 * 2, "today" 0), from the date lexicon. "The previous day" and "the day before" count from a day the text has reached,
 * not from the present: a word that opens with "the" is deictic only when it ends in a deictic word.
 */
function deicticDays(): { re: RegExp; back: Map<string, number> } {
  const words = dateWords('relative_day');
  const plain = words.filter((w) => !/^the\s/i.test(w.word)).map((w) => w.word.toLowerCase());
  const deictic = words.filter((w) => !/^the\s/i.test(w.word) || plain.some((p) => w.word.toLowerCase().endsWith(` ${p}`)));
  const back = new Map(deictic.map((w) => [w.word.toLowerCase().replace(/\s+/g, ' '), -Number(w.value)]));
  return { re: new RegExp(`\\b(?:${alternation(deictic.map((w) => w.word))})\\b`, 'gi'), back };
}

/**
 * News that names its latest days relative to its present ("yesterday", "last night", "today") after a full date:
 * as with weekdays, the writer switched from dates to relative words for the most recent days, so the present is at
 * least as many days after the latest date as the word counts back ("yesterday" after 19 September: 20 September or
 * later). Estimated as that first day (the relative word's event on the latest date), within a week after it.
 * Words in sentences about the future ("strikes are expected tonight") say nothing of the past.
 */
function byDaysBack(anchor: DatedMention, text: string, sentences: Sentence[], what: string): Published | null {
  const { re, back } = deicticDays();
  let most = -1;
  let word = '';
  for (const m of text.matchAll(re)) {
    const days = back.get(m[0].toLowerCase().replace(/\s+/g, ' ')) ?? -1;
    if (days > most && !inFutureSentence(sentences, m.index)) [most, word] = [days, m[0]];
  }
  if (most < 0) return null;
  const day = addDays(anchor.first, most);
  return range(day, addDays(day, REPORT_WINDOW_DAYS), 'week',
    `${what}; the text names a day '${word}' relative to its present, so it was written ${most === 0 ? 'on' : `${most} day${most > 1 ? 's' : ''} after`} it or later: estimated ${day}, within a week`);
}

/**
 * A saying dated by its weekday and its date together: "officials said on Thursday, 14 March 2024", "told reporters
 * Friday (9 May)". Its weekday names the writer's present as a bare weekday would, and the date pins it: the report is
 * of that day (published then or the next morning), and the other weekdays it names ("stormed the town on Tuesday")
 * are days of the week before it, not days after the date. Only when the weekday is the date's own: a misread date
 * says nothing. An event dated so ("an air strike on Sunday, 4 August") is no saying: the weekdays may come after it.
 */
const SAYING_VERB = String.raw`\b(?:${alternation(reportDayVerbForms())})\b[^,.;]{0,30}?`;
const SAID_ON_WEEKDAY = new RegExp(String.raw`${SAYING_VERB}\s(?:late\s+)?(?:on\s+)?(${alternation(weekdayNames())})(?:,\s*|\s+\(|\s+)$`, 'i');
/** How far before a date its saying's verb and weekday may stand ("told reporters in Kyiv late on Thursday, "). */
const SAYING_REACH = 60;

function sayingDay(anchor: DatedMention, text: string, what: string): Published | null {
  if (anchor.position < 0) return null;
  const said = SAID_ON_WEEKDAY.exec(text.slice(Math.max(0, anchor.position - SAYING_REACH), anchor.position));
  if (!said || said[1]!.toLowerCase() !== weekdayName(anchor.first).toLowerCase()) return null;
  return range(anchor.first, addDays(anchor.first, 1), 'day',
    `${what} is the day of a saying written with its weekday ('${said[0].trim()}'): the writer's day, published that day or the next`);
}

function byWeekdays(anchor: DatedMention, weekdays: Weekday[], what: string): Published | null {
  const day = dayOfLatestWeekday(anchor.first, weekdays);
  if (!day) return null;
  return range(
    day,
    addDays(day, 1),
    'day',
    `${what}; the text reports events on ${listWeekdays(weekdays)}, the latest of them ${weekdayName(day)} ${day}: published that day or the next`,
  );
}

function windowAfter(day: string, what: string): Published {
  return range(day, addDays(day, REPORT_WINDOW_DAYS), 'week', `${what}; no weekday narrows it: published within a week after it`);
}

// Events of late months called "last year": "late last year", "at the end of last year", "last December".
const LATE_LAST_YEAR = /\b(?:(?:late|end of) last year|last (?:October|November|December)|(?:October|November|December),? last year)\b/;

/**
 * "Late last year" reasoning: when the latest date got its year by inference, falls in October-December, and the
 * text calls events of late months "last year", the article is from the early weeks of the next year.
 */
function nextYearIfLastYear(estimate: Published, latestDate: string, text: string): Published {
  const phrase = LATE_LAST_YEAR.exec(text)?.[0];
  if (!phrase || monthOf(latestDate) < 10) return estimate;
  const newYear = isoDate(yearOf(latestDate) + 1, 1, 1);
  if (estimate.published >= newYear) return estimate;
  const because = `${estimate.published_evidence}; the text says '${phrase}', so it was written in the new year`;
  if (estimate.published_latest >= newYear) return range(newYear, estimate.published_latest, 'week', because);
  return range(newYear, addDays(newYear, 30), 'month', `${because}, in its first weeks`);
}

/**
 * A month written in the text, when no day is: published in that month or the next. Not when the text writes a later
 * year ("since February 2022 ... advancing in 2024") or a later day a span starts from: the month is then background,
 * and the article is undated.
 */
function fromLatestMonth(timeline: Timeline, text: string): Published | null {
  const months = timeline.dates.filter((d) => d.source === 'text' && d.precision === 'month' && !startsRunningSpan(d, text));
  const last = latestOf(months);
  if (!last) return null;
  if (timeline.dates.some((d) => d.source === 'text' && d.precision === 'year' && d.first > last.last)) return null;
  // A later day a running span starts from ("since 10 May 2024") puts the report after it, however long after.
  if (timeline.dates.some((d) => d.source === 'text' && d.first > last.last && startsRunningSpan(d, text))) return null;
  const next = addDays(last.last, 1);
  const end = isoDate(yearOf(next), monthOf(next), daysInMonth(yearOf(next), monthOf(next)));
  return range(last.first, end, 'month', `latest date in the text is a month, ${describe(last)}: published in it or the month after`);
}

// "since March 2011", "since it erupted in March 2011", "since the war began in April": the month a running total or
// a state of affairs starts from, in the same clause (no comma, colon or sentence end between).
const SINCE_BEFORE = /\bsince\b[^,;:.!?]{0,50}$/i;

/**
 * A month that starts a running span ("the conflict has claimed 494,000 lives since it erupted in March 2011") is
 * long past when the report is written: it bounds the publication from below and does not date it.
 */
function startsRunningSpan(d: DatedMention, text: string): boolean {
  return d.position >= 0 && (/^since\b/i.test(d.phrase) || SINCE_BEFORE.test(text.slice(Math.max(0, d.position - 60), d.position)));
}

const RELATIVE_TO_NOW = new RegExp(`\\b(?:(?:last|this|next) (?:${alternation(monthNames())}|year|month|week)|today|yesterday)\\b`, 'gi');

/** (f) Why nothing dates the article: what the text has and why it is not enough. */
function nothingUsable(timeline: Timeline, weekdays: Weekday[], text: string): string {
  const quote = (phrases: string[]) => [...new Set(phrases)].map((p) => `'${p}'`).join(', ');
  const years = timeline.dates.filter((d) => d.precision === 'year' && d.source === 'text').map((d) => d.phrase);
  const relative = text.match(RELATIVE_TO_NOW) ?? [];
  const parts = [
    timeline.unplaced.length > 0 ? `dates without a year and nothing to give it (${quote(timeline.unplaced)})` : '',
    years.length > 0 ? `only years (${quote(years)}), which date the background, not the report` : '',
    relative.length > 0 ? `dates relative to an unknown present (${quote(relative)})` : '',
    weekdays.length > 0 ? `weekdays (${listWeekdays(weekdays)}) with no date to count from` : '',
  ].filter(Boolean);
  return parts.length === 0 ? 'no date in the text' : `no date in the text fixes it: ${parts.join('; ')}`;
}
