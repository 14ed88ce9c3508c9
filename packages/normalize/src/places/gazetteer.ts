/**
 * The gazetteer: OCHA communities of north-west Syria, a curated table of what OCHA lacks (airbases, camps,
 * crossings, main cities elsewhere), and the governorates and the country as areas drawn at centroids computed from
 * the governorate polygons. Loaded once, indexed by the transliteration key of every Latin name a row has.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { ADMIN1, type PlacePrecision } from '@frontline/schema';
import { KEY_TIERS, placeKey, placeKeys } from './key.ts';
import { stripDescriptors } from './descriptors.ts';
import { centroid, type Geometry } from './centroid.ts';

/** One place the gazetteer knows. */
export interface PlaceRow {
  /** OCHA community P-code, curated id, district or governorate P-code, or 'SY' for the country. */
  id: string;
  /** Canonical name (OCHA spelling for OCHA rows). */
  name: string;
  /** Every Latin name the row is known by, canonical first. */
  names: string[];
  latitude: number | null;
  longitude: number | null;
  /** community, city, airbase, camp, crossing, district, governorate, country. */
  feature: string;
  /** Governorate, as ADMIN1 `name` ('Idlib', 'Hama', 'Aleppo'); '' for the country. */
  admin1: string;
  admin1_pcode: string;
  precision: PlacePrecision;
  /**
   * Proxy for the size of a community, for choosing between homonyms: 2 for the seat of a district (its name is the
   * district's), 1 for the seat of a sub-district, 0 otherwise. OCHA gives no population.
   */
  seat: number;
  /** Where the row comes from: 'ocha_syr_locations', the curated table's source, or 'computed'. */
  source: string;
}

export interface Gazetteer {
  rows: PlaceRow[];
  /** Rows by skeleton key (placeKey). */
  byKey: Map<string, PlaceRow[]>;
  /** Rows by key, one map per tier of placeKeys (strict to loose). */
  tiers: Map<string, PlaceRow[]>[];
  byId: Map<string, PlaceRow>;
}

/** Features that name a site inside or near a community rather than the community itself. */
export const SITE_FEATURES = new Set(['airbase', 'camp', 'crossing']);
/** Features drawn as areas. */
export const AREA_FEATURES = new Set(['governorate', 'country']);

const DEFAULT_DIR = new URL('../../reference/', import.meta.url);

type CsvRecord = Record<string, string>;

function readCsv(path: string): CsvRecord[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as CsvRecord[];
}

const admin1ByPcode = new Map(ADMIN1.map((a) => [a.pcode, a]));

function admin1Name(pcode: string): string {
  return admin1ByPcode.get(pcode)?.name ?? '';
}

const isLatin = (s: string): boolean => /[a-z]/i.test(s) && !/[\u0600-\u06ff]/.test(s);

/** "Dana (Al Bab)" -> "Dana"; "Tal Hawasid - Hanuteh" -> its two names as well. */
function nameVariants(name: string): string[] {
  const bare = name.replace(/\s*\([^)]*\)\s*$/, '').trim();
  const parts = bare.split(/\s+-\s+|\s*_\s*/).map((p) => p.trim());
  return [name, bare, ...(parts.length > 1 ? parts : [])];
}

function num(s: string | undefined): number | null {
  const v = Number.parseFloat(s ?? '');
  return Number.isFinite(v) ? v : null;
}

function ochaRow(r: CsvRecord): PlaceRow {
  const alternates = (r.alternate_names ?? '').split('|').filter(isLatin);
  return {
    id: r.source_id!,
    name: r.name!,
    names: unique([r.name!, ...alternates]),
    latitude: num(r.latitude),
    longitude: num(r.longitude),
    feature: r.feature_type || 'community',
    admin1: admin1Name(r.admin1_pcode!),
    admin1_pcode: r.admin1_pcode!,
    precision: 'point',
    seat: seatRank(r),
    source: r.source || 'ocha_syr_locations',
  };
}

function seatRank(r: CsvRecord): number {
  const own = placeKey(nameVariants(r.name!)[1]!);
  if (own === placeKey(r.admin2 ?? '')) return 2;
  return own === placeKey(r.admin3 ?? '') ? 1 : 0;
}

function curatedRow(r: CsvRecord): PlaceRow {
  const feature = r.feature_type!;
  return {
    id: r.source_id!,
    name: r.name!,
    names: unique([r.name!, ...(r.alternate_names ?? '').split('|').filter(isLatin)]),
    latitude: num(r.latitude),
    longitude: num(r.longitude),
    feature,
    admin1: admin1Name(r.admin1_pcode ?? ''),
    admin1_pcode: r.admin1_pcode ?? '',
    precision: feature === 'country' ? 'country' : feature === 'governorate' ? 'governorate' : 'point',
    seat: feature === 'city' ? 2 : 0,
    source: r.source!,
  };
}

interface AdminFeature {
  properties: { ADM1_PCODE: string; ADM1_EN: string };
  geometry: Geometry;
}

