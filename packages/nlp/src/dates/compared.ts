/**
 * The baseline of a comparison: a date a figure is measured against, not the date of any figure of the sentence.
 * Periodic reports compare their period with earlier ones ("down to 91 from 131 in August", "compared with 356 in
 * October", "more than in June", "Compared to the previous day, four children were killed"): the compared date is
 * earlier than the report's own, and it neither dates the sentence's figures nor moves the story's date.
 */
import { alternation, countWords } from './lexicon.ts';

const FIGURE = String.raw`(?:\d[\d,.]*\s*(?:%|per\s*cent|percent)?|${alternation(countWords(12))}|a\s+dozen)`;

/** Words of change that make "from N" the old value ("fell from 20", "up from 41"), not a place or a source. */
const CHANGE = String.raw`(?:down|up|rose|rise[sn]?|rising|fell|fall(?:en|ing|s)?|dropp(?:ed|ing)|drops?|declin(?:e[sd]?|ing)|increas(?:e[sd]?|ing)|decreas(?:e[sd]?|ing)|jump(?:ed|ing|s)?|climb(?:ed|ing|s)?|doubl(?:e[sd]?|ing)|halv(?:e[sd]?|ing))`;

/**
 * A figure set beside an earlier period's total by a verb of surpassing: "forced displacement exceeding the total
 * number of victims nationwide in 2024", "a toll that surpasses the figure recorded in 2022". Only the noun of a
 * total after it: "the displaced exceeded 10,000 in March" dates the figure, the count being no baseline.
 */
const SURPASSED_TOTAL = String.raw`\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|outnumber(?:s|ed|ing)?)\s+the\s+(?:\w+\s+)?(?:total|number|figure|toll|count)s?\b[^.;:\d]{0,50}?\s+`;

const BASELINE = new RegExp(
  String.raw`(?:${SURPASSED_TOTAL}|\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|versus|vs\.)\s+(?:${FIGURE}(?:\s+[a-z]+){0,2}\s+)?` +
    String.raw`|\b${CHANGE}\b[^.;:]{0,40}?\bfrom\s+(?:some\s+|about\s+|around\s+)?${FIGURE}(?:\s+[a-z]+){0,2}\s+)` +
    String.raw`(?:(?:in|during|on|over)\s+(?:the\s+month\s+of\s+)?)?$`,
  'i',
);

/**
 * "than" right before a date that opens with a preposition or a relative word ("than in June", "than last month"); not
 * "more than two years ago" nor "more than 90 people last year", where "than" takes a figure.
 */
const THAN = /\bthan\s+$/i;
const THAN_DATE = /^(?:in|during|on|over|at|last|the\s+(?:previous|same|prior|preceding))\b/i;

/** True when the text right before a date phrase makes that phrase a comparison's baseline. */
export function comparedBaseline(before: string, phrase: string): boolean {
  const tail = before.slice(-100);
  return BASELINE.test(tail) || (THAN.test(tail) && THAN_DATE.test(phrase));
}
