/**
 * A share of a toll stated before ("Of those killed, 40 were children", "Only 326 of the deaths were recorded in
 * Aleppo") counts victims of that toll: with no time phrase of its own it is of the toll's period, not of the day the
 * report was made. The share takes the time phrase (and running-total reading) of the last casualty fact with one,
 * in the sentence before or the one before that. A count of the displaced shared out by place is read the same way
 * ("55,000 have been displaced since 24 June. Of them, 29,000 fled to Gedaref"): its parts are of its period.
 */
import type { ExtractedFact } from '@frontline/schema';
import type { Draft } from './draft.ts';
import { TOLL_WORDS } from './toll-words.ts';

/** A sentence that opens on the toll it shares out: "Of those killed,", "Among the dead,", "Of these,". */
const SHARE_OPENER = new RegExp(String.raw`^\s*(?:of|among)\s+(?:those|these|them|the\s+${TOLL_WORDS})\b`, 'i');
/** A figure that names its toll after it: "326 of the deaths", "40 of those killed", "12 of the victims". */
const SHARE_AFTER_FIGURE = new RegExp(String.raw`^\s+of\s+(?:the|those|these)\s+${TOLL_WORDS}\b`, 'i');
/** How far back a toll may be for its breakdown or share: the sentence before, or one sentence between. */
export const TOLL_SENTENCES = 2;

type TollTime = Pick<ExtractedFact, 'time_phrase' | 'time_context' | 'end_phrase' | 'cumulative'>;

/** The toll's time for a casualty or displacement draft that shares out an earlier toll and has no time of its own, or null. */
export function tollShareTime(s: string, d: Draft, fact: ExtractedFact, facts: ExtractedFact[]): TollTime | null {
  if ((d.kind !== 'casualty' && d.kind !== 'displacement') || fact.time_phrase) return null;
  if (!SHARE_OPENER.test(s) && !SHARE_AFTER_FIGURE.test(s.slice(d.figEnd))) return null;
  const toll = [...facts].reverse().find((f) => f.kind === d.kind && f.sentence_index < fact.sentence_index);
  if (!toll?.time_phrase || fact.sentence_index - toll.sentence_index > TOLL_SENTENCES) return null;
  return { time_phrase: toll.time_phrase, time_context: toll.time_context, end_phrase: toll.end_phrase, cumulative: toll.cumulative };
}
