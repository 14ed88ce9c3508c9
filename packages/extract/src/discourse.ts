/**
 * The document layer for time: what date the text has reached at each sentence. A narrative dates its paragraphs
 * ("On 21 January, ...", "The next day, ...", "Two days later, ...") and a fact without a time phrase happened on the
 * date the text has reached; a news report dates an undated fact to the paragraph's date, else to the report's day.
 *
 * Extract only keeps the words: the event time phrases in reading order since the last one that names a year (the
 * year of every later phrase comes from there), with PARAGRAPH between paragraphs. Normalize folds them into a date
 * (packages/normalize/src/context.ts), since only it knows the publication date and the calendar.
 */
import { PARAGRAPH_MARK as PARAGRAPH } from '@frontline/schema';
import type { TimeHit } from './time.ts';

/** Phrases kept after the year-bearing one: enough for a paragraph's chain of "the next day"s, bounded in size. */
const MAX_CHAIN = 12;
const NAMES_YEAR = /\b(?:19|20)\d{2}\b/;

/** A time phrase that moves the story's date: not a report date, a running total's start, or a rolling window. */
function setsDate(t: TimeHit): boolean {
  if (t.reportDate || t.since) return false;
  return !/^(?:over|in|during|within)\s+the\s+(?:past|last|previous)\b|\bago\b|\brecent\b|\bcoming\b/i.test(t.text);
}

export class DateContext {
  private chain: string[] = [];

  /** The chain before the current sentence: what a fact of this sentence without its own time phrase is dated by. */
  current(): string[] {
    return [...this.chain];
  }

  /** A new paragraph starts: an undated fact of a news report no longer takes the previous paragraph's date. */
  paragraph(): void {
    if (this.chain.length && this.chain[this.chain.length - 1] !== PARAGRAPH) this.chain.push(PARAGRAPH);
  }

  /** After a sentence: its event time phrases, in order, become the story's date. */
  remember(times: TimeHit[]): void {
    for (const t of times.filter(setsDate)) {
      if (NAMES_YEAR.test(t.text)) this.chain = [t.text];
      else this.chain.push(t.text);
    }
    if (this.chain.length > MAX_CHAIN + 1) this.chain = [this.chain[0]!, ...this.chain.slice(-MAX_CHAIN)];
  }
}
