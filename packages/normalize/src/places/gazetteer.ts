/**
 * The gazetteer: every region pack under packs/ (a folder with a pack.json: places, admin1 names and boundaries,
 * attribution), read through one interface, plus the world pack's GeoNames index for the countries no pack covers.
 * Adding a country is adding a folder. Governorates (admin1) and the country are areas drawn at centroids computed from
 * the pack's polygons, or at the mean of its places where it has none. Indexed by the transliteration key of every name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { listCell, readAdmin1Csv, readCountriesFile, type CountryNames, type PlacePrecision } from '@frontline/schema';
import { KEY_TIERS, isLatinScript, placeKey, placeKeys } from './key.ts';
import { stripDescriptors } from './descriptors.ts';
import { shapesAgree } from './shape.ts';
import { centroid, round5, type Geometry } from './centroid.ts';
import { openWorldIndex, type WorldIndex } from './world.ts';
import { DEFAULT_PACKS_DIR, readPackFolders, type PackManifest } from './packs.ts';

export { DEFAULT_PACKS_DIR };

/** One place the gazetteer knows. */
export interface PlaceRow {
  /** Pack id of the place (OCHA community P-code, curated id, admin1/admin2 code, ISO country code, gn:<GeoNames id>). */
  id: string;
  /** Canonical name (the pack's spelling). */
  name: string;
  /** Every name the row is known by, in any script, canonical first. */
  names: string[];
  latitude: number | null;
  longitude: number | null;
  /** community, city, airbase, camp, crossing, district, governorate (any admin1), country. */
  feature: string;
  /** Admin1 name as the pack gives it ('Idlib', 'Donetsk'); '' for a country. */
  admin1: string;
  /** Admin1 code ('SY07', 'UA.05'); '' for a country. */
  admin1_pcode: string;
  /** ISO 3166-1 alpha-2 code of the country. */
  country: string;
  precision: PlacePrecision;
  /**
   * Proxy for size where there is no population: 2 for the seat of a district (its name is the district's) or a
   * capital, 1 for the seat of a sub-district, 0 otherwise.
   */
  seat: number;
  /** Population where the pack gives one, else 0. */
  population: number;
  /** Where the row comes from: the pack file's source column, or 'computed: ...'. */
  source: string;
  /** Id of the pack the row comes from. */
  pack: string;
}

/** What a pack says about itself (pack.json), for attribution and for --region. */
export type PackInfo = Pick<PackManifest, 'id' | 'name' | 'countries' | 'licence' | 'attribution'>;

export type { CountryNames } from '@frontline/schema';

export interface Gazetteer {
  /** Rows of the packs held in memory (every pack but the world index). */
  rows: PlaceRow[];
  /** Rows by skeleton key (placeKey). */
  byKey: Map<string, PlaceRow[]>;
  /** Rows by key, one map per tier of placeKeys (strict to loose). */
  tiers: Map<string, PlaceRow[]>[];
  /** Rows by id; world rows are added as lookups return them (by id: placeById). */
  byId: Map<string, PlaceRow>;
  packs: PackInfo[];
  /** The world pack's index, null when absent or not built. */
  world: WorldIndex | null;
  /** The world pack's id ('' when none): its rows' `pack`. */
  worldPack: string;
  /** Countries some region pack covers: the world index is not asked about them. */
  covered: Set<string>;
  countries: CountryNames[];
  /** Why a pack could not be read (the others still load). */
  problems: string[];
}

/** Features that name a site inside or near a community rather than the community itself. */
export const SITE_FEATURES = new Set(['airbase', 'camp', 'crossing']);
/** Features drawn as areas. */
export const AREA_FEATURES = new Set(['governorate', 'country']);

type CsvRecord = Record<string, string>;

function readCsv(path: string): CsvRecord[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as CsvRecord[];
}

/** "Dana (Al Bab)" -> "Dana"; "Tal Hawasid - Hanuteh" -> its two names as well. */
function nameVariants(name: string): string[] {
  const bare = name.replace(/\s*\([^)]*\)\s*$/, '').trim();
  const parts = bare.split(/\s+-\s+|\s*_\s*|\s+\/\s+/).map((p) => p.trim());
  return [name, bare, ...(parts.length > 1 ? parts : [])];
}

