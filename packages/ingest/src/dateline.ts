/**
 * Datelines near the top of an article: a line that is only a date ("8 January 2018", "Published: Jan. 8, 2018
 * 14:05 GMT") or a wire-service opening ("AMMAN, Jan 8 (Reuters) - ..."). A dateline dates the article to the day.
 */
import { alternation, isoDate, monthNames, weekdayAbbreviations, weekdayName, weekdayNames } from '@frontline/nlp/dates';
import { findDates, wholeDate, type DateMention } from './dates.ts';
import { LIST_MARKER } from './lines.ts';
import { agencies, furniture } from './page-words.ts';

/** How many non-blank lines from the top may hold the dateline: below that a date line is part of the story. */
const TOP_LINES = 8;

// "Published on", "Page last updated at": a label before the date. Some pages write the noun: "Last Update: 14/03/2024";
// news-video scripts and some outlets label the line "Dateline: 3 June 2024". An agency's release names its kind
// before its day: "News release 21 December 2022", "Press statement: 3 May 2021" (page-furniture.csv's `release`).
const LABEL = new RegExp(
  String.raw`^(?:(?:page\s+)?(?:(?:first |last )?(?:published|updated?|posted|modified)|date(?:line)?|${furniture('release')})(?: on| at)?\s*[:|,–—-]?\s*)`,
  'i',
);
// A site's masthead gives the day the page was read, not the story's: "E-Paper | December 04, 2025", "Today's Paper |
// January 13, 2024". The story's own byline below it ("Published December 2, 2025") dates it.
const MASTHEAD = /^(?:e-?paper|today[’']?s\s+(?:paper|edition))\b/i;
// "15:20 GMT, Sunday, 22 November 2009": a clock time may stand before the date.
const CLOCK_FIRST = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|UTC|[A-Z]{3,4}))?\s*,\s*/i;
// Some pages set the comma against the day, not the weekday: "Tuesday ,05 August 2014".
const WEEKDAYS = alternation([...weekdayNames(), ...weekdayAbbreviations()]);
const WEEKDAY_PREFIX = new RegExp(`^(?:${WEEKDAYS})\\.?(?:\\s*,\\s*|\\s+)`);
const WEEKDAY_WORD = new RegExp(`^(?:${WEEKDAYS})\\.?$`);
// A clock time after the date: "| 10:15", "at 9:45 am", "14:05 GMT", "(UTC +03:00)"; a page's machine stamp sets it
// against the date with a "T" and gives its offset bare: "2024-01-12T10:15:00+03:00", "2024-01-12T07:15:00.000Z".
const CLOCK_SEPARATOR = String.raw`(?:[,|·•–—/-]|at|T)`;
const CLOCK_TIME = String.raw`\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?`;
const ZONE = String.raw`(?:\s*\(?(?:[A-Z]{2,4}|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?|[+-]\d{2}:?\d{2}|Z)`;
const TIME_SUFFIX = new RegExp(String.raw`\s*${CLOCK_SEPARATOR}?\s*${CLOCK_TIME}${ZONE}?$`, 'i');
// "CITY, <date> (Agency) -" or "City (Agency) -" opening the first paragraph. The agency must be a wire service:
// "Syrian Observatory (SOHR) -" opens many paragraphs and is a source, not a dateline.
const CITY_ONE = "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}";
// A story filed from two places at once joins them with a slash: "GARBAHAAREY/AFMADOW, Somalia ...".
const CITY = `${CITY_ONE}(?:/${CITY_ONE})?`;
const AGENCIES = agencies('dateline');
const WIRE = new RegExp(`^(${CITY}(?:,\\s*${CITY})?)(,?\\s+[^()]{3,25}?)?\\s*\\((${AGENCIES})\\)\\s*[-–—]`, 'u');
// State agencies write the agency bare after the city and date, several joined by a slash: "Baghdad, Oct 12, IRNA/SANA-".
const WIRE_BARE = new RegExp(`^(${CITY})(,\\s*[^,()]{3,25}?)?,\\s*((?:${AGENCIES})(?:\\s*/\\s*(?:${AGENCIES}))*)\\s*[-–—]`, 'u');

// A wire opening with no place, the day first: "Feb 7 (IRNA) -", "March 3 (Reuters) -". The first group, the place,
// is empty so that the groups stand as WIRE's do; what stands before the bracket must be a day alone (wireOpening).
const WIRE_DAY_FIRST = new RegExp(`^()([^()\\-–—]{3,25}?)\\s*\\((${AGENCIES})\\)\\s*[-–—]`, 'u');

