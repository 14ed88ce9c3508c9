/**
 * Datelines near the top of an article: a line that is only a date ("8 January 2018", "Published: Jan. 8, 2018
 * 14:05 GMT") or a wire-service opening ("AMMAN, Jan 8 (Reuters) - ..."). A dateline dates the article to the day.
 */
import { alternation, weekdayAbbreviations, weekdayNames } from '@frontline/nlp/dates';
import { findDates, wholeDate, type DateMention } from './dates.ts';
import { LIST_MARKER } from './lines.ts';

/** How many non-blank lines from the top may hold the dateline: below that a date line is part of the story. */
const TOP_LINES = 8;

const LABEL = /^(?:(?:(?:first |last )?(?:published|updated|posted|modified)|date)(?: on)?\s*:?\s*)/i;
const WEEKDAY_PREFIX = new RegExp(`^(?:${alternation([...weekdayNames(), ...weekdayAbbreviations()])})\\.?,?\\s+`);
const TIME_SUFFIX = /\s*(?:[,|·•–—-]|at)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:(?:[A-Z]{2,4}|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)\)?)?$/i;
// "CITY, <date> (Agency) -" or "City (Agency) -" opening the first paragraph. The agency must be a wire service:
// "Syrian Observatory (SOHR) -" opens many paragraphs and is a source, not a dateline.
const CITY = "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}";
const AGENCIES = 'Reuters|AFP|AP|dpa|DPA|Anadolu|AA|Xinhua|UPI|SANA|Sputnik|TASS|EFE|ANSA|IANS|Kyodo|Yonhap|PTI|ANHA|IRNA';
const WIRE = new RegExp(`^(${CITY}(?:,\\s*${CITY})?)(,?\\s+[^()]{3,25}?)?\\s*\\((${AGENCIES})\\)\\s*[-–—]`, 'u');
// State agencies write the agency bare after the city and date, several joined by a slash: "Damascus, Feb 7, IRNA/SANA-".
const WIRE_BARE = new RegExp(`^(${CITY})(,\\s*[^,()]{3,25}?)?,\\s*((?:${AGENCIES})(?:\\s*/\\s*(?:${AGENCIES}))*)\\s*[-–—]`, 'u');

export interface Dateline {
  /** The words of the dateline as written. */
  phrase: string;
  /** Its date; `year` is null for wire datelines that leave the year out. */
  date: DateMention;
}

// A place in capitals beside the date: "December 20, 2023 WAD MADANI", "KHARKIV – 25 May 2024".
const PLACE_BESIDE = /^\p{Lu}[\p{Lu} .'’-]+?\s*[,:–—|-]?\s+(?=\d|\p{Lu}\p{Ll})|\s*[,–—|-]?\s+\p{Lu}[\p{Lu} .'’-]+$/gu;

/** A line that is nothing but a full date (with an optional label, weekday, time and place in capitals), or null. */
export function dateOnlyLine(line: string): DateMention | null {
  // A page's metadata list ("  • 3/17/2018") marks its date line as a list item.
  const core = line.trim().replace(LIST_MARKER, '').replace(LABEL, '').replace(WEEKDAY_PREFIX, '').replace(TIME_SUFFIX, '');
  return wholeDate(core) ?? wholeDate(core.replace(PLACE_BESIDE, '').replace(TIME_SUFFIX, ''));
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
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, TOP_LINES);
}

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

/** The article's dateline, if one of its first lines is one. */
export function findDateline(text: string): Dateline | null {
  for (const line of topLines(text)) {
    const date = dateOnlyLine(line) ?? stampLine(line);
    if (date) return { phrase: line, date };
    const wire = WIRE.exec(line) ?? WIRE_BARE.exec(line);
    // The date is read from the whole opening: the city pattern may have taken "Jan." for a second place name.
    const dated = wire ? findDates(wire[0]).find((d) => d.precision === 'day') : undefined;
    if (wire && dated) return { phrase: wire[0].replace(/\s*[-–—]$/, ''), date: dated };
  }
  return null;
}

/** The agency of a wire dateline ("... (Reuters) -", "Damascus, SANA -"), '' if the article opens with none. */
export function wireAgency(text: string): string {
  for (const line of topLines(text)) {
    const wire = WIRE.exec(line) ?? WIRE_BARE.exec(line);
    // "IRNA/SANA": the agency that carries the story is named first.
    if (wire) return wire[3]!.split('/')[0]!.trim();
  }
  return '';
}