function num(s: string | undefined): number | null {
  const v = Number.parseFloat(s ?? '');
  return Number.isFinite(v) ? v : null;
}

/** The record (fresh from the parser, so changed in place) with the pack's own column names mapped onto the standard ones. */
function standardise(r: CsvRecord, columns: [string, string][]): CsvRecord {
  for (const [std, own] of columns) r[std] = r[own] ?? '';
  return r;
}

/** placeKey of admin names, which repeat on every row of their area. */
const adminKeys = new Map<string, string>();
function adminKey(name: string | undefined): string {
  const n = name ?? '';
  let k = adminKeys.get(n);
  if (k === undefined) adminKeys.set(n, (k = placeKey(n)));
  return k;
}

function seatRank(r: CsvRecord): number {
  if (r.feature_type === 'city') return 2;
  const name = nameVariants(r.name!)[1]!;
  const own = placeKey(name);
  // A community named like its admin1 or admin2 is their seat (Aleppo city, Idleb city, Harim): the same key and the
  // same vowel shape, as a loose match must keep (shape.ts), so a short skeleton shared by chance ("Althaher" and the
  // district "Ath-Thawrah") makes no seat.
  const namedLike = (admin: string | undefined): boolean => own !== '' && own === adminKey(admin) && shapesAgree(name, admin ?? '');
  if (namedLike(r.admin2) || namedLike(r.admin1)) return 2;
  return namedLike(r.admin3) ? 1 : 0;
}

interface Admin1 { code: string; name: string; names: string[] }

function placeRow(r: CsvRecord, pack: PackManifest, admin1: Map<string, Admin1>, defaultSource: string): PlaceRow {
  const feature = r.feature_type || 'community';
  const code = r.admin1_code ?? '';
  return {
    id: r.id!,
    name: r.name!,
    names: unique([r.name!, ...listCell(r.alternate_names), ...listCell(r.name_native)]),
    latitude: num(r.latitude),
    longitude: num(r.longitude),
    feature,
    admin1: admin1.get(code)?.name ?? r.admin1 ?? '',
    admin1_pcode: code,
    country: r.country || pack.countries[0]!,
    precision: 'point',
    seat: seatRank(r),
    population: num(r.population) ?? 0,
    source: r.source || defaultSource,
    pack: pack.id,
  };
}

function areaRow(
  pack: PackManifest, id: string, name: string, names: string[], at: [number, number] | null, feature: 'governorate' | 'country',
  admin1: string, code: string, source: string,
): PlaceRow {
  return {
    id, name, names: unique(names), latitude: at ? at[1] : null, longitude: at ? at[0] : null, feature, admin1,
    admin1_pcode: code, country: pack.countries[0]!, precision: feature, seat: 0, population: 0, source, pack: pack.id,
  };
}


/** [lon, lat] mean of the rows' points, or null. */
function meanPoint(rows: PlaceRow[]): [number, number] | null {
  const pts = rows.filter((r) => r.latitude !== null && r.longitude !== null);
  if (pts.length === 0) return null;
  const mean = (f: (r: PlaceRow) => number) => round5(pts.reduce((s, r) => s + f(r), 0) / pts.length);
  return [mean((r) => r.longitude!), mean((r) => r.latitude!)];
}

interface BoundaryFeature { properties: Record<string, string>; geometry: Geometry }

/** Admin1 rows at the centroids of the pack's polygons (or the mean of their places) and the country row. */
function areaRows(dir: string, pack: PackManifest, admin1: Map<string, Admin1>, places: PlaceRow[]): PlaceRow[] {
  const spec = pack.admin1;
  const features = spec?.boundaries
    ? (JSON.parse(readFileSync(join(dir, spec.boundaries), 'utf8')) as { features: BoundaryFeature[] }).features
    : [];
  const rows: PlaceRow[] = [];
  for (const a of admin1.values()) {
    const f = features.find((x) => x.properties[spec?.code_property ?? ''] === a.code);
    const at = f ? centroid([f.geometry]) : meanPoint(places.filter((p) => p.admin1_pcode === a.code));
    const how = f ? `computed: centroid of ${spec!.boundaries}` : 'computed: mean position of the places of the pack in it';
    rows.push(areaRow(pack, a.code, a.name, [a.name, ...a.names], at, 'governorate', a.name, a.code, how));
  }
  const country = pack.countries[0]!;
  const at = features.length > 0 ? centroid(features.map((f) => f.geometry)) : meanPoint(places);
  const how = features.length > 0 ? `computed: centroid of ${spec!.boundaries}` : 'computed: mean position of the places of the pack';
  rows.push(areaRow(pack, country, pack.country_names?.[0] ?? country, pack.country_names ?? [country], at, 'country', '', '', how));
  return rows;
}

