/**
 * A news roundup credits its source once and goes on: "At least 12 civilians were killed in Idlib, the Observatory
 * said. Another seven died in an attack in Ariha. In Saraqeb, three children were killed." The figures that follow
 * an explicitly named source, with no attribution of their own, are still that source's (basis
 * `carried_from_previous`), until something else speaks or the text turns away from the news: a new speaker or a
 * quotation it does not credit, a heading, or a background or analysis sentence (data/background-cues.csv: "The war
 * began in 2011", "Analysts say", "The conflict has killed ..."), a year standing alone ("in 2014", "since 2011"), a place's setting ("once home to 60,000 people"),
 * or a sentence that opens on a calendar date of its own ("On 17 September 2016, ...", "In July 2015, ..."): a narrative
 * moving on to another day's events, which the source named for an earlier one did not tell.
 * A wrong source is worse than none, so the chain breaks at the first doubt and never outlives ROUNDUP_SENTENCES.
 */
import { foldName, parseRegistry } from '@frontline/schema';
import { phraseSource } from '@frontline/nlp/dates';
import { actorMentions } from './actors.ts';
import { isHeadingLine } from './discourse.ts';
import { readDataFile } from './data.ts';
import { findQuantities } from './numbers.ts';
import { findPlaces } from './places.ts';
import type { Hit } from './text.ts';
import { MONTH_RE } from './text.ts';

const FILE = 'background-cues.csv';
const KINDS = ['speaker', 'onset', 'tally', 'setting'] as const;
/** Sentences after the source was last named that may still take it. */
export const ROUNDUP_SENTENCES = 6;
/** A year with no day or month before it: the history of the war, not today's news ("in 2011", "since 2014"). */
const BARE_YEAR = /\b(?:in|since|of|from|until|by|before|after)\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d\d\b/i;
/**
 * A sentence opening on a calendar date, day and month or month and year ("On 17 September 2016,", "In July 2015,",
 * "By 3 March"): a narrative's next event. A weekday ("On Tuesday, seven died") stays in the news story's day.
 */
