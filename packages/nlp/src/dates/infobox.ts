/**
 * An encyclopedic page's infobox Date field, defined once for every stage: the label at the start of a line, then its
 * value ("Date 17 October 2016 – 20 July 2017", "Date: 6 August 2024 – present"). A copy that flattened the infobox
 * may glue the label to the value ("Date10 September – 28 November 2013").
 */
const DATE_LABEL = /^[ \t]*Date(?![a-z])[ \t]*:?[ \t]*(\S[^\n]*)/;
/** A year, as an infobox value names it. */
const YEAR = /\b((?:19|20)\d{2})\b/;
/** How far into the value its first year may stand: past it, the year is a footnote's or a later field's. */
const YEAR_WITHIN = 64;

/** The value of the infobox Date field the line opens with, or undefined when the line is no such field. */
export function infoboxDateValue(line: string): string | undefined {
  return DATE_LABEL.exec(line)?.[1];
}

/** The first year of the Date field the line opens with ("Date 10 September – 28 November 2013" gives 2013). */
export function infoboxDateYear(line: string): string | undefined {
  const value = infoboxDateValue(line);
  return value === undefined ? undefined : YEAR.exec(value.slice(0, YEAR_WITHIN))?.[1];
}
