/**
 * Area-weighted centroid of (multi)polygons in lon/lat, by the shoelace formula on the plane. At the size of a Syrian
 * governorate the planar error is far below the precision a governorate-level fact has anyway.
 */
export type Ring = [number, number][];
export type Geometry =
  | { type: 'Polygon'; coordinates: Ring[] }
  | { type: 'MultiPolygon'; coordinates: Ring[][] };

interface Moments {
  area: number;
  cx: number;
  cy: number;
}

/** Signed area and first moments of one ring. */
function ringMoments(ring: Ring): Moments {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    const cross = x0 * y1 - x1 * y0;
    area += cross / 2;
    cx += ((x0 + x1) * cross) / 6;
    cy += ((y0 + y1) * cross) / 6;
  }
  return { area, cx, cy };
}

/** A polygon's outer ring counts positive, its holes negative, whatever their winding. */
function polygonMoments(rings: Ring[]): Moments {
  const total: Moments = { area: 0, cx: 0, cy: 0 };
  rings.forEach((ring, i) => {
    const m = ringMoments(ring);
    const sign = (i === 0 ? 1 : -1) * Math.sign(m.area);
    total.area += sign * m.area;
    total.cx += sign * m.cx;
    total.cy += sign * m.cy;
  });
  return total;
}

/** A coordinate to five decimals (about a metre): the precision every place's coordinates are written with. */
export const round5 = (v: number): number => Math.round(v * 1e5) / 1e5;

/** [lon, lat] of the area-weighted centroid of all polygons of the geometries, rounded to 5 decimals. */
export function centroid(geometries: Geometry[]): [number, number] | null {
  const total: Moments = { area: 0, cx: 0, cy: 0 };
  for (const g of geometries) {
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const p of polygons) {
      const m = polygonMoments(p);
      total.area += m.area;
      total.cx += m.cx;
      total.cy += m.cy;
    }
  }
  if (total.area === 0) return null;
  return [round5(total.cx / total.area), round5(total.cy / total.area)];
}
