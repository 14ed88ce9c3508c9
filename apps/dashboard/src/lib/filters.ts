import type { Filterable } from './types.ts';

/** The view every chart obeys; kept in the URL query string so a view can be shared. */
export interface Filters {
  from: string;
  to: string;
  admin1: string;
  reporter: string;
}

export const NO_FILTERS: Filters = { from: '', to: '', admin1: '', reporter: '' };

const KEYS = ['from', 'to', 'admin1', 'reporter'] as const;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseFilters(params: URLSearchParams): Filters {
  const read = (key: string) => params.get(key)?.trim() ?? '';
  const day = (key: string) => (ISO_DAY.test(read(key)) ? read(key) : '');
  return { from: day('from'), to: day('to'), admin1: read('admin1'), reporter: read('reporter') };
}

/** The query string of a view, keys in a fixed order and empty values left out (`''` for no filter). */
export function filtersQuery(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of KEYS) if (filters[key]) params.set(key, filters[key]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function isFiltered(filters: Filters): boolean {
  return KEYS.some((key) => filters[key] !== '');
}

/**
 * Whether a row belongs to the view: its period overlaps from..to (an undated row only when no period is set),
 * it concerns the governorate and the reporter is among those it is attributed to.
 */
export function matches(row: Filterable, filters: Filters): boolean {
  if (filters.from || filters.to) {
    if (!row.start || !row.end) return false;
    if (filters.from && row.end < filters.from) return false;
    if (filters.to && row.start > filters.to) return false;
  }
  if (filters.admin1 && !row.admin1.includes(filters.admin1)) return false;
  if (filters.reporter && !row.reported_by.includes(filters.reporter)) return false;
  return true;
}

export function applyFilters<T extends Filterable>(rows: T[], filters: Filters): T[] {
  return rows.filter((row) => matches(row, filters));
}