const DATE_LEAD = String.raw`^[\s•*·–-]*(?:(?:on|in|by|from|between|during|until|around|after)\s+)?(?:(?:early|mid|late)[-\s]+)?(?:the\s+)?`;
const CALENDAR_DATE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_RE}|${MONTH_RE}\s+(?:\d{1,2}(?!\d)|(?:19|20)\d\d))`;
const OPENS_ON_DATE = new RegExp(DATE_LEAD + CALENDAR_DATE, 'i');
/** Someone else speaking, credited or not: a verb of saying ("Reports indicate ..."), a quotation mark. */
const SAYING = '(?:said|says|say|told|tells|stated|claimed|claims|according|accused|denied)';
const JUDGING = '(?:believe[sd]?|fear(?:s|ed)?|warned|warns|indicat(?:e|es|ed)|suggest(?:s|ed)?)';
const SPEECH = new RegExp(String.raw`["“”]|\b(?:${SAYING}|${JUDGING})\b`, 'i');

/** Words that add an event to the one told before: "Another 12 died", "Two more were killed", "a further 30". */
const ANOTHER = /\b(?:another|further|more|also|other|separately)\b/i;

let cues: RegExp | null = null;

/** Parses the table (a broken row stops the stage with its line) into one pattern of its phrases, whole words. */
export function parseBackgroundCues(text: string, file = FILE): RegExp {
  const words = parseRegistry(text, file, ['word', 'kind', 'example'], { kind: KINDS }).map((r) => r.word!.toLowerCase());
  const alternatives = words.map(phraseSource);
  return new RegExp(String.raw`\b(?:${alternatives.join('|')})\b`, 'i');
}

function backgroundCues(): RegExp {
  return (cues ??= parseBackgroundCues(readDataFile(FILE)));
}

/** Whether a sentence with no source of its own ends the roundup chain (see the module's comment). */
export function breaksRoundup(s: string, text: string, start: number): boolean {
  return SPEECH.test(s) || BARE_YEAR.test(s) || OPENS_ON_DATE.test(s) || backgroundCues().test(s) || isHeadingLine(text, start, s);
}

/**
 * Whether a sentence naming its source may lead a roundup: not a quotation (a witness's words are not a count the
 * next sentences go on with), nor a list's lead line (its source covers its items, attribution.ts), nor a
 * background or analysis sentence ("Analysts say ...", "The war has killed ...").
 */
export function opensRoundup(s: string): boolean {
  return !/["“”]|:\s*$/.test(s) && !BARE_YEAR.test(s) && !backgroundCues().test(s);
}

/** An armed side as the subject of its clause ("Ukrainian forces retook ...", "In Gao, the army says ..."). */
function subjectSides(s: string): string[] {
  const inSubject = (h: Hit) => (s.slice(0, h.start).split(/[,;:]/).pop() ?? '').trim().split(/\s+/).filter(Boolean).length <= 1;
  return actorMentions(s).filter(inSubject).map((h) => foldName(h.text));
}

/**
 * The source a news roundup goes on quoting. A lead that names its source and gives a figure opens the chain;
 * each later sentence with a figure and no attribution of its own takes that source, until something breaks the
 * chain (breaksRoundup), the window runs out, or a side the lead did not name becomes the subject: "Russian forces
 * took 3 villages, the ministry said. Ukrainian forces retook 2 near Robotyne." is the other side's news.
 */
export class Roundup {
  private chain: string[] = [];
  private sides = new Set<string>();
  /** How many sentences after the lead its source reaches: a lead with no figure reaches the next one only. */
  private reach = ROUNDUP_SENTENCES;
  /** The lead and where it ended in the text: a lead with no figure reaches no further than its paragraph. */
  private leadText = '';
  private leadEnd = 0;

  /**
   * One sentence of the text, in order: `own` are the sources it names, `since` how many sentences ago a source was
   * last named, `open` whether it may inherit (a news story's sentence no other rule gave a source). Returns the
   * source it inherits, [] for none.
   */
  read(s: string, text: string, start: number, own: string[], since: number, open: boolean): string[] {
    if (own.length) return this.lead(s, own, text, start);
    if (breaksRoundup(s, text, start)) return this.stop();
    if (!open || !this.chain.length || since > this.reach || !findQuantities(s).length) return [];
    if (this.reach === 0 && !this.sameEvent(s, text, start)) return this.stop();
    if (subjectSides(s).some((side) => !this.sides.has(side))) return this.stop();
    return this.chain;
  }

  /**
   * A lead with a figure opens the chain for ROUNDUP_SENTENCES. One that tells the event with no figure ("Officials
   * in Kandahar said the gunmen fled after the raid.") reaches only the next sentence of its paragraph, the bare toll
   * of the same event ("Four people were killed and 13 wounded.").
   */
  private lead(s: string, own: string[], text: string, start: number): string[] {
    const counts = findQuantities(s).length > 0;
    const opens = opensRoundup(s);
    this.chain = opens ? own : [];
    [this.reach, this.leadText, this.leadEnd] = [counts ? ROUNDUP_SENTENCES : 0, s, start + s.length];
    this.sides = new Set(opens ? actorMentions(s).map((h) => foldName(h.text)) : []);
    return [];
  }

  /**
   * Whether the toll after a lead with no figure tells that lead's event: in its paragraph, adding nothing ("another",
   * "more" are a new event's), and naming no place the lead did not ("Another 12 died in Minova" is elsewhere).
   */
  private sameEvent(s: string, text: string, start: number): boolean {
    if (text.slice(this.leadEnd, start).includes('\n') || ANOTHER.test(s)) return false;
    const named = new Set(findPlaces(this.leadText).map((p) => foldName(p.text)));
    return findPlaces(s).every((p) => named.has(foldName(p.text)));
  }

  /** Ends the chain: what the sentence read names is no source the next ones go on with. */
  stop(): string[] {
    this.chain = [];
    return [];
  }
}
