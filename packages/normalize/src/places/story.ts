/**
 * The story's geography (issue 9). The places an article settles by their name alone (one candidate in its country,
 * spelled exactly, or a region pack's transliteration) are where the story happens; a name with several candidates
 * in the country (villages of one name in two provinces) is the candidate near them. First the settled places of the
 * mention's own sentence and paragraph, where the story is at that point; then those of the whole story. A candidate
 * is near a settled place when it lies within NEAR_KM of it or in the same admin1 (an admin1 the story names counts
 * for every place inside it): a front line crosses admin1 borders, and an admin1 is wider than a front.
 * When the story has settled enough places and every candidate is a small place far from all of them, the name is a
 * namesake of a village the packs lack, not one of those candidates: it is left unresolved. So is a small place the
 * world index finds only by a loose key far from all of them.
 */
import type { ExtractedFact, PlaceMention } from '@frontline/schema';
import type { Gazetteer, PlaceRow } from './gazetteer.ts';
import { NEAR_KM } from '@frontline/schema';
import type { Candidate } from './match.ts';
import type { MentionResolution } from './index.ts';

/** How far from a settled place a candidate still lies near it (the schema's one bound). */
export { NEAR_KM };
/** Settled places a story needs before every far village is doubted: with fewer, one aside could mislead. */
export const FAR_MIN_PLACES = 3;
/** A place of this many people or more (or a seat) is named from afar; a smaller one is a village. */
const TOWN_POPULATION = 100_000;

/** The settled places a mention's choice may use: its sentence and paragraph's, and the whole story's. */
export interface Nearby {
  local: readonly PlaceRow[];
  story: readonly PlaceRow[];
}

export const NOWHERE: Nearby = { local: [], story: [] };

const KM_PER_DEGREE = 111.32;

/** Distance in km on the equirectangular plane (at a war's scale its error is far below a village's size), or null. */
export function kmBetween(a: PlaceRow, b: PlaceRow): number | null {
  if (a.latitude === null || a.longitude === null || b.latitude === null || b.longitude === null) return null;
  const dy = (b.latitude - a.latitude) * KM_PER_DEGREE;
  const dx = (b.longitude - a.longitude) * KM_PER_DEGREE * Math.cos((a.latitude * Math.PI) / 180);
  return Math.hypot(dx, dy);
}

/** A point place with no seat and under TOWN_POPULATION people. */
export const isVillage = (row: PlaceRow): boolean => row.precision === 'point' && row.seat === 0 && row.population < TOWN_POPULATION;

/** A place a story names from afar: an area, a district's or an admin1's seat, or a town of TOWN_POPULATION people. */
const namedFromAfar = (row: PlaceRow): boolean => row.precision !== 'point' || row.seat >= 2 || row.population >= TOWN_POPULATION;

const sameAdmin1 = (a: PlaceRow, b: PlaceRow): boolean => a.admin1_pcode !== '' && a.admin1_pcode === b.admin1_pcode && a.country === b.country;

/** Whether `row` lies near the settled place `at`: in its admin1, or (for a point) within NEAR_KM. */
function isNear(row: PlaceRow, at: PlaceRow): boolean {
  if (sameAdmin1(row, at)) return true;
  const km = at.precision === 'point' ? kmBetween(row, at) : null;
  return km !== null && km <= NEAR_KM;
}

const nearCount = (row: PlaceRow, places: readonly PlaceRow[]): number => places.filter((p) => isNear(row, p)).length;

/** How far `row` lies from the nearest of `places`: 0 inside an admin1 area among them, null when none is placed. */
export function kmToNearest(row: PlaceRow, places: readonly PlaceRow[]): number | null {
  const kms = places.map((p) => (p.precision === 'point' ? kmBetween(row, p) : sameAdmin1(row, p) ? 0 : null)).filter((k): k is number => k !== null);
  return kms.length > 0 ? Math.min(...kms) : null;
}

/** The candidates near the most of `places`; all of them when none is near any. */
export function nearestTo(cands: Candidate[], places: readonly PlaceRow[]): Candidate[] {
  if (places.length === 0) return cands;
  const scores = cands.map((c) => nearCount(c.row, places));
  const max = Math.max(...scores);
  return max > 0 ? cands.filter((_, i) => scores[i] === max) : cands;
}

