/**
 * The world pack at run time: the index scripts/build-world-index.ts wrote at install time, read as sorted lines and
 * searched by binary search, so loading it costs two file reads and a split, not 200,000 rows of key computing.
 * Rows are parsed only when a lookup returns them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlaceRow } from './gazetteer.ts';

/** Tiers of placeKeys the index holds (spelling and skeleton; see the build script for why not the looser ones). */
export const WORLD_TIERS = 2;

export interface WorldIndex {
  /** Rows whose names have `key` at `tier`; [] for a tier the index does not hold. */
  lookup(tier: number, key: string): PlaceRow[];
  /** Up to `n` keys of the skeleton tier that sort next to `key`, for listing near candidates of an unresolved mention. */
  neighbours(key: string, n: number): PlaceRow[];
  /** The row with this id ("gn:713122"), or null: for a correction that names a place by id, not by name. */
  byId(id: string): PlaceRow | null;
  size: number;
}

/** GeoNames feature code -> our feature and seat rank (2 capital or admin1 seat, 1 admin2 seat). */
function featureOf(code: string): { feature: string; seat: number } {
  if (code === 'PCLI') return { feature: 'country', seat: 0 };
  if (code === 'ADM1') return { feature: 'governorate', seat: 0 };
  if (code === 'PPLC' || code === 'PPLA') return { feature: 'city', seat: 2 };
  if (code === 'PPLA2') return { feature: 'city', seat: 1 };
  return { feature: 'community', seat: 0 };
}

/**
 * Binary search over a text of sorted lines without splitting it (splitting 800,000 lines costs more in allocation
 * than the rest of a run's place work): the char offset of the first line whose key (text before the tab) is >= key.
 */
function seek(text: string, key: string): number {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = text.lastIndexOf('\n', mid - 1) + 1;
    const at = Math.max(start, lo);
    const end = lineEnd(text, at);
    if (text.slice(at, text.indexOf('\t', at)) < key) lo = end + 1;
    else hi = at;
  }
  return lo;
}

const lineEnd = (text: string, at: number): number => {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
};
const lineAt = (text: string, at: number): string => text.slice(at, lineEnd(text, at));
const keyAt = (text: string, at: number): string => text.slice(at, text.indexOf('\t', at));

/** Reads packs/world/index; null (with the reason) when the index has not been built. */
export function openWorldIndex(dir: string, packId: string): { index: WorldIndex | null; problem: string } {
  if (!existsSync(join(dir, 'meta.json'))) return { index: null, problem: `${dir} not built: run pnpm install (or tsx packages/normalize/scripts/build-world-index.ts)` };
  const places = readFileSync(join(dir, 'places.tsv'), 'utf8');
  const admin1 = new Map(readFileSync(join(dir, 'admin1.tsv'), 'utf8').split('\n').filter((l) => l).map((l) => l.split('\t') as [string, string]));
  // Keys and offsets are ASCII: latin1 decodes them without the cost of UTF-8.
  const tiers = Array.from({ length: WORLD_TIERS }, (_, t) => readFileSync(join(dir, `keys-${t}.tsv`), 'latin1'));
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { places: number };
  const cache = new Map<number, PlaceRow>();

  /** The place whose line starts at char offset `at` of places.tsv (the keys files hold these offsets). */
  const row = (at: number): PlaceRow => {
    const hit = cache.get(at);
    if (hit) return hit;
    const [id, name, lat, lon, country, a1, population, code] = lineAt(places, at).split('\t') as string[];
    const { feature, seat } = featureOf(code!);
    const r: PlaceRow = {
      id: id!, name: name!, names: [name!], latitude: lat ? Number(lat) : null, longitude: lon ? Number(lon) : null,
      feature, admin1: feature === 'country' ? '' : (admin1.get(a1!) ?? ''), admin1_pcode: a1!, country: country!,
      precision: feature === 'country' ? 'country' : feature === 'governorate' ? 'governorate' : 'point',
      seat, population: Number(population) || 0, source: 'GeoNames (CC BY 4.0)', pack: packId,
    };
    cache.set(at, r);
    return r;
  };
  const rowsOf = (line: string): PlaceRow[] => line.slice(line.indexOf('\t') + 1).split(' ').map((s) => row(Number(s)));

  return {
    index: {
      size: meta.places,
      lookup(tier, key) {
        const text = tiers[tier];
        if (text === undefined || key === '') return [];
        const at = seek(text, key);
        return at < text.length && keyAt(text, at) === key ? rowsOf(lineAt(text, at)) : [];
      },
      neighbours(key, n) {
        const text = tiers[1]!;
        let from = seek(text, key);
        for (let i = 0; i < n && from > 0; i++) from = text.lastIndexOf('\n', from - 2) + 1;
        const out: PlaceRow[] = [];
        for (let i = 0, at = from; i < 2 * n && at < text.length; i++, at = lineEnd(text, at) + 1) out.push(...rowsOf(lineAt(text, at)));
        return out;
      },
      byId(id) {
        // A line starts with its id; the lines are not sorted by id, but a correction asks rarely (one scan each).
        if (id === '' || /[\t\n]/.test(id)) return null;
        if (places.startsWith(`${id}\t`)) return row(0);
        const before = places.indexOf(`\n${id}\t`);
        return before < 0 ? null : row(before + 1);
      },
    },
    problem: '',
  };
}
