/**
 * A place phrase between a counted subject and its verb: "12 civilians in Bakhmut were killed", "more than 30,000
 * residents in Tabayin Township, Sagaing Region, have fled", "N people across the Gaza Strip have fled". The one reader
 * of it, for both the cue path (figures.ts) and the frame path (frame-finder.ts). It says where the people are, so the verb after it is
 * still theirs. Only a phrase made of the places the place finder found (and a feature word after one) is crossed:
 * "12 civilians in the attack were killed" or "N people in need" are not places and end the look.
 */
import { alternation } from '@frontline/nlp/dates';
import type { PlaceHit } from './places.ts';
import { facilityNouns } from './thing-nouns.ts';

/** The feature words a place finder may leave beside a name: "Beni territory", "the village of Hirnyk". */
const FEATURE_WORDS = 'province|governorate|district|township|region|state|oblast|territory|county|city|town|village|camp|area';
/**
 * The locative word that opens such a phrase, with the feature word a name may stand after ("in the village of X",
 * "in the town of X"): the place finder finds the name, not the words before it.
 */
const OPENER = new RegExp(String.raw`^\s+(?:in|near|around|from|across|inside|throughout)\s+(?:the\s+)?(?:(?:${FEATURE_WORDS})\s+of\s+)?`, 'i');
/** Nouns of settlements, counted ("from 15 villages") or left unnamed ("in the camps"). */
const SETTLEMENT_NOUNS = 'villages|towns|communities|neighbo(?:u)?rhoods|districts|camps|settlements';
/** Where they come from, counted: "from about 15 villages", "from three districts" (a place phrase may follow). */
const SETTLEMENTS = new RegExp(String.raw`^\s+from\s+(?:about\s+|some\s+|around\s+|more\s+than\s+|at\s+least\s+)?(?:\d[\d,]*|[a-z]+)\s+(?:${SETTLEMENT_NOUNS})\b`, 'i');
/**
 * Where they are, by the kind of place alone: "in affected areas", "in the camps", "across the region". One word may
 * qualify the noun, so "in the attack on villages" (an event, then a place) is not crossed; "of" after the noun leaves
 * the phrase to the named-place reader ("in the area of X").
 */
const UNNAMED_AREA = new RegExp(String.raw`^\s+(?:in|across|inside|throughout)\s+(?:the\s+)?(?:[a-z][a-z-]*\s+)?(?:areas?|regions?|locations|${SETTLEMENT_NOUNS})\b(?!\s+of\b)`, 'i');
/**
 * Where they were, by a site's noun (data/facility-nouns.csv): "the 40 soldiers at the outpost", "12 patients in the
 * hospital", "six guards inside the prison". One word may qualify the noun ("at the border post"); "of" after it
 * leaves the phrase to the named-place reader ("at the hospital of X").
 */
const SITE = new RegExp(String.raw`^\s+(?:at|in|inside|near)\s+(?:the|a|an|its|their)\s+(?:[a-z][a-z-]*\s+)?(?:${alternation(facilityNouns())})\b(?!\s+of\b)`, 'i');
/** A feature word the place finder may leave after a name: "Beni territory", "Marib city". */
const FEATURE = new RegExp(String.raw`^\s+(?:${FEATURE_WORDS})\b`, 'i');
/** What may join a second place to the first: an apposition (", Sagaing Region,") or "and"/"or". */
const JOINER = /^(?:\s*,\s*|\s+(?:and|or)\s+)(?:the\s+)?/i;
const MAX_PLACES = 3;

/** Where the place phrase right after `end` ends, or `end` when none stands there. */
export function pastSubjectPlace(s: string, end: number, places: PlaceHit[]): number {
  const from = SETTLEMENTS.exec(s.slice(end));
  if (from) return pastPlaces(s, end + from[0].length, places);
  const named = pastPlaces(s, end, places);
  if (named > end) return named;
  // "the 20 guards at the prison in Kobe": a site may be followed by the place that holds it.
  const site = SITE.exec(s.slice(end));
  if (site) return pastPlaces(s, end + site[0].length, places);
  const area = UNNAMED_AREA.exec(s.slice(end));
  return area ? end + area[0].length : end;
}

function pastPlaces(s: string, end: number, places: PlaceHit[]): number {
  const open = OPENER.exec(s.slice(end));
  if (!open) return end;
  let pos = placeAt(s, end + open[0].length, places);
  if (pos < 0) return end;
  for (let n = 1; n < MAX_PLACES; n++) {
    const join = JOINER.exec(s.slice(pos));
    const next = join ? placeAt(s, pos + join[0].length, places) : -1;
    if (next < 0) break;
    pos = next;
  }
  // ", Sagaing Region," : the apposition's closing comma belongs to the phrase.
  const close = /^\s*,(?=\s)/.exec(s.slice(pos));
  return close && s.slice(end, pos).includes(',') ? pos + close[0].length : pos;
}

/** The end of a place found right at `at` (with a feature word after it), or -1. */
function placeAt(s: string, at: number, places: PlaceHit[]): number {
  const p = places.find((h) => h.start === at);
  if (!p) return -1;
  return p.end + (FEATURE.exec(s.slice(p.end))?.[0].length ?? 0);
}
