/**
 * A fronted adverbial before a clause's subject: "In the past week Aleppo recorded ...", "Over the weekend M23 rebels
 * captured ...", "In North Darfur the state health ministry recorded ...". Writers often leave out the comma after a
 * short opening phrase, so the words a reader walks back over from the verb run into it; the phrase is never part of
 * the subject, of a reporter's name or of the side that acted, so the subject starts after it.
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

/**
 * A phrase of place or circumstance opening the clause, up to the determiner that opens the subject: "In Aleppo
 * province ", "During the siege of Mariupol ", "After the battle " (before "the army ...").
 */
const OPENING_PREP = '(?:in|during|amid|after|following|over|across|throughout|within)';
const FRONTED_PHRASE = new RegExp(String.raw`^\s*${OPENING_PREP}\s+(?:the\s+)?[^\s,]+(?:\s+[^\s,]+)*?\s+(?=(?:the|a|an)\s+\S)`, 'i');

/** Where a clause's subject starts after a fronted phrase with no comma (see above): 0 when the clause opens on none. */
export function frontedEnd(clause: string): number {
  const time = findTimes(clause)[0];
  const opening = time && !clause.slice(0, time.start).trim() && /\s\p{L}/u.test(clause.slice(time.end)) ? time.end : 0;
  return Math.max(opening, FRONTED_PHRASE.exec(clause)?.[0].length ?? 0);
}
