import { scaleLinear } from 'd3-scale';
import type { TerritoryRow } from './types.ts';
import { formatDay, humanise, toDate } from './format.ts';
import { actorClassLabel } from '@frontline/schema/vocab';

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

/** Precisions that name an area, not a place: a governorate or country "taken" is not one more place. */
const AREAS = new Set(['governorate', 'district', 'country']);

/** A capture of a named place (not an area) with a day: what "places taken" counts. */
export const placeTaken = (r: TerritoryRow) => taken(r) && !AREAS.has(r.place_precision);

/** A capture of a whole area (a governorate, a district): listed, never counted as a place. */
export const areaTaken = (r: TerritoryRow) => taken(r) && AREAS.has(r.place_precision);

/** One place however often it was reported taken: by its gazetteer id, else by its name. */
export const placeKey = (r: TerritoryRow) => r.place_id || `name:${r.place.toLowerCase()}`;

/** A place taken within the window: its captures in date order, the first and the sides that took it. */
export interface PlaceTaken {
  key: string;
  place: string;
  first: TerritoryRow;
  captures: TerritoryRow[];
  /** Sides that took it in the window, in the order they did. */
  sides: string[];
}

/**
 * The places taken in `rows` (already filtered and in the window), each once, ordered by the day first taken
 * (then name). A place taken by two sides counts once in the total and once for each side.
 */
export function placesTaken(rows: TerritoryRow[]): PlaceTaken[] {
  // Grouped by pushing onto each place's list (not copying it per row): a filter change at 10,000 articles
  // regroups thousands of captures, often of the same few places.
  const byKey = new Map<string, TerritoryRow[]>();
  for (const r of rows) {
    if (!placeTaken(r)) continue;
    const list = byKey.get(placeKey(r));
    if (list) list.push(r);
    else byKey.set(placeKey(r), [r]);
  }
  return [...byKey.entries()]
    .map(([key, list]) => {
      const captures = list.toSorted((a, b) => a.start.localeCompare(b.start) || a.actor.localeCompare(b.actor));
      return { key, place: captures[0].place, first: captures[0], captures, sides: [...new Set(captures.map((r) => r.actor))] };
    })
    .sort((a, b) => a.first.start.localeCompare(b.first.start) || a.place.localeCompare(b.place));
}

/** Places per side that took them (unknown side as ''), sides in a stable order. */
export function placesBySide(places: PlaceTaken[]): [string, PlaceTaken[]][] {
  const out = new Map<string, PlaceTaken[]>();
  for (const p of places) {
    for (const side of p.sides) {
      const list = out.get(side);
      if (list) list.push(p);
      else out.set(side, [p]);
    }
  }
  return [...out.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

/** Places taken by more than one side: each counts once under every side that took it, so the sides add up to more. */
export const changedHands = (places: PlaceTaken[]): number => places.filter((p) => p.sides.length > 1).length;

/** The place's captures on or before `cursor` (all of them without one), in date order. */
export function capturesBy(p: PlaceTaken, cursor: string): TerritoryRow[] {
  return cursor ? p.captures.filter((r) => r.start <= cursor) : p.captures;
}

/** Who held the place at `cursor` (its last capture on or before it), or null when not yet taken. */
export function heldAt(p: PlaceTaken, cursor: string): TerritoryRow | null {
  return capturesBy(p, cursor).at(-1) ?? null;
}

/**
 * The places taken by `cursor`: `all` (placesTaken of `rows`) when no row starts after it, which is the view's
 * usual state (the replay rests on its last day), so a filter change groups the captures once, not twice.
 */
export function placesTakenBy(rows: TerritoryRow[], all: PlaceTaken[], cursor: string): PlaceTaken[] {
  if (!cursor || rows.every((r) => r.start <= cursor)) return all;
  return placesTaken(rows.filter((r) => r.start <= cursor));
}

/** Whether the packs gave the place a position. */
export const located = (p: PlaceTaken) => onMap(p.first);

/** The side's name for people: 'government forces', 'forces of Russia' for 'foreign:RU', '' as unknown. */
export const sideName = (actor: string) => (actor ? actorClassLabel(actor) : 'unknown side');

/** The capture sentences a count of places rests on (of one side when `actor` is given), for the sentence panel. */
export function captureSentences(list: PlaceTaken[], actor?: string) {
  return list.flatMap((p) =>
    p.captures
      .filter((r) => actor === undefined || r.actor === actor)
      .map((r) => ({ prov: r.prov, label: `${r.place}: ${humanise(r.category)} by ${r.actor_name || sideName(r.actor)}, ${formatDay(r.start)}` })),
  );
}