/** Governorate rows (all 14) and the country row, at area-weighted centroids of the polygons. */
function areaRows(geojsonPath: string): PlaceRow[] {
  const features = (JSON.parse(readFileSync(geojsonPath, 'utf8')) as { features: AdminFeature[] }).features;
  const rows: PlaceRow[] = [];
  for (const a of ADMIN1) {
    const f = features.find((x) => x.properties.ADM1_PCODE === a.pcode);
    const c = f ? centroid([f.geometry]) : null;
    rows.push(areaRow(a.pcode, a.name, [a.name, a.ocha_name, ...a.aliases], c, 'governorate', a.name, a.pcode));
  }
  const c = centroid(features.map((f) => f.geometry));
  rows.push(areaRow('SY', 'Syria', ['Syria', 'Syrian Arab Republic', 'Syrie'], c, 'country', '', ''));
  return rows;
}

function areaRow(
  id: string, name: string, names: string[], c: [number, number] | null, feature: 'governorate' | 'country',
  admin1: string, pcode: string,
): PlaceRow {
  return {
    id, name, names: unique(names), latitude: c ? c[1] : null, longitude: c ? c[0] : null, feature, admin1,
    admin1_pcode: pcode, precision: feature, seat: 0, source: 'computed: centroid of syria_admin1_simplified.geojson',
  };
}

/**
 * Names news uses for OCHA districts whose OCHA name differs from them (the district is usually called after its
 * seat). Common English spellings; the transliteration key covers their variants.
 */
const DISTRICT_ALIASES: Record<string, string[]> = {
  SY0702: ["Maarat al-Numan", "Ma'arrat al-Nu'man", 'Maarat an-Numan', 'Maarrat al-Numan', 'Maaret al-Numan'],
  SY0200: ['Mount Simeon', 'Jabal Semaan', "Jabal Sim'an"],
  SY0206: ['Kobani', 'Ayn al-Arab', 'Ain al-Arab'],
  SY0205: ['Manbij'],
  SY0204: ['Azaz'],
  SY0503: ['Salamiyah', 'Salamieh'],
  SY0505: ['Mhardeh', 'Mahardah'],
  SY0704: ['Jisr al-Shughur', 'Jisr ash-Shughur'],
};

/**
 * District (admin2) areas, derived from the OCHA rows: drawn at the mean position of their communities, matched only
 * when the mention says "district" (a bare name means the town or the governorate).
 */
function districtRows(records: CsvRecord[]): PlaceRow[] {
  const groups = new Map<string, CsvRecord[]>();
  for (const r of records) if (r.admin2_pcode) groups.set(r.admin2_pcode, [...(groups.get(r.admin2_pcode) ?? []), r]);
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([pcode, rs]) => {
    const points = rs.map((r) => [num(r.latitude), num(r.longitude)]).filter((p): p is [number, number] => p[0] !== null && p[1] !== null);
    const mean = (i: 0 | 1) => Number((points.reduce((sum, p) => sum + p[i], 0) / points.length).toFixed(5));
    const name = rs[0]!.admin2!;
    return {
      id: pcode, name: `${name} district`, names: unique([`${name} district`, name, ...(DISTRICT_ALIASES[pcode] ?? [])]),
      latitude: points.length ? mean(0) : null, longitude: points.length ? mean(1) : null, feature: 'district',
      admin1: admin1Name(rs[0]!.admin1_pcode!), admin1_pcode: rs[0]!.admin1_pcode!, precision: 'district', seat: 0,
      source: 'computed: mean position of the OCHA communities of the district',
    };
  });
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

export function buildGazetteer(rows: PlaceRow[]): Gazetteer {
  const tiers = KEY_TIERS.map(() => new Map<string, PlaceRow[]>());
  const byId = new Map<string, PlaceRow>();
  for (const row of rows) {
    byId.set(row.id, row);
    for (const name of rowNames(row)) placeKeys(name).forEach((k, t) => addTo(tiers[t]!, k, row));
  }
  return { rows, byKey: tiers[KEY_TIERS.indexOf('skeleton')]!, tiers, byId };
}

/**
 * Reads reference/gazetteer/syria_nw_places_ocha.csv, reference/places_curated.csv and the governorate polygons.
 * `dir` defaults to the package's reference/ folder.
 */
export function loadGazetteer(dir?: string): Gazetteer {
  const base = dir ? dir.replace(/\/?$/, '/') : fileURLToPath(DEFAULT_DIR);
  const records = readCsv(`${base}gazetteer/syria_nw_places_ocha.csv`);
  const ocha = records.map(ochaRow);
  const curated = readCsv(`${base}places_curated.csv`).map(curatedRow);
  const areas = areaRows(`${base}gazetteer/syria_admin1_simplified.geojson`);
  return buildGazetteer([...areas, ...curated, ...districtRows(records), ...ocha]);
}

function unique(xs: string[]): string[] {
  return [...new Set(xs.map((x) => x.trim()).filter((x) => x.length > 0))];
}

