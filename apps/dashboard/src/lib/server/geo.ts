/**
 * The map's layers, read at build time and handed to the page as data (not in the JavaScript bundle): the admin1
 * polygons of every region pack that has them, Natural Earth country outlines (world-atlas) everywhere, both cut
 * to the countries around the places, and the attribution of each pack whose places are on the map.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { DEFAULT_PACKS_DIR, packForCountry, readPackFolders, type PackManifest } from '@frontline/normalize/packs';
import { geoArea, geoBounds, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { overlaps, placesExtent, type Extent, type MapArea, type MapCredit } from '../map.ts';

/** Beyond this span of the places in degrees, countries far from every place get 1:110m outlines. */
const FINE_SPAN = 30;

export const outlineCredit = (scale = '1:50m and 1:110m'): MapCredit => ({
  id: 'natural-earth',
  name: 'Country outlines',
  attribution: `Country outlines: Natural Earth ${scale} Admin 0 (naturalearthdata.com), public domain, via the npm package world-atlas.`,
  licence: 'public domain',
  url: 'https://www.naturalearthdata.com/',
});

// The prerender step runs from a bundle, so paths come from the repository root (vite.config.ts sets it).
const repoRoot = (): string => process.env.FRONTLINE_REPO_ROOT ?? resolve(process.cwd(), '../..');
const packsDir = (): string => process.env.FRONTLINE_PACKS_DIR ?? DEFAULT_PACKS_DIR;

/** Three decimals (about 100 m) is finer than the simplified lines and cuts the page's size by half. */
const round = (p: Position): Position => [Math.round(p[0] * 1000) / 1000, Math.round(p[1] * 1000) / 1000];

/** Rounded, and wound the way d3-geo reads polygons. */
function tidy(f: Feature, properties: Record<string, string>): Feature {
  const g = f.geometry;
  const ring = (r: Position[]) => r.map(round);
  const geometry =
    g.type === 'Polygon' ? { ...g, coordinates: g.coordinates.map(ring) }
    : g.type === 'MultiPolygon' ? { ...g, coordinates: g.coordinates.map((p) => p.map(ring)) }
    : g;
  return rewind({ type: 'Feature', id: f.id, properties, geometry });
}

/**
 * d3-geo reads rings clockwise (spherical polygons) while GeoJSON (RFC 7946) winds them anticlockwise; a ring
 * the wrong way round covers the rest of the globe. A feature whose area exceeds a hemisphere is reversed.
 */
function rewind(feature: Feature): Feature {
  if (geoArea(feature) <= 2 * Math.PI) return feature;
  const g = feature.geometry;
  const reverse = (ring: Position[]) => ring.toReversed();
  if (g.type === 'Polygon') return { ...feature, geometry: { ...g, coordinates: g.coordinates.map(reverse) } };
  if (g.type === 'MultiPolygon') return { ...feature, geometry: { ...g, coordinates: g.coordinates.map((p) => p.map(reverse)) } };
  return feature;
}

/** A shape's box from geoBounds; one across the antimeridian (east < west) as its two halves. */
function boxesOf(shape: Feature | Polygon): Extent[] {
  const [[w, s], [e, n]] = geoBounds(shape);
  if (w <= e) return [[[w, s], [e, n]]];
  return [[[w, s], [180, n]], [[-180, s], [e, n]]];
}

/**
 * Whether a shape's box meets one of the boxes. The shape's bounds are computed once, not once per box: with a box
 * per place (countryOutlines) that recomputation was a quarter of the data step's chart part at 10,000 articles.
 */
function meetsAny(shape: Feature | Polygon, boxes: Extent[]): boolean {
  const own = boxesOf(shape);
  return boxes.some((b) => own.some((o) => overlaps(o, b)));
}

/**
 * The feature cut to the parts of it that meet one of the boxes (France's islands far away are not sent for a map
 * of the Sahel), or null when none does.
 */
