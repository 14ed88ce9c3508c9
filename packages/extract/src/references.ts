/**
 * Back-references to places named earlier in the article: "the province", "the oblast", "this base", "the airport", "the city".
 * Used only when a fact's own sentence names no place, so the fact still says where it happened.
 */
import type { PlaceMention } from '@frontline/schema';
import { foldName } from '@frontline/schema';
import { isGovernorate } from './places.ts';
import { allMatches } from './text.ts';

// "the besieged town", "its strategic airbase": a place named again by its kind (group 1), not "the city of X" or "the
// province's capital".
const MODIFIER = '(?:strategic|military|key|same|besieged|northwestern|northern|southern|rebel-held)';
const FEATURE = String.raw`(province|governorate|oblast|city|town|airbase|air\s+base|airport|base|camp|crossing)`;
const REFERENCE = new RegExp(String.raw`\b(?:the|this|that|its)\s+(?:${MODIFIER}\s+)*${FEATURE}\b(?!\s+of\b)(?!['’]s\s+(?:capital|population))`, 'gi');

function featureOf(noun: string): string {
  const n = noun.toLowerCase();
  if (/air|base/.test(n)) return 'airbase';
  // An oblast is Ukraine's (and Russia's) province: "Donetsk Oblast" is a province mention.
  return n === 'governorate' || n === 'oblast' ? 'province' : n;
}

function fits(p: PlaceMention, feature: string): boolean {
  if (feature === 'province') return p.feature_hint === 'province' || (p.feature_hint === '' && isGovernorate(p.text));
  return p.feature_hint === feature;
}

/** A place an article may call "the town" or "the city" later: a named town with no other feature, not a region. */
export function isTownLike(p: PlaceMention): boolean {
  return ['', 'city', 'town'].includes(p.feature_hint) && !isGovernorate(p.text) && !p.near;
}

/** Places a sentence refers back to, as the earlier mentions (article offsets), nearest first reference first. */
export function referredPlaces(s: string, earlier: PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of allMatches(REFERENCE, s)) {
    const feature = featureOf(m[1]!);
    // "Fighting reached Djibo on Monday. ... in the town, 12 civilians were killed": failing a place the text called a
    // town (city), the town is the last plain name, as territory.ts reads "captured the town".
    const prev = [...earlier].reverse().find((p) => fits(p, feature)) ?? (/^(?:town|city)$/.test(feature) ? earlier[earlier.length - 1] : undefined);
    if (prev && !fits(prev, feature) && !isTownLike(prev)) continue;
    if (!prev || out.some((o) => foldName(o.text) === foldName(prev.text))) continue;
    const near = /\b(?:near|around|outside|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|outskirts\s+of)\s+$/i.test(s.slice(0, m.index));
    out.push({ ...prev, near: near || prev.near });
  }
  return out;
}
