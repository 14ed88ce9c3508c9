import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ADMIN1 } from '@frontline/schema';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Position } from 'geojson';

/** Governorate boundaries shipped with the gazetteer (geoBoundaries ADM1, CC BY 3.0 IGO; see its SOURCE.md). */
const BOUNDARIES = 'packs/syria/admin1.geojson';

export const BOUNDARY_ATTRIBUTION =
  'Boundaries: UNCS / UN OCHA, via geoBoundaries (Runfola et al. 2020, PLoS ONE 15(4): e0231866), CC BY 3.0 IGO. ' +
  'Populated places: © UN OCHA Syria (Common Operational Dataset), via the Humanitarian Data Exchange, CC BY 3.0 IGO.';
export const UN_DISCLAIMER =
  'The boundaries and names shown and the designations used do not imply official endorsement or acceptance by the United Nations.';

// Read from the repository (vite.config.ts sets the root) by the prerender step; pages get a rounded copy.
function boundariesPath(): string {
  return resolve(process.env.FRONTLINE_REPO_ROOT ?? resolve(process.cwd(), '../..'), BOUNDARIES);
}

/** Three decimals (about 100 m) is finer than the simplified lines and cuts the page's size by half. */
const round = (p: Position): Position => [Math.round(p[0] * 1000) / 1000, Math.round(p[1] * 1000) / 1000];

function roundGeometry(feature: Feature): Feature {
  const g = feature.geometry;
  if (g.type === 'Polygon') return { ...feature, geometry: { ...g, coordinates: g.coordinates.map((ring) => ring.map(round)) } };
  if (g.type === 'MultiPolygon') {
    return { ...feature, geometry: { ...g, coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map(round))) } };
  }
  return feature;
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

export function governorates(): Feature[] {
  const collection = JSON.parse(readFileSync(boundariesPath(), 'utf8')) as FeatureCollection;
  return collection.features.map((f) =>
    rewind(roundGeometry({ type: 'Feature', properties: { ADM1_EN: f.properties?.ADM1_EN }, geometry: f.geometry })),
  );
}

/** OCHA spellings (the boundary file's names) of the governorates the rows name in news spelling. */
export function ochaNames(admin1: string[]): string[] {
  const byName = new Map(ADMIN1.map((a) => [a.name, a.ocha_name]));
  return [...new Set(admin1.map((name) => byName.get(name) ?? name))].sort();
}
