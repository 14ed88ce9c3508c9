/**
 * "seized another two towns – A and B – on Sunday", "recaptured two villages, A and B, on Monday", "took three towns
 * (A, B and C)": names set off right after a count of places are the places counted. Each is a place taken, as a
 * list after the verb would be, while the count keeps its own fact with the names as its places.
 */
import type { Draft } from './draft.ts';
import type { PlaceHit } from './places.ts';
import { COUNTED_PLACE_NOUNS } from './nouns.ts';
import { findQuantities } from './numbers.ts';

/** The count, a noun of places and the mark that sets the names off: "two towns –", "three villages (". */
const COUNT_THEN_MARK = new RegExp(
  String.raw`^(?:another\s+|a\s+further\s+)?(\S+)\s+(?:more\s+|other\s+)?(?:[\p{Ll}\-]+\s+)?(?:${COUNTED_PLACE_NOUNS.join('|')})\s*([–—(,])\s*$`,
  'u',
);
/** What closes the names for each opening mark: the same dash, the bracket, or a comma after the last "and X". */
const CLOSER: Record<string, RegExp> = { '–': /–|[.;]/, '—': /—|[.;]/, '(': /\)/, ',': /(?<=\b(?:and|or)\s+[^,;.]+),|[.;]/u };

/** Between the names only commas, "and", "or": not "four villages, Kharkiv officials said" (a source, not a list). */
const JOINERS_ONLY = /^(?:[\s,]|\band\b|\bor\b)*$/u;
function onlyNames(s: string, start: number, end: number, named: PlaceHit[]): boolean {
  let rest = '';
  let at = start;
  for (const p of named) {
    rest += s.slice(at, p.start);
    at = p.end;
  }
  return JOINERS_ONLY.test(rest + s.slice(at, end));
}

/**
 * The drafts of the places (of the sentence's `places`) named by each counted capture of `drafts`; none when the names
 * outnumber the count.
 */
export function namedCountMembers(s: string, drafts: Draft[], places: PlaceHit[]): Draft[] {
  return drafts.flatMap((d) => {
    const value = d.kind === 'territory' && d.unit === 'places' && d.quantity?.modifier === 'exact' ? d.quantity.value ?? 0 : 0;
    const first = places.find((p) => p.start > d.figEnd);
    if (value < 2 || !first) return [];
    const m = COUNT_THEN_MARK.exec(s.slice(d.figStart, first.start));
    if (!m || findQuantities(m[1]!)[0]?.value !== value) return [];
    const close = s.slice(first.start).search(CLOSER[m[2]!]!);
    const end = close < 0 ? s.length : first.start + close;
    const named = places.filter((p) => p.start >= first.start && p.end <= end);
    if (named.length > value || !onlyNames(s, first.start, end, named)) return [];
    return [{ ...d, quantity: null, unit: '', count_phrase: '', figStart: d.cueStart, figEnd: d.cueEnd, places: named, cumulative: false }];
  });
}
