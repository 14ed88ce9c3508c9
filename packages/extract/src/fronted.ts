/**
 * A fronted adverbial before a clause's subject: "In the past week Aleppo recorded ...", "Over the last month the
 * monitor documented ...". Writers often leave out the comma after a short time phrase, so the words a reader walks
 * back over from the verb run into it; a time phrase is never part of a subject or a reporter's name, so the subject
 * starts after it.
 */
import { findTimes } from './time.ts';

/**
 * Where a subject that spans [start, end) of `s` really starts: after a time phrase of the sentence that covers its
 * start and ends before its end, with words of the subject left after it; else `start`.
 */
export function pastFrontedTime(s: string, start: number, end: number): number {
  const time = findTimes(s).find((t) => t.start <= start && t.end > start && t.end < end);
  if (!time) return start;
  const rest = /^[\s,]*/.exec(s.slice(time.end, end))![0].length + time.end;
  return /\p{L}/u.test(s.slice(rest, end)) ? rest : start;
}
