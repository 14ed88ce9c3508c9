/**
 * A year-to-date count: "As of 9 June, 212 civilians had been killed in Kivu in 2022", "As at the end of Oct, some 64
 * aid workers have died so far in 2021". The "as of" day is written without its year; the year only says which year the count
 * runs through, and the count stands at its "as of" day, which that year places. Ingest's timeline gives the day its
 * year from it; extract's time finder dates the count by the day rather than by the bare year. One reading for both.
 */

/** "as of", "as at the": what opens a running count's day. */
const AS_OF = String.raw`[Aa]s\s+(?:of|at)\s+(?:the\s+)?`;
const AS_OF_BEFORE = new RegExp(String.raw`\b${AS_OF}$`);
const AS_OF_OPENING = new RegExp(`^${AS_OF}`, 'i');
const WITH_YEAR = /\b(?:19|20)\d\d\b/;
/** The year a count runs through, later in the same sentence: "had died in 2023", "so far in 2024"; not a range. */
const COUNT_YEAR = /^[^.;!?]{0,160}?\b(?:so\s+far\s+)?in\s+((?:19|20)\d{2})\b(?![-–—\/]|\s+(?:to|and)\b)/;

/** "as of 30 April", "As at 16 January 2003": a phrase that gives the day a count stands at (extract, normalize). */
const AS_OF_WORD = /^as\s+(?:of|at)\b/i;
export const opensAsOf = (phrase: string): boolean => AS_OF_WORD.test(phrase);

/** Where the day of a phrase that opens with "as of" starts ("as of 12 May": 6); -1 for any other phrase. */
export function asOfDayStart(phrase: string): number {
  return AS_OF_OPENING.exec(phrase)?.[0].length ?? -1;
}

/**
 * The year a yearless day at `start`..`end` of `text` is counted through: "as of" right before the day, and "in
 * <year>" after it in the same sentence. Null for any other day.
 */
export function yearToDate(text: string, start: number, end: number): number | null {
  if (WITH_YEAR.test(text.slice(start, end))) return null;
  if (!AS_OF_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return null;
  const year = COUNT_YEAR.exec(text.slice(end, end + 200))?.[1];
  return year ? Number(year) : null;
}
