/**
 * A week the story's next dated sentence narrows to a day (the document layer). News copy often opens vague and tells
 * the day after: "Rebels took the river port last week. ... They stormed it on Wednesday last week", "Gunmen killed
 * nine traders this week. The ambush on Tuesday ...". A fact told with a relative week waits for the next sentence
 * that dates anything; when that sentence's first date is a weekday, the fact carries it (`week_day`), and normalize
 * takes it for the fact's day when it falls inside the week. Any other date first frees the fact: the story has moved
 * on. A running total is of its whole week and never waits.
 */
import type { ExtractedFact } from '@frontline/schema';
import { MONTH_RE, WEEKDAY_RE } from './text.ts';
import type { TimeHit } from './time.ts';

/** A week counted from the report's day: "last week", "this week", "earlier this week", "late last week". */
const RELATIVE_WEEK = /^(?:(?:in|during|over)\s+)?(?:(?:early|earlier|late|later)\s+)?(?:this|last)\s+week$/i;

/** A weekday with no calendar date of its own ("on Tuesday", "Tuesday last week", "on Monday night", not "Monday 3 May"). */
const WEEKDAY = new RegExp(String.raw`\b(?:${WEEKDAY_RE})\b`, 'i');
const CALENDAR = new RegExp(String.raw`\b(?:${MONTH_RE})\b|\d`, 'i');
const weekdayOnly = (phrase: string): boolean => WEEKDAY.test(phrase) && !CALENDAR.test(phrase);

export class WeekDayWait {
  private waiting: ExtractedFact[] = [];

  /** After a sentence: `dating`, its phrases that move the story's date; `told`, its facts. */
  read(dating: TimeHit[], told: ExtractedFact[]): void {
    const first = dating[0]?.text;
    if (first !== undefined) {
      if (weekdayOnly(first)) for (const f of this.waiting) f.week_day = first;
      this.waiting = [];
    }
    for (const f of told) if (!f.cumulative && RELATIVE_WEEK.test(f.time_phrase.trim())) this.waiting.push(f);
  }
}
