/**
 * Place resolution for one article: every mention of every fact, in two passes. The first pass resolves what the
 * mention and its sentence settle on their own; the second gives the still-ambiguous mentions the article's leading
 * governorate as context.
 */
import { PLACE_PRECISIONS, type ExtractedFact, type Fact, type PlaceMention, type PlacePrecision, type ResolvedPlace } from '@frontline/schema';
import type { Gazetteer, PlaceRow } from './gazetteer.ts';
import { lookup, matchMention } from './match.ts';
import { choose, type Choice } from './disambiguate.ts';
import { stripDescriptors } from './descriptors.ts';

export interface MentionResolution {
  mention: PlaceMention;
  place: ResolvedPlace | null;
  reason: string;
}

/** pcode of the governorate a hint like "Hama province" or "northern Hama" names, '' if none. */
export function governorateOfHint(hint: string, gz: Gazetteer): string {
  if (hint.trim() === '') return '';
  const core = stripDescriptors(hint).core;
  const gov = lookup(core, gz).filter((c) => c.row.feature === 'governorate').sort((a, b) => a.tier - b.tier)[0];
  return gov ? gov.row.admin1_pcode : '';
}

function toResolved(mention: PlaceMention, row: PlaceRow, around: boolean): ResolvedPlace {
  const near = row.precision === 'point' && (mention.near || around);
  return {
    mention: mention.text,
    place_id: row.id,
    name: row.name,
    admin1: row.admin1,
    latitude: row.latitude,
    longitude: row.longitude,
    precision: near ? 'near' : row.precision,
  };
}

function resolveOne(mention: PlaceMention, gz: Gazetteer, counts: Map<string, number>): MentionResolution {
  const { candidates, features } = matchMention(mention.text, mention.feature_hint, gz);
  const choice: Choice = choose(candidates, features, {
    adminHintPcode: governorateOfHint(mention.admin_hint, gz),
    articleCounts: counts,
  });
  return { mention, place: choice.row ? toResolved(mention, choice.row, choice.around) : null, reason: choice.reason };
}

function governorateCounts(resolutions: MentionResolution[][], gz: Gazetteer): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of resolutions.flat()) {
    const row = r.place ? gz.byId.get(r.place.place_id) : undefined;
    if (row && row.admin1_pcode !== '') counts.set(row.admin1_pcode, (counts.get(row.admin1_pcode) ?? 0) + 1);
  }
  return counts;
}

/** Resolutions of each fact's place mentions, in mention order. */
export function resolveArticlePlaces(facts: ExtractedFact[], gz: Gazetteer): MentionResolution[][] {
  const none = new Map<string, number>();
  const first = facts.map((f) => f.place_mentions.map((m) => resolveOne(m, gz, none)));
  const counts = governorateCounts(first, gz);
  return first.map((rs) => rs.map((r) => (r.reason.startsWith('ambiguous') ? resolveOne(r.mention, gz, counts) : r)));
}

/** The place columns of a fact (place_mentions: every mention as written, resolved or not, de-duplicated in order). */
export type FactPlaces = Pick<Fact, 'places' | 'place_mentions' | 'place_ids' | 'place_precision' | 'admin1' | 'latitude' | 'longitude'>;

const rank = (p: PlacePrecision): number => PLACE_PRECISIONS.indexOf(p);

/**
 * Places, ids and governorates of the resolved mentions, de-duplicated in order; the coarsest precision among them;
 * coordinates only when the fact is about exactly one place drawn at a point or a governorate centroid (a country-wide
 * fact gets none: Syria's centroid would put it in the desert).
 */
export function factPlaces(resolutions: MentionResolution[]): FactPlaces {
  const resolved: ResolvedPlace[] = [];
  for (const r of resolutions) if (r.place && !resolved.some((p) => p.place_id === r.place!.place_id)) resolved.push(r.place);
  const admin1 = [...new Set(resolved.map((p) => p.admin1).filter((a) => a !== ''))];
  const precision = resolved.reduce<PlacePrecision | ''>((acc, p) => (acc === '' || rank(p.precision) > rank(acc) ? p.precision : acc), '');
  const one = resolved.length === 1 && resolved[0]!.precision !== 'country' ? resolved[0]! : null;
  return {
    places: resolved.map((p) => p.name),
    place_mentions: [...new Set(resolutions.map((r) => r.mention.text.trim()).filter((t) => t !== ''))],
    place_ids: resolved.map((p) => p.place_id),
    place_precision: precision,
    admin1,
    latitude: one ? one.latitude : null,
    longitude: one ? one.longitude : null,
  };
}
