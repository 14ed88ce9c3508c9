/**
 * The nearest candidates of an unresolved mention: pack names whose skeleton key is a few edits from the mention's,
 * so a person can see which place was probably meant and add an alias. Only keys that start with the same symbol and
 * differ in length by at most two are compared (the edit distance of the rest is larger anyway).
 */
import { distance } from 'fastest-levenshtein';
import type { Gazetteer, PlaceRow } from './gazetteer.ts';
import { placeKeys } from './key.ts';
import { stripDescriptors } from './descriptors.ts';

const SKELETON = 1;

function describe(r: PlaceRow): string {
  const where = [r.admin1, r.country].filter((x) => x !== '').join(', ');
  return `${r.name} (${where}) [${r.id}]`;
}

/** Up to `n` candidates as "Name (admin1, CC) [id]", nearest first; within the article's country when it is known. */
export function nearestCandidates(mention: string, gz: Gazetteer, country: string, n = 3): string[] {
  const key = placeKeys(stripDescriptors(mention).core)[SKELETON] ?? '';
  if (key.length < 2) return [];
  const limit = Math.max(2, Math.floor(key.length / 3));
  const scored: { row: PlaceRow; d: number; k: string }[] = [];
  const consider = (row: PlaceRow, k: string) => {
    if (country !== '' && row.country !== country) return;
    const d = distance(key, k);
    if (d <= limit) scored.push({ row, d, k });
  };
  for (const [k, rows] of gz.tiers[SKELETON]!) {
    if (k[0] !== key[0] || Math.abs(k.length - key.length) > 2) continue;
    for (const row of rows) consider(row, k);
  }
  for (const row of gz.world?.neighbours(key, 25) ?? []) {
    if (!gz.covered.has(row.country)) consider(row, placeKeys(row.name)[SKELETON]!);
  }
  scored.sort((a, b) => a.d - b.d || b.row.population - a.row.population || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of scored) {
    if (seen.has(s.row.id)) continue;
    seen.add(s.row.id);
    out.push(describe(s.row));
    if (out.length === n) break;
  }
  return out;
}
