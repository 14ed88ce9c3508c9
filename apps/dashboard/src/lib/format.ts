const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const shortDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

export const formatCount = (n: number | null | undefined): string => (n == null ? '–' : integer.format(n));
export const formatCompact = (n: number): string => compact.format(n);

/** A range as written for people: "38–48" or one figure when low equals high. */
export function formatRange(low: number, high: number): string {
  return low === high ? formatCount(low) : `${formatCount(low)}–${formatCount(high)}`;
}

/** A day from an ISO date (read as UTC so no time zone moves it). */
export function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function formatDay(iso: string): string {
  return iso ? day.format(toDate(iso)) : 'undated';
}

const month = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });

/** A time-axis tick: the year on 1 January, the month on the 1st, else day and month (UTC, like the data). */
export function formatShortDay(d: Date): string {
  if (d.getUTCDate() === 1 && d.getUTCMonth() === 0) return String(d.getUTCFullYear());
  if (d.getUTCDate() === 1) return month.format(d);
  return shortDay.format(d);
}

/** Tick values for a log axis: powers of ten, with 2 and 5 between them when the axis spans few decades. */
export function logTicks([low, high]: number[]): number[] {
  const ticks: number[] = [];
  const decades = Math.log10(high / low);
  for (let p = Math.floor(Math.log10(low)); p <= Math.ceil(Math.log10(high)); p++) {
    for (const m of decades <= 2 ? [1, 2, 5] : [1]) {
      const v = m * 10 ** p;
      if (v >= low && v <= high) ticks.push(v);
    }
  }
  return ticks;
}

const DAY = 86_400_000;

/**
 * The time window of a chart: from the earliest day any row ends (less a month) to the last; periods starting
 * earlier (background figures "since 2011") are cut at the left edge instead of squeezing every other claim.
 */
export function focusWindow(rows: { start: string; end: string }[]): [Date, Date] {
  const ends = rows.map((r) => toDate(r.end).getTime());
  const starts = rows.map((r) => toDate(r.start).getTime());
  const first = Math.max(Math.min(...starts), Math.min(...ends) - 30 * DAY);
  const last = Math.max(...ends) + DAY;
  const pad = Math.max((last - first) * 0.03, DAY);
  return [new Date(first - pad), new Date(last + pad)];
}

export function formatPeriod(start: string, end: string): string {
  if (!start && !end) return 'undated';
  return start === end || !start ? formatDay(end) : `${formatDay(start)} – ${formatDay(end)}`;
}

/** The day after an ISO date: a period's last day is inclusive, so its bar ends at the next midnight. */
export function dayAfter(iso: string): Date {
  return new Date(toDate(iso).getTime() + 86_400_000);
}

export const humanise = (s: string): string => s.replaceAll('_', ' ');
