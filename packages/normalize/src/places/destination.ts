/**
 * "Fled to Warsaw", "arrived in Toulouse", "were evacuated to Istanbul": a place the text names as where people went
 * is meant abroad even when the text names no country for it; a town abroad that merely shares a name with a place of
 * the story is not (disambiguate.ts `believedAbroad`). The verbs are data/destination-verbs.csv.
 */
import { parseRegistry, readDataText, type DataHome, type ExtractedFact } from '@frontline/schema';

const HOME: DataHome = { from: import.meta.url, dir: '../../data/', pkg: '@frontline/normalize' };
const VERBS = parseRegistry(readDataText(HOME, 'destination-verbs.csv'), 'destination-verbs.csv', ['verb', 'example']).map((r) => r.verb!);

/** The verb, a particle ("back", "refuge"), the preposition of the destination and up to two lower-case words. */
const DESTINATION = new RegExp(
  String.raw`\b(?:${VERBS.join('|')})\s+(?:(?:back|refuge|shelter|abroad)\s+)?(?:to|in|into|at|towards?)\s+(?:(?:the|a)\s+)?(?:[\p{Ll}-]+\s+){0,2}$`,
  'iu',
);
/** A list's next member after a destination: "fled to Warsaw, Krakow and Lodz". */
const LIST_LINK = /^\s*(?:,|,?\s*and|,?\s*or)\s*$/;

/** Indexes of a fact's mentions that are where people went (offsets are the article's, as the quote's). */
export function destinations(x: ExtractedFact): Set<number> {
  const out = new Set<number>();
  x.place_mentions.forEach((m, j) => {
    const at = m.start - x.char_start;
    if (at <= 0 || at > x.quote.length) return;
    const prev = x.place_mentions[j - 1];
    const listed = prev !== undefined && out.has(j - 1) && LIST_LINK.test(x.quote.slice(prev.end - x.char_start, at));
    if (listed || DESTINATION.test(x.quote.slice(Math.max(0, at - 80), at))) out.add(j);
  });
  return out;
}