function near(f: Feature, boxes: Extent[]): Feature | null {
  const g = f.geometry;
  if (g.type !== 'MultiPolygon') return meetsAny(f, boxes) ? f : null;
  const parts = g.coordinates.filter((coordinates) => meetsAny({ type: 'Polygon', coordinates }, boxes));
  return parts.length ? { ...f, geometry: { ...g, coordinates: parts } } : null;
}

/** Each distinct box once, in first-seen order (many places share a town, hence a box). */
function distinctBoxes(boxes: Extent[]): Extent[] {
  return [...new Map(boxes.map((b) => [b.flat().join(','), b])).values()];
}

interface Pack {
  manifest: PackManifest;
  dir: string;
}

let packCache: { dir: string; packs: Pack[] } | undefined;

/** Every readable pack manifest (a broken one is left out: the pipeline run reported it). */
export function packs(): Pack[] {
  const dir = packsDir();
  if (packCache?.dir !== dir) {
    const packs = readPackFolders(dir).flatMap((f) => ('manifest' in f ? [{ manifest: f.manifest, dir: f.dir }] : []));
    packCache = { dir, packs };
  }
  return packCache.packs;
}

/** A region pack's admin1 polygons, each tagged with its pack. */
function packAreas(pack: Pack): Feature[] {
  const file = pack.manifest.admin1?.boundaries;
  if (!file || !existsSync(join(pack.dir, file))) return [];
  const collection = JSON.parse(readFileSync(join(pack.dir, file), 'utf8')) as FeatureCollection;
  return collection.features.filter((f) => f.geometry).map((f) => tidy(f, { pack: pack.manifest.id }));
}

function readOutlines(scale: '50m' | '110m'): Feature[] {
  const path = createRequire(join(repoRoot(), 'apps', 'dashboard', 'package.json')).resolve(`world-atlas/countries-${scale}.json`);
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = topoFeature(topology, topology.objects.countries);
  return countries.features.map((f) => tidy(f as Feature, { name: String(f.properties?.name ?? ''), scale }));
}

/**
 * Country outlines around the places: Natural Earth 1:50m near each place (shapes stay recognisable when the
 * filters zoom to a province; 1:110m's do not) and, when the places span more than FINE_SPAN degrees, 1:110m for
 * the countries farther off, where 1:50m would only add weight to the page.
 */
function countryOutlines(places: MapPlace[], extent: Extent, around: Extent): Feature[] {
  const wide = Math.max(extent[1][0] - extent[0][0], extent[1][1] - extent[0][1]) > FINE_SPAN;
  const boxes = distinctBoxes(places.map((p) => surroundings(placesExtent([[p.longitude, p.latitude]])!)));
  const fine = readOutlines('50m').flatMap((f) => near(f, wide ? boxes : [around]) ?? []);
  if (!wide) return fine;
  const done = new Set(fine.map((f) => f.id));
  return [...readOutlines('110m').flatMap((f) => (done.has(f.id) ? [] : (near(f, [around]) ?? []))), ...fine];
}

/** A place the map draws: where it is, its country (ISO code, '' when unknown) and its pack's admin1 name. */
export interface MapPlace {
  longitude: number;
  latitude: number;
  country: string;
  admin1: string;
}

/** The pack whose places these are: by country, else (no country known) the pack whose polygons hold the place. */
function creditedPack(p: MapPlace, areas: Feature[]): PackManifest | undefined {
  const all = packs().map((x) => x.manifest);
  if (p.country) return packForCountry(all, p.country);
  const area = areas.find((f) => geoContains(f, [p.longitude, p.latitude]));
  return all.find((m) => m.id === area?.properties?.pack);
}

const credit = (m: PackManifest): MapCredit => ({
  id: m.id,
  name: m.name,
  attribution: m.attribution,
  licence: m.licence,
  url: m.source_url ?? '',
});

/**
 * The places grouped by position: a polygon holds all of a group or none, so each geoContains test is made once per
 * position, not once per place (at 10,000 articles thousands of places share a few hundred towns, and the tests,
 * per place and per polygon, were most of the data step's chart part).
 */
