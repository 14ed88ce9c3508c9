/**
 * time_phrase + publication date R -> period_start, period_end, date_precision (inclusive ISO dates).
 *
 * Rules, first that applies (anchors, i.e. dates and calendar words, are documented in anchors.ts):
 *
 * | phrase                                          | period                               | precision       |
 * | ----------------------------------------------- | ------------------------------------ | --------------- |
 * | '' (no phrase)                                  | R .. R: a report made on R (also for running totals) | published_precision or day |
 * | "three days after the attack on March 3"        | the anchor + 3 days (a point)        | the anchor's    |
 * | "eight days ago", "two weeks ago"               | R - 8 days, R - 14 days (a point)    | by the unit     |
 * | "between December 20 and January 3", "from A to B" | A .. B; B is the latest not after R, A the latest not after B | the coarser |
 * | "between June 15 and 30, 2018", "between Jun. 15 – 30, 2018" | June 15 .. June 30, 2018 (the year is the range's) | day |
 * | "during August and September" (two months joined) | as "between August and September"  | month           |
 * | "on Wednesday and Thursday" (two weekdays joined) | as "between Wednesday and Thursday" | day            |
 * | "overnight Tuesday into Wednesday" (a night across two) | as "between Tuesday and Wednesday" | day          |
 * | "since Feb. 2", "since the offensive began in May", "since April 2014", "since the war began a year ago" | anchor start .. R | the anchor's |
 * | "launched an offensive in May" (before ", killing N": extract's campaign start) | as "since May" | the anchor's |
 * | "in the six months to June 30", "the year to March" | the run's length up to the date's end | the coarser |
 * | "over the past two weeks", "in the last 48 hours" | R - 14 days .. R, R - 2 days .. R  | by the unit     |
 * | "in less than two months", "in just over a week" | R - 2 months .. R, R - 7 days .. R | by the unit     |
 * | "in recent days / weeks / months"               | R - 7 days / 4 weeks / 3 months .. R | week / month    |
 * | "overnight" (bare)                              | R - 1, the night before R, as "last night" | day        |
 * | any anchor: "on Friday night", "in June 2016", "last year" | the anchor's span     | the anchor's    |
 * | anything else (unparseable)                     | as for '' (the phrase is kept in time_phrase) | as for ''  |
 *
 * A point event (`pointEvent`: the capture of a named place, no count) cannot run from a date to R: "since 2014, when
 * rebels seized the town" dates the capture itself, so "since X" gives X's own span there.
 *
 * The end never lies after R (a report does not cover days after it was made; "in December" written on 10 December
 * ends on the 10th), or, when R is known only to a range (published in September 2022 or the month after), after the
 * range's last day (`latest`). With R unknown ('') only phrases with full dates resolve; the rest stay empty.
 */
import type { DatePrecision } from '@frontline/schema';
import { DATE_PRECISIONS } from '@frontline/schema';
import { addMonths, alternation, countValue, countWords, dateWords, frontedCampaignStart, lengthHedges, parseIso, toIso, vagueCounts, weekdayNames, ymd, type Day } from '@frontline/nlp/dates';
import { findAnchors, MONTH_RE, type Anchor } from './anchors.ts';

export interface Period {
  period_start: string;
  period_end: string;
  date_precision: DatePrecision | '';
}

interface Span {
  start: Day;
  /** null: up to the reference day. */
  end: Day | null;
  precision: DatePrecision;
}

// "on the night of", "in the early hours of": a part of a day (or a weekend) before its date.
const PART_OF_DAY = '(?:early hours|early morning|night|morning|evening|afternoon|weekend|dawn)';
const PART_OF_DAY_OF = new RegExp(String.raw`\b(?:(?:in|during|over|on) )?the ${PART_OF_DAY} of (?:the (?=\d))?`);
const NUM = `(\\d+|${alternation(['a', 'an', ...countWords(), ...vagueCounts()])})`;
const UNIT = '(hours?|days?|nights?|weeks?|months?|years?)';

/** A count as written: digits or a number word ("two", "a few"); 1 when absent. */
export const count = (s: string | undefined): number => (s === undefined ? 1 : countValue(s) || 1);

type TimeUnit = 'hour' | 'day' | 'week' | 'month' | 'year';
const unitOf = (s: string): TimeUnit => (s.replace(/s$/, '').replace('night', 'day') as TimeUnit);

function shift(d: Day, n: number, unit: TimeUnit): Day {
  if (unit === 'hour') return d + Math.sign(n) * Math.ceil(Math.abs(n) / 24);
  if (unit === 'day') return d + n;
  if (unit === 'week') return d + 7 * n;
  return addMonths(d, unit === 'month' ? n : 12 * n);
}

