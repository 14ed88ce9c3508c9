/**
 * The chart rows as the page data carries them (lib/packed.ts) and back: the server packs, the page's universal
 * load unpacks, so components keep working on rows. What can be said from a row's own fields (the plotted value
 * in words) is not shipped but made again here, by the same function the build uses.
 */
import { formatCount, formatPeriod, formatRange } from './format.ts';
import { pack, unpack, type Packed, type Spec } from './packed.ts';
import type { CasualtyRow, DisplacementRow, TerritoryRow } from './types.ts';

/** What a timeline mark plots, in words: persons, range and period. */
export function figurePlotted(r: { best: number; low: number; high: number; start: string; end: string }): string {
  return `${formatCount(r.best)} persons (range ${formatRange(r.low, r.high)}), ${formatPeriod(r.start, r.end)}`;
}

/** What a territory mark stands for: a distance, a count of places, or a place on a day. */
export function territoryPlotted(r: { count_best: number | null; unit: string; start: string; place: string; category: string }): string {
  if (r.count_best !== null) return `${formatCount(r.count_best)} ${r.unit}, ${formatPeriod(r.start, r.start)}`;
  return `${r.place || 'a place'}, ${r.category} ${formatPeriod(r.start, r.start)}`;
}

const COMMON: Spec = {
  start: 'text',
  end: 'text',
  admin1: 'texts',
  reported_by: 'texts',
  category: 'text',
  'prov.fact_id': 'text',
  'prov.article_id': 'text',
  'prov.article_slug': 'text',
  'prov.detail': 'text',
  'prov.published': 'text',
  'prov.reported_by': 'text',
  'prov.phrase': 'text',
  'prov.range_kind': 'text',
};
const FIGURE: Spec = { ...COMMON, low: 'num', best: 'num', high: 'num', vague: 'flag', places: 'texts' };
const DISPLACEMENT: Spec = { ...FIGURE, cumulative: 'flag', best_available: 'flag' };
const CASUALTY: Spec = { ...FIGURE, group: 'text', series_kind: 'text', series_id: 'text', covered_by_series: 'text' };
const TERRITORY: Spec = {
  ...COMMON,
  place: 'text',
  place_id: 'text',
  place_precision: 'text',
  latitude: 'num',
  longitude: 'num',
  country: 'text',
  actor: 'text',
  actor_name: 'text',
  count_best: 'num',
  unit: 'text',
  n_sources: 'num',
};

/** Packed rows, tagged with their table so a page cannot unpack one table as another. */
export type PackedRows<T extends string> = Packed & { table: T };

export const packDisplacement = (rows: DisplacementRow[]): PackedRows<'displacement'> => ({ ...pack(rows, DISPLACEMENT), table: 'displacement' });
export const packCasualties = (rows: CasualtyRow[]): PackedRows<'casualties'> => ({ ...pack(rows, CASUALTY), table: 'casualties' });
export const packTerritory = (rows: TerritoryRow[]): PackedRows<'territory'> => ({ ...pack(rows, TERRITORY), table: 'territory' });

function withPlotted<T extends { prov: { plotted: string } }>(rows: T[], plotted: (r: T) => string): T[] {
  for (const r of rows) r.prov.plotted = plotted(r);
  return rows;
}

export const unpackDisplacement = (p: PackedRows<'displacement'>) => withPlotted(unpack<DisplacementRow>(p, DISPLACEMENT), figurePlotted);
export const unpackCasualties = (p: PackedRows<'casualties'>) => withPlotted(unpack<CasualtyRow>(p, CASUALTY), figurePlotted);
export const unpackTerritory = (p: PackedRows<'territory'>) => withPlotted(unpack<TerritoryRow>(p, TERRITORY), territoryPlotted);
