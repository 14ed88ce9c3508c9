/**
 * A toll broken down by place in brackets after it, each place before its figure: "some 900 people were wounded
 * (Kassala 650 and Gedaref 250)", "displaced 9,000 people (Beni 5,000 and Lubero 4,000)". The first figure is a fact another
 * finder read; each bracketed member is a part of it, of its category, group and unit, with its own place. The
 * members must all be a place and a figure, at least two, and add up to no more than the whole, or the brackets hold
 * something else (dates, a breakdown by group, a reference).
 */
import type { Draft } from './draft.ts';
import { sameFigure } from './draft.ts';
import { findQuantities, quantityOf } from './numbers.ts';
import type { PlaceHit } from './places.ts';
import { PLACE_NAME, placeOf } from './listed-place.ts';

/** From the whole's figure to the opening bracket: its noun and verb, no clause mark ("people were injured ("). */
const TO_BRACKET = /^[^().;:,]{0,50}?\(/u;
/** One member: a place then its figure, and what follows it (a separator or the closing bracket). */
const MEMBER = new RegExp(String.raw`^\s*(${PLACE_NAME})\s+(?=\d)`, 'du');
const SEPARATOR = /^\s*(?:,\s*(?:and\s+)?|and\s+)/u;

/** The bracketed parts by place of each casualty or displacement figure of `s` that has them. */
export function bracketedPlaces(s: string, drafts: Draft[], places: PlaceHit[]): Draft[] {
  const out: Draft[] = [];
  for (const whole of drafts.filter((x) => (x.kind === 'casualty' || x.kind === 'displacement') && !x.part)) {
    const open = TO_BRACKET.exec(s.slice(whole.figEnd));
    if (!open || !whole.quantity?.value) continue;
    const members = bracketMembers(s, whole, whole.figEnd + open[0].length, places);
    const total = members.reduce((sum, m) => sum + (m.quantity?.value ?? 0), 0);
    if (members.length < 2 || total > whole.quantity.value) continue;
    out.push(...members.filter((m) => !drafts.some((x) => sameFigure(x, m))));
  }
  return out;
}

/** The members from `at` to the closing bracket, or none when any member is not a place and a bare figure. */
function bracketMembers(s: string, whole: Draft, at: number, places: PlaceHit[]): Draft[] {
  const out: Draft[] = [];
  for (let i = at; ;) {
    const m = MEMBER.exec(s.slice(i));
    const place = m && placeOf(i + m.indices![1]![0], m[1]!, places);
    if (!m || !place) return [];
    const figureAt = i + m[0].length;
    const q = findQuantities(s.slice(figureAt))[0];
    if (!q || q.value === null || q.start !== 0 || q.upper !== undefined) return [];
    out.push({ ...whole, quantity: quantityOf(q), count_phrase: q.phrase, figStart: figureAt, figEnd: figureAt + q.end, places: [place], part: true });
    i = figureAt + q.end;
    if (/^\s*\)/u.test(s.slice(i))) return out;
    const sep = SEPARATOR.exec(s.slice(i));
    if (!sep) return [];
    i += sep[0].length;
  }
}
