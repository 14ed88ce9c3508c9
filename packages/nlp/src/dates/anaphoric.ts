/**
 * A time phrase counted from the date the text has reached, not from the calendar or the publication day: "the next
 * day", "two days later", "later that day", "the following week", "the following month", "later that month", "by the end of the month",
 * "in the days that followed", "within days", "two months later". Normalize resolves such
 * a phrase against the current date; extract lets it date only the clause that holds it, never an earlier event of the
 * sentence it is counted from.
 */
import { alternation, dateWords, stepCount } from './lexicon.ts';

// Units and counts the forms below share.
const DAY_PART = String.raw`(?:day|morning|evening|night|week|month)`;
const FEW = String.raw`(?:${stepCount()}|a\s+few)`;
// Not "the day before yesterday" or "the day after tomorrow": those count from the
// writer's own day, as "yesterday" does (the relative days of the date lexicon), not from the date the text reached.
const NOT_FROM_TODAY = String.raw`(?!\s+(?:yesterday|tomorrow)\b)`;

/** Each way a text counts from the date it has reached, one form per line. */
const ANAPHORIC_FORMS = [
  String.raw`(?:next|following|previous)\s+${DAY_PART}`, // "the next day", "the following week"
  String.raw`the\s+day\s+(?:after|before)${NOT_FROM_TODAY}`,
  String.raw`(?:later|earlier)\s+(?:that|the\s+same)`, // "later that day", "earlier the same week"
  String.raw`(?:that|(?:the\s+)?same)\s+${DAY_PART}`, // "that night"
  String.raw`(?:days?|weeks?)\s+(?:later|earlier|after|before)${NOT_FROM_TODAY}`, // "two days later"
  // "two months later", "a few months earlier": only with later/earlier; "eight months after the war began" counts
  // from the event it names, which need not be the date the text has reached.
  String.raw`months?\s+(?:later|earlier)`,
  String.raw`end\s+of\s+the\s+(?:month|week)`,
  String.raw`(?:following|next|ensuing)\s+(?:few\s+|two\s+|three\s+|several\s+)?(?:days|weeks)`,
  String.raw`(?:days|weeks)\s+that\s+followed`, // "in the days that followed"
  String.raw`within\s+(?:${FEW}\s+)?(?:days?|weeks?)`, // "within days", "within a week"
];

export const ANAPHORIC = new RegExp(String.raw`\b(?:${ANAPHORIC_FORMS.join('|')})\b`, 'i');

/**
 * A day of the month written alone, as a narrative writes it once a paragraph has named the month: "On the 9th, ...",
 * "By the 11th, ...". It is that day of the month the text has reached, so it is anaphoric too. Not "the 25th of
 * December" (a calendar date) and not "the 9th Brigade" (extract keeps the phrase only before punctuation or a clause).
 */
export const MONTH_DAY_ALONE = /\bthe\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+of\b)/i;

export const isAnaphoric = (phrase: string): boolean => ANAPHORIC.test(phrase) || MONTH_DAY_ALONE.test(phrase);

/** The words "since the ..." may point back with: an incident (date-words.csv, incident_noun) or a bout of fighting (campaign_noun, bout). */
const SINCE_NOUN = alternation([...dateWords('incident_noun'), ...dateWords('campaign_noun').filter((w) => w.value === 'bout')].map((w) => w.word));
const BEGAN = alternation(dateWords('start_verb').filter((w) => w.value !== 'transitive').map((w) => w.word));
/**
 * A running total counted from an event the text has already dated: "since then", "since that time", "Some 6,270
 * residents have fled the town since the attack", "since the massacre", "since the fighting began". The start is the
 * date the story has reached (the attack's day), the end the report's day. With a date of its own ("since the coup of
 * 1 February 2021", "since the fighting began on 3 May") the phrase is a dated one (extract, time.ts), not this.
 */
export const SINCE_BACK = String.raw`[Ss]ince\s+(?:then|that\s+time|the\s+(?:${SINCE_NOUN})(?:\s+(?:${BEGAN}))?)`;
/** The whole phrase is one that points back (normalize resolves it against the story's date). */
export const SINCE_THEN = new RegExp(String.raw`^${SINCE_BACK}$`, 'i');