const precisionOf = (unit: TimeUnit): DatePrecision => (unit === 'hour' ? 'day' : unit);

const coarser = (a: DatePrecision, b: DatePrecision): DatePrecision =>
  DATE_PRECISIONS.indexOf(a) >= DATE_PRECISIONS.indexOf(b) ? a : b;

/** The date lexicon's ordinals of a day written as words ("first" 1 ... "thirty-first" 31; "last" is no day). */
const DAY_WORD_VALUES = new Map(dateWords('ordinal').filter((o) => Number(o.value) > 0 && !/\d/.test(o.word)).map((o) => [o.word.toLowerCase(), Number(o.value)]));
const DAY_WORD_OF_MONTH = new RegExp(`\\bthe (${alternation([...DAY_WORD_VALUES.keys()])}) of (?=(?:${MONTH_RE})\\b)`);

function normalize(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[‐-―]/g, '-')
    .replace(/\s+/g, ' ')
    // "on the night of 3 january" is 3 January, and so is "in the early hours of 3 january": the part of the day is
    // not a date (chrono reads "night of 3" as an hour). "during the weekend of the 12-13 november" is those days.
    .replace(PART_OF_DAY_OF, '')
    // "november 30december 17, 2001": a copy that lost a span's dash glued its two ends; the dash is put back.
    .replace(new RegExp(`\\b((?:${MONTH_RE}) \\d{1,2})(?=(?:${MONTH_RE}) \\d)`), '$1 - ')
    // "on the first of august" is "on 1 august": a day of the month spelled as an ordinal word (the date lexicon's).
    .replace(DAY_WORD_OF_MONTH, (_m, word: string) => `${DAY_WORD_VALUES.get(word)} `)
    // "in the month of may" is "in may": the noun only names what follows (and chrono takes a bare "may" for the verb).
    .replace(new RegExp(`\\bthe month of (?=(?:${MONTH_RE})\\b)`), '')
    // "throughout september, 2014 to september 30, 2017": a monitor's counting period, the range "from ... to ...".
    .replace(/^throughout (?=.+ (?:to|until|till) )/, 'from ')
    // "during may", "throughout may", "over the course of may" span the month as "in may" does; chrono reads "in may"
    // alone as the month, the others as the modal verb.
    .replace(new RegExp(`\\b(?:during|throughout|over the course of|over) (?=(?:${MONTH_RE})\\b)`), 'in ')
    .trim();
}

const first = (text: string, ref: Day | null, latest: Day | null = ref): Anchor | undefined => findAnchors(text, ref, latest)[0];

/** "three days after the attack on March 3" -> March 6; "two days before ..." -> minus two. */
function offsetFromAnchor(text: string, ref: Day | null): Span | null {
  const m = new RegExp(`\\b${NUM}\\s+${UNIT}\\s+(after|before|later than|earlier than)\\b(.*)$`).exec(text);
  if (!m) return null;
  const a = first(m[4]!, ref);
  if (!a) return null;
  const sign = m[3] === 'after' || m[3] === 'later than' ? 1 : -1;
  const d = shift(a.start, sign * count(m[1]), unitOf(m[2]!));
  return { start: d, end: d, precision: a.precision };
}

function ago(text: string, ref: Day | null): Span | null {
  // "since the insurgency started a year ago": the day counted back opens a running total (see `since`).
  return /\bsince\b/.test(text) ? null : countedBack(text, ref);
}

/** The day "N units ago" names, counted back from R. */
function countedBack(text: string, ref: Day | null): (Span & { end: Day }) | null {
  const m = new RegExp(`\\b${NUM}\\s+${UNIT}\\s+ago\\b`).exec(text);
  if (!m || ref === null) return null;
  const unit = unitOf(m[2]!);
  const d = shift(ref, -count(m[1]), unit);
  return { start: d, end: d, precision: precisionOf(unit) };
}

const BARE_DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/;

/** A day of the month written alone in a range ("between 4 and 9 February"): the other end's month gives it. */
function sameMonthDay(bare: string, other: Anchor): Anchor | null {
  const d = BARE_DAY.exec(bare.trim());
  if (!d || other.precision !== 'day') return null;
  const day = other.start - ymd(other.start).d + Number(d[1]);
  return { ...other, start: day, end: day };
}

/** A bare day with the range's year after it: "30, 2018" in "between June 15 and 30, 2018". */
const BARE_DAY_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})$/;