/** A wire opening on the line: with its place ("DAMASCUS, March 3 (Reuters) -", "Baghdad, Oct 12, IRNA/SANA-") or without. */
function wireOpening(line: string): RegExpExecArray | null {
  const dayFirst = WIRE_DAY_FIRST.exec(line);
  return WIRE.exec(line) ?? WIRE_BARE.exec(line) ?? (dayFirst && dayAlone(dayFirst[2]!) ? dayFirst : null);
}

// An outlet's own dateline, no agency: "BAMAKO, 9 March 2022 - ...", "Khartoum, March 9, 2022 — ...". What stands
// between the place and the dash must be a day and nothing else (datedOpening), so a story line is not taken.
// The outlet may name itself in brackets after the day, as agencies do: "DEIR EZ-ZOR, 9 March 2022 (North Press) -";
// then the country may stand before the day with no comma, and the story may follow the dash with no space, as in
// "GAROWE, Puntland Jan 29, 2015 (Garowe Online)-Militants ..." (dayAlone reads the day after the country).
// A press release sets its em dash closed up, as American style does: "NEW YORK, June 16, 2022—The group said ...".
// A plain-text copy writes the dash as two hyphens, and some wires set the day between two of them after the place:
// "KHARKIV, March 12, 2024 -- ...", "BAGHDAD, Iraq -- Tuesday, March 12, 2024 -- ..." (dayAlone drops the weekday).
const PLACE_THEN = String.raw`(${CITY}(?:,\s*${CITY})?)(?:,\s*|\s+(?:--|[–—])\s+)`;
// The dash that closes it, after a bracketed source or none: "(Syria Direct) -", " -- ", "—Tuesday".
const CLOSED = String.raw`(?:\s*(\([^()]{2,40}\))\s*(?:--|[-–—])(?=\s|\p{Lu})\s?|\s*(?:--|[-–—])\s|—(?=\p{Lu}))`;
const OUTLET = new RegExp(String.raw`^${PLACE_THEN}([^()\-–—]{3,25}?)${CLOSED}`, 'u');
// Some outlets close the dateline with a colon where others set a dash, the day after the place or after a dash:
// "Sennar, Sudan – 3 June 2024: Fighting ...", "KHARTOUM, 3 June 2024: ...". The colon must end the day alone.
const OUTLET_COLON = new RegExp(`^(${CITY}(?:,\\s*${CITY})?)(?:,\\s*|\\s+(?:--|[–—])\\s+)([^()\\-–—:]{3,25}?):\\s`, 'u');
// Some outlets put the day first and the place in brackets after it: "September 20, 2024 (EL FASHER) - ...",
// "4 March 2021 (Kharkiv) – ...". The bracket must hold a place, not a wire service ("March 9 (Reuters) -").
const DAY_THEN_PLACE = new RegExp(`^([^()\\-–—]{3,25}?)\\s*\\((${CITY}(?:,\\s*${CITY})?)\\)\\s*[-–—]\\s`, 'u');
const AGENCY_ONLY = new RegExp(`^(?:${AGENCIES})$`);
// Some dailies that reprint wire copy open it with the agency where the city would stand, in any case, its dash often
// closed up: "REUTERS, 25th MAY, 2017-A bombing ...", "AFP, 3 June 2018 - Gunmen ...". The agency word marks the line
// as a dateline, so the hyphen may touch the story's first word; it names no place.
const AGENCY_FIRST = /^(\p{L}+),\s*([^()\-–—]{3,25}?)\s*[-–—](?=\s|\p{Lu})\s?/u;
const AGENCY_WORD = new RegExp(`^(?:${AGENCIES})$`, 'i');

export interface Dateline {
  /** The words of the dateline as written. */
  phrase: string;
  /** Its date; `year` is null for wire datelines that leave the year out. */
  date: DateMention;
}

// A place in capitals beside the date: "December 20, 2023 WAD MADANI", "KHARKIV – 25 May 2024"; its country may follow
// it after a comma, as datelines of video scripts and national outlets give it: "28 May 2024 GENEVA, SWITZERLAND",
// "KYIV, UKRAINE – 25 May 2024".
const CAPS = String.raw`\p{Lu}[\p{Lu} .'’-]+?(?:,\s*\p{Lu}[\p{Lu} .'’-]+?)?`;
const PLACE_BESIDE = new RegExp(String.raw`^${CAPS}\s*[,:–—|-]?\s+(?=\d|\p{Lu}\p{Ll})|\s*[,–—|-]?\s+${CAPS}$`, 'gu');

// Some pages set a comma after the day of a day-first date line: "21, November 2023". Only on a date line, where the
// day can be nothing else; in a sentence "aged 21, November ..." is no date.
const DAY_COMMA = new RegExp(`^(\\d{1,2}),\\s*(?=(?:${alternation(monthNames())})\\b)`);