/**
 * District (admin2) areas, derived from the places: drawn at the mean position of their places, matched only when the
 * mention says "district" (a bare name means the town or the governorate).
 */
function districtRows(records: CsvRecord[], pack: PackManifest, admin1: Map<string, Admin1>, aliases: Map<string, string[]>): PlaceRow[] {
  const groups = new Map<string, CsvRecord[]>();
  for (const r of records) if (r.admin2_code) groups.get(r.admin2_code)?.push(r) ?? groups.set(r.admin2_code, [r]);
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, rs]) => {
    const points = rs.map((r) => ({ latitude: num(r.latitude), longitude: num(r.longitude) }) as PlaceRow);
    const at = meanPoint(points);
    const name = rs[0]!.admin2!;
    const a1 = rs[0]!.admin1_code!;
    return {
      id: code, name: `${name} district`, names: unique([`${name} district`, name, ...(aliases.get(code) ?? [])]),
      latitude: at ? at[1] : null, longitude: at ? at[0] : null, feature: 'district', admin1: admin1.get(a1)?.name ?? '',
      admin1_pcode: a1, country: pack.countries[0]!, precision: 'district', seat: 0, population: 0,
      source: 'computed: mean position of the places of the district', pack: pack.id,
    };
  });
}

function readAdmin1(dir: string, pack: PackManifest): Map<string, Admin1> {
  if (!pack.admin1) return new Map();
  return new Map(readAdmin1Csv(join(dir, pack.admin1.file)).map((r) => [r.code, { code: r.code, name: r.name, names: r.alternate_names }]));
}

function readAliases(dir: string, file: string | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (file) for (const r of readCsv(join(dir, file))) out.set(r.code!, [...(out.get(r.code!) ?? []), r.alias!]);
  return out;
}

/** Every row of one region pack: places, districts, admin1 areas, the country. */
export function readRegionPack(dir: string, pack: PackManifest): PlaceRow[] {
  const admin1 = readAdmin1(dir, pack);
  const aliases = readAliases(dir, pack.admin2_aliases);
  const places: PlaceRow[] = [];
  const districts: PlaceRow[] = [];
  for (const spec of pack.places ?? []) {
    const columns = Object.entries(spec.columns ?? {});
    const records = readCsv(join(dir, spec.file)).map((r) => standardise(r, columns));
    places.push(...records.map((r) => placeRow(r, pack, admin1, spec.default_source ?? `${pack.id}/${spec.file}`)));
    if (spec.districts) districts.push(...districtRows(records, pack, admin1, aliases));
  }
  return [...areaRows(dir, pack, admin1, places), ...districts, ...places];
}

/** The names a row is indexed under: each name and its variants; a site's name also without its feature words. */
export function rowNames(row: PlaceRow): string[] {
  const names = new Set<string>();
  for (const n of row.names) {
    for (const v of nameVariants(n)) {
      names.add(v);
      if (SITE_FEATURES.has(row.feature)) names.add(stripDescriptors(v).core);
    }
  }
  return [...names].filter((n) => placeKey(n) !== '');
}

function addTo(map: Map<string, PlaceRow[]>, key: string, row: PlaceRow): void {
  const list = map.get(key) ?? [];
  if (!list.includes(row)) list.push(row);
  map.set(key, list);
}

export interface GazetteerParts {
  packs?: PackInfo[];
  world?: WorldIndex | null;
  worldPack?: string;
  countries?: CountryNames[];
  problems?: string[];
}

