/**
 * Nouns of things, not persons. Buildings, sites and ways (data/facility-nouns.csv: "hospital", "street", "stations",
 * "checkpoints"): after a name they make it a place's proper name ("Assad Hospital", "Hafez al-Assad Street"), so the
 * name is not the actor it names elsewhere. Weapons and vehicles (data/materiel-nouns.csv: "tanks", "drones"): a
 * count of them counts no one.
 */
import { parseRegistry } from '@frontline/schema';
import { readDataFile } from './data.ts';

const nounsOf = (file: string) => new Set(parseRegistry(readDataFile(file), file, ['noun', 'example']).map((r) => r.noun!.toLowerCase()));
const FACILITIES = nounsOf('facility-nouns.csv');
const MATERIEL = nounsOf('materiel-nouns.csv');
const BODIES = nounsOf('body-nouns.csv');

/** The facility nouns, lower-case, in the table's order. */
export function facilityNouns(): string[] {
  return [...FACILITIES];
}

/** Whether `word` is a facility noun, in any case. */
export function isFacilityNoun(word: string): boolean {
  return FACILITIES.has(word.toLowerCase());
}

/**
 * Whether `word` is a noun that heads the name of a body or of an agreed line (data/body-nouns.csv: "Office",
 * "Mission", "Protection of Civilians", "Line of Control"): capitalised in a title or a body's name, alone it names
 * no place.
 */
export function isBodyNoun(word: string): boolean {
  return BODIES.has(word.toLowerCase());
}

/** Whether `word` is a noun of weapons or vehicles, in any case. */
export function isMaterielNoun(word: string): boolean {
  return MATERIEL.has(word.toLowerCase());
}

/** The whole word after the spaces that open `rest`. */
const NEXT_WORD = /^\s+(\p{L}+)(?![\p{L}\p{N}\-‐])/u;

/** Whether the words after a name open with a facility noun: " Hospital in Damascus", " Street". */
export function facilityNext(rest: string): boolean {
  const next = NEXT_WORD.exec(rest)?.[1];
  return next !== undefined && isFacilityNoun(next);
}
