/**
 * A place as the subject of a verb of counting: "Diyala recorded 37 killed", "Dongola in Northern State reported two
 * injuries", "Zalingei, the capital of Central Darfur, reported five deaths". It says where the figures were counted,
 * not who counted them, so it is no reporter. Extract has no gazetteer: a place is known here by the packs' admin1
 * names, by a locative complement naming one ("X in Y State"), by an apposition calling it a capital or a town, or
 * by its words: a zone of a country named by compass points ("the South-East", "Centre-North", "the North West") or
 * a name ending in a zone noun of data/zone-nouns.csv ("the Sahel region", "the Middle Belt").
 */
import { parseRegistry } from '@frontline/schema';
import { escapeRe } from '@frontline/nlp/dates';
import { readDataFile } from './data.ts';
import { namesAdmin1 } from './places.ts';
import { sourceMentions, tidy } from './reporter-phrase.ts';
import { startsCapital } from './text.ts';
import type { Draft } from './draft.ts';
import type { PlaceHit } from './places.ts';
import { SUBJECT } from './gapped-places.ts';
import { placeOf } from './listed-place.ts';

const ZONE_FILE = 'zone-nouns.csv';
/** A compass point, alone or joined ("South-East", "Centre-North", "North West", "Northeastern"). */
const COMPASS = String.raw`(?:north|south|east|west|centre|center|central|middle)(?:[-\s]?(?:east|west|north|south))?(?:ern)?`;
/** Compass points only: "the South-East", "Centre-North", "North West". */
const COMPASS_ZONE = new RegExp(String.raw`^${COMPASS}(?:[-\s]+${COMPASS})?$`, 'i');
/** Capitalised words ending in a zone noun, the noun in either case ("the Sahel region", "the Middle Belt"). */
let namedZone: RegExp | null = null;

/** Parses the table's text (a broken row stops the stage with its line). */
export function parseZoneNouns(text: string, file = ZONE_FILE): string[] {
  return parseRegistry(text, file, ['word', 'example']).map((r) => r.word!.toLowerCase());
}

/** Whether a subject is a zone of a country by its words (see the module's comment). */
function isZone(t: string): boolean {
  if (COMPASS_ZONE.test(t)) return true;
  if (!namedZone) {
    const nouns = parseZoneNouns(readDataFile(ZONE_FILE)).map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${escapeRe(w.slice(1))}`);
    namedZone = new RegExp(String.raw`^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:${nouns.join('|')})$`, 'u');
  }
  return namedZone.test(t);
}

/** "X in Y": a name, then "in" and the admin1 area it lies in. */
const IN_AREA = /^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}in\s+((?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*){1,3})$/u;
/** ", the capital of Central Darfur," right before the verb: an apposition that calls the subject a place. */
const PLACE_APPOSITION = /,\s*(?:the\s+)?(?:\p{Ll}+\s+)?(?:capital|town|city|seat|administrative\s+cent(?:re|er))\s+of\s+[^,;]+,\s*$/u;

/**
 * Whether `subject`, the subject found before a counting verb, is a place; `before` is the sentence up to the verb.
 * `known`: whether the story resolved the words as a place of any level ("fighting in Mosul", a town a list placed).
 */
export function isPlaceSubject(subject: string, before: string, known: (text: string) => boolean = () => false): boolean {
  const t = tidy(subject).replace(/\s*\([^()]*\)$/, '');
  if (!startsCapital(t) || sourceMentions(t).length) return false;
  if (namesAdmin1(t) || isZone(t) || known(t)) return true;
  const area = IN_AREA.exec(t)?.[1];
  if (area && namesAdmin1(area.replace(/^the\s+/, '').trim())) return true;
  return PLACE_APPOSITION.test(before) && before.includes(`${t},`);
}

/**
 * "Mosul recorded 14 deaths", the story having named Mosul: a figure that no place was found for is the place's that
 * records it, when the subject right before it (a verb of data/place-record-verbs.csv between) is a place.
 */
export function recordingPlaces(s: string, drafts: Draft[], places: PlaceHit[], known: (text: string) => boolean): void {
  for (const d of drafts) {
    if (d.places.length || d.articlePlaces?.length) continue;
    const before = s.slice(0, d.figStart);
    const subject = SUBJECT.exec(before);
    if (!subject || !isPlaceSubject(subject[1]!, before.slice(0, subject.index), known)) continue;
    const place = placeOf(subject.indices![1]![0], subject[1]!, places);
    if (place) d.places = [place];
  }
}