/** A date line's date without its label, clock time and weekday: "Published: Sunday, 3 May 2020 14:05" -> "3 May 2020". */
const dateCore = (line: string): string =>
  // A page's metadata list ("  • 3/17/2018") marks its date line as a list item.
  line.trim().replace(LIST_MARKER, '').replace(LABEL, '').replace(CLOCK_FIRST, '').replace(WEEKDAY_PREFIX, '').replace(TIME_SUFFIX, '')
    .replace(DAY_COMMA, '$1 ');

/** A line that is nothing but a full date (with an optional label, weekday, time and place in capitals), or null. */
export function dateOnlyLine(line: string): DateMention | null {
  const core = dateCore(line);
  return wholeDate(core) ?? wholeDate(core.replace(PLACE_BESIDE, '').replace(TIME_SUFFIX, ''));
}

// A numeric date whose day and month are both 12 or under and differ: "03-12-2021" is 3 December (day first, as most
// outlets outside the United States write it) or 12 March (month first). dates.ts reads neither.
const NUMERIC_EITHER_WAY = /^(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})$/;
// Dots are the day-first convention (Turkish, German, Russian, Ukrainian pages: "03.02.2022 10:41"); month-first
// dates are written with slashes, so a dotted date line has one reading.
const DAY_FIRST_SEPARATOR = '.';
// A page's field label in any language before its date, "Ekleme: 03.02.2022 10:41:00" ("Added"), "Datum: ...": one
// or two words and a colon, as the English LABEL is.
const FIELD_LABEL = /^\p{L}+(?:\s\p{L}+)?\s*:\s*/u;

/** True unless the line opens with a weekday the date does not fall on. */
function weekdayFits(line: string, date: DateMention): boolean {
  const named = WEEKDAY_PREFIX.exec(line.trim().replace(LIST_MARKER, '').replace(LABEL, ''));
  if (!named) return true;
  const day = weekdayName(isoDate(date.year!, date.month!, date.day!));
  return day.slice(0, 3).toLowerCase() === named[0].trim().slice(0, 3).toLowerCase();
}

export interface AmbiguousDateLine {
  phrase: string;
  /** The day-first reading, then the month-first one; only one when the line's weekday or its dots fit only that one. */
  readings: DateMention[];
  /** Why one reading is left, when one is: the line's weekday, or its dots. */
  because?: 'weekday' | 'dots';
}

/**
 * A top line that is nothing but such a numeric date (with an optional label, weekday and clock time): the page's
 * date, written in an order the line itself does not tell. published.ts chooses between the two readings by the
 * dates the text gives.
 */
export function ambiguousDateLine(text: string): AmbiguousDateLine | null {
  for (const line of topLines(text)) {
    if (MASTHEAD.test(line)) continue;
    // A page header of fields: "Ekleme: 03.02.2022 10:41:00 / Güncelleme: 03.02.2022 10:41:00 / English News".
    for (const part of lineParts(line)) {
      const found = numericEitherWay(part);
      if (found) return { ...found, phrase: line };
    }
  }
  return null;
}

/** A line, then its parts when it is a header of several (`headerParts`), then the stamp that opens it (`stampHead`). */
const lineParts = (line: string): string[] => {
  const head = stampHead(line);
  return [line, ...headerParts(line).filter((p) => p !== line), ...(head ? [head] : [])];
};

// A page stamp may open a line that goes on with the site's section trail or the headline: "03.02.2022 10:41 World >>
// Clashes in Marib ...", "Jan. 12, 2024 10:15 Africa › Sudan › ...". The clock time straight after a full date is what
// sets the stamp apart from the words after it; a date alone at a line's start may be a story's first words.
const OPENING_CLOCK = /\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?=\s+\S)/i;
const STAMP_HEAD_MAX = 40;

/** The date and clock time that open a longer line ("03.02.2022 10:41" of "03.02.2022 10:41 World >> ..."), or null. */
function stampHead(line: string): string | null {
  const clock = OPENING_CLOCK.exec(line);
  if (!clock || clock.index > STAMP_HEAD_MAX) return null;
  return line.slice(0, clock.index + clock[0].length);
}

/** The date of a stamp that opens a longer line, when its words before the clock time are nothing but a full date. */
function stampFirstLine(line: string): DateMention | null {
  const head = stampHead(line);
  const date = head ? dateOnlyLine(head) : null;
  return date && date.year !== null && date.precision === 'day' ? date : null;
}

