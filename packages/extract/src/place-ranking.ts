/**
 * A monitor's ranking of places by their toll: "Baghdad was the worst affected governorate, with 55 casualties (23
 * killed, 32 injured), followed by Nineveh where eight were killed, and Anbar with four deaths", "Kharkiv oblast
 * followed with 12 killed, and Sumy had five". The names stand as subjects, with no locative word before them, so the
 * place finder needs the ranking itself to know them; and each place leads the figures after it, so each figure is
 * that place's alone.
 */
import type { Draft } from './draft.ts';
import type { PlaceHit } from './places.ts';
import { findQuantities } from './numbers.ts';

/** The predicate that ranks a subject: "was the worst affected", "were the hardest-hit", "is the second most affected". */
const WORST_HIT = String.raw`(?:worst|hardest|most)[-\s]+(?:affected|hit)\b`;
const DIVISION = '(?:county|province|oblast|region|state|district|governorate)';
const SUPERLATIVE = '(?:highest|largest|greatest|most)';
const RANKED_AFTER = new RegExp(String.raw`^\s+(?:was|were|is|are|remained)\s+(?:the\s+)?(?:second\s+|third\s+)?${WORST_HIT}`, 'i');
/** "had the highest number of", "recorded the most": a subject that leads a ranking by a count (ranking-head.ts). */
const LEADS_COUNT_AFTER = new RegExp(String.raw`^(?:\s+${DIVISION})?\s+(?:had|recorded|saw|registered|suffered|reported)\s+the\s+${SUPERLATIVE}\b`, 'i');
/**
 * A sentence that ranks places: a ranking predicate, or a place that "followed with" its figures. "Followed by" alone
 * is no ranking ("attacked the village, followed by ...").
 */
const RANKING = new RegExp(String.raw`\b${WORST_HIT}|\bfollowed\s+with\s|\bthe\s+${SUPERLATIVE}\b[^.;]{1,80}?,\s+with\s`, 'i');
const FOLLOWED_BY = /\bfollowed\s+by\s+$/i;
/**
 * A member of the ranking after its name: the division word it may carry, then the word that gives its figure ("with
 * four deaths", "had 4 killed", "where eight were killed", "followed with 36 killed").
 */
const MEMBER = new RegExp(String.raw`^(?:\s+${DIVISION})?\s+(?:followed\s+with|with|had|recorded|saw|suffered|where)\s+`, 'i');

/** Whether a capitalized name between `before` and `after` is a place of a ranking in `sentence`. */
export function rankedPlace(sentence: string, before: string, after: string): boolean {
  if (RANKED_AFTER.test(after) || LEADS_COUNT_AFTER.test(after)) return true;
  if (!RANKING.test(sentence)) return false;
  if (FOLLOWED_BY.test(before)) return true;
  const member = MEMBER.exec(after);
  if (!member) return false;
  const q = findQuantities(after.slice(member[0].length, member[0].length + 40))[0];
  return q !== undefined && q.value !== null && q.start === 0;
}

/**
 * "A was worst hit with 23 killed, followed by B where eight were killed, and C with four deaths": when the figures'
 * places alternate with them, each place before its own figures (a place, its figures, the next place, its figures),
 * each figure takes the place right before it. A place after the last figure ("12 killed in A and 3 in B") or a place
 * without figures of its own ("strikes on A and B killed 5") leaves the places shared, as found.
 */
export function leadingPlaces(s: string, drafts: Draft[]): void {
  const series = drafts.filter((d) => d.kind !== 'territory').sort((a, b) => a.figStart - b.figStart);
  if (!series.length) return;
  const found = [...new Map(series.flatMap((d) => d.places).map((p) => [p.start, p])).values()].sort((a, b) => a.start - b.start);
  if (series.some((d) => d.places.length !== found.length)) return;
  const places = withoutFollowers(s, found, series[series.length - 1]!.figEnd);
  if (!places.length || (places.length === found.length && (places.length < 2 || series.length < 2))) return;
  if (places[0]!.end > series[0]!.figStart) return;
  const leader = (d: Draft): PlaceHit => places.filter((p) => p.end <= d.figStart).pop()!;
  // Every place leads at least one figure, so none is left over after the last figure.
  if (places.some((p) => !series.some((d) => leader(d) === p))) return;
  for (const d of series) d.places = [leader(d)];
}

/**
 * "... with 957 casualties (238 killed and 719 injured), followed by A, B and C": the places ranked after the last
 * figure, with no figures of their own, are not where those figures were counted.
 */
function withoutFollowers(s: string, places: PlaceHit[], lastFigure: number): PlaceHit[] {
  const after = places.filter((p) => p.start >= lastFigure);
  if (!after.length || !FOLLOWED_BY.test(s.slice(lastFigure, after[0]!.start))) return places;
  return places.filter((p) => p.start < lastFigure);
}