/** "between A and B", "from A to B": B relative to R, A relative to B; a bare day takes the other end's month. */
function between(text: string, ref: Day | null): Span | null {
  const m = /\b(?:between|from)\s+(.+?)\s+(?:and|to|until|till|through|thru|-|–)\s+(.+)$/.exec(text);
  if (!m) return null;
  // "between June 15 and 30, 2018": the year written once, after the bare day, is the whole range's; read alone,
  // "30, 2018" would be the year 2018 and the range would run to its end.
  const dy = BARE_DAY_YEAR.exec(m[2]!.trim());
  if (dy) {
    const a = first(`${m[1]!.replace(/,\s*$/, '')}, ${dy[2]}`, ref);
    const b = a ? sameMonthDay(dy[1]!, a) : null;
    return a && b ? { start: a.start, end: b.end, precision: 'day' } : null;
  }
  let b = first(m[2]!, ref);
  let a = b ? first(m[1]!, b.end) ?? sameMonthDay(m[1]!, b) : undefined;
  if (!b) {
    a = first(m[1]!, ref);
    b = a ? sameMonthDay(m[2]!, a) ?? undefined : undefined;
  }
  if (!a || !b) return null;
  return { start: a.start, end: b.end, precision: coarser(a.precision, b.precision) };
}

// The parts of a pair of days: "9", "9th", "november", "sep.", a four-digit year.
const PAIR_DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const PAIR_MONTH = String.raw`[a-z]+\.?`;
const PAIR_YEAR = String.raw`(?:19|20)\d{2}`;
const PAIR_FIRST = String.raw`(${PAIR_DAY}(?:\s+${PAIR_MONTH}(?:\s+${PAIR_YEAR})?)?|${PAIR_MONTH}\s+${PAIR_DAY})`;
const PAIR_SECOND = String.raw`((?:${PAIR_DAY}(?:\s+${PAIR_MONTH})?|${PAIR_MONTH}\s+${PAIR_DAY})(?:,?\s+${PAIR_YEAR})?)`;
const DAY_PAIR = new RegExp(String.raw`^(?:(?:on|between|during|over|through)\s+)?${PAIR_FIRST}\s*(?:-|and|to)\s*${PAIR_SECOND}$`);

/**
 * Two days of one month: "on 21-22 january", "on 9 and 10 january", "on january 9 and 10", "during 1-2 july",
 * "through 28-29 november"; and a span an infobox writes with a dash and no preposition, "15-19 december 2023", "30
 * april - 31 august 2019", "4 april 2019-26 june 2019", "29 sep. - 13 oct." (the year from the story), or month first,
 * "november 7 - december 23, 2004": read as "between".
 */
function dayPair(text: string, ref: Day | null): Span | null {
  const m = DAY_PAIR.exec(text);
  return m ? between(`between ${m[1]} and ${m[2]}`, ref) : null;
}

/** "october 2017-february 2018", "2017-2018", "march-june 2019": a range written with a dash, read as "between". */
function dashRange(text: string, ref: Day | null): Span | null {
  const m = /^\(?([a-z]+\.?(?:\s+(?:19|20)\d{2})?|(?:19|20)\d{2})\s*-\s*((?:[a-z]+\.?\s+)?(?:19|20)\d{2})\)?$/.exec(text);
  if (!m || /^(?:mid|early|late)\b/.test(m[1]!)) return null;
  return between(`between ${m[1].trim()} and ${m[2]}`, ref);
}

/**
 * "during august and september", "in may and june 2023": two months joined by "and" are one span, read as "between";
 * a year written once, after the second, is both months'.
 */
function monthPair(text: string, ref: Day | null): Span | null {
  const m = new RegExp(`^(?:in|during|throughout|over)\\s+(${MONTH_RE})(\\s+(?:19|20)\\d{2})?\\s+and\\s+(${MONTH_RE})(\\s+(?:19|20)\\d{2})?$`).exec(text);
  if (!m) return null;
  return between(`between ${m[1]}${m[2] ?? m[4] ?? ''} and ${m[3]}${m[4] ?? ''}`, ref);
}

/**
 * "on wednesday and thursday", "over saturday and sunday nights": two weekdays joined are one span, read as "between"
 * (the second the latest such day not after R, the first the latest not after the second).
 */
const WEEKDAY_PAIR = new RegExp(`^(?:on|over|during)\\s+(${alternation(weekdayNames(), { lower: true })})\\s+and\\s+(${alternation(weekdayNames(), { lower: true })})\\b`);
/**
 * A night across two weekdays, "overnight tuesday into wednesday", "on tuesday night and into wednesday", "during the
 * night from sunday to monday", "on the night of saturday to sunday": both days, as "the night of 21-22 january" is.
 */