export function buildGazetteer(rows: PlaceRow[], parts: GazetteerParts = {}): Gazetteer {
  const tiers = KEY_TIERS.map(() => new Map<string, PlaceRow[]>());
  const byId = new Map<string, PlaceRow>();
  for (const row of rows) {
    byId.set(row.id, row);
    for (const name of rowNames(row)) {
      // A name in another script (OCHA's Arabic names) is indexed on its exact transliteration only: an Arabic-script
      // mention finds it, while a Latin mention's loose skeleton does not meet a consonant-only transliteration of
      // some other village's name.
      const keys = isLatinScript(name) ? placeKeys(name) : placeKeys(name).slice(0, 1);
      keys.forEach((k, t) => addTo(tiers[t]!, k, row));
    }
  }
  const packs = parts.packs ?? [];
  const covered = new Set(packs.flatMap((p) => p.countries).filter((c) => c !== '*'));
  return {
    rows, byKey: tiers[KEY_TIERS.indexOf('skeleton')]!, tiers, byId, packs, world: parts.world ?? null, worldPack: parts.worldPack ?? '', covered,
    countries: parts.countries ?? [], problems: parts.problems ?? [],
  };
}

function readCountries(dir: string, pack: PackManifest): CountryNames[] {
  if (!pack.countries_file) return [];
  return readCountriesFile(join(dir, pack.countries_file));
}

export interface LoadOptions {
  /** Folder holding one folder per pack; defaults to the repository's packs/. */
  packsDir?: string;
  /** Load only these pack ids (default: every pack found). */
  only?: string[];
}

const info = (m: PackManifest): PackInfo => ({ id: m.id, name: m.name, countries: m.countries, licence: m.licence, attribution: m.attribution });

/**
 * Reads every pack folder (one with a pack.json) under the packs folder, in name order. A pack that fails to load is
 * listed in `problems` with its reason; the others still load.
 */
export function loadGazetteer(options: LoadOptions = {}): Gazetteer {
  const base = options.packsDir ?? DEFAULT_PACKS_DIR;
  const rows: PlaceRow[] = [];
  const packs: PackInfo[] = [];
  const countries: CountryNames[] = [];
  const problems: string[] = [];
  let world: WorldIndex | null = null;
  let worldPack = '';
  for (const folder of readPackFolders(base)) {
    if ('problem' in folder) {
      problems.push(`pack ${folder.name}: ${folder.problem}`);
      continue;
    }
    const { dir, manifest } = folder;
    if (options.only && !options.only.includes(manifest.id)) continue;
    try {
      countries.push(...readCountries(dir, manifest), { code: manifest.countries[0]!, names: manifest.country_names ?? [], demonyms: [] });
      if (manifest.index) {
        const opened = openWorldIndex(join(dir, manifest.index), manifest.id);
        world = opened.index;
        worldPack = manifest.id;
        if (opened.problem) problems.push(`pack ${manifest.id}: ${opened.problem}`);
      } else rows.push(...readRegionPack(dir, manifest));
      packs.push(info(manifest));
    } catch (err) {
      problems.push(`pack ${folder.name}: ${(err as Error).message}`);
    }
  }
  return buildGazetteer(rows, { packs, world, worldPack, countries: mergeCountries(countries), problems });
}

/** One entry per country code, names of every pack together. */
function mergeCountries(list: CountryNames[]): CountryNames[] {
  const by = new Map<string, CountryNames>();
  for (const c of list) {
    if (c.code === '*' || c.code === undefined) continue;
    const e = by.get(c.code) ?? { code: c.code, names: [], demonyms: [] };
    e.names = unique([...e.names, ...c.names]);
    e.demonyms = unique([...e.demonyms, ...c.demonyms]);
    by.set(c.code, e);
  }
  return [...by.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
}

function unique(xs: string[]): string[] {
  return [...new Set(xs.map((x) => x.trim()).filter((x) => x.length > 0))];
}

/**
 * The place with this id: a pack's or a correction's row, else the world index's row for a country no region pack
 * covers. A correction names a place by id; whether a world row is found must not depend on which lookups the run
 * happened to make before (a cached article makes none), or a re-run would differ from a clean one.
 */
export function placeById(gz: Gazetteer, id: string): PlaceRow | undefined {
  const known = gz.byId.get(id);
  if (known || !gz.world) return known;
  const row = gz.world.byId(id);
  if (!row || gz.covered.has(row.country)) return undefined;
  gz.byId.set(row.id, row);
  return row;
}
