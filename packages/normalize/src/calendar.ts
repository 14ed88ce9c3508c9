/**
 * Day arithmetic on ISO dates, in UTC so the result never depends on the machine's time zone.
 * A Day is the number of days since 1970-01-01.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayOf(y: number, m: number, d: number): Day {
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function parseIso(s: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function toIso(d: Day): string {
  return new Date(d * MS_PER_DAY).toISOString().slice(0, 10);
}

export function ymd(d: Day): { y: number; m: number; d: number } {
  const t = new Date(d * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(d: Day): number {
  return new Date(d * MS_PER_DAY).getUTCDay();
}

export function monthEnd(y: number, m: number): Day {
  return dayOf(y, m + 1, 0);
}

/** The same day n months later (earlier for n < 0), clamped to the month's last day. */
export function addMonths(d: Day, n: number): Day {
  const { y, m, d: day } = ymd(d);
  const target = dayOf(y, m + n, 1);
  const t = ymd(target);
  return dayOf(t.y, t.m, Math.min(day, ymd(monthEnd(t.y, t.m)).d));
}

/** Monday of the ISO week of d. */
export function weekStart(d: Day): Day {
  return d - ((weekdayOf(d) + 6) % 7);
}

/** The most recent day with the given weekday on or before d (strictly before with `strict`). */
export function lastWeekday(d: Day, weekday: number, strict: boolean): Day {
  const back = (weekdayOf(d) - weekday + 7) % 7;
  return d - (back === 0 && strict ? 7 : back);
}

/** An ISO date moved by whole days ('' stays ''). */
export function addDaysIso(iso: string, days: number): string {
  const d = parseIso(iso);
  return d === null ? '' : toIso(d + days);
}
