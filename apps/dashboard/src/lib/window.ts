/**
 * The time window of every time chart, and which rows a chart draws in it.
 *
 * Articles quote background figures ("340,000 killed since March 2011", a capture in 2015) next to the news of
 * the day; on one time axis those squeeze the reported campaign into its right edge. So, unless the view sets
 * From/To, a chart shows the reporting window: from LEAD_DAYS before the earliest article to the latest one.
 *
 * The drawn set (shared with the browser test's expectation, so "one mark per drawn row" stays checkable):
 * a row is drawn when it has a day and its period starts on or after the window's first day. A figure whose
 * period starts earlier ("340,000 killed since 2011", "millions displaced since the war began", a capture in
 * 2015) is background: it is not drawn, and each page lists it apart, behind a toggle, with undated figures.
 * Setting From earlier brings it into the window. Nothing is hidden on the right: without To the window reaches
 * the latest row; with To a period running past it is drawn at the right edge.
 */
import { dayAfter, formatDay, toDate } from './format.ts';

/** Days of context before the earliest article: enough for "since last month" periods, short enough that the reported weeks fill the chart on a phone. */
export const LEAD_DAYS = 45;
const DAY = 86_400_000;

/** A span of ISO days, both inclusive ('' when unknown). */
export interface Period {
  start: string;
  end: string;
}

/** The window a chart shows: `fixed` when To is set, so the window ends there even if periods run on. */
export interface TimeWindow extends Period {
  fixed: boolean;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** From LEAD_DAYS before the earliest published day to the latest; empty when no article has a date. */
export function reportingWindow(published: string[]): Period {
  const days = published.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  if (days.length === 0) return { start: '', end: '' };
  return { start: isoDay(toDate(days[0]).getTime() - LEAD_DAYS * DAY), end: days.at(-1)! };
}

/** The window of a view: From/To when set, else the reporting window. */
export function timeWindow(filters: { from: string; to: string }, reporting: Period): TimeWindow {
  return { start: filters.from || reporting.start, end: filters.to || reporting.end, fixed: filters.to !== '' };
}

/** Whether a chart draws a row: it has a day and its period does not start before the window. */
export function isDrawn(row: Period, window: Period): boolean {
  return row.end !== '' && (window.start === '' || (row.start || row.end) >= window.start);
}

/** The rows a chart does not draw (background, historic and undated figures), listed apart. */
export function backgroundRows<T extends Period>(rows: T[], window: Period): T[] {
  return rows.filter((row) => !isDrawn(row, window));
}

/** Why a row is not drawn, in words for its line in the background list. */
export function whyNotDrawn(row: Period, window: Period): string {
  return row.end === '' ? 'no date' : `starts ${formatDay(row.start || row.end)}, before ${formatDay(window.start)}`;
}

export function visibleRows<T extends Period>(rows: T[], window: Period): T[] {
  return rows.filter((row) => isDrawn(row, window));
}

/**
 * The x domain for drawn rows: the window's first day (or the earliest row when there is no window) to the end
 * of its last day, reaching the latest row unless To fixes the end.
 */
export function timeDomain(rows: Period[], window: TimeWindow): [Date, Date] {
  // One pass for the earliest start and latest end (ISO days compare as strings): sorting every row's days twice
  // was a fifth of a filter change's work at 30,000 rows.
  let first = '';
  let last = window.end;
  for (const r of rows) {
    const s = r.start || r.end;
    if (s && (!first || s < first)) first = s;
    if (!window.fixed && r.end > last) last = r.end;
  }
  const start = window.start || first || window.end;
  const end = last > start ? last : start;
  return [toDate(start), dayAfter(end)];
}

const figures = (n: number) => `${n} ${n === 1 ? 'figure' : 'figures'}`;
const verb = (n: number) => (n === 1 ? 'is' : 'are');

/** What the chart does not draw and where it is listed ('' when it draws everything). */
export function hiddenNote(rows: Period[], window: Period): string {
  const undated = rows.filter((r) => r.end === '').length;
  const earlier = rows.filter((r) => r.end !== '' && !isDrawn(r, window)).length;
  const parts: string[] = [];
  if (earlier) {
    parts.push(
      `${figures(earlier)} starting before ${formatDay(window.start)} ${verb(earlier)} background, listed under “Background and historic figures”; set From to draw them.`,
    );
  }
  if (undated) parts.push(`${figures(undated)} without a date ${verb(undated)} listed there too.`);
  return parts.join(' ');
}

/** Longest replay that steps day by day; a longer window steps by week (Mondays) and ends on its last day. */
export const DAILY_REPLAY_DAYS = 120;

/**
 * The days a replay steps through: every day of the window (real time, not only days something happened), or
 * every week for a long window; always ending on the window's last day. Empty without a window.
 */
export function replaySteps(window: Period): string[] {
  if (!window.start || !window.end || window.end < window.start) return [];
  const first = toDate(window.start).getTime();
  const last = toDate(window.end).getTime();
  const days = Math.round((last - first) / DAY) + 1;
  const steps: string[] = [];
  if (days <= DAILY_REPLAY_DAYS) {
    for (let t = first; t <= last; t += DAY) steps.push(isoDay(t));
    return steps;
  }
  steps.push(window.start);
  let t = first + DAY;
  while (new Date(t).getUTCDay() !== 1) t += DAY;
  for (; t < last; t += 7 * DAY) steps.push(isoDay(t));
  steps.push(window.end);
  return steps;
}

/** The last day a time domain shows (the domain ends at the midnight after it). */
export function domainEnd(domain: [Date, Date]): string {
  return isoDay(domain[1].getTime() - DAY);
}
