import { browser } from '$app/environment';
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

/** The view as the server renders it: no filters (a prerendered page has no query string), the reporting window. */
function unfiltered(): { filters: Filters; problems: string[] } {
  return { filters: NO_FILTERS, problems: [] };
}
const reportingWindow = (filters: Filters) => timeWindow(filters, (page.data as { reporting?: Period }).reporting ?? { start: '', end: '' });

/** `next`, or `last` when every field is the same: a value that keeps its identity while its fields do not change. */
function same<T extends object>(last: T, next: T): T {
  return (Object.keys(next) as (keyof T)[]).every((key) => last[key] === next[key]) ? last : next;
}

/**
 * In the browser the view is read through these deriveds, not from the URL at each read. Every chart's deriveds and
 * marks read the view; when each read the URL itself, each depended on `page.url` directly, and Svelte marks the
 * readers of a changed value path by path (it dedupes only after 100,000 visits): at 10,000 articles that marking
 * was about a third of the overview's filter change in a CPU profile (README, "Dashboard at scale", dash18). Here `page.url` has one reader, and the
 * filters and window keep their identity while their fields are equal (a reporter change leaves the window as it was).
 */
let lastFilters = NO_FILTERS;
let lastWindow: TimeWindow | undefined;
const current = $derived(ready ? checked() : unfiltered());
const filters = $derived((lastFilters = same(lastFilters, current.filters)));
const shown = $derived.by(() => {
  const next = reportingWindow(filters);
  return (lastWindow = lastWindow ? same(lastWindow, next) : next);
});
const query = $derived(filtersQuery(filters));

export const view = {
  get filters(): Filters {
    if (!browser) return NO_FILTERS;
    return filters;
  },
  /** What the URL asked for that was refused, in words (shown above the charts). */
  get problems(): string[] {
    return browser ? current.problems : [];
  },
  /** The time window every time chart shows: From/To, else the reporting window (layout data). */
  get window(): TimeWindow {
    return browser ? shown : reportingWindow(NO_FILTERS);
  },
  get query(): string {
    return browser ? query : '';
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
