/**
 * Place corrections, applied in normalize: an alias of a place a pack knows, or a new place with its coordinates and
 * source. They extend the gazetteer the run resolves against (the packs themselves are never edited), so every
 * mention of that name in every article resolves, and place_mentions.csv says which correction made it resolve.
 */
import { foldName } from '@frontline/schema';
import { buildGazetteer, placeById, type Gazetteer, type PlaceRow } from '../places/gazetteer.ts';
import type { PlaceCorrection } from './read.ts';

export interface PlaceOutcome {
  correction: PlaceCorrection;
  /** The place the correction names or creates; '' when its target is unknown. */
  place_id: string;
  /** The names a mention must have (folded) to have been resolved by it. */
  names: string[];
  problem: string;
}

const slug = (s: string) => foldName(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function newPlace(c: PlaceCorrection): PlaceRow {
  return {
    id: `user:${slug(c.name) || c.id}`, name: c.name, names: [c.name, ...(c.alias ? [c.alias] : [])],
    latitude: Number(c.latitude), longitude: Number(c.longitude), feature: 'community', admin1: c.admin1, admin1_pcode: '',
    country: c.country.toUpperCase(), precision: 'point', seat: 0, population: 0, source: `${c.source} (correction ${c.id}, ${c.who})`, pack: 'corrections',
  };
}

/** The gazetteer with the corrections' names and places added, and what each correction targets. */
export function correctGazetteer(gz: Gazetteer, corrections: PlaceCorrection[]): { gazetteer: Gazetteer; outcomes: PlaceOutcome[] } {
  if (!corrections.length) return { gazetteer: gz, outcomes: [] };
  const rows = new Map(gz.rows.map((r) => [r.id, r]));
  const outcomes: PlaceOutcome[] = [];
  for (const c of corrections) {
    if (!c.place_id) {
      const row = newPlace(c);
      if (rows.has(row.id)) {
        outcomes.push({ correction: c, place_id: '', names: [], problem: `a place with id ${row.id} exists already: give its place_id and an alias instead` });
        continue;
      }
      rows.set(row.id, row);
      outcomes.push({ correction: c, place_id: row.id, names: row.names.map(foldName), problem: '' });
      continue;
    }
    const target = rows.get(c.place_id) ?? placeById(gz, c.place_id);
    if (!target) {
      outcomes.push({ correction: c, place_id: '', names: [], problem: `no place ${c.place_id} in the region packs or the corrections` });
      continue;
    }
    rows.set(target.id, { ...target, names: [...target.names, c.alias] });
    outcomes.push({ correction: c, place_id: target.id, names: [foldName(c.alias)], problem: '' });
  }
  const gazetteer = buildGazetteer([...rows.values()], {
    packs: gz.packs, world: gz.world, worldPack: gz.worldPack, countries: gz.countries, problems: gz.problems,
  });
  return { gazetteer, outcomes };
}
