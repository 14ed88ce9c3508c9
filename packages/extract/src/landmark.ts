/**
 * A place measured from a landmark: "the fighting reached Nyala, nearly 1,000 km southwest of Khartoum", "in Bentiu,
 * some 600 km north of the capital Juba", "Krasnyi Yar, which lies around 10 kilometres southeast of Pokrovsk",
 * "Ngazun Township—30 miles west of Mandalay—". The distance phrase is apposed to the place named before it and says
 * where that place lies: the landmark after it is no place of the figure (a figure in Nyala is not in Khartoum state).
 *
 * A side standing a distance from a place ("rebel forces were about 150 km from Addis Ababa", "RSF units are now some
 * 30 km from El Obeid") is another construction: the distance is the predicate of the side, not apposed to a place,
 * and the place is the objective of an advance (territory.ts). Only a distance right after a place, its feature word
 * and an opener of apposition (a comma, a dash, a bracket, "which lies", "a town") marks a landmark.
 *
 * A landmark within NEAR_KM stays: "al-Wishkah, 25 km from Abu Grein" names a place the packs may lack by the one
 * they know beside it, which is most often in the same admin1 (NEAR_KM is the schema's one bound, which normalize's
 * story geography counts as near too, and the mention stays marked near). A far one says only which way the place
 * lies from the capital.
 */
import { NEAR_KM } from '@frontline/schema';

/** The words of apposition between the place and its distance: "a town", "which is", "located", "some", "about". */
const APPOSED_WORDS = String.raw`(?:(?:a|an|the)\s+(?:small\s+|large\s+|remote\s+|border\s+|market\s+|garrison\s+)?(?:town|city|village|camp|settlement|locality|hub|base|district|area)\s+)?`;
const LIES = String.raw`(?:(?:which|that)\s+(?:is|was|lies|lay|sits|sat|stands)\s+)?(?:(?:located|situated|lying|sitting)\s+)?`;
const ABOUT = String.raw`(?:(?:about|around|some|nearly|almost|roughly|approximately|just|only|barely|over|more\s+than|less\s+than|under)\s+)?`;
const UNIT = String.raw`(?:km|kms|kilomet(?:re|er)s?|miles?)`;
/** "(35 miles)": the distance again in the other unit. */
const CONVERTED = String.raw`(?:\s*\([^()]{1,30}\))?`;
const COMPASS = String.raw`(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|from|away\s+from|outside(?:\s+of)?)`;
/** "the capital", "the regional capital", "the state capital", "the city of": the landmark's own noun before its name. */
const LANDMARK_NOUN = String.raw`(?:(?:the\s+)?(?:\p{Ll}+\s+)?(?:capital|city|town)(?:\s+of)?\s+)?`;
/** The opener of apposition: a comma, a dash, a bracket; a dash may stand with no space on either side. */
const OPENER = String.raw`(?:,\s*|\s*[—–]\s*|\s+-\s+|\s*\(\s*)`;

const APPOSED_DISTANCE = new RegExp(
  String.raw`^${OPENER}${APPOSED_WORDS}${LIES}${ABOUT}(\d[\d,]*(?:\.\d+)?)\s*(${UNIT})${CONVERTED}\s+${COMPASS}\s+${LANDMARK_NOUN}$`, 'iu',
);
const MILE_KM = 1.609;

/** A feature word a place may carry before the apposition ("Ngazun Township", "Tawila camp", "Kalehe territory"). */
const FEATURE_AFTER = /^\s+(?:township|town|city|village|camp|district|territory|county|area|locality|region|province|state)\b/i;

interface Span { start: number; end: number }

/**
 * The distance in km at which the place `place` is put from the place `landmark` after it, or null when the text
 * between them is not the place's feature word, an opener of apposition, and a distance with its direction ("Nyala,
 * nearly 1,000 km southwest of Khartoum").
 */
export function measuredFrom(s: string, place: Span, landmark: Span): number | null {
  let gap = s.slice(place.end, landmark.start);
  const feature = FEATURE_AFTER.exec(gap);
  if (feature) gap = gap.slice(feature[0].length);
  const m = APPOSED_DISTANCE.exec(gap);
  if (!m) return null;
  const value = Number(m[1]!.replace(/,/g, ''));
  return /^mile/i.test(m[2]!) ? value * MILE_KM : value;
}

/** The places of a sentence without the far landmarks others are measured from ("X, 600 km north of Y": Y is dropped). */
export function withoutLandmarks<T extends Span>(s: string, places: T[]): T[] {
  return places.filter((p, i) => !places.slice(0, i).some((q) => (measuredFrom(s, q, p) ?? 0) > NEAR_KM));
}
