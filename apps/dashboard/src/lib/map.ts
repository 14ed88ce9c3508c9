import type { Feature, MultiPoint } from 'geojson';

/** A box in degrees: [[west, south], [east, north]]. */
export type Extent = [[number, number], [number, number]];

/** Polygons the map draws: a pack's admin1 areas or a country outline, each with a label when a place lies in it. */
export interface MapArea {
  /** `admin1` (a pack's polygons) or `country` (Natural Earth outline). */
  layer: 'admin1' | 'country';
  /** Shown at the area's centre when a place lies in it; '' otherwise. */
  label: string;
  feature: Feature;
}

/** Who drew what: one line per pack whose places are on the map, and the outlines' source. */
export interface MapCredit {
  id: string;
  name: string;
  attribution: string;
  licence: string;
  /** From pack.json; the page links it only when it is http(s). */
  url: string;
}

/**
 * A lone place (or a few in one town) gets this much around it in degrees, so the map shows its surroundings
 * (about 200 km) instead of zooming in without end.
 */
const MIN_SPAN = 2;
/** A margin of this share of the span on each side, so marks on the edge are drawn whole. */
const PAD = 0.15;

/** The box around `points` ([lon, lat]), padded, at least MIN_SPAN wide and tall; null with no points. */
export function placesExtent(points: [number, number][]): Extent | null {
  if (points.length === 0) return null;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [w, e] = grow(Math.min(...lons), Math.max(...lons));
  const [s, n] = grow(Math.min(...lats), Math.max(...lats));
  return [
    [Math.max(w, -180), Math.max(s, -85)],
    [Math.min(e, 180), Math.min(n, 85)],
  ];
}

function grow(lo: number, hi: number): [number, number] {
  const span = Math.max(hi - lo, MIN_SPAN);
  const mid = (lo + hi) / 2;
  const half = span / 2 + span * PAD;
  return [mid - half, mid + half];
}

/** The box as corner points, for d3's fitExtent (a polygon would need a winding; points do not). */
export function extentShape(e: Extent): MultiPoint {
  return { type: 'MultiPoint', coordinates: [e[0], e[1], [e[0][0], e[1][1]], [e[1][0], e[0][1]]] };
}

export function overlaps(a: Extent, b: Extent): boolean {
  return a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];
}

/** The parts of a d3 projection `offClip` reads. */
interface Projected {
  (point: [number, number]): [number, number] | null;
  clipExtent(): [[number, number], [number, number]] | null;
  rotate(): [number, number, number];
}

/**
 * Whether an area whose bounds in degrees are `bounds` (d3's geoBounds: great-circle edges included) lies wholly
 * outside the projection's clip rectangle, so that d3's path of it is empty: then the map need not project its rings.
 * Answers only for an unrotated cylindrical projection (Mercator's x grows with longitude and y with latitude, so
 * the bounds' corners bound the projected area) and bounds that do not cross the antimeridian; anything else, or a
 * box touching the rectangle, is drawn as before. Each filter change refits the map, and most of the country
 * outlines around a conflict fall outside it (dash19).
 */
export function offClip(projection: Projected, bounds: Extent): boolean {
  const clip = projection.clipExtent();
  const [west, south] = bounds[0];
  const [east, north] = bounds[1];
  if (!clip || west > east || projection.rotate().some((angle) => angle !== 0)) return false;
  const a = projection([west, north]);
  const b = projection([east, south]);
  if (!a || !b) return false;
  const [[x0, y0], [x1, y1]] = clip;
  return b[0] < x0 || a[0] > x1 || b[1] < y0 || a[1] > y1;
}