const NIGHT_ACROSS = new RegExp(`^(?:(?:overnight|on|from)\\s+|(?:during|on|in) the night (?:from|of)\\s+)?(${alternation(weekdayNames(), { lower: true })})(?:\\s+night)?\\s+(?:(?:and\\s+)?into|to)\\s+(${alternation(weekdayNames(), { lower: true })})\\b`);
function weekdayPair(text: string, ref: Day | null): Span | null {
  const m = WEEKDAY_PAIR.exec(text) ?? NIGHT_ACROSS.exec(text);
  return m ? between(`between ${m[1]} and ${m[2]}`, ref) : null;
}

/**
 * A campaign's start before a participle of consequence, as extract keeps it ("launched a campaign against idlib in
 * april", "began in april 2023"): its date, after the last "in"/"on", starts a running total, as "since" does.
 */
const START_VERB = alternation(dateWords('start_verb').map((w) => w.word), { lower: true });
const CAMPAIGN_START = new RegExp(`^(?:${START_VERB})\\b.*\\b(?:in|on) (.+)$`);

function since(text: string, ref: Day | null, pointEvent: boolean): Span | null {
  const m = /\bsince\b(.*)$/.exec(text) ?? CAMPAIGN_START.exec(text) ?? frontedCampaignStart().exec(text);
  if (!m) return null;
  const a = first(m[1]!, ref) ?? countedBack(m[1]!, ref);
  if (!a) return null;
  return { start: a.start, end: pointEvent ? a.end : (closedBy(m[1]!, a, ref) ?? null), precision: a.precision };
}

/**
 * "since 15 march 2011 till 5 february 2015": a running total closed by "until"/"till"/"through" and a date ends on that
 * date, not on the report's day. The closing date must be another, later than the start.
 */
function closedBy(rest: string, start: Pick<Anchor, 'end'>, ref: Day | null): Day | null {
  const m = /\s(?:until|till|through|up to)\s+(.+)$/.exec(rest);
  const b = m ? first(m[1]!, ref) : undefined;
  return b && b.start > start.end ? b.end : null;
}

/**
 * "in the six months to june 30", "over the 12 months to march 2024", "in the year to 30 september", "the four weeks
 * ending 7 may": a run of time closed by a date ends on that date's last day and starts the run's length before the
 * day after it (six months to 30 June start on 1 January). The coarser of the run's unit and the date's precision.
 */
const CLOSED_RUN = new RegExp(`\\bthe (?:${NUM} )?${UNIT} (?:to|up to|ending|ended|through) (.+)$`);
function closedRun(text: string, ref: Day | null): Span | null {
  // "in the quarter to september" is the three months to it.
  const m = CLOSED_RUN.exec(text.replace(/\bthe quarter (?=to|up to|ending|ended|through)/, 'the three months '));
  const b = m ? first(m[3]!, ref) : undefined;
  if (!m || !b) return null;
  const unit = unitOf(m[2]!);
  return { start: shift(b.end + 1, -count(m[1]), unit), end: b.end, precision: coarser(precisionOf(unit), b.precision) };
}

/** "more than", "nearly": words before a length that leave it a length. */
const ABOUT = '(?:(?:more than|nearly|almost|over) )?';
/** The same before a stretch of time (date-words.csv `length_hedge`, as extract's): "in nearly seven months of war". */
const ABOUT_AS_LONG = `(?:${lengthHedges().join('|')}) `;

