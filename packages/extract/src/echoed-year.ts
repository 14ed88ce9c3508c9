/**
 * "2,710 people killed since 8 October 2023" in a report's highlights, then "157 children killed since 8 October" in
 * its overview: a day and month written without a year that the text wrote earlier with one is that same day, as a
 * reader takes it, not the latest 8 October before the report (a year later). The year is handed to normalize in
 * `echoed_year`; normalize reads the phrase with it. Only a single day of a named month is echoed: a month alone
 * ("in October") or a weekday names no day a reader would match.
 */
import type { ExtractedFact } from '@frontline/schema';
import { dayMonthSource, monthNumber } from '@frontline/nlp/dates';

const YEAR = String.raw`((?:19|20)\d{2})\b`;
const ONE_DAY = new RegExp(dayMonthSource(), 'gu');
const DATED = new RegExp(String.raw`(?:${dayMonthSource()}),?\s+${YEAR}`, 'gu');
const NAMES_YEAR = /\b(?:19|20)\d{2}\b/;

/** The day and month of a match of dayMonthSource(), as "month-day". */
function key(m: RegExpMatchArray): string {
  const [day, month] = m[1] ? [m[1], m[2]!] : [m[4]!, m[3]!];
  return `${monthNumber(month.replace(/\.$/, ''))}-${parseInt(day, 10)}`;
}

/** The year the text gave the phrase's one day before `before`, the last such mention; '' if none. */
export function echoedYear(text: string, before: number, phrase: string): string {
  if (!phrase || NAMES_YEAR.test(phrase)) return '';
  const days = [...phrase.matchAll(ONE_DAY)];
  if (days.length !== 1) return '';
  const wanted = key(days[0]!);
  let year = '';
  for (const m of text.slice(0, before).matchAll(DATED)) if (key(m) === wanted) year = m[5]!;
  return year;
}

/** Each fact whose yearless day the text dated earlier, with that year. */
export function withEchoedYears(text: string, facts: ExtractedFact[]): ExtractedFact[] {
  return facts.map((f) => {
    const year = echoedYear(text, f.char_start, f.time_phrase);
    return year ? { ...f, echoed_year: year } : f;
  });
}