const farFrom = (row: PlaceRow, story: readonly PlaceRow[]): boolean => story.length >= FAR_MIN_PLACES && nearCount(row, story) === 0;

/** Why none of the candidates is meant (every one a small place far from the story's FAR_MIN_PLACES or more), or ''. */
export function farFromStory(cands: Candidate[], story: readonly PlaceRow[]): string {
  if (cands.some((c) => namedFromAfar(c.row) || !farFrom(c.row, story))) return '';
  const areas = [...new Set(cands.map((c) => c.row.admin1))].join(', ');
  return `namesakes far from the story's ${story.length} places: ${cands.length} small places in ${areas}`;
}

/** A small place the world index found only by a loose key, far from the story's places, left unresolved as a namesake. */
export function looseFarFromStory(r: MentionResolution, story: readonly PlaceRow[], gz: Gazetteer): MentionResolution {
  const row = r.place ? gz.byId.get(r.place.place_id) : undefined;
  if (!row || (r.tier ?? 0) === 0 || row.pack !== gz.worldPack || namedFromAfar(row) || !farFrom(row, story)) return r;
  return { mention: r.mention, place: null, reason: `a loose namesake far from the story's ${story.length} places: ${row.name} (${row.admin1}) [${row.id}]` };
}

/** Left ambiguous, or settled only by size: the story's places are better evidence than size. */
export const undecided = (r: MentionResolution): boolean => r.reason.startsWith('ambiguous') || r.reason.startsWith('larger place');

/** The reason a mention gets when the exact spelling alone picked it among namesakes (disambiguate.ts). */
export const FINEST_SPELLING = 'finest spelling match';

/** Settled by its spelling over namesakes: the paragraph's places may still show a transliteration is meant. */
export const reopened = (r: MentionResolution): boolean => undecided(r) || r.reason === FINEST_SPELLING;

/**
 * The place a mention settled on by its name alone, if it did: one candidate left, found by its exact spelling or by a
 * region pack's transliteration (the world index's loose keys find a namesake for almost any name), in `country`.
 */
function settledRow(r: MentionResolution, gz: Gazetteer, country: string): PlaceRow | undefined {
  const row = r.place && !undecided(r) ? gz.byId.get(r.place.place_id) : undefined;
  if (!row || (row.precision !== 'point' && row.precision !== 'governorate')) return undefined;
  if ((r.tier ?? 0) > 0 && row.pack === gz.worldPack) return undefined;
  return country === '' || row.country === country ? row : undefined;
}

const keyOf = (m: PlaceMention): string => `${m.text}\u0000${m.feature_hint}\u0000${m.admin_hint}`;

/** The settled places of an article, resolved once per mention: the story's, and any fact's sentence and paragraph. */
export class StoryPlaces {
  private rows = new Map<string, PlaceRow | null>();
  readonly story: readonly PlaceRow[];

  /** `resolve`: a mention resolved with no help from the article (the first pass). */
  constructor(facts: ExtractedFact[], private resolve: (m: PlaceMention) => MentionResolution, private gz: Gazetteer, private country: string) {
    const every = facts.flatMap((f) => [...f.place_mentions, ...(f.place_context?.lead ?? []), ...(f.place_context?.between ?? [])]);
    this.story = this.settled(every);
  }

  /** The settled places of `mentions`, each place once, in order. */
  settled(mentions: readonly PlaceMention[]): PlaceRow[] {
    const out: PlaceRow[] = [];
    for (const m of mentions) {
      const row = this.rowOf(m);
      if (row && !out.includes(row)) out.push(row);
    }
    return out;
  }

  /** What a mention of the fact may lean on: the fact's own other places and its paragraph's, then the story's. */
  around(f: ExtractedFact): Nearby {
    return { local: this.settled([...f.place_mentions, ...(f.place_context?.paragraph ?? [])]), story: this.story };
  }

  private rowOf(m: PlaceMention): PlaceRow | undefined {
    const key = keyOf(m);
    if (!this.rows.has(key)) this.rows.set(key, settledRow(this.resolve(m), this.gz, this.country) ?? null);
    return this.rows.get(key) ?? undefined;
  }
}
