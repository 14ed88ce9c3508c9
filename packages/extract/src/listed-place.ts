/**
 * A place as lists and tables of figures name it, shared by the readers of per-place lists, gapped lists and flattened
 * tables: a capitalised name, read as the place finder reads a name after a locative, as a list's members are places.
 */
import type { PlaceHit } from './places.ts';
import { findPlaces } from './places.ts';

/** A name as lists write places: capitalised words, with the particles of Arabic, French and Spanish names between. */
export const PLACE_NAME = String.raw`\p{Lu}[\p{L}'’\-]*(?:\s+(?:(?:al|el|ad|as|ash|an|ar|de|du|des|la|le|di)\s+)?\p{Lu}[\p{L}'’\-]*)*`;

/**
 * The place at a member's name: the one the place finder read there in the sentence, or else the name as the finder
 * reads it after a locative ("in Kalehe"); null when the finder reads no place in it.
 */
export function placeOf(start: number, name: string, places: PlaceHit[]): PlaceHit | null {
  const end = start + name.length;
  const found = places.find((p) => p.start >= start && p.end <= end);
  if (found) return found;
  const LOCATIVE = 'in ';
  const hit = findPlaces(LOCATIVE + name)[0];
  return hit ? { ...hit, start: start + hit.start - LOCATIVE.length, end: start + hit.end - LOCATIVE.length } : null;
}