/** The readings of a date line (or a header's part) that is nothing but a numeric date either way, or null. */
function numericEitherWay(line: string): Omit<AmbiguousDateLine, 'phrase'> | null {
  const m = NUMERIC_EITHER_WAY.exec(dateCore(line).replace(FIELD_LABEL, ''));
  if (!m) return null;
  const [a, b, year] = [+m[1]!, +m[3]!, +m[4]!];
  if (a === b || a > 12 || b > 12 || a < 1 || b < 1) return null;
  const reading = (month: number, day: number): DateMention =>
    ({ start: 0, end: m[0].length, phrase: m[0], year, month, day, precision: 'day' });
  if (m[2] === DAY_FIRST_SEPARATOR) return { readings: [reading(b, a)], because: 'dots' };
  // "Saturday 09/03/2019": the weekday the line gives is true of one reading only (9 March, not 3 September).
  const readings = [reading(b, a), reading(a, b)].filter((r) => weekdayFits(line, r));
  if (readings.length === 0) return null;
  return readings.length === 1 ? { readings, because: 'weekday' } : { readings };
}

// A page stamp: a full date with a clock time ("Source: Xinhua| 2018-01-07 19:30:12|Editor: ..."), on a line ingest
// removed as page furniture. It dates the page as a dateline does.
const CLOCK = /^\s*(?:[,|·•–—-]|at)?\s*\d{1,2}:\d{2}/;

/** The date of a page stamp among the removed lines (not photo captions), or null. */
export function pageStamp(removed: { text: string; reason: string }[]): { phrase: string; date: DateMention } | null {
  for (const r of removed) {
    if (r.reason === 'caption') continue;
    const date = findDates(r.text).find((d) => d.precision === 'day' && d.year !== null && CLOCK.test(r.text.slice(d.end)));
    if (date) return { phrase: r.text.trim(), date };
  }
  return null;
}

function topLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim().replace(SYNDICATION_CREDIT, ''))
    .filter(Boolean)
    .slice(0, TOP_LINES);
}

// A syndicator sets its credit in brackets before the copy it republishes, the source's own bracket inside it:
// "(MENAFN- Kuwait News Agency (KUNA)) BEIRUT, Oct 5 (KUNA) -- ...". The dateline is what follows the credit; only a
// capitalised word may follow it, and the dateline forms still decide whether the rest is one.
const SYNDICATION_CREDIT = /^\((?:[^()]|\([^()]*\))*\([^()]*\)(?:[^()]|\([^()]*\))*\)\s+(?=\p{Lu})/u;

// A section or byline label before a timestamp ("World News 12 March 2015 09:30 (UTC +03:00)") is a few words, not a
// sentence: a line longer than this, or one that ends a sentence, is story text that happens to give a clock time.
const STAMP_LINE_MAX = 80;

/**
 * A short top line that ends in a full date and a clock time: the page's own timestamp, whatever label stands before
 * it. The clock time is what tells it from a story line that names a date.
 */
