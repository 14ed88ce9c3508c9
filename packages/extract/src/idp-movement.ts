/**
 * Displaced people counted by their own noun ("N IDPs") are a stock when the sentence only says that they are
 * displaced, but a movement when its verb takes them somewhere: "up to 12,000 IDPs have moved to areas near the
 * border" counts people displaced in the period, as "fled to" would. The verbs are data/idp-movement-verbs.csv; going
 * "back" or "home" is a return, which this never claims.
 */
import { parseRegistry } from '@frontline/schema';
import { readDataFile } from './data.ts';

const VERBS = parseRegistry(readDataFile('idp-movement-verbs.csv'), 'idp-movement-verbs.csv', ['verb', 'example'])
  .map((r) => r.verb!.toLowerCase().split(/\s+/).join(String.raw`\s+`));
/** Auxiliaries and adverbs that may stand between a counted noun of people and its verb: "have", "are reportedly". */
export const AUXILIARY_WORDS = ['have', 'has', 'had', 'were', 'are', 'is', 'was', 'been', 'reportedly', 'also', 'now', 'already'];
/** Up to three of `words` before a verb, as a regex source. */
export function wordsBefore(words: readonly string[]): string {
  return String.raw`(?:(?:${words.join('|')})\s+){0,3}`;
}
const AUX = wordsBefore(AUXILIARY_WORDS);
/**
 * A preposition of destination, not one that takes them home ("to their homes" is a return); "at" for a site they
 * reached ("sought shelter at the PoC site", "arrived at the transit centre").
 */
const TOWARDS = String.raw`(?:to|towards?|into|in|inside|at)\b(?!\s+(?:their\s+)?(?:homes?|places?\s+of\s+origin)\b)`;
const MOVES_ON = new RegExp(String.raw`^\s*${AUX}(?:${VERBS.join('|')})\s+${TOWARDS}`, 'i');

/** Whether the words right after a counted noun of the displaced (`after`) take its people somewhere. */
export function movesOn(after: string): boolean {
  return MOVES_ON.test(after);
}

/**
 * "an increase of some 40,000 IDPs over the past few days, bringing the total to 150,000": a count of the displaced
 * named as a growth is how many were newly displaced, not how many are displaced now (the total after it is). The
 * nouns of growth are data/growth-nouns.csv; `before` is the text up to the figure (its "some", "about" included).
 */
const GROWTH = parseRegistry(readDataFile('growth-nouns.csv'), 'growth-nouns.csv', ['noun', 'example']).map((r) => r.noun!.toLowerCase());
const GROWN_BY = new RegExp(String.raw`\b(?:${GROWTH.join('|')})\s+of\s+$`, 'i');

/** Whether the words before a counted noun of the displaced (`before`) name it as a growth ("an increase of"). */
export function grownBy(before: string): boolean {
  return GROWN_BY.test(before);
}
