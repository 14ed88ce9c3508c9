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

export function parseFilters(params: URLSearchParams, known?: KnownValues): Filters {
  return checkFilters(params, known).filters;
}

/** The values a view can name: those in the data (the filter bar's options). */
export interface KnownValues {
  admin1: string[];
  reporters: string[];
}

const isDay = (v: string) => ISO_DAY.test(v) && !Number.isNaN(new Date(`${v}T00:00:00Z`).getTime()) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/**
 * The view a query string asks for, and what in it was refused, in words: a From or To that is not a day, From
 * later than To (the period is refused whole), a governorate or reporter the data does not hold, a key the
 * dashboard does not know. A refused value is left out, so the charts never show an empty view by mistake.
 */
export function checkFilters(params: URLSearchParams, known?: KnownValues): { filters: Filters; problems: string[] } {
  const problems: string[] = [];
  const read = (key: string) => params.get(key)?.trim() ?? '';
  const day = (key: 'from' | 'to') => {
    const v = read(key);
    if (v && !isDay(v)) problems.push(`${key === 'from' ? 'From' : 'To'} “${v}” is not a day (YYYY-MM-DD): ignored.`);
    return v && isDay(v) ? v : '';
  };
  let from = day('from');
  let to = day('to');
  if (from && to && from > to) {
    problems.push(`From ${from} is later than To ${to}: the period is refused.`);
    from = to = '';
  }
  const value = (key: 'admin1' | 'reporter', list: string[] | undefined, name: string) => {
    const v = read(key);
    if (v && list && !list.includes(v)) {
      problems.push(`No ${name} “${v}” in the data: ignored.`);
      return '';
    }
    return v;
  };
  const admin1 = value('admin1', known?.admin1, 'governorate');
  const reporter = value('reporter', known?.reporters, 'reporter');
  for (const key of new Set(params.keys())) {
    if (!(KEYS as readonly string[]).includes(key)) problems.push(`Unknown setting “${key}” in the address: ignored.`);
  }
  return { filters: { from, to, admin1, reporter }, problems };
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
