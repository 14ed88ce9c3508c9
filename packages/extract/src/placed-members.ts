/**
 * A list by place after one head figure, the figure first: "there are about 4,000 displaced people around A, 2,500
 * people around B; 8,000 people in C and 900 in D", "12 civilians were killed in A, 7 in B and 3 in C". The first
 * member is a figure another finder read, its noun and a place after a locative; each later member is a figure with
 * no noun, or with a bare noun of the first one's unit ("people", "families"), and its own place after a locative. The
 * members are set off by commas, semicolons or "and". Each is a fact of the first one's category, group and unit, its
 * place its own; the first keeps the places before the second member. The list must close on "and" with its last
 * member, or end the sentence there (gapped-places.ts, for a list whose places come first, asks the same).
 */
import type { Draft } from './draft.ts';
import { sameFigure } from './draft.ts';
import { readHead } from './nouns.ts';
import { findQuantities, quantityOf } from './numbers.ts';
import type { PlaceHit } from './places.ts';
import { PLACE_NAME, placeOf } from './listed-place.ts';

const LOCATIVE = String.raw`(?:in|around|near|at|inside)\s+(?:the\s+)?`;
/** The first member's noun phrase and place, up to the separator: " displaced people around Talodi, ". */
const FIRST_PLACE = new RegExp(String.raw`^(?:\s+[\p{Ll}-]+){0,3}?\s+${LOCATIVE}(${PLACE_NAME})(?:\s+(?:town|city|village|camp|district|county|locality))?(?=\s*[,;]|\s+and\s)`, 'du');
/** What sets off a later member before its figure. */
const SEPARATOR = /^(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)/u;
/** A later member's place after its figure and noun: " in Rashad", " around Heiban". */
const MEMBER_PLACE = new RegExp(String.raw`^\s+${LOCATIVE}(${PLACE_NAME})(?:\s+(?:town|city|village|camp|district|county|locality))?`, 'du');
/** What may follow the list's last member: the sentence's end, or a clause after a comma or bracket. */
const CLOSE = /^\s*(?:[.;,(]|$)/u;
const END = /^\s*(?:[.;]|$)/u;

/** The later members of each list by place whose first member another finder read; the first takes its own place. */
export function placedMembers(s: string, drafts: Draft[], places: PlaceHit[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts.filter((x) => (x.kind === 'casualty' || x.kind === 'displacement') && !x.part)) {
    const first = firstPlace(s, d, places);
    if (!first) continue;
    const members = laterMembers(s, d, first.end, places).filter((m) => !drafts.some((x) => sameFigure(x, m)));
    if (!members.length) continue;
    d.places = [first.place];
    out.push(...members);
  }
  return out;
}

/** The first member's place and where its place phrase ends, or null. */
function firstPlace(s: string, d: Draft, places: PlaceHit[]): { place: PlaceHit; end: number } | null {
  const m = FIRST_PLACE.exec(s.slice(d.figEnd));
  if (!m) return null;
  const place = placeOf(d.figEnd + m.indices![1]![0], m[1]!, places);
  return place && { place, end: d.figEnd + m[0].length };
}

/** The members after `from`, or none when they close neither on "and" nor on the sentence's end. */
function laterMembers(s: string, whole: Draft, from: number, places: PlaceHit[]): Draft[] {
  const out: Draft[] = [];
  let at = from;
  let closedByAnd = false;
  for (let sep = SEPARATOR.exec(s.slice(at)); sep; sep = SEPARATOR.exec(s.slice(at))) {
    const figureAt = at + sep[0].length;
    const q = findQuantities(s.slice(figureAt))[0];
    if (!q || q.value === null || q.start !== 0) break;
    const noun = readHead(s.slice(figureAt), q);
    if (noun && (noun.unit !== whole.unit || noun.internalCue || noun.modifiers || (noun.group && noun.group !== 'people' && noun.group !== whole.group))) break;
    const nounEnd = figureAt + (noun?.end ?? q.end);
    const placed = MEMBER_PLACE.exec(s.slice(nounEnd));
    const place = placed && placeOf(nounEnd + placed.indices![1]![0], placed[1]!, places);
    if (!place) break;
    out.push({ ...whole, quantity: quantityOf(q), count_phrase: q.phrase, figStart: figureAt + q.start, figEnd: figureAt + q.end, places: [place], part: false });
    closedByAnd = /and\s+$/u.test(sep[0]);
    at = nounEnd + placed![0].length;
  }
  return (closedByAnd ? CLOSE : END).test(s.slice(at)) ? out : [];
}
