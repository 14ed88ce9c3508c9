/**
 * The document layer for time: what date the text has reached at each sentence. A narrative dates its paragraphs
 * ("On 21 January, ...", "The next day, ...", "Two days later, ...") and a fact without a time phrase happened on the
 * date the text has reached; a news report dates an undated fact to the paragraph's date, else to the report's day.
 *
 * Extract only keeps the words: the event time phrases in reading order since the last one that names a year (the
 * year of every later phrase comes from there), with PARAGRAPH between paragraphs. Normalize folds them into a date
 * (packages/normalize/src/context.ts), since only it knows the publication date and the calendar.
 */
import { PARAGRAPH_MARK as PARAGRAPH, type ExtractedFact, type Sentence } from '@frontline/schema';
import { MONTH_RE } from './text.ts';
import type { TimeHit } from './time.ts';

/** Phrases kept after the year-bearing one: enough for a paragraph's chain of "the next day"s, bounded in size. */
const MAX_CHAIN = 12;
const NAMES_YEAR = /\b(?:19|20)\d{2}\b/;

/** A time phrase that moves the story's date: not a report date, a running total's start, or a rolling window. */
function setsDate(t: TimeHit): boolean {
  if (t.reportDate || t.since) return false;
  return !/^(?:over|in|during|within)\s+the\s+(?:past|last|previous)\b|\bago\b|\brecent\b|\bcoming\b/i.test(t.text);
}

const HEADING_MAX_WORDS = 15;

/**
 * A section heading: a line of its own (markdown "#" marks allowed, not a list item), short, not ending like a
 * sentence, below the title. "Capture of Hanano", "#### January 2018", "Three people injured in a raid on a camp".
 */
export function isHeading(text: string, sentence: Sentence): boolean {
  if (sentence.index === 0 || sentence.text.length > HEADING_MAX_WORDS * 20) return false;
  // Only the few characters around the sentence are looked at: a long text may be one line of many sentences.
  const from = Math.max(0, sentence.start - 12);
  const before = (from === 0 ? '\n' : '') + text.slice(from, sentence.start);
  const after = text.slice(sentence.end, sentence.end + 12);
  const words = sentence.text.trim().split(/\s+/).length;
  return /\n[ \t]*(?:#{1,6}[ \t]+)?$/.test(before) && /^[ \t]*(?:\n|$)/.test(after) && words <= HEADING_MAX_WORDS &&
    !/[.:;,…]["”’)]*$/.test(sentence.text.trim());
}

const YEAR_RE = String.raw`(?:19|20)\d{2}`;
/** A heading that is only a date: "January", "December 2017", "2018", "November–December 2016". */
const DATE_HEADING = new RegExp(String.raw`^(?:${MONTH_RE}(?:\s*[–—-]\s*${MONTH_RE})?(?:,?\s+${YEAR_RE})?|${YEAR_RE})$`);

export class DateContext {
  private chain: string[] = [];
  /** Facts of a section heading waiting for the section's first date. */
  private waiting: ExtractedFact[] = [];

  /** The chain before the current sentence: what a fact of this sentence without its own time phrase is dated by. */
  current(): string[] {
    return [...this.chain];
  }

  /** A new paragraph starts: an undated fact of a news report no longer takes the previous paragraph's date. */
  paragraph(): void {
    if (this.chain.length && this.chain[this.chain.length - 1] !== PARAGRAPH) this.chain.push(PARAGRAPH);
  }

  /**
   * A section heading starts: a date heading ("January 2018") dates the section like a phrase would; facts stated by
   * a heading ("Capture of Hanano") are dated by its section, at its first date (see `datedBySection`).
   */
  heading(text: string): void {
    this.waiting = [];
    if (DATE_HEADING.test(text.trim())) this.push(text.trim());
  }

  /** A fact of the current heading: its context becomes the chain at the section's first event date. */
  datedBySection(fact: ExtractedFact): void {
    this.waiting.push(fact);
  }

  /** After a sentence: its event time phrases, in order, become the story's date. */
  remember(times: TimeHit[]): void {
    for (const t of times.filter(setsDate)) {
      this.push(t.text);
      for (const f of this.waiting) f.time_context = this.current();
      this.waiting = [];
    }
  }

  private push(phrase: string): void {
    if (NAMES_YEAR.test(phrase)) this.chain = [phrase];
    else this.chain.push(phrase);
    if (this.chain.length > MAX_CHAIN + 1) this.chain = [this.chain[0]!, ...this.chain.slice(-MAX_CHAIN)];
  }
}
