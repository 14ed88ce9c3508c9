/**
 * A verbless coordinated list by place (gapping): "Sagaing recorded 94 deaths, Mandalay 61 and Magway 40", "Kassala
 * received 61,000 arrivals, Gedaref 38,500 and Sennar 12,900". The first conjunct is a place, a verb by which a place
 * records figures (data/place-record-verbs.csv) and a counted figure another finder read; each later conjunct is a
 * name and a figure, the verb and noun carried over from the first. One fact per conjunct with the first one's
 * category, group and unit, its place the conjunct's name; the first fact takes the subject's place. The list must
 * close on "and" with its last figure, as a gapped list does, or end the sentence there ("Idlib recorded 40 deaths,
 * Hama 12."): a comma-joined figure with more clause after it ("Kharkiv 32, officials said") may be an aside. A
 * subject that is no place the finder found is no list by place ("Russia lost 94 soldiers, Ukraine 61" names sides, not places).
 */
import { parseRegistry } from '@frontline/schema';
import { alternation } from '@frontline/nlp/dates';
import type { Draft } from './draft.ts';
import { readDataFile } from './data.ts';
import { readHead } from './nouns.ts';
import { findQuantities, quantityOf } from './numbers.ts';
import type { PlaceHit } from './places.ts';
import { PLACE_NAME, placeOf } from './listed-place.ts';
import { pastFrontedTime } from './fronted.ts';

const VERBS = alternation(parseRegistry(readDataFile('place-record-verbs.csv'), 'place-record-verbs.csv', ['word']).map((r) => r.word!));
/** "Sagaing recorded " right before the figure: the subject's name and the verb. */
const SUBJECT = new RegExp(String.raw`(${PLACE_NAME})(?:\s+(?:region|state|province|governorate|district|oblast|township))?\s+(?:${VERBS})\s+$`, 'du');
/** ", Mandalay " or " and Magway " after the previous conjunct: a later conjunct's name. */
const CONJUNCT = new RegExp(String.raw`^(,\s+(?:and\s+)?|\s+and\s+)(${PLACE_NAME})\s+`, 'du');
/** What may follow the list's last figure: the sentence's end or a clause after a comma or bracket. */
const CLOSE = /^\s*(?:[.;,(]|$)/u;
/** What may follow the last figure of a list joined by commas alone: the sentence's end. */
const END = /^\s*(?:[.;]|$)/u;

/** The conjuncts of each gapped list by place in sentence `s`, as drafts; the first conjunct's draft takes its subject. */
export function gappedPlaces(s: string, drafts: Draft[], places: PlaceHit[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts.filter((x) => x.kind === 'casualty' || x.kind === 'displacement')) {
    const subject = SUBJECT.exec(s.slice(0, d.figStart));
    const place = subject && subjectPlace(s, subject, places);
    if (!place) continue;
    // The counted noun ends the first conjunct: "94 deaths", "61,000 new arrivals", "81 civilians killed".
    const q = findQuantities(s.slice(d.figStart))[0];
    const noun = q && q.start === 0 ? readHead(s.slice(d.figStart), q) : null;
    const members = conjuncts(s, d, Math.max(d.figEnd, d.cueEnd, d.figStart + (noun?.end ?? 0)), places);
    if (!members.length) continue;
    d.places = [place];
    out.push(...members);
  }
  return out;
}

/** The place the subject names; "In March Sagaing recorded": a fronted time phrase is no part of its name. */
function subjectPlace(s: string, subject: RegExpExecArray, places: PlaceHit[]): PlaceHit | null {
  const [start, end] = subject.indices![1]!;
  const from = pastFrontedTime(s, start, end);
  return placeOf(from, s.slice(from, end), places);
}

/** The later conjuncts after `from`, or none when they close neither on "and" nor on the sentence's end. */
function conjuncts(s: string, whole: Draft, from: number, places: PlaceHit[]): Draft[] {
  const out: Draft[] = [];
  let at = from;
  let closedByAnd = false;
  for (let m = CONJUNCT.exec(s.slice(at)); m; m = CONJUNCT.exec(s.slice(at))) {
    const figureAt = at + m[0].length;
    const q = findQuantities(s.slice(figureAt))[0];
    if (!q || q.value === null || q.start !== 0) break;
    const nameStart = at + m.indices![2]![0];
    const place = placeOf(nameStart, m[2]!, places);
    if (!place) break;
    out.push({ ...whole, quantity: quantityOf(q), count_phrase: q.phrase, figStart: figureAt + q.start, figEnd: figureAt + q.end, places: [place], part: false });
    closedByAnd = /and\s+$/u.test(m[1]!);
    at = figureAt + q.end;
  }
  return (closedByAnd ? CLOSE : END).test(s.slice(at)) ? out : [];
}
