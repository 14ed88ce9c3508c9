const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const shortDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * A function's results kept by argument. Intl's format is slow (microseconds a call), and a chart page formats
 * every row's figure and period when it unpacks its rows (lib/chart-rows.ts), 150,000 calls for 30,000
 * casualty rows that share a few thousand counts and days (issue 11). Bounded: past `max` entries it starts over.
 */
function remembered<K, V>(format: (key: K) => V, max = 20_000): (key: K) => V {
  let seen = new Map<K, V>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) {
      if (seen.size >= max) seen = new Map();
      seen.set(key, (value = format(key)));
    }
    return value;
  };
}

const integerText = remembered((n: number) => integer.format(n));
// -0 is kept apart: a Map takes it for 0, Intl writes it "-0".
export const formatCount = (n: number | null | undefined): string =>
  n == null ? '–' : Object.is(n, -0) ? integer.format(n) : integerText(n);
export const formatCompact = (n: number): string => compact.format(n);

/** A range as written for people: "38–48" or one figure when low equals high. */
export function formatRange(low: number, high: number): string {
  return low === high ? formatCount(low) : `${formatCount(low)}–${formatCount(high)}`;
}

/** A day from an ISO date (read as UTC so no time zone moves it). */
export function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

// en-GB writes "Sept"; the axis labels use "Sep", so every date on a page reads the same.
const dayText = remembered((iso: string) => day.format(toDate(iso)).replace('Sept', 'Sep'));

export function formatDay(iso: string): string {
  return iso ? dayText(iso) : 'undated';
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
// en-GB writes "Sept"; every other month has three letters, so axis labels keep one width.
const month = { format: (d: Date) => monthFormat.format(d).replace('Sept', 'Sep') };
const shortDayLabel = { format: (d: Date) => shortDay.format(d).replace('Sept', 'Sep') };

/** Tick steps of a time axis, finest first: days, weeks, then months (count of days or of months). */
const STEPS: { unit: 'day' | 'month'; n: number }[] = [
  { unit: 'day', n: 1 },
  { unit: 'day', n: 2 },
  { unit: 'day', n: 7 },
  { unit: 'day', n: 14 },
  { unit: 'month', n: 1 },
  { unit: 'month', n: 2 },
  { unit: 'month', n: 3 },
  { unit: 'month', n: 6 },
  { unit: 'month', n: 12 },
];

function stepTicks(from: number, to: number, step: (typeof STEPS)[number]): Date[] {
  const ticks: Date[] = [];
  const first = new Date(from);
  if (step.unit === 'day') {
    // Midnights; weekly steps fall on Mondays so labels do not drift with the domain.
    let t = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate());
    if (t < from) t += 86_400_000;
    if (step.n >= 7) while (new Date(t).getUTCDay() !== 1) t += 86_400_000;
    for (; t <= to; t += step.n * 86_400_000) ticks.push(new Date(t));
    return ticks;
  }
  // First days of months whose index is a multiple of the step (quarters start in Jan, Apr, ...).
  let m = first.getUTCFullYear() * 12 + first.getUTCMonth();
  if (Date.UTC(Math.floor(m / 12), m % 12, 1) < from) m += 1;
  while (m % step.n !== 0) m += 1;
  for (; Date.UTC(Math.floor(m / 12), m % 12, 1) <= to; m += step.n) ticks.push(new Date(Date.UTC(Math.floor(m / 12), m % 12, 1)));
  return ticks;
}

/**
 * Ticks of a time axis at whole days, weeks or months (never two on one day), the finest step that leaves
 * about `spacing` pixels per label.
 */
export function timeTicks([from, to]: Date[], width: number, spacing = 80): Date[] {
  const most = Math.max(2, Math.floor(width / spacing));
  for (const step of STEPS) {
    const ticks = stepTicks(from.getTime(), to.getTime(), step);
    if (ticks.length <= most) return ticks;
  }
  return stepTicks(from.getTime(), to.getTime(), { unit: 'month', n: 12 * Math.ceil((to.getTime() - from.getTime()) / (most * 365 * 86_400_000)) });
}

/**
 * Labels for those ticks, each day once: "10 Dec", or "Dec" when every tick is a month's first day; the year
 * is added to the first tick and to the first tick of each new year ("1 Jan 2018", "Jan 2018").
 */
export function timeTickFormat(ticks: Date[]): (d: Date) => string {
  const months = ticks.every((d) => d.getUTCDate() === 1);
  const years = ticks.length > 1 && ticks.every((d) => d.getUTCDate() === 1 && d.getUTCMonth() === 0);
  const labels = new Map<number, string>();
  let year = NaN;
  for (const d of ticks) {
    const base = years ? '' : months ? month.format(d) : shortDayLabel.format(d);
    const withYear = d.getUTCFullYear() !== year;
    year = d.getUTCFullYear();
    labels.set(d.getTime(), withYear || !base ? `${base} ${year}`.trim() : base);
  }
  return (d: Date) => labels.get(d.getTime()) ?? shortDayLabel.format(d);
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

export function formatPeriod(start: string, end: string): string {
  if (!start && !end) return 'undated';
  return start === end || !start ? formatDay(end) : `${formatDay(start)} – ${formatDay(end)}`;
}

/** The day after an ISO date: a period's last day is inclusive, so its bar ends at the next midnight. */
export function dayAfter(iso: string): Date {
  return new Date(toDate(iso).getTime() + 86_400_000);
}

export const humanise = (s: string): string => s.replaceAll('_', ' ');
