import { describe, expect, it } from 'vitest';
import { offClip, type Extent, type MapArea } from '../../apps/dashboard/src/lib/map.ts';

type Feature = MapArea['feature'];
/** The parts of d3's Mercator projection used here (d3-geo and its types are the dashboard's dependencies, not the tests'). */
type Mercator = Parameters<typeof offClip>[0] & {
  fitSize(size: [number, number], object: Feature): Mercator;
  clipExtent(extent: Extent): Mercator;
  rotate(angles: [number, number, number]): Mercator;
};
const { geoBounds, geoMercator, geoPath } = (await import(
  new URL('../../apps/dashboard/node_modules/d3-geo/dist/d3-geo.mjs', import.meta.url).href
)) as { geoBounds(f: Feature): Extent; geoMercator(): Mercator; geoPath(p: Mercator): (f: Feature) => string | null };

/** A lon/lat box as a polygon (clockwise, d3's winding for a small area). */
const box = (west: number, south: number, east: number, north: number): Feature => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: [[[west, south], [west, north], [east, north], [east, south], [west, south]]] },
});
/** The map as TerritoryMap draws it: Mercator fitted to the places' box, clipped to the plot (LayerChart's clipExtent: true). */
function fitted(west: number, south: number, east: number, north: number, size: [number, number] = [704, 504]) {
  const places: Feature = { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: [[west, south], [east, north]] } };
  return geoMercator().fitSize(size, places).clipExtent([[0, 0], size]);
}
const bounds = (f: Feature) => geoBounds(f);

describe('areas wholly outside the fitted map (offClip)', () => {
  // Views around several wars; areas near and far, some straddling the view's edge.
  const views = [fitted(35.7, 32.3, 42.4, 37.3), fitted(21.8, 8.6, 38.6, 22.2), fitted(92.2, 9.8, 101.2, 28.5), fitted(-5.5, 10.0, 4.3, 25.0)];
  const areas = [
    box(36, 33, 38, 35), box(10, 45, 20, 55), box(-75, -35, -40, 5), box(30, 0, 50, 40), box(100, 20, 110, 30),
    box(-10, 5, 0, 15), box(140, -40, 155, -10), box(40, 36, 46, 40), box(20, 60, 40, 70), box(-20, -50, 60, 75),
  ];

  it('says so only when d3 draws nothing of the area', () => {
    let culled = 0;
    for (const projection of views) {
      for (const area of areas) {
        if (!offClip(projection, bounds(area))) continue;
        culled++;
        expect(geoPath(projection)(area) ?? '').toBe('');
      }
    }
    // and it does leave out areas far from the view
    expect(culled).toBeGreaterThan(10);
  });
  it('keeps an area touching or covering the view', () => {
    const covering = box(-30, -50, 110, 75);
    for (const projection of views) {
      expect(geoPath(projection)(covering)).not.toBe('');
      expect(offClip(projection, bounds(covering))).toBe(false);
    }
    expect(offClip(views[0]!, bounds(box(36, 33, 38, 35)))).toBe(false);
  });
  it('does not answer for an area across the antimeridian, a rotated projection or an unclipped one', () => {
    const fiji = box(177, -19, -179, -16);
    expect(offClip(views[0]!, bounds(fiji))).toBe(false);
    expect(offClip(fitted(35.7, 32.3, 42.4, 37.3).rotate([-30, 0, 0]), bounds(box(-75, -35, -40, 5)))).toBe(false);
    expect(offClip(geoMercator().fitSize([704, 504], box(35.7, 32.3, 42.4, 37.3)), bounds(box(-75, -35, -40, 5)))).toBe(false);
    expect(offClip(views[0]!, bounds(box(-75, -35, -40, 5)))).toBe(true);
  });
});