function rolling(text: string, ref: Day | null): Span | null {
  if (ref === null) return null;
  // "the last week of February" is a calendar week (an anchor), not the seven days before R.
  const m = new RegExp(`\\b(?:the\\s+(?:past|last|previous|preceding)|past)\\s+(?:${NUM}\\s+)?${UNIT}\\b(?!\\s+of\\s+(?:${MONTH_RE}|(?:19|20)\\d{2})\\b)`).exec(text);
  if (m) {
    const unit = unitOf(m[2]!);
    return { start: shift(ref, -count(m[1]), unit), end: ref, precision: precisionOf(unit) };
  }
  // "in several weeks of conflict", "over three days of fighting": the stretch of fighting up to R (extract keeps the
  // phrase only before a noun of fighting).
  const stretch = new RegExp(`\\b(?:in|over|during) (?:${ABOUT_AS_LONG})?${NUM} ${UNIT} of\\b`).exec(text);
  if (stretch) {
    const unit = unitOf(stretch[2]!);
    return { start: shift(ref, -count(stretch[1]), unit), end: ref, precision: precisionOf(unit) };
  }
  // "in its more than 30-year campaign", "during the 12-year war" (extract keeps the phrase only before a campaign noun):
  // the campaign's length up to R.
  const length = new RegExp(`\\b(?:in|over|during|throughout) (?:its|their|his|her|the|a) ${ABOUT}${NUM}-${UNIT}\\b`).exec(text);
  if (length) {
    const unit = unitOf(length[2]!);
    return { start: shift(ref, -count(length[1]), unit), end: ref, precision: precisionOf(unit) };
  }
  // "in less than two months", "in just over a week" (extract keeps the phrase only as a whole adverbial): R - n .. R.
  const about = new RegExp(`^in ${ABOUT_AS_LONG}(?:${NUM}|an?) ${UNIT}$`).exec(text);
  if (about) {
    const unit = unitOf(about[2]!);
    return { start: shift(ref, -count(about[1]), unit), end: ref, precision: precisionOf(unit) };
  }
  const r = /\brecent (days|weeks|months)\b/.exec(text);
  if (!r) return null;
  if (r[1] === 'days') return { start: ref - 7, end: ref, precision: 'week' };
  return { start: r[1] === 'weeks' ? ref - 28 : addMonths(ref, -3), end: ref, precision: 'month' };
}

/**
 * A bare "overnight" in a report is the night just past, which the report's day ends: the events of the night before
 * R are dated by its evening, R - 1, as "last night" is (date-words.csv) and "the night of 3 January" is 3 January.
 * "overnight Thursday" names its night by the weekday and is an anchor of its own.
 */
function overnight(text: string, ref: Day | null): Span | null {
  return text === 'overnight' && ref !== null ? { start: ref - 1, end: ref - 1, precision: 'day' } : null;
}

function anchored(text: string, ref: Day | null, _pointEvent = false, latest: Day | null = ref): Span | null {
  const a = first(text, ref, latest);
  return a ? { start: a.start, end: a.end, precision: a.precision } : null;
}

type Rule = (text: string, ref: Day | null, pointEvent: boolean, latest: Day | null) => Span | null;
const RULES: Rule[] = [offsetFromAnchor, ago, between, dayPair, dashRange, monthPair, weekdayPair, since, closedRun, rolling, overnight, anchored];

function reportDay(ref: Day | null, publishedPrecision: DatePrecision | ''): Period {
  if (ref === null) return { period_start: '', period_end: '', date_precision: '' };
  return { period_start: toIso(ref), period_end: toIso(ref), date_precision: publishedPrecision || 'day' };
}

/** Answers of resolvePeriod, a pure function: see below. Emptied when full, so memory stays bounded. */
const answers = new Map<string, Period>();
const ANSWERS_KEPT = 20_000;

/**
 * The period a figure covers. Never throws: an unreadable phrase gets the report day. `pointEvent` marks a fact that
 * happened at one time (see above).
 *
 * Remembered: each fact folds the chain of the time phrases before it (context.ts), so an article's phrases are
 * resolved again for every later fact against the same dates, and every phrase runs the date parsers.
 */
export function resolvePeriod(
  timePhrase: string, published: string, publishedPrecision: DatePrecision | '' = '', pointEvent = false, latest = published,
): Period {
  const key = `${timePhrase}\u0000${published}\u0000${publishedPrecision}\u0000${pointEvent}\u0000${latest}`;
  const known = answers.get(key);
  if (known) return { ...known };
  if (answers.size >= ANSWERS_KEPT) answers.clear();
  const period = computePeriod(timePhrase, published, publishedPrecision, pointEvent, latest);
  answers.set(key, period);
  return { ...period };
}

function computePeriod(timePhrase: string, published: string, publishedPrecision: DatePrecision | '', pointEvent: boolean, latest: string): Period {
  const ref = parseIso(published);
  const cap = parseIso(latest) ?? ref;
  const text = normalize(timePhrase);
  if (text === '') return reportDay(ref, publishedPrecision);
  let span: Span | null = null;
  try {
    for (const rule of RULES) if ((span = rule(text, ref, pointEvent, cap))) break;
  } catch {
    span = null;
  }
  if (!span) return reportDay(ref, publishedPrecision);
  const end = span.end === null ? ref : cap !== null ? Math.min(span.end, cap) : span.end;
  if (end === null) return { period_start: toIso(span.start), period_end: '', date_precision: span.precision };
  return { period_start: toIso(Math.min(span.start, end)), period_end: toIso(end), date_precision: span.precision };
}
