/**
 * People held where the fighting is ("4,000 families stranded within the frontlines", "stranded in the crossfire")
 * have not left their homes: a stock of the stranded is displaced only where they are stranded away from home (a camp,
 * a crossing). The places that trap rather than shelter are data/trapped-places.csv.
 */
import { parseRegistry } from '@frontline/schema';
import { readDataFile } from './data.ts';

const PHRASES = parseRegistry(readDataFile('trapped-places.csv'), 'trapped-places.csv', ['phrase', 'example'])
  .map((r) => r.phrase!.toLowerCase().replace(/\s+/g, String.raw`\s+`));
/** A preposition of place, then the place that traps: "within the frontlines", "inside the besieged area". */
const TRAPPED_AT = new RegExp(String.raw`^\s+(?:within|behind|inside|in|along|on|between|near)\s+(?:the\s+)?(?:${PHRASES.join('|')})\b`, 'i');

/** Whether the words right after a stock's predicate (`after`) place its people where the fighting holds them. */
export function trappedAt(after: string): boolean {
  return TRAPPED_AT.test(after);
}
