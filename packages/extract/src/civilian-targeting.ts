/**
 * "214 fatalities from attacks on civilians", "Deaths from civilian targeting this week: 58": a monitor's toll
 * named by the kind of event that caused it. The event is violence against civilians (a monitor's event type, as
 * ACLED codes it), so its dead are civilians, not people of no side. The event names are data
 * (data/civilian-targeting.csv).
 */
import { parseRegistry } from '@frontline/schema';
import { alternation } from '@frontline/nlp/dates';
import type { Draft } from './draft.ts';
import { readDataFile } from './data.ts';
import { frames } from './frames.ts';

const FILE = 'civilian-targeting.csv';
const EVENTS = alternation(parseRegistry(readDataFile(FILE), FILE, ['phrase', 'example']).map((r) => r.phrase!));
/** The nouns of a harm (frames.csv: fatality, death, killing ...). */
const HARM_NOUNS = alternation(
  frames().filter((f) => f.pos === 'NOUN' && (f.category === 'killed' || f.category === 'injured')).flatMap((f) => [f.lemma, ...f.forms]),
);
/** A harm noun, then "from", "in", "linked to", "resulting from" the event, "direct" as monitors qualify it. */
const EVENT_TOLL = new RegExp(
  String.raw`\b(?:${HARM_NOUNS})s?\s+(?:from|in|during|linked\s+to|resulting\s+from|caused\s+by|due\s+to)\s+(?:the\s+)?(?:direct\s+)?(?:${EVENTS})\b`,
  'iu',
);

/**
 * The draft is a toll of people of no side whose harm noun, within the words that cue it ("deaths from civilian
 * targeting: 58", "214 fatalities"), the civilian-targeting event follows.
 */
export function targetsCivilians(s: string, d: Draft): boolean {
  if (d.kind !== 'casualty' || d.group !== 'people') return false;
  const m = EVENT_TOLL.exec(s.slice(d.cueStart));
  return m !== null && m.index < d.cueEnd - d.cueStart;
}
