/**
 * The nearest candidates of an unresolved mention: pack names whose skeleton key is a few edits from the mention's,
 * so a person can see which place was probably meant and add an alias. Only keys that start with the same symbol and
 * differ in length by at most two are compared (the edit distance of the rest is larger anyway).
 */
import { distance } from 'fastest-levenshtein';
import type { Gazetteer, PlaceRow } from './gazetteer.ts';
import { keptAnswers } from '@frontline/schema';
import { KEPT_NAMES, placeKeys } from './key.ts';
import { stripDescriptors } from './descriptors.ts';

const SKELETON = 1;

function describe(r: PlaceRow): string {
  const where = [r.admin1, r.country].filter((x) => x !== '').join(', ');
  return `${r.name} (${where}) [${r.id}]`;
}

type KeyIndex = Map<string, [string, PlaceRow[]][]>;
const indexes = new WeakMap<Map<string, PlaceRow[]>, { size: number; index: KeyIndex }>();

/**
 * The skeleton keys grouped by first symbol and length, built once per gazetteer: an unresolved mention is compared
 * with the few keys it can be near, not scanned against every key of the gazetteer (a run has thousands of them).
 * Rebuilt if keys were added since (a corrected gazetteer is a new map, but a size check costs nothing).
 */
function keysByStart(keys: Map<string, PlaceRow[]>): KeyIndex {
  const known = indexes.get(keys);
  if (known && known.size === keys.size) return known.index;
  const index: KeyIndex = new Map();
  for (const entry of keys) {
    const group = `${entry[0][0]}\u0000${entry[0].length}`;
    index.get(group)?.push(entry) ?? index.set(group, [entry]);
  }
  indexes.set(keys, { size: keys.size, index });
  return index;
}

/**
 * Answers per gazetteer, remembered by country, count and mention: an unresolved name recurs in fact after fact and
 * article after article, and each time the same keys would be compared again. A gazetteer is not changed once built.
 */
const answers = new WeakMap<Gazetteer, (key: string) => string[]>();

/** Up to `n` candidates as "Name (admin1, CC) [id]", nearest first; within the article's country when it is known. */
export function nearestCandidates(mention: string, gz: Gazetteer, country: string, n = 3): string[] {
  let answer = answers.get(gz);
  if (!answer) {
    answer = keptAnswers((key) => {
      // country and count hold no NUL; the mention is the rest, whatever it holds
      const [c, count] = key.split('\u0000', 2) as [string, string];
      return computeNearest(key.slice(c.length + count.length + 2), gz, c, Number(count));
    }, KEPT_NAMES);
    answers.set(gz, answer);
  }
  return [...answer(`${country}\u0000${n}\u0000${mention}`)];
}

function computeNearest(mention: string, gz: Gazetteer, country: string, n: number): string[] {
  const key = placeKeys(stripDescriptors(mention).core)[SKELETON] ?? '';
  if (key.length < 2) return [];
  const limit = Math.max(2, Math.floor(key.length / 3));
  const scored: { row: PlaceRow; d: number; k: string }[] = [];
  const consider = (row: PlaceRow, k: string) => {
    if (country !== '' && row.country !== country) return;
    const d = distance(key, k);
    if (d <= limit) scored.push({ row, d, k });
  };
  const index = keysByStart(gz.tiers[SKELETON]!);
  for (let length = key.length - 2; length <= key.length + 2; length++) {
    for (const [k, rows] of index.get(`${key[0]}\u0000${length}`) ?? []) for (const row of rows) consider(row, k);
  }
  for (const row of gz.world?.neighbours(key, 25) ?? []) {
    // the country first: a row of another country is dropped before its name is keyed
    if (gz.covered.has(row.country) || (country !== '' && row.country !== country)) continue;
    consider(row, placeKeys(row.name)[SKELETON]!);
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
