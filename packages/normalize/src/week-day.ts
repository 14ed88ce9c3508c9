/**
 * A week the story's next dated sentence narrows to a day: extract's `week_day` (extract/src/week-day.ts) is the
 * weekday that sentence named first; it dates the fact told with "last week" or "this week" when it falls inside
 * that week ("Rebels took the river port last week. ... They stormed it on Wednesday last week"). A weekday outside
 * the week (the Sunday before a Thursday's "this week") is another day's, and the week stands.
 */
import type { ExtractedFact } from '@frontline/schema';
import { resolvePeriod, type Period } from './period.ts';

export function narrowWeek(x: ExtractedFact, period: Period, published: string): Period {
  if (!x.week_day || !published || period.date_precision !== 'week') return period;
  const day = resolvePeriod(x.week_day, published, '', true);
  const inside = day.date_precision === 'day' && day.period_end >= period.period_start && day.period_end <= period.period_end;
  return inside ? day : period;
}
