/**
 * A verbless coordinated list by place (gapping): "Sagaing recorded 94 deaths, Mandalay 61 and Magway 40", "Kassala
 * received 61,000 arrivals, Gedaref 38,500 and Sennar 12,900". The first conjunct is a place, a verb by which a place
 * records figures (data/place-record-verbs.csv) and a counted figure another finder read; each later conjunct is a
 * name and a figure, the verb and noun carried over from the first. The first conjunct's place may also open the
 * sentence with its preposition ("In Kassala, 61,000 arrivals were recorded, in Gedaref 38,500"), or close the first
 * conjunct after the figure ("800 people arrived from Enerhodar, Nikopol 700"); a time phrase may end the first
 * conjunct ("Idlib recorded 40 deaths last week, Hama 12"). One fact per conjunct with the first one's category,
 * group and unit, its place the conjunct's name; the first fact takes the first conjunct's place. The list must close
 * on "and" with its last figure, as a gapped list does, or end the sentence there ("Idlib recorded 40 deaths, Hama
 * 12."), or before an attribution closing it (", officials said."): a comma-joined figure with more clause after it
 * ("Kharkiv 32, while 12 more died") may be an aside. A subject that is no place the finder found is no list by
 * place ("Russia lost 94 soldiers, Ukraine 61" names sides, not places).
 */
import { parseRegistry } from '@frontline/schema';
import { alternation } from '@frontline/nlp/dates';
import type { Draft } from './draft.ts';
import { readDataFile } from './data.ts';
import { readHead } from './nouns.ts';
import { findQuantities, quantityOf } from './numbers.ts';
import type { PlaceHit } from './places.ts';
import { PLACE_NAME, placeOf } from './listed-place.ts';
import { sayingPattern } from './saying-verbs.ts';
import { findTimes } from './time.ts';
import { pastFrontedTime } from './fronted.ts';

const VERBS = alternation(parseRegistry(readDataFile('place-record-verbs.csv'), 'place-record-verbs.csv', ['word']).map((r) => r.word!));
/** "Sagaing recorded " right before the figure: the subject's name and the verb. */
export const SUBJECT = new RegExp(String.raw`(${PLACE_NAME})(?:\s+(?:region|state|province|governorate|district|oblast|township))?\s+(?:${VERBS})\s+$`, 'du');
/**
 * The preposition a verb of the first conjunct ends with, which later conjuncts repeat before their figures: "Borno
 * accounted for 64 of the deaths, Yobe for 21 and Adamawa for 9".
 */
const TRAILING_PREPOSITION = /\s(for|to)\s+$/u;
/** "In Kassala, " right before the figure: the first conjunct's place put first, with its preposition. */
const OPENER = new RegExp(String.raw`(?:^|[,;]\s*)(?:[Ii]n|[Aa]t)\s+(${PLACE_NAME})\s*,\s*$`, 'du');
/**
 * ", Mandalay ", " and Magway " or ", in Gedaref " after the previous conjunct: a later conjunct's name. A list whose
 * conjuncts each repeat the opener's shape sets them off as it did, by a semicolon and a comma after the place: "In
 * Sonora, 27 people were killed; in Chihuahua, 41; and in Michoacan, 33". The comma is read only after "in": "Mandalay,
 * 61" without it names no conjunct.
 */
const CONJUNCT = new RegExp(String.raw`^([,;]\s+(?:and\s+)?|\s+and\s+)(?:in\s+(${PLACE_NAME}),?|(${PLACE_NAME}))\s+`, 'du');
/** What may stand between a time phrase and the first conjunct's end: a space and a preposition ("in January"). */
const TIME_LEAD = /^\s+(?:(?:in|on|over|during|through|throughout)\s+)?$/u;
/** A place closing the first conjunct after its figure and verb: " arrived from Enerhodar", " were killed in Hama". */
const CLOSER = new RegExp(String.raw`^(?:\s+\p{Ll}+){0,3}?\s+(?:in|from|at)\s+(${PLACE_NAME})(?=\s*,)`, 'du');
/** The passive verb that closes a first conjunct put after its place: "61,000 new arrivals were recorded". */
const PASSIVE = new RegExp(String.raw`^\s+(?:were|was|have\s+been|had\s+been)\s+(?:${VERBS})`, 'u');
/**
 * An attribution closing the sentence after a comma-joined list: ", officials said.", ", according to OCHA." It
 * says whose the list is, not more of it, so the list ends before it as at the sentence's end.
 */
