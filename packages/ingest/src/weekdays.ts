/**
 * Weekday mentions ("on Sunday", "Sunday night", "Thursday") and the publication day they point to.
 * News names recent days by weekday: a weekday in a report means a day of the week before it was written.
 */
import { addDays, alternation, daysBetween, weekdayName, weekdayNames, WEEKDAYS, type Weekday } from '@frontline/nlp/dates';

export interface WeekdayMention {
  weekday: Weekday;
  start: number;
}

// Plurals ("on Sundays") are habits, not days, hence the (?!s).
const WEEKDAY = new RegExp(`\\b(${alternation(weekdayNames())})\\b(?!s)`, 'g');

/** Weekday mentions in `text`, skipping those that open a written date ("Sunday, October 8, 2017"). */
export function findWeekdays(text: string, dateStarts: number[]): WeekdayMention[] {
  const found: WeekdayMention[] = [];
  const starts = new Set(dateStarts);
  const opensDate = (end: number) => [0, 1, 2, 3].some((k) => starts.has(end + k));
  WEEKDAY.lastIndex = 0;
  for (let m = WEEKDAY.exec(text); m; m = WEEKDAY.exec(text)) {
    const end = m.index + m[0].length;
    if (opensDate(end)) continue;
    found.push({ weekday: m[1] as Weekday, start: m.index });
  }
  return found;
}

/** The distinct weekdays, in week order (deterministic for the evidence text). */
export function distinctWeekdays(mentions: WeekdayMention[]): Weekday[] {
  const set = new Set(mentions.map((m) => m.weekday));
  return WEEKDAYS.filter((w) => set.has(w));
}

/** The day with weekday `w` in the seven days ending at `day`. */
function lastOccurrence(w: Weekday, day: string): string {
  const back = (WEEKDAYS.indexOf(weekdayName(day)) - WEEKDAYS.indexOf(w) + 7) % 7;
  return addDays(day, -back);
}

/**
 * The day of the latest event the text names by weekday, given that nothing happened after publication and that
 * the latest written date `after` is not later than it.
 *
 * Rule: the first day P on or after `after` whose weekday is mentioned and such that every mentioned weekday, read
 * as the last such day up to P, falls on or after `after`. The writer switched from dates to weekdays for the most
 * recent days, so the weekday events come after the latest date. Example: latest date Tuesday December 5 and "on
 * Sunday" give Sunday December 10. The article is from P or the day after (reports often run the next morning).
 * Returns '' when no day within a week fits every weekday.
 */
export function dayOfLatestWeekday(after: string, weekdays: Weekday[]): string {
  if (weekdays.length === 0) return '';
  for (let i = 0; i < 7; i++) {
    const day = addDays(after, i);
    if (!weekdays.includes(weekdayName(day))) continue;
    if (weekdays.every((w) => daysBetween(after, lastOccurrence(w, day)) >= 0)) return day;
  }
  return '';
}
