/**
 * The sane window for a publication date: from 1900-01-01 to the day after the run (a report can carry tomorrow's
 * date in another time zone, not next month's). A date outside it is a typo or a placeholder: the article is kept,
 * the date is not used, and the reason is reported.
 */
import { addDays } from '@frontline/nlp/dates';

export { todayUtc } from './clock.ts';

export const EARLIEST_PUBLISHED = '1900-01-01';

/** The first and last run dates of all (run dates are ISO days, which compare as strings). */
const FIRST_DAY = '0000-01-01';
export const LAST_DAY = '9999-12-31';

/** Why `day` cannot be a publication date in a run on `runDate`, or null when it can (or is empty). */
export function outsideWindow(day: string, runDate: string): string | null {
  if (day === '') return null;
  if (day < EARLIEST_PUBLISHED) return `${day} is before ${EARLIEST_PUBLISHED}`;
  const latest = addDays(runDate, 1);
  if (day > latest) return `${day} is after the day after the run (${latest})`;
  return null;
}

/**
 * Whether a result computed on `from` holds on `to`: each day it compared with the window gets the same verdict,
 * word for word (a refusal names the run's next day). The article cache reuses an ingested file across days this way.
 */
export const sameVerdicts = (days: readonly string[], from: string, to: string): boolean =>
  from === to || days.every((d) => outsideWindow(d, from) === outsideWindow(d, to));

/** The run dates, from and to (inclusive), on which a result computed on one run date stays the same. */
export interface RunDays {
  from: string;
  to: string;
}

/**
 * The run dates on which each of `days` gets the verdict it gets on `runDate` (sameVerdicts for a whole span): what
 * the run record keeps, so that a re-run on a later day reuses the set while no verdict changes. An accepted day `d`
 * stays accepted from run date d - 1 on; a refused one is refused in words that name the run's next day, so its
 * verdict holds on `runDate` alone. Days before 1900 and empty ones do not depend on the run date.
 */
export function sameVerdictDays(days: Iterable<string>, runDate: string): RunDays {
  let from = FIRST_DAY;
  for (const day of days) {
    if (day === '' || day < EARLIEST_PUBLISHED) continue;
    if (outsideWindow(day, runDate) !== null) return { from: runDate, to: runDate };
    const first = addDays(day, -1);
    if (first > from) from = first;
  }
  return { from, to: LAST_DAY };
}
