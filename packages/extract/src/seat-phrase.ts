/**
 * "Fighters entered the provincial capital", "the governorate's capital", "the capital of Helmand province": a phrase
 * naming an admin1 area's seat without its name. The city is the seat the packs give (a region pack's admin1.csv
 * `seat` column; the world pack's admin1-seats.csv, GeoNames PPLA) for the area the sentence names, else the area
 * its paragraph last named, else the one area the article's lead names. Several areas, or none, give no city.
 */
import { PACK_ADMIN1, foldName } from '@frontline/schema';
import { bare, type PlaceHit } from './places.ts';

interface Span {
  text: string;
  start: number;
  end: number;
}

/** Where the phrase's area may be named before the sentence: the paragraph's places (latest first), the lead's. */
export interface SeatContext {
  paragraph: string[];
  lead: string[];
}

/** The division word an admin1 name may carry ("Helmand Province", "Borno State"): the name is looked up without it. */
const DIVISION = /\s+(?:oblast|province|governorate|region|state|prefecture)$/i;
/** "Salah al-Din" and "Salah ad Din" are one name: folded, without the division word and Arabic articles. */
const key = (name: string): string => bare(foldName(name.replace(DIVISION, '')));

/**
 * Folded admin1 name -> its seats. A region pack's areas answer for its countries; the world index's areas of those
 * countries are not asked (as the gazetteer does not ask the world index about them).
 */
function seatsByName(): Map<string, Set<string>> {
  const regional = new Set(PACK_ADMIN1.filter((a) => a.regional).map((a) => a.country));
  const found = new Map<string, Set<string>>();
  for (const a of PACK_ADMIN1) {
    if (!a.seat || (!a.regional && regional.has(a.country))) continue;
    for (const n of [a.name, ...a.alternate_names]) {
      const k = key(n);
      if (k) found.set(k, (found.get(k) ?? new Set()).add(a.seat));
    }
  }
  return found;
}
// Built on first use: places.ts, whose `bare` the keys need, imports this module.
let SEATS: Map<string, Set<string>> | undefined;

/** The one seat a name answers to, with the name as the place's area; undefined when none or several. */
function seatOf(name: string): { seat: string; area: string } | undefined {
  const seats = (SEATS ??= seatsByName()).get(key(name));
  return seats?.size === 1 ? { seat: [...seats][0]!, area: name.replace(DIVISION, '') } : undefined;
}

/** The one seat the names give between them (two spellings of one area agree); undefined when none or several. */
function oneSeat(names: string[]): { seat: string; area: string } | undefined {
  const found = names.map(seatOf).filter((x) => x !== undefined);
  return new Set(found.map((f) => f.seat)).size === 1 ? found[0] : undefined;
}

// "the provincial capital", "the governorate's capital (city)"; a name after it ("the provincial capital Mosul") is
// left to the name finder, and "the provincial capital of X" to OF_AREA.
const AREA_OWNER = String.raw`(?:provincial|regional|state|governorate|province|oblast|(?:province|governorate|region|state)['’]s)`;
const PHRASE = new RegExp(String.raw`\bthe\s+${AREA_OWNER}\s+capital(?:\s+city)?\b`, 'giu');
const NAME_AFTER = /^\s*,?\s*(?:of\s+)?(?:the\s+)?\p{Lu}/u;
// "the (provincial) capital of (the) ": an admin1 name follows.
const OF_AREA = /\bthe\s+(?:provincial\s+)?capital\s+of\s+(?:the\s+)?$/i;
// "Goma, the provincial capital of North Kivu": an apposition to a name the name finder already has.
const APPOSITION = /,\s*$/;

/**
 * Seats the sentence names by phrase. `areas`: the admin1 names the sentence itself names (the place finder's hints);
 * `context`: asked only when the sentence has a bare phrase and names no one area.
 */
export function findSeatPhrases(s: string, areas: Span[], context?: () => SeatContext): PlaceHit[] {
  // Every sentence passes here (the place finder): most never say "capital".
  if (!/capital/i.test(s)) return [];
  const out: PlaceHit[] = [];
  // "the capital of Helmand province": the area named after the phrase.
  for (const a of areas) {
    const of = OF_AREA.exec(s.slice(Math.max(0, a.start - 40), a.start));
    const start = a.start - (of?.[0].length ?? 0);
    const found = of && !APPOSITION.test(s.slice(0, start)) && seatOf(a.text);
    if (found) out.push(hit(found, start, a.end));
  }
  for (const m of s.matchAll(PHRASE)) {
    if (NAME_AFTER.test(s.slice(m.index + m[0].length)) || APPOSITION.test(s.slice(0, m.index))) continue;
    const found = oneSeat(areas.map((a) => a.text)) ?? fromContext(context?.());
    if (found) out.push(hit(found, m.index, m.index + m[0].length));
  }
  return out;
}

/** The paragraph's latest area with a seat, else the lead's one area. */
function fromContext(c: SeatContext | undefined): { seat: string; area: string } | undefined {
  if (!c) return undefined;
  for (const name of c.paragraph) {
    const found = seatOf(name);
    if (found) return found;
  }
  return oneSeat(c.lead);
}

function hit(found: { seat: string; area: string }, start: number, end: number): PlaceHit {
  return { text: found.seat, start, end, feature_hint: 'city', admin_hint: found.area, near: false, cue: 'in' };
}
