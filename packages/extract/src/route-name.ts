/**
 * "villages along the Hama – Homs International Highway", "the Kyiv-Chop highway": a road named by the two
 * towns it joins runs through neither story's area as a place of it; its ends are no places the paragraph or lead has
 * reached, so they give no area to a fact whose sentence names none (discourse.ts). The fact's own places are left
 * as extract reads them ("seized the Aleppo-Damascus highway" keeps its names). The route nouns are
 * data/territory-words.csv's `route` rows.
 */
import type { PlaceMention } from '@frontline/schema';
import { territoryWords } from './territory-words.ts';

const ROUTES = new Set(territoryWords('route').map((w) => w.toLowerCase()));

/** Up to three capitalised words of a name, then the word after them. */
const NAME_THEN_WORD = /^(?:\s*\p{Lu}[\p{L}'’\-]*){1,3}\s+(\p{L}+)/u;
/** The dash joining the road's two ends, with or without spaces. */
const DASH_AFTER = /^\s*[-–—]\s*/;
const DASH_BEFORE = /\p{L}\s*[-–—]\s*$/u;

/** The words after a name: more capitalised words (the name, "International") and a route noun. */
function routeAhead(after: string): boolean {
  const m = NAME_THEN_WORD.exec(after.replace(/^\s*/, ' '));
  return !!m && ROUTES.has(m[1]!.toLowerCase());
}

/** The mention (offsets in `s`) is one end of "A–B <route>": the first before the dash, or the second after it. */
export function routeEnd(s: string, p: Pick<PlaceMention, 'start' | 'end'>): boolean {
  const after = s.slice(p.end);
  const dash = DASH_AFTER.exec(after);
  if (dash && dash[0].length > 0 && routeAhead(after.slice(dash[0].length))) return true;
  // The second end, or both in one hyphenated name ("the Kaduna-Abuja road").
  const joined = DASH_BEFORE.test(s.slice(0, p.start)) || INNER_DASH.test(s.slice(p.start, p.end));
  const next = ROUTE_NEXT.exec(after);
  return joined && !!next && ROUTES.has(next[1]!.toLowerCase());
}

/** A name of two capitalised parts joined by a dash. */
const INNER_DASH = /\p{L}[-–—]\p{Lu}/u;
/** Up to two more capitalised words ("International"), then the word that may be the route noun. */
const ROUTE_NEXT = /^(?:\s+\p{Lu}[\p{L}'’\-]*){0,2}\s+(\p{L}+)/u;