interface PlacesAt {
  at: [number, number];
  places: MapPlace[];
}

function byPosition(places: MapPlace[]): PlacesAt[] {
  const groups = new Map<string, PlacesAt>();
  for (const p of places) {
    const key = `${p.longitude},${p.latitude}`;
    const group = groups.get(key) ?? { at: [p.longitude, p.latitude], places: [] };
    group.places.push(p);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The most frequent admin1 name of the places inside a polygon: the label in the pack's own spelling. */
function labelOf(f: Feature, groups: PlacesAt[], name: (p: MapPlace) => string): string {
  const counts = new Map<string, number>();
  for (const g of groups) {
    if (!g.places.some(name) || !geoContains(f, g.at)) continue;
    for (const p of g.places) if (name(p)) counts.set(name(p), (counts.get(name(p)) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

/**
 * What the map can show around the places' box: the plot (about as wide as tall) is wider than a tall box and taller
 * than a wide one, and Mercator stretches latitudes away from the equator (sec of the latitude), so the layers cover
 * a box half again as large as the longest side, in the plot's terms, clipped by the plot.
 */
function surroundings(e: Extent): Extent {
  const stretch = 1 / Math.max(Math.cos((Math.max(Math.abs(e[0][1]), Math.abs(e[1][1])) * Math.PI) / 180), 0.2);
  const half = 0.75 * Math.max(e[1][0] - e[0][0], (e[1][1] - e[0][1]) * stretch);
  const lon = (e[0][0] + e[1][0]) / 2;
  const lat = (e[0][1] + e[1][1]) / 2;
  return [
    [lon - half, Math.max(lat - half, -90)],
    [lon + half, Math.min(lat + half, 90)],
  ];
}

export interface MapLayers {
  /** The box around every place (the page fits the places its filters keep, inside this one's layers). */
  extent: Extent | null;
  areas: MapArea[];
  credits: MapCredit[];
}

/**
 * The layers around `places`: country outlines meeting the places' box, the region packs' admin1 polygons
 * meeting it, and the credits of the packs those places come from (Natural Earth's when outlines are drawn).
 */
export function mapLayers(places: MapPlace[]): MapLayers {
  const extent = placesExtent(places.map((p) => [p.longitude, p.latitude]));
  if (!extent) return { extent, areas: [], credits: [] };
  const around = surroundings(extent);
  const admin1 = packs().flatMap(packAreas).flatMap((f) => near(f, [around]) ?? []);
  const outlines = countryOutlines(places, extent, around);
  const groups = byPosition(places);
  const outside = groups.filter((g) => !admin1.some((f) => geoContains(f, g.at)));
  const areas: MapArea[] = [
    ...outlines.map((f) => ({ layer: 'country' as const, label: labelOf(f, outside, () => String(f.properties?.name)), feature: f })),
    ...admin1.map((f) => ({ layer: 'admin1' as const, label: labelOf(f, groups, (p) => p.admin1), feature: f })),
  ];
  const credited = new Map<string, MapCredit>();
  for (const p of places) {
    const pack = creditedPack(p, admin1);
    if (pack && !credited.has(pack.id)) credited.set(pack.id, credit(pack));
  }
  const credits = [...credited.values()].sort((a, b) => a.id.localeCompare(b.id));
  const scales = outlines.some((f) => f.properties?.scale === '110m') ? '1:50m and 1:110m' : '1:50m';
  return { extent, areas, credits: outlines.length ? [...credits, outlineCredit(scales)] : credits };
}

/** The credits of the packs behind every resolved place of the run (the data page's attribution). */
export function packCredits(countries: string[]): MapCredit[] {
  const all = packs().map((x) => x.manifest);
  const used = new Map<string, MapCredit>();
  for (const c of countries) {
    const pack = packForCountry(all, c);
    if (pack && !used.has(pack.id)) used.set(pack.id, credit(pack));
  }
  return [...used.values()].sort((a, b) => a.id.localeCompare(b.id));
}
