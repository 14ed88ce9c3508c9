/**
 * The sane window for a publication date: from 1900-01-01 to the day after the run (a report can carry tomorrow's
 * date in another time zone, not next month's). A date outside it is a typo or a placeholder: the article is kept,
 * the date is not used, and the reason is reported.
 */
import { addDays } from '@frontline/nlp/dates';

export const EARLIEST_PUBLISHED = '1900-01-01';

/** The run's date, `YYYY-MM-DD` in UTC: the only place ingest looks at the clock. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

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