const SAYER = String.raw`(?:[\p{L}'’.-]+\s+){1,6}?${sayingPattern()}\b`;
const ATTRIBUTION = new RegExp(String.raw`^\s*,\s*(?:according\s+to\b|${SAYER})[^\d,;]*(?:[.;]|$)`, 'iu');
/** What may follow the list's last figure: the sentence's end or a clause after a comma or bracket. */
const CLOSE = /^\s*(?:[.;,(]|$)/u;
/** What may follow the last figure of a list joined by commas alone: the sentence's end. */
const END = /^\s*(?:[.;]|$)/u;

/** The conjuncts of each gapped list by place in sentence `s`, as drafts; the first one's draft takes its place. */
export function gappedPlaces(s: string, drafts: Draft[], places: PlaceHit[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts.filter((x) => x.kind === 'casualty' || x.kind === 'displacement')) {
    const first = firstConjunct(s, d, places);
    if (!first) continue;
    const members = conjuncts(s, d, afterTime(s, first.end), places, first.preposition);
    if (!members.length) continue;
    d.places = [first.place];
    out.push(...members);
  }
  return out;
}

/**
 * The first conjunct's place and where the conjunct ends: its subject ("Sagaing recorded 94 deaths"), a place put
 * first ("In Kassala, 61,000 new arrivals were recorded") or one closing it after the figure ("800 people arrived
 * from Enerhodar"). Null when the figure has none of these.
 */
function firstConjunct(s: string, d: Draft, places: PlaceHit[]): First | null {
  // The counted noun ends the first conjunct: "94 deaths", "61,000 new arrivals", "81 civilians killed".
  const q = findQuantities(s.slice(d.figStart))[0];
  const noun = q && q.start === 0 ? readHead(s.slice(d.figStart), q) : null;
  const nounEnd = Math.max(d.figEnd, d.cueEnd, d.figStart + (noun?.end ?? 0));
  const before = s.slice(0, d.figStart);
  const subject = SUBJECT.exec(before);
  if (subject) return found(subjectPlace(s, subject, places), nounEnd, TRAILING_PREPOSITION.exec(subject[0])?.[1]);
  const opener = OPENER.exec(before);
  if (opener) return found(placeOf(opener.indices![1]![0], opener[1]!, places), afterPassive(s, nounEnd));
  const closer = CLOSER.exec(s.slice(nounEnd));
  const at = closer && nounEnd + closer.indices![1]![0];
  return closer ? found(placeOf(at!, closer[1]!, places), at! + closer[1]!.length) : null;
}

type First = { place: PlaceHit; end: number; preposition?: string };

function found(place: PlaceHit | null, end: number, preposition?: string): First | null {
  return place && { place, end, preposition };
}

/** The place the subject names; "In March Sagaing recorded": a fronted time phrase is no part of its name. */
function subjectPlace(s: string, subject: RegExpExecArray, places: PlaceHit[]): PlaceHit | null {
  const [start, end] = subject.indices![1]!;
  const from = pastFrontedTime(s, start, end);
  return placeOf(from, s.slice(from, end), places);
}

/** The later conjuncts after `from`, or none when they close neither on "and" nor on the sentence's end. */
function conjuncts(s: string, whole: Draft, from: number, places: PlaceHit[], preposition?: string): Draft[] {
  const out: Draft[] = [];
  let at = from;
  let closedByAnd = false;
  for (let m = CONJUNCT.exec(s.slice(at)); m; m = CONJUNCT.exec(s.slice(at))) {
    const figureAt = at + m[0].length + repeated(s.slice(at + m[0].length), preposition);
    const q = findQuantities(s.slice(figureAt))[0];
    if (!q || q.value === null || q.start !== 0) break;
    const group = m[2] === undefined ? 3 : 2;
    const place = placeOf(at + m.indices![group]![0], m[group]!, places);
    if (!place) break;
    out.push({ ...whole, quantity: quantityOf(q), count_phrase: q.phrase, figStart: figureAt + q.start, figEnd: figureAt + q.end, places: [place], part: false });
    closedByAnd = /and\s+$/u.test(m[1]!);
    at = figureAt + q.end;
  }
  const rest = s.slice(at);
  return (closedByAnd ? CLOSE : END).test(rest) || ATTRIBUTION.test(rest) ? out : [];
}

/** The length of the first conjunct's preposition repeated before a later conjunct's figure ("Yobe for 21"), or 0. */
function repeated(rest: string, preposition?: string): number {
  const m = preposition ? new RegExp(String.raw`^${preposition}\s+`, 'u').exec(rest) : null;
  return m ? m[0].length : 0;
}

/**
 * Past a time phrase that ends the first conjunct ("94 deaths in March", "40 deaths last week") before the comma or
 * semicolon that sets off the next one, or `at` itself.
 */
function afterTime(s: string, at: number): number {
  const time = findTimes(s).find((t) => t.start >= at && TIME_LEAD.test(s.slice(at, t.start)));
  return time && /^\s*[,;]/u.test(s.slice(time.end)) ? time.end : at;
}

/** Past the passive verb of a first conjunct whose place opened it ("were recorded"), or `at` itself. */
function afterPassive(s: string, at: number): number {
  const verb = PASSIVE.exec(s.slice(at));
  return verb ? at + verb[0].length : at;
}
