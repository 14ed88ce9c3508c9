import { scaleLinear } from 'd3-scale';
import type { TerritoryRow } from './types.ts';
import { toDate } from './format.ts';

/** Rows the map can place: a named place with coordinates. */
export const onMap = (r: TerritoryRow) => r.place !== '' && r.latitude !== null && r.longitude !== null;

/** Places taken (captured or entered, with a day): the running count. Advances towards a place are not taken. */
export const taken = (r: TerritoryRow) => r.place !== '' && r.start !== '' && (r.category === 'captured' || r.category === 'entered');

/** Reported advances in km, with a day. */
export const advance = (r: TerritoryRow) => r.unit === 'km' && r.start !== '' && r.count_best !== null;

/** Counts of places reported without names ("36 villages"). */
export const placeCount = (r: TerritoryRow) => r.unit === 'places';

/** The fill of places taken before the time window (background captures): outside the date ramp. */
export const EARLIER_FILL = '#d4d4d4';

/**
 * Light (early) to dark (late): cividis stops, readable with colour-vision deficiencies. The ramp runs over the
 * days from `from` on (the time window), so a few background dates years back do not flatten the recent ones;
 * earlier days get EARLIER_FILL.
 */
export function dateColourScale(rows: TerritoryRow[], from = ''): (iso: string) => string {
  const days = rows.map((r) => r.start).filter((d) => d !== '' && d >= from).sort();
  const first = toDate(days[0] ?? '2000-01-01').getTime();
  const last = toDate(days.at(-1) ?? '2000-01-01').getTime();
  const scale = scaleLinear<string>()
    .domain([first, (first + last) / 2, last === first ? first + 1 : last])
    .range(['#FFE945', '#7C7B78', '#00224E'])
    .clamp(true);
  return (iso: string) => (iso < from ? EARLIER_FILL : scale(toDate(iso).getTime()));
}
