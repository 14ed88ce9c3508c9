import { goto } from '$app/navigation';
import { page } from '$app/state';
import { checkFilters, filtersQuery, NO_FILTERS, type Filters, type KnownValues } from './filters.ts';
import type { FilterOptions } from './types.ts';
import { timeWindow, type Period, type TimeWindow } from './window.ts';

/**
 * The filters come from the URL, read in the browser only: a prerendered page has no query string, so the
 * first render (and hydration) uses no filters, then the layout marks the view ready and charts follow the URL.
 */
let ready = $state(false);
export const READY_MARK = 'frontline:ready';

export function markReady() {
  ready = true;
  // For tests and measurements: hydration is done and the charts follow the URL from now on. The mark gives
  // scripts/measure-dashboard.ts the exact moment, however late it looks.
  document.documentElement.dataset.ready = 'true';
  performance.mark(READY_MARK);
}

/** The URL's view, checked against the values the data holds (layout data): every reporter, not only the menu's. */
function checked() {
  const options = (page.data as { options?: FilterOptions }).options;
  const known: KnownValues | undefined = options && { admin1: options.admin1, reporters: options.reporterNames };
  return checkFilters(page.url.searchParams, known);
}

export const view = {
  get filters(): Filters {
    return ready ? checked().filters : NO_FILTERS;
  },
  /** What the URL asked for that was refused, in words (shown above the charts). */
  get problems(): string[] {
    return ready ? checked().problems : [];
  },
  /** The time window every time chart shows: From/To, else the reporting window (layout data). */
  get window(): TimeWindow {
    const reporting = (page.data as { reporting?: Period }).reporting ?? { start: '', end: '' };
    return timeWindow(view.filters, reporting);
  },
  get query(): string {
    return filtersQuery(view.filters);
  },
};

/**
 * Changes the view: the URL is the state, so a view can be shared and a reload restores it. Each change is a new
 * history entry, so Back undoes it.
 */
export function setFilters(next: Filters) {
  const url = new URL(page.url);
  url.search = filtersQuery(next);
  if (url.href === page.url.href) return Promise.resolve();
  return goto(url, { keepFocus: true, noScroll: true });
}