export function stampLine(line: string): DateMention | null {
  if (line.length > STAMP_LINE_MAX || /[.!?"”]$/.test(line)) return null;
  const clock = TIME_SUFFIX.exec(line);
  if (!clock || !/\d[:.]\d/.test(clock[0])) return null;
  const core = line.slice(0, clock.index);
  const date = findDates(core).at(-1);
  if (!date || date.precision !== 'day' || date.year === null || core.slice(date.end).trim() !== '') return null;
  return date;
}

// A byline opens with its cue: "By The Irrawaddy 12 May 2021", "Written by Lena Ortiz on 4 March 2019", "Author: X".
const BYLINE_CUE = /^(?:(?:written|reported|posted)\s+by|by|author|reporter)\b\s*:?\s*/i;
// A span still running, as an infobox's Date field gives it ("Date 15 April 2023 – present"): the campaign's start,
// not the day the page was written.
const OPEN_SPAN = /[–—-]\s*(?:present|ongoing|now)\s*$/i;
// What separates a byline's or a page header's parts: "Author: X | 12 May 2021", "By Sara Ali • 4 March 2019",
// "Latest from Newsfeed; Monday, June 29 2020", "Added: 03.02.2022 / Updated: 03.02.2022" (a slash between spaces).
const PART_SEPARATOR = /\s*[|•·;]\s*|\s+[–—/-]\s+/;

/**
 * The parts of a page header: a line that ends no sentence, split at its separators, each part short. A header of
 * several fields may be longer than one stamp ("Ekleme: <date> / Güncelleme: <date> / English News / Ankara"), so the
 * length is asked of each part. A line that is no such header is one part, itself.
 */
function headerParts(line: string): string[] {
  if (/[.!?"”]$/.test(line)) return [line];
  const parts = line.split(PART_SEPARATOR).filter(Boolean);
  return parts.length > 1 && parts.every((p) => p.length <= STAMP_LINE_MAX) ? parts : [line];
}
// The words between a byline's name and its date: "on 4 March 2019", ", 4 March 2019", "- Mar 04,2019".
const BEFORE_DATE = /(?:[,;:|•·–—-]|\s)\s*(?:on\s+)?$/;
const BYLINE_NAME_WORDS = 8;
const UPDATED = /\bupdated\b/i;
const TRAILING_BYLINE = /\s+by\s+\p{L}[\p{L} .'’-]{0,40}$/iu;
// A blog's byline may end with the section the story is filed in: "By Staff Reporter on March 4, 2019 in Security".
const SECTION_AFTER = /^(?:\s+in\s+\p{Lu}[\p{L}&'’ -]{0,30})?\s*$/u;
// A capitalised name of a few words before a comma: an outlet's or author's, as a byline gives it before the day; a
// place may stand there with its country ("Kyiv, Ukraine, 12 March 2024"), under a label ("Dateline: Goma, ...").
const NAME_THEN_COMMA = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,5},\s*(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,3},\s*)?/u;

/**
 * A short top line made of a byline or a header and the page's date: a part that is nothing but a date ("Author: X |
 * Published: 12 May 2021", "Mar 4, 2019 | By Staff Writer"), or a byline that ends in one ("By The Irrawaddy 12 May
 * 2021", "By AFP - Mar 04,2019", or with its section after it, "Posted by Newsroom on 4 March 2019 in News"). A relative
 * stamp ("Published: 2 hours ago") dates nothing, and is no part of it.
 */
export function bylineLine(line: string): DateMention | null {
  if (/[.!?"”]$/.test(line) || OPEN_SPAN.test(line)) return null;
  // "By Reuters - Mar 3 - Last updated at Mar 4": the report's own words date it ("updated", published.ts).
  if (UPDATED.test(line)) return null;
  const parts = headerParts(line);
  const datePart = parts.length > 1 ? parts.map((p) => dateOnlyLine(p.replace(FIELD_LABEL, ''))).find((d) => d !== null) : undefined;
  if (datePart) return datePart;
  if (line.length > STAMP_LINE_MAX) return null;
  // "Posted on March 4, 2019 by admin": the byline after the date.
  const trailing = TRAILING_BYLINE.exec(line);
  const head = trailing ? dateOnlyLine(line.slice(0, trailing.index)) : null;
  if (head) return head;
  // "The Irrawaddy, June 28, 2023", "Kyiv Post, 4 March 2022": a name, a comma, and the page's day, nothing else.
  const body = line.replace(LABEL, '');
  const named = NAME_THEN_COMMA.exec(body);
  const afterName = named ? dateOnlyLine(body.slice(named[0].length)) : null;
  if (afterName && afterName.year !== null && afterName.precision === 'day') return afterName;
  const cue = BYLINE_CUE.exec(line);
  if (!cue) return null;
  const rest = line.slice(cue[0].length).replace(TIME_SUFFIX, '');
  const date = findDates(rest).at(-1);
  if (!date || date.precision !== 'day' || date.year === null || !SECTION_AFTER.test(rest.slice(date.end))) return null;
  const name = rest.slice(0, date.start);
  const words = name.trim().split(/\s+/).filter(Boolean).length;
  // A name is capitalised: "By late evening on 4 March 2019" opens a story line, not a byline.
  return /^\p{Lu}/u.test(name) && BEFORE_DATE.test(name) && words <= BYLINE_NAME_WORDS ? date : null;
}

// "News Desk Published December 2, 2025 Updated December 3, 2025 08:55pm": a byline that gives both days.
const PUBLISHED_CUE = /\bpublished\b(?:\s+on)?\s*:?\s*/i;

/**
 * A short top line that gives the day the story was published and the day it was updated: the published day. The
 * clock time at its end belongs to the update, so stampLine would date the page by the later day.
 */
export function publishedUpdatedLine(line: string): DateMention | null {
  const updated = UPDATED.exec(line);
  if (line.length > STAMP_LINE_MAX || !updated) return null;
  const cue = PUBLISHED_CUE.exec(line);
  if (!cue) return openingBeforeUpdate(line.slice(0, updated.index));
  const date = findDates(line.slice(cue.index + cue[0].length)).at(0);
  return date && date.start === 0 && date.precision === 'day' && date.year !== null ? date : null;
}

// What stands between a page's opening date and its update label: "14 March 2024 | Updated: ...", "14/03/2024
// (updated ...)", "14 March 2024, last updated ...".
const BEFORE_UPDATE = /[\s|•·;,(\[–—-]*(?:last\s*)?$/i;

/** "14 March 2024 | Updated: 20 March 2024": a line that opens with a full date, the update after it, dates by it. */
function openingBeforeUpdate(head: string): DateMention | null {
  const date = dateOnlyLine(head.replace(BEFORE_UPDATE, ''));
  return date && date.precision === 'day' && date.year !== null ? date : null;
}

/** The date of a line that only dates the page ("Published on 4 March 2019", "Wednesday, June 28, 2023", a byline's). */
function pageDateLine(line: string): DateMention | null {
  return publishedUpdatedLine(line) ?? dateOnlyLine(line) ?? stampLine(line) ?? bylineLine(line) ?? stampFirstLine(line) ??
    captionDateLine(line);
}

// A fact sheet or table names itself and its day on one line, with no colon between: "Casualties 14.03.2017",
// "Displacement figures 02.11.2020". Only the dotted, day-first numeric form, which is a date and nothing else, and
// only a word or two before it (a sentence that ends in such a date is longer).
const CAPTION_DATE = /^\p{L}+(?:\s\p{L}+)?\s+(\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})$/u;

/** The day of a caption line naming a sheet and its date ("Casualties 14.03.2017"), or null. */
function captionDateLine(line: string): DateMention | null {
  const m = CAPTION_DATE.exec(line.trim());
  return m ? wholeDate(m[1]!) ?? numericEitherWay(m[1]!)?.readings[0] ?? null : null;
}

// A page date line labelled as the page's update: "Updated: 20 March 2024", "Last updated on 20 March 2024 at 10:45".
const UPDATE_LABEL = /^(?:page\s+)?(?:last\s+)?(?:updated?|modified)\b/i;

/** The article's dateline, if one of its first lines is one. */
export function findDateline(text: string): Dateline | null {
  const lines = topLines(text);
  for (const [i, line] of lines.entries()) {
    if (MASTHEAD.test(line)) continue;
    const date = pageDateLine(line);
    if (date) return (UPDATE_LABEL.test(line) ? publishedBelow(lines.slice(i + 1), date) : null) ?? { phrase: line, date };
    const wire = wireOpening(line);
    // The date is read from the whole opening: the city pattern may have taken "Jan." for a second place name.
    const dated = wire ? findDates(wire[0]).find((d) => d.precision === 'day') : undefined;
    if (wire && dated) return { phrase: wire[0].replace(/\s*[-–—]$/, ''), date: dated };
    const own = outletDateline(line);
    if (own) return own;
  }
  return null;
}

/**
 * The day a page date line below an update's gives, when it is no update's and no later than the update: "Updated: 20
 * March 2024" then "Published: 14 March 2024". A page is updated on or after the day it was published, and its
 * weekdays and "yesterday" count from the day it was published.
 */
function publishedBelow(lines: string[], updated: DateMention): Dateline | null {
  for (const line of lines) {
    const date = MASTHEAD.test(line) || UPDATE_LABEL.test(line) ? null : pageDateLine(line);
    if (date && date.year !== null && date.precision === 'day' && updated.year !== null && isoOf(date) <= isoOf(updated)) return { phrase: line, date };
  }
  return null;
}

// A byline line with no date: "By AFP", "By Reuters Staff", or the agency's name alone ("AFP"). The name is
// capitalised, so "By late evening" is no byline.
const BYLINE_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;
const bylineAlone = (line: string): boolean => {
  const cue = BYLINE_CUE.exec(line);
  return cue ? BYLINE_NAME.test(line.slice(cue[0].length)) : AGENCY_WORD.test(line);
};

/**
 * A date line with its label ("Dateline: 9 April 2024 GENEVA", "Published: 3 June 2024"): a field of the page. A block
 * of fields ("SOURCE: UNICEF", "LANGUAGE: ENGLISH", then the dateline) is no list of links, whose titles carry no label.
 */
export function labelledDateLine(line: string): boolean {
  return LABEL.test(line.trim()) && dateOnlyLine(line) !== null;
}

/**
 * A bare date line above the headline may be the republishing site's own calendar day ("Saturday January 25, 2025"),
 * while the story's earlier day stands under its byline ("By AFP" then "July 03, 2015", or "By Xinhua - Jan 21,
 * 2019"). The site's day is page furniture (boilerplate.ts removes it): the byline's day dates the story, and the site
 * line's weekday must not date the headline. `lines`: the page's lines, blank ones included; `i`: the date line's.
 */
export function siteDateLine(lines: string[], i: number): boolean {
  const top = lines.slice(0, i).filter(Boolean).length < TOP_LINES;
  const site = top ? dateOnlyLine(lines[i]!) : null;
  if (!site || site.year === null || site.precision !== 'day') return false;
  const below = lines.slice(i + 1).filter(Boolean).slice(0, TOP_LINES);
  const story = bylineDateAfter(below) ?? dateUnderHeadline(below);
  return story !== null && isoOf(story) < isoOf(site);
}

// A headline runs a line or two (a republisher may print it twice, or a standfirst under it); a longer run of lines
// before a date line is story text, and that date is an event's, not the story's.
const HEADLINE_LINES = 3;
const HEADLINE_MAX = 160;

/**
 * The story's own date line set straight under its headline with no byline ("Yemen: missile kills five" then "May
 * 22, 2018" then "RIYADH (Reuters) - ..."): on a page that shows the site's calendar day above the headline, the line
 * under the headline is the story's, as a byline's day is. Only a full day on a line of its own, after one to three
 * short lines that carry no date.
 */
function dateUnderHeadline(lines: string[]): DateMention | null {
  for (const [j, line] of lines.slice(0, HEADLINE_LINES + 1).entries()) {
    const date = j > 0 ? dateOnlyLine(line) : null;
    if (date) return date.year !== null && date.precision === 'day' ? date : null;
    if (line.length > HEADLINE_MAX || findDates(line).length > 0) return null;
  }
  return null;
}

const isoOf = (d: DateMention): string => isoDate(d.year!, d.month!, d.day!);

/** The day a byline gives: on its own line ("By AFP - Jan 21, 2019") or on the line under it ("By AFP", "July 03, 2015"). */
function bylineDateAfter(lines: string[]): DateMention | null {
  for (const [j, line] of lines.entries()) {
    const own = BYLINE_CUE.test(line) ? bylineLine(line) : null;
    if (own && own.year !== null) return own;
    const next = lines[j + 1];
    const after = bylineAlone(line) && next !== undefined ? dateOnlyLine(next) : null;
    if (after && after.year !== null && after.precision === 'day') return after;
  }
  return null;
}

/** "BAMAKO, 9 March 2022 - ..." or "September 20, 2024 (EL FASHER) - ...": a place and a day, nothing else, a dash. */
function outletDateline(line: string): Dateline | null {
  const own = ownDateline(line);
  if (!own) return null;
  const date = dayAlone(own.day, own.named);
  // "Friday, March, 7, 2019 (HOL) -" of a Thursday: the line contradicts itself, and an unknown day beats a wrong one.
  if (!date || (date.year !== null && !(weekdayFits(line, date) && weekdayFits(own.day, date)))) return null;
  return { phrase: own.opening.replace(/\s*(?:[-–—]{1,2}|:)\s?$/, ''), date };
}

const ADVERBIAL_OPENING = /^(?:In|On|At|By|From|Since|After|Before|During|Until|Near|Across|Throughout|Outside|Inside)\s/;

/** An outlet dateline's opening (up to its dash), its place ('' when it names none) and the words of its day. */
interface OwnDateline {
  opening: string;
  place: string;
  day: string;
  named: boolean;
}

/** The opening of an outlet dateline split into its place and the words that should be its day, or null. */
function ownDateline(line: string): OwnDateline | null {
  // "In Kharkiv, May 12 - the day the offensive began - ...": a sentence's opening adverbial, not a place.
  if (ADVERBIAL_OPENING.test(line)) return null;
  const byDay = weekdayFirst(line);
  if (byDay) return byDay;
  const a = AGENCY_FIRST.exec(line);
  if (a && AGENCY_WORD.test(a[1]!)) return { opening: a[0], place: '', day: a[2]!, named: false };
  const m = outletOpening(line);
  // "Monday, 3 March 2022 - ...": a weekday stands where the place would, and names no place.
  if (m) return { opening: m[0], place: WEEKDAY_WORD.test(m[1]!) ? '' : m[1]!, day: m[2]!, named: m[3] !== undefined };
  return dayThenPlace(line);
}

/**
 * The outlet dateline's match: the dash form, else the colon form. "Sennar, Sudan – 3 June 2024: ..." reads under the
 * dash form as the place "Sennar" and the day "Sudan", which is no day; the colon form then reads it whole.
 */
function outletOpening(line: string): RegExpExecArray | null {
  const dash = OUTLET.exec(line);
  if (dash && dayAlone(dash[2]!, dash[3] !== undefined)) return dash;
  return OUTLET_COLON.exec(line) ?? dash;
}

/** "September 20, 2024 (EL FASHER) - ..."; `before` is what stood before the day (a weekday) and opens it too. */
function dayThenPlace(line: string, before = ''): OwnDateline | null {
  const d = DAY_THEN_PLACE.exec(line);
  if (d && !AGENCY_ONLY.test(d[2]!.trim())) return { opening: before + d[0], place: d[2]!, day: d[1]!, named: false };
  return null;
}

/**
 * "Thursday, March, 7, 2019 (HOL) - ...", "Saturday, 11 June 2022 (DARAA) - ...": a day-first dateline with its
 * weekday before it. Read as a place, the weekday and the month ("Monday, September") would take the day's words.
 */
function weekdayFirst(line: string): OwnDateline | null {
  const weekday = WEEKDAY_PREFIX.exec(line)?.[0];
  return weekday ? dayThenPlace(line.slice(weekday.length), weekday) : null;
}

// The country or region before the day of a dateline that names its outlet: "Somalia Jan 29, 2015 (Garowe Online)".
const COUNTRY_BEFORE = new RegExp(`^${CITY_ONE}\\s+$`, 'u');

/**
 * The words' date when they are a day (with or without its year) and nothing else, or null. Where the outlet names
 * itself in brackets after them, a country may stand first ("Somalia Jan 29, 2015"): the brackets mark the line as
 * a dateline, which a story line with a name before a date ("Aleppo, where ... 3 March 2016 -") is not.
 */
function dayAlone(words: string, named = false): DateMention | null {
  const middle = words.trim().replace(WEEKDAY_PREFIX, '');
  const date = findDates(middle).find((d) => d.precision === 'day');
  if (!date || middle.slice(date.end).replace(/[,.]/g, '').trim() !== '') return null;
  return date.start === 0 || (named && COUNTRY_BEFORE.test(middle.slice(0, date.start))) ? date : null;
}

// An outlet's dateline may give the place alone, the date standing in the page's metadata: "Addis Abeba – A drone
// strike ...", "MOGADISHU — Militants ...". A dash between spaces and a capitalised story word after it; the place
// only votes for the article's country (normalize), so a title "Ukraine – the latest" does no harm.
const PLACE_ONLY = new RegExp(`^(${CITY}(?:,\\s*${CITY})?)\\s+[–—-]\\s+(?=\\p{Lu})`, 'u');

/**
 * The place a dateline opens with ("BAMAKO, Mali (AP) -" -> "Bamako", "KHARTOUM, March 9 (Reuters) -" -> "Khartoum",
 * "Kyiv, 9 March 2022 -" -> "Kyiv"), '' if the article opens with none. Where a correspondent files from says which
 * country the story is about; a capitalised city is given its ordinary case. Only the wire and outlet datelines count:
 * a line that is only a date names no place.
 */
export function datelinePlace(text: string): string {
  for (const line of topLines(text)) {
    const wire = wireOpening(line);
    const own = !wire && outletDateline(line) ? ownDateline(line)! : null;
    // "REUTERS, 25th MAY, 2017-", "Feb 7 (IRNA) -": a dateline that names its agency, not where it was filed from.
    if ((own && !own.place) || (wire && !wire[1])) return '';
    const city = wire ? wire[1]! : own ? own.place : PLACE_ONLY.exec(line)?.[1] ?? '';
    // "GARBAHAAREY/AFMADOW, Somalia": the first of the places a story was filed from.
    if (city) return ordinaryCase(city.split(/[,/]/)[0]!.trim());
  }
  return '';
}

/**
 * Where a dateline that opens the story's first line on the line itself ends, as a UTF-16 offset into `text` (after
 * its dash: "YANGON, March 4 (Reuters) - " or "Khartoum, June 5, 2023 — "), 0 when there is none. Its date dates the
 * story, which the publication date already does: extract reads no figure's date from it, so "YANGON, March 4
 * (Reuters) - The army said on Sunday it took X" dates the taking by "on Sunday", not by the dateline. Without such
 * an opening, a page's own date line above the story ("Published on 28 Jun 2023" under the headline, before any line
 * that ends a sentence) is the dateline, and ends with its line: it dates the page, not an event of the story.
 */
export function datelineEnd(text: string): number {
  let pageLineEnd = 0;
  let storyBegun = false;
  for (const line of topLines(text)) {
    const opening = wireOpening(line)?.[0] ?? (outletDateline(line) ? ownDateline(line)!.opening : '');
    const at = text.indexOf(line);
    if (opening) return at < 0 ? 0 : at + opening.length;
    if (!storyBegun && !pageLineEnd && at >= 0 && !MASTHEAD.test(line) && pageDateLine(line)) pageLineEnd = at + line.length;
    if (SENTENCE_END.test(line)) storyBegun = true;
  }
  return pageLineEnd;
}

/** A line that ends a sentence is story text: a date line below it is no longer the page's. */
const SENTENCE_END = /[.!?"”]$/;

/** "DEIR EZ-ZOR" -> "Deir Ez-Zor"; a name in mixed case stays as written. */
function ordinaryCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** The agency of a wire dateline ("... (Reuters) -", "Damascus, SANA -"), '' if the article opens with none. */
export function wireAgency(text: string): string {
  for (const line of topLines(text)) {
    const wire = wireOpening(line);
    // "IRNA/SANA": the agency that carries the story is named first.
    if (wire) return wire[3]!.split('/')[0]!.trim();
  }
  return '';
}
