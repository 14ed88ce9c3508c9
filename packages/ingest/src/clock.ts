/**
 * The run's date, the only place the pipeline looks at the calendar. Its own module, free of imports, so that the
 * CLI's main thread can check a run record against today without loading ingest.
 *
 * `FRONTLINE_TODAY=YYYY-MM-DD` sets the day instead of the clock: a test hook (a re-run "on a later day") and a way to
 * reproduce a past run's publication window. Anything else in it is an error, never silently the real day.
 */
const ISO_DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** The run's date, `YYYY-MM-DD` in UTC (or as FRONTLINE_TODAY sets it). */
export function todayUtc(): string {
  const set = process.env.FRONTLINE_TODAY;
  if (set === undefined || set === '') return new Date().toISOString().slice(0, 10);
  if (!ISO_DAY.test(set)) throw new Error(`FRONTLINE_TODAY=${JSON.stringify(set)}: expected a day as YYYY-MM-DD`);
  return set;
}
