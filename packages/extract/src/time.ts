/**
 * Time phrases as written: the words that date a figure ("on Friday night", "since Mar. 3", "between April 2
 * and April 9", "over the past ten days"). Normalize parses them with chrono-node, so date words are kept whole.
 */
import { sayingVerbFormsFor } from '@frontline/schema';
import { relativeClauseAt, tokenize, type Token } from '@frontline/nlp';
import { alternation, comparedBaseline, lengthHedges, eventNouns, countWords, stepCount, dateWords, frontedCampaignStart, isAnaphoric, monthAbbreviations, monthNames, SINCE_BACK, asOfDayStart, opensAsOf, yearToDate } from '@frontline/nlp/dates';
import { allMatches, LOWER_WEEKDAY_RE, MONTH_RE, SUPERLATIVE, WEEKDAY_RE } from './text.ts';
import { PART_OPENS } from './draft.ts';
import { actorMentions } from './actors.ts';
import { isFrameVerbForm } from './frames.ts';
import { findQuantities, isDateOrYear } from './numbers.ts';

export interface TimeHit {
  start: number;
  end: number;
  text: string;
  /** "since ..." and friends: the figure is a running total. */
  since: boolean;
  /** The phrase dates a report ("said on Monday", "reported on January 4"), not the event. */
  reportDate: boolean;
  /**
   * The phrase is the day of the dateline that opens the story ("ADEN, Jan 3 (Reuters) -", ingest's `dateline_end`;
   * set by `datelineDays`): a report date, the story's day, which any other phrase of its sentence beats.
   */
  dateline: boolean;
  /**
   * The phrase lies inside a non-restrictive relative clause (", which rebels captured in September 2015", ", who
   * took it in 2012"): it dates that clause's event, background to the sentence, never the story's date.
   */
  background: boolean;
  /** That clause's span in the sentence (from its comma to the next comma or the end), when `background`. */
  clause: { start: number; end: number } | null;
}

// Words from the date lexicon: a part of a month or year before a date ("early", "mid-", "the end of"), a week's
// ordinal ("the second week of"), a season ("last winter").
const PARTS = dateWords('part').map((p) => p.word);
// "by end of September": reports drop the article of a multi-word part as often as they write it.
const PART = String.raw`(?:${alternation(PARTS.filter((p) => !p.includes(' ')))}|(?:the\s+)?(?:${alternation(PARTS.filter((p) => p.includes(' ')))}))[-\s]`;
const ORDINAL = alternation(dateWords('ordinal').map((o) => o.word));
const SEASON = alternation(dateWords('season').map((s) => s.word));
/** Days named from the report's day ("yesterday", "the day before yesterday", "last night"), any first letter's case. */
const RELATIVE_DAY = dateWords('relative_day').map((r) => r.word).sort((a, b) => b.length - a.length)
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${alternation([w.slice(1)])}`).join('|');
/**
 * A relative day with its weekday in apposition, as outlets write it: "yesterday, Monday", "yesterday (Monday)",
 * "today, Tuesday". The weekday is the writer's day; a page reposted a day later keeps the words (anchors.ts).
 */
const RELATIVE_WITH_WEEKDAY = String.raw`(?:${RELATIVE_DAY})(?:,\s*|\s+\()${WEEKDAY_RE}\)?`;
/**
 * A relative day with its calendar date in apposition: "as of today, 13 January 2024", "yesterday (2 May)". The date
 * is the writer's day, which beats the relative word counted from a publication date (normalize, anchors.ts).
 */
const RELATIVE_WITH_DATE = String.raw`(?:${RELATIVE_DAY})(?:,\s*|\s+\()(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_RE}|${MONTH_RE}\s+\d{1,2}(?:st|nd|rd|th)?(?!\d))(?:,?\s+(?:19|20)\d\d)?\)?`;
const NUM = String.raw`(?:\d+|${alternation(countWords(12))}|a\s+few|several|few)`;
// A day of a month, 1 to 31: "In March 45 civilians were killed" dates by the month, the number is the figure.
// Nor is "July 1,200 families" a date: a comma before three digits groups a number's thousands.
const DAY = String.raw`(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|,\d{3})`;
const YEAR = String.raw`(?:19|20)\d\d`;
/** "during the night from", "on the night of", "in the night from": the opening of a night named by its two days. */
const NIGHT_OF = String.raw`(?:[Dd]uring|[Oo]n|[Ii]n)\s+the\s+night\s+(?:from|of)\s+`;
/** The start an open "from" names: a month with its year or a day of a month, a part of it allowed ("from mid-June 2014"). */
const OPEN_START = String.raw`(?:early\s+|mid-|mid\s+|late\s+)?(?:${MONTH_RE}\s+${YEAR}|${DAY}\s+${MONTH_RE}(?:\s+${YEAR})?|${MONTH_RE}\s+${DAY}(?:,?\s+${YEAR})?)`;
/**
 * A month in capitals between its day and year, as military and think-tank updates date them ("on 27 FEB 2017", "12
 * MAY 2023"): only there, where "MAY" or "MAR" can be nothing but a month (a headline in capitals has verbs).
 */
const CAPS_MONTH = String.raw`(?:${alternation([...monthNames(), ...monthAbbreviations()].map((m) => m.toUpperCase()))})(?![A-Za-z])`;
/** A day with its ordinal's ending, as a narrative writes it without the month: "the 9th", "the 21st". */
const DAY_ORDINAL = String.raw`(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b`;
/**
 * A month's year after a comma, as some monitors write it: "Throughout September, 2014 to ...". Only where a clause or
 * a range goes on after the year: in "In March, 2000 people fled" the number is a count (ingest's dates.ts agrees).
 */
const COMMA_YEAR = String.raw`,\s+${YEAR}(?=\s*[,.;:)]|\s+(?:to|and|until|till|through)\b|\s*[–—-]|\s*$)`;
/**
 * A day of the writer's month or the month before, as regional outlets write it: "on the 5th of this month", "since
 * the 1st of the current month", "on the 12th of last month". Normalize counts the month from the report's day.
 */
const DAY_OF_RELATIVE_MONTH = String.raw`the\s+${DAY_ORDINAL}\s+of\s+(?:this|last|the\s+current)\s+month\b`;
/**
 * A month with its day before it takes no second day after it: in "On 1 November 28 soldiers were killed" the date is
 * "1 November" and 28 the figure (numbers.ts `isDateOrYear` agrees).
 */
const NO_DAY_BEFORE = String.raw`(?<!\b(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+)`;
/**
 * A day of a month written as an ordinal word, as narratives and older reports spell it: "on the first of August", "by
 * the twenty-first of June 2014". The date lexicon's ordinals of a day (value 1 to 31; "last" is no day).
 */
const DAY_WORD = alternation(dateWords('ordinal').filter((o) => Number(o.value) > 0 && !/\d/.test(o.word)).map((o) => o.word));
/**
 * A calendar date: "Mar. 3", "March 3, 2019", "3 March 2019", "the 25th of December", "May 2019", "mid-2014",
 * "early April", "the 5th of this month".
 */
const DATE = String.raw`(?:${PART})?(?:the\s+month\s+of\s+)?(?:${DAY_OF_RELATIVE_MONTH}|${NO_DAY_BEFORE}${MONTH_RE}\s+${DAY}(?:,?\s+${YEAR})?|${DAY}\s+${MONTH_RE}(?:\s+${YEAR})?|${DAY}\s+${CAPS_MONTH}\s+${YEAR}|the\s+(?:${DAY}|${DAY_WORD})\s+of\s+${MONTH_RE}(?:,?\s+${YEAR})?|${MONTH_RE}(?:\s+${YEAR}|${COMMA_YEAR})?|${YEAR}|${WEEKDAY_RE}|Christmas(?:\s+Day)?|New\s+Year(?:'s|’s)?(?:\s+Day)?)`;
/**
 * A season a narrative dates a phase by: "in the summer of 2019", "during the winter", "That autumn", "in late
 * summer", "by early spring 2016". Not "the fall of Mosul": a season's word followed by "of" takes a year.
 */
const SEASON_OPENS = String.raw`(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Bb]y|[Oo]ver)\s+(?:the\s+)?|[Tt]hat\s+`;
const SEASON_PHRASE = String.raw`\b(?:${SEASON_OPENS})(?:(?:early|late|mid-?)\s*)?(?:${SEASON})(?:\s+of\s+${YEAR}|\s+${YEAR})?\b(?!\s+of\b)`;
/**
 * "last week" after a weekday, "Tuesday last week", "Thursday of last week": the week it falls in. Optional. Not "the
 * previous week", which a narrative counts from its own last date, not from the report's day.
 */
const OF_LAST_WEEK = String.raw`(?:\s+(?:of\s+)?last\s+week\b)?`;
/** A weekday's date after a comma, as an apposition: ", March 5, 2019", ", 1 June". Optional. */
const WEEKDAY_DATE = String.raw`(?:,\s+(?:${MONTH_RE}\s+${DAY}(?:,\s+${YEAR})?|${DAY}\s+${MONTH_RE}(?:\s+${YEAR})?))?`;
/** A count written as a word at a sentence's start, capitalised ("Eight months after ...", "Several weeks later"). */
const NUM_OPENING = String.raw`(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|A\s+few|Several|Few)`;
const PERIOD = String.raw`(?:hours?|days?|weeks?|months?|years?|weekend|fortnight)`;
/** An initialism written with dots ("U.S.", "U.N."): its dots end no phrase. */
const INITIALISM = String.raw`\b(?:[A-Z]\.){2,}`;
/** A quarter of a year or a run of months from its start or end: "first quarter", "last six months". */
const YEAR_PART = String.raw`(?:(?:${ORDINAL})\s+quarter|(?:first|last|final)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months)`;
/**
 * A clock time before a range's date, as monitors bound their counting period: "from 4am on 24 February until 12
 * midnight on 3 March", "between 06:00 on 1 May and 18:00 (local time) on 7 May". The date still gives the day.
 */
const HOUR = String.raw`\d{1,2}(?:[:.]\d\d)?`;
const CLOCK_TIME = String.raw`(?:${HOUR}\s*(?:a\.?m\.?|p\.?m\.?|hrs)|(?:${HOUR}\s+)?(?:midnight|noon|midday)|\d{1,2}:\d\d(?:\s+midnight)?)`;
/**
 * What a monitor's range may say of its first date before the second: "from 4am on 24 February 2022, when the
 * invasion began, to ...", "from 1 January 2023, following the collapse of the truce, until ...". One clause of
 * "when", "as", "after" or "following" between commas; it names the date, it is no date of its own.
 */
const DATE_ASIDE = String.raw`(?:,\s+(?:when|as|after|following|which|that)\s+[^,;.:()]{1,100},)?`;
const CLOCK = String.raw`(?:${CLOCK_TIME}(?:\s*\(local\s+time\))?\s+on\s+)?`;

/** The closing date of a running total: "till 5 February 2015", "until 30 June"; optional. */
const UNTIL_DATE = String.raw`(?:,?\s+(?:until|till|through|up\s+to)\s+${CLOCK}${DATE})?`;

/**
 * A campaign's start dating what it has done since: "launched a blistering campaign against Idlib in April, killing
 * around 1,000", "the war began in April 2023, uprooting millions". The participle of consequence after the date
 * counts from the start to the report's day, a running total, not a month's toll; without one ("launched an offensive
 * in May and took the town") the date is the start's own. The phrase opens at the start verb, which normalize reads as
 * "since" (period.ts). Words of the three lists are in the date lexicon.
 */
const wordsOfKind = (kind: 'start_verb' | 'campaign_noun' | 'event_noun' | 'consequence' | 'combat_noun' | 'end_verb', ...values: string[]) =>
  alternation(dateWords(kind).filter((w) => values.length === 0 || values.includes(w.value)).map((w) => w.word));
const FEW_WORDS = (n: number) => String.raw`(?:[\p{L}\p{N}’'\-]+\s+){0,${n}}?`;
// A bout of fighting ("the fighting", "the escalation") starts a running total only when a relative clause dates its
// start (CAMPAIGN_THAT_STARTED): "fighting began on Monday, killing 7" is a day's toll.
const STARTED_CAMPAIGN = String.raw`(?:${wordsOfKind('start_verb', 'transitive', 'both')})\s+${FEW_WORDS(4)}(?:${wordsOfKind('campaign_noun', 'campaign')})\b`;
// "The war in Tigray began in November 2020": a place's name may follow the noun.
const CAMPAIGN_STARTED = String.raw`(?<=\b(?:${wordsOfKind('campaign_noun', 'campaign')})(?:\s+(?:in|on|against)\s+\p{Lu}[\p{L}-]+)?\s+)(?:${wordsOfKind('start_verb', 'both')})\b`;
const CONSEQUENCE_NEXT = String.raw`(?=,?\s+(?:${wordsOfKind('consequence')})\b)`;
/**
 * A campaign named as the cause of a figure by its start, in a restrictive relative clause: "have been displaced due
 * to the conflict that erupted on 15 April", "killed in the fighting which broke out in May". The figure is what the
 * campaign has done since it began, a running total, as "since the conflict erupted on 15 April" is; the phrase opens
 * at the start verb, as CAMPAIGN_STARTED's does. With a comma (", which began in 2011,") the clause is background. A
 * weekday ("the fighting that erupted on Monday") dates a bout of days, the figure's own date, not a campaign's start.
 */
const CAUSE_OPENS = String.raw`(?:[Dd]ue\s+to|[Bb]ecause\s+of|caused\s+by|[Aa]s\s+a\s+result\s+of|by|in|[Aa]mid|[Ff]ollowing)`;
// A fronted cause may name its fighting bare, after a list of who fought, the noun a plural of fighting (the lexicon's
// combat nouns marked "cause"): "Following raids by gunmen and renewed clashes in Malakal which erupted on 3 May, 9,000
// people have fled".
const CAUSE_NOUN = String.raw`${wordsOfKind('campaign_noun')}|${wordsOfKind('combat_noun', 'cause')}`;
const CAMPAIGN_THAT_STARTED = String.raw`(?<=\b${CAUSE_OPENS}\s+(?:the\s+${FEW_WORDS(3)}(?:${wordsOfKind('campaign_noun')})|${FEW_WORDS(8)}(?:${CAUSE_NOUN}))\s+(?:in\s+\p{Lu}[\p{L}-]+\s+)?(?:that|which)\s+)(?:${wordsOfKind('start_verb', 'both', 'intransitive')})\s+(?:in\s+\p{Lu}[\p{L}-]+\s+)?(?:in|on)\s+(?!${WEEKDAY_RE})${DATE}`;
// What may stand between a start and its consequence: the sides, the target or the place ("between the army and the
// RSF", "against the rebels in Darfur", "of Ukraine"), with no comma: "The war began in April 2023 between the army
// and the RSF, uprooting millions" counts from the start as "began in April 2023, uprooting millions" does.
const START_COMPLEMENT = String.raw`(?:\s+(?:between|against|of|on|in)\s+[^,;.:()]{1,100}?)?`;
const CAMPAIGN_NOUN = wordsOfKind('campaign_noun', 'campaign');
const STARTS_ITSELF = wordsOfKind('start_verb', 'both', 'intransitive');
// "war broke out", "the war in Sudan erupted": a campaign noun as the subject of an intransitive start.
const CAMPAIGN_BROKE_OUT = String.raw`(?:${CAMPAIGN_NOUN})(?:\s+in\s+\p{Lu}[\p{L}-]+)?\s+(?:${STARTS_ITSELF})`;
// Its participle of consequence after it, the sides or the target between them.
const CONSEQUENCE_AFTER = String.raw`(?=${START_COMPLEMENT}${CONSEQUENCE_NEXT})`;
/**
 * The same start with its date fronted: "In April 2023, war broke out between the army and the RSF, leaving 15,000
 * dead", "On 24 February 2022, Russia launched its invasion of Ukraine, forcing millions to flee". The phrase runs
 * from the date to the start, which normalize reads as "since" the date (frontedCampaignStart in the date module). A weekday ("On
 * Monday, the offensive began, killing 7") dates a day's toll; a bout of fighting is no campaign (STARTED_CAMPAIGN).
 */
const FRONTED_DATE = String.raw`\b(?:[Ii]n|[Oo]n)\s+(?!${WEEKDAY_RE})${DATE},\s+`;
const FRONTED_START = String.raw`${FRONTED_DATE}${FEW_WORDS(4)}(?:${STARTED_CAMPAIGN}|${CAMPAIGN_BROKE_OUT})\b${CONSEQUENCE_AFTER}`;
/** A start phrase as findTimes keeps it: it opens at its verb or its fronted date ("In May 2023, war broke out"). */
const START_VERB = wordsOfKind('start_verb');
const OPENS_AT_START = new RegExp(String.raw`^(?:${START_VERB})\b`, 'i');
/** Whether a kept time phrase is a campaign's start (its date fronted: the date module's frontedCampaignStart). */
export const isCampaignStart = (text: string): boolean => OPENS_AT_START.test(text) || frontedCampaignStart().test(text);

/**
 * What a narrative counts its days from: the campaign or an operation of it ("By the third day of the offensive", "on
 * the second day of the operation"). The campaign nouns of the lexicon, and the operations a narrative launches.
 */
const LAUNCHED_NOUN = String.raw`${wordsOfKind('campaign_noun', 'campaign')}|${wordsOfKind('combat_noun', 'operation', 'launched')}`;
/**
 * A sentence that launches what the story counts days from: "PMF forces launched their offensive against ISIL on 25
 * April", "The operation began on 3 March", "The offensive was launched on 27 October". Its date is the campaign's
 * first day (discourse marks it for normalize).
 */
export const LAUNCHES = new RegExp(
  String.raw`\b(?:${wordsOfKind('start_verb', 'transitive', 'both')})\s+${FEW_WORDS(4)}(?:${LAUNCHED_NOUN})\b|\b(?:${LAUNCHED_NOUN})\s+(?:(?:was|were)\s+(?:${wordsOfKind('start_verb', 'transitive', 'both')})|${wordsOfKind('start_verb', 'both', 'intransitive')})\b`,
  'iu',
);
/**
 * A day counted from the campaign's first: "By the third day of the offensive", "On the second day of the operation",
 * "By the end of the first day" (bare "the first day" only where no other noun follows: "the first day of the month"
 * is no campaign's). Normalize dates it from the launch discourse marked; without one it dates nothing.
 */
const CAMPAIGN_DAY = String.raw`\b(?:(?:[Oo]n|[Bb]y|[Dd]uring|[Ii]n)\s+)?(?:the\s+end\s+of\s+)?the\s+(?:${ORDINAL})\s+day(?:\s+of\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+)?(?:${LAUNCHED_NOUN})\b|(?!\s+of\b))`;

/**
 * Nouns of fighting: what a time word may qualify ("overnight clashes", "two weeks of shelling"), the head of a phrase
 * naming one incident. The lexicon's combat nouns, but for those a narrative only launches ("counter-offensive").
 */
const COMBAT_NOUN = wordsOfKind('combat_noun', 'fighting', 'cause', 'operation');
/**
 * The stretch's own days after it: "during two days of operations on Wednesday and Thursday", "in three days of
 * clashes between 4 and 6 May". Those days date it (the weekday pair or range), not a count back from the report.
 */
const DAYS_OF_MONTH = String.raw`${DAY}\s*(?:and|to|[–—-])\s*${DAY}\s+${MONTH_RE}`;
const STRETCH_NOT_DATED = String.raw`(?!\s+(?:on|between|from)\s+(?:${WEEKDAY_RE}|${DATE}|${DAYS_OF_MONTH}))`;
/**
 * "killed in several weeks of conflict", "over three days of heavy fighting": a stretch of fighting counted back from
 * the report, as "over the past three days". Only before a noun of fighting: "in two days of talks" dates nothing.
 * Its length may be approximate, as wire copy counts a war's months: "In nearly seven months of war, ...".
 */
const ABOUT_AS_LONG = `(?:${alternation(lengthHedges())})`;

const STRETCH_OF = String.raw`\b(?:[Ii]n|[Oo]ver|[Dd]uring)\s+(?:${ABOUT_AS_LONG}\s+)?${NUM}\s+${PERIOD}\s+of\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:${COMBAT_NOUN}|conflict|violence|${wordsOfKind('campaign_noun')})\b`;

/**
 * "In its 38-year terror campaign, the PKK has killed more than 40,000 people", "during
 * the 12-year war", "throughout its 20-year insurgency": a campaign's length as its attribute, counted back from the
 * report as "over the past 35 years" is (normalize), not a figure of the report's day.
 */
const LENGTH_OWNER = String.raw`(?:[Ii]n|[Oo]ver|[Dd]uring|[Tt]hroughout)\s+(?:its|their|his|her|the|a)`;
const LENGTH = String.raw`(?:(?:more\s+than|nearly|almost|over)\s+)?${NUM}-${PERIOD}(?:-long)?`;
const CAMPAIGN_LENGTH = String.raw`\b${LENGTH_OWNER}\s+${LENGTH}\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:${COMBAT_NOUN}|${wordsOfKind('campaign_noun')})\b`;

/**
 * "since the 24 February invasion", "since the October 7 attacks", "since the February 2021 coup": a date written as
 * the modifier of the event that started a running total. Only "the" is passed over; the date is the start.
 */
const EVENT_NOUN = String.raw`${COMBAT_NOUN}|${wordsOfKind('campaign_noun')}|${wordsOfKind('event_noun')}`;
const DATED_EVENT = String.raw`the\s+(?=${DATE}\s+(?:${EVENT_NOUN})\b)`;
/** The same event with its date after it: "since the coup of 1 February 2021", "since the attacks of 7 October". */
const EVENT_OF_DATE = String.raw`the\s+(?:\p{L}[\p{L}-]*\s+)?(?:${EVENT_NOUN})\s+of\s+(?=${DATE})`;
/** Days of one month joined by a dash, either order, the year optional: "July 8-11", "3–5 May 2022". */
const DAYS_SPAN = String.raw`(?:${DAY}\s*[–—-]\s*${DAY}\s+${MONTH_RE}|${MONTH_RE}\s+${DAY}\s*[–—-]\s*${DAY})(?:,?\s+${YEAR})?`;
/** What a span of days written as an attribute may date: an event, an incident, or its violence or unrest. */
const SPAN_NOUN = String.raw`${EVENT_NOUN}|${alternation(dateWords('incident_noun').map((w) => w.word))}|violence|unrest`;

/**
 * A digest's telegraphic date: a bare day-first date, a span of days or "same day" between a subject and its verb,
 * with no preposition, as conflict trackers write their entries: "Clashes 6 Jan erupted in X", "RSF 3-4 May shelled
 * Y", "Militants same day said they killed 20". Kept only when a verb follows (findTimes): "a 3 February statement"
 * and "the 24 February invasion" name a thing, not when the sentence happens.
 */
/** Words after which a bare date is no telegraphic date: a determiner ("its 5 May statement") or a preposition. */
const NOT_TELEGRAPHIC_AFTER = String.raw`(?<!\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat|[Oo]n|[Ii]n|[Oo]f|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]o|[Ss]ince|[Aa]nd|[Oo]r)\s+)`;
const TELEGRAPHIC_DAY = String.raw`(?:${DAY}(?:\s*[–—-]\s*${DAY})?\s+${MONTH_RE}(?:\s+${YEAR})?|(?:same|next|following)\s+day)`;
/** A hedge between a telegraphic date and its verb (see PLACE_OR_HEDGE_NEXT). */
const HEDGE_NEXT = String.raw`(?:reportedly|allegedly)\b`;
const TELEGRAPHIC = new RegExp(String.raw`(?<=[\p{L}\p{N})]\s+)${NOT_TELEGRAPHIC_AFTER}${TELEGRAPHIC_DAY}(?=\s+\p{Ll}|,\s+${HEDGE_NEXT})`, 'gu');
/**
 * What may stand between a telegraphic date and its verb: the place ("ambush 8 Jul near Menaka killed nine
 * soldiers", "Clashes 9 May in Kidal killed four") or a hedge ("Raid 19 Jul, allegedly by militia, killed four").
 */
const PLACE_OR_HEDGE_NEXT = new RegExp(String.raw`^(?:\s+(?:at|in|near|outside)\s+\p{Lu}|,\s+${HEDGE_NEXT})`, 'u');

/** A week, month, year or season named from the report's day: "last week", "earlier this month", "late last year",
 *  "last summer" ("since last summer" runs from that summer to the report's day, as "since last year" does). */
const RELATIVE_PERIOD = String.raw`(?:(?:[Ll]ate|[Ee]arly)\s+)?(?:[Ll]ast|[Tt]his|[Ee]arlier\s+this)\s+(?:week|month|year|weekend|${SEASON})`;

// Named parts of the patterns below. "since the start of the offensive":
const OUTSET = '(?:start|beginning|launch|outbreak)';
const SPELL = '(?:year|month|week|offensive|war|conflict|campaign|assault|operation|battle|uprising|revolution|fighting|escalation)';
// "on 1–2 July", "between July 1 and 2" (not "July 1-2 people": a count after it).
const DAYS_MONTH = String.raw`${DAY}\s*(?:[–—-]|and|to)\s*${DAY}\s+${MONTH_RE}`;
const MONTH_DAYS = String.raw`${MONTH_RE}\s+${DAY}\s*(?:[–—-]|and)\s*${DAY}`;
const COUNTED_AFTER = '(?:people|civilians|persons|families|%)';
// "on the night of", "in the early hours of".
const ON_THE_PART = String.raw`(?:[Oo]n|[Dd]uring|[Oo]ver|[Bb]y)\s+the\s+(?:night|morning|evening|afternoon|weekend|dawn)`;
const IN_THE_PART = String.raw`[Ii]n\s+the\s+(?:early\s+hours|early\s+morning|morning|evening|afternoon|dawn)`;
const COUNTING_NOUN = '(?:tolls?|reports?|figures|casualties|deaths|victims|tally|count|statistics|update|bulletin|data|killings)';
const DURING = String.raw`(?:[Ii]n|[Dd]uring|[Oo]ver|[Tt]hroughout|[Aa]s\s+(?:of|at))`;
const PART_OF_MONTH = String.raw`(?:(?:${ORDINAL})\s+week|(?:first|second)\s+half|(?:first|last|final)\s+${NUM}\s+days)`;
const RUN_OF_TIME = String.raw`(?:${NUM}\s+(?:days|weeks|months|years)|year|quarter|month|week)`;
const OVER_MONTH = String.raw`[Oo]ver(?:\s+the\s+course\s+of)?(?=\s+${MONTH_RE})`;
const DATE_PREPOSITION = String.raw`(?:[Oo]n|[Bb]y|[Ii]n|[Aa]t|[Dd]uring|[Uu]ntil|[Tt]hroughout|${OVER_MONTH}|[Aa]round|[Aa]fter|[Tt]owards?)`;

// The parts of the anaphoric days below: "over the next few days", "the following morning", "the day after", "later
// that day", "on that same evening", "the following week".
const FEW = String.raw`(?:few\s+|two\s+|three\s+|several\s+)?`;
const DAY_OR_PART = '(?:day|morning|evening|night)';
const NEXT_DAY = String.raw`[Tt]he\s+(?:next|following|previous)\s+${DAY_OR_PART}`;
const DAY_AFTER = String.raw`[Tt]he\s+day\s+(?:after|before)(?!\s+\w+day)`;
const LATER_THAT = String.raw`(?:[Ll]ater|[Ee]arlier)\s+(?:that|the\s+same)\s+(?:day|morning|evening|night|week|month)`;
const THAT_DAY = String.raw`(?:[Oo]n\s+)?(?:[Tt]hat|[Tt]he\s+same|[Tt]hat\s+same)\s+${DAY_OR_PART}`;
const NEXT_WEEK = String.raw`[Tt]he\s+(?:following|next)\s+(?:week|month)`;

/**
 * A month as the subject of a verb of tallying (the date lexicon's `tally_verb`: recorded, saw, witnessed): a monitor's
 * or an outlet's year in review ranks its months so ("December recorded the heaviest toll with 44 killings"). Capitalised, the year
 * optional; the phrase is the month alone, which normalize reads as that month.
 */
const TALLY_VERB = alternation(dateWords('tally_verb').map((w) => w.word));
const MONTH_SUBJECT = String.raw`(?:\b[Tt]he\s+month\s+of\s+)?\b${MONTH_RE}(?:\s+${YEAR})?(?=\s+(?:${TALLY_VERB})\b)`;
const TALLY_VERB_NEXT = new RegExp(String.raw`^\s+(?:${TALLY_VERB})\b`);
/**
 * The month subject of the figure's own clause: the tally verb follows the month, the figure comes after it with no
 * comma, semicolon or colon between, and no other time phrase lies between them ("December recorded the heaviest toll
 * with 44 killings followed by August with 39": 39 is August's).
 */
function tallyMonthOf(s: string, t: TimeHit, times: TimeHit[], span: { start: number }): boolean {
  if (t.end > span.start || !TALLY_VERB_NEXT.test(s.slice(t.end))) return false;
  return !/[,;:]/.test(s.slice(t.end, span.start)) && !times.some((o) => o !== t && o.start >= t.end && o.end <= span.start);
}

const PATTERNS: RegExp[] = [
  // since the assault by X started on May 6 / since clashes erupted in June / since March 2011 / since then
  // A running total a monitor closes on a date: "since March 2011 till 5 February 2015" (UNTIL_DATE).
  // "since last Friday", "since last March": the day or month counted back from the report's, as the bare phrase is.
  new RegExp(String.raw`\b[Ss]ince\s+(?:(?:the\s+)?(?:[\p{L}\p{N}’'()\-]+\s+){0,16}?(?:on|in)\s+|${DATED_EVENT}|${EVENT_OF_DATE}|last\s+(?=${WEEKDAY_RE}|${MONTH_RE}))?${DATE}${UNTIL_DATE}`, 'gu'),
  // "since the insurgency started a year ago", "since fighting erupted three months ago": the start counted back.
  new RegExp(String.raw`\b[Ss]ince\s+(?:the\s+)?(?:[\p{L}\p{N}’'()\-]+\s+){0,16}?(?:${NUM}|[Aa]n?)\s+${PERIOD}\s+ago\b`, 'gu'),
  // "since it began last week", "since the fighting erupted earlier this month", "since last year": the start named by
  // a period counted from the report's day, as wire copy dates a campaign it reported when it began.
  new RegExp(String.raw`\b[Ss]ince\s+(?:the\s+)?(?:[\p{L}\p{N}’'()\-]+\s+){0,16}?${RELATIVE_PERIOD}\b`, 'gu'),
  // "since then", "since the attack", "since the fighting began" (SINCE_BACK): counted from the day the story has
  // reached, which normalize resolves; "since the start of the war" likewise opens a running total.
  new RegExp(String.raw`\b(?:${SINCE_BACK}|[Ss]ince\s+the\s+${OUTSET}\s+of\s+(?:the|its|their|this)\s+(?:[\p{L}\-]+\s+)?${SPELL})\b`, 'gu'),
  // "killed since the coup", "displaced since the invasion": a campaign or event named without its date opens a
  // running total as "since the start of the war" does; its start is not given, so normalize dates the total by the
  // report's day. A date after the noun makes a longer phrase above ("since the coup of 1 February 2021").
  new RegExp(String.raw`\b[Ss]ince\s+the\s+(?:${wordsOfKind('campaign_noun', 'campaign')}|${wordsOfKind('event_noun')})\b`, 'gu'),
  new RegExp(String.raw`\b(?:${STARTED_CAMPAIGN}|${CAMPAIGN_STARTED})\s+${FEW_WORDS(6)}(?:in|on)\s+${DATE}${CONSEQUENCE_AFTER}`, 'gu'),
  // "800,000 were killed in the 1994 genocide", "during the 2006 war", "in the October 7 attack": a dated event named as
  // where the figure happened gives it the event's year, month or day, not the report's (a historic toll). The date
  // is read as "since the February 2021 coup" reads it (DATED_EVENT); the phrase stops after it. Not after a perfect
  // ("have been killed in the 2023 war", "has displaced two million during the 2023 conflict"): a war still going on,
  // whose running total is of the report's day.
  new RegExp(String.raw`(?<!\b(?:have|has)\b[^.;]{0,60})\b(?:[Ii]n|[Dd]uring|[Tt]hroughout)\s+${DATED_EVENT}${DATE}`, 'gu'),
  new RegExp(FRONTED_START, 'gu'),
  new RegExp(CAMPAIGN_THAT_STARTED, 'gu'),
  new RegExp(String.raw`\b[Bb]etween\s+${CLOCK}${DATE}\s+and\s+(?:${RELATIVE_WITH_WEEKDAY}|${CLOCK}${DATE}|${RELATIVE_DAY}\b)`, 'g'),
  // A range that writes its month once: "between 4 and 9 February", "from 4 to 9 Feb", "between February 4 and 9".
  new RegExp(String.raw`\b(?:[Bb]etween\s+${DAY}\s+and|[Ff]rom\s+${DAY}\s+(?:to|until|till))\s+${DAY}\s+${MONTH_RE}(?:\s+${YEAR})?`, 'g'),
  new RegExp(String.raw`\b(?:[Bb]etween\s+${MONTH_RE}\s+${DAY}\s+and|[Ff]rom\s+${MONTH_RE}\s+${DAY}\s+(?:to|until|till))\s+${DAY}(?:,?\s+${YEAR})?(?![\s-]*(?:people|civilians|persons|families|%))`, 'g'),
  // A span a title or lead gives its events: "(October 2017–February 2018)", "2017–2018", "March–June 2019".
  new RegExp(String.raw`\b(?:(?:${MONTH_RE}\s+)?${YEAR}\s*[–—-]\s*(?:${MONTH_RE}\s+)?${YEAR}|${MONTH_RE}\s*[–—-]\s*${MONTH_RE}\s+${YEAR})\b`, 'g'),
  // Two days of one month: "On 21–22 January", "on 9 and 10 January", "on January 9 and 10"; a narrative's "During
  // 1–2 July", "through 28–29 November" (the days the events ran over).
  new RegExp(String.raw`\b(?:[Oo]n|[Bb]etween|[Dd]uring|[Oo]ver|[Tt]hrough)\s+(?:${DAYS_MONTH}|${MONTH_DAYS}(?![\s-]*${COUNTED_AFTER}))(?:,?\s+${YEAR})?`, 'g'),
  // A span of days written as the attribute of what happened in it: "the July 8-11 violence", "the 3–5 May clashes".
  new RegExp(String.raw`(?<=\b[Tt]he\s+)${DAYS_SPAN}(?=\s+(?:[\p{Ll}-]+\s+)?(?:${SPAN_NOUN})\b)`, 'gu'),
  // Two weekdays joined, the days a report's events ran over: "air strikes on Wednesday and Thursday", "during
  // Saturday and Sunday nights". One span, read as "between" (normalize): alone, each would date half the toll.
  new RegExp(String.raw`\b(?:[Oo]n|[Oo]ver|[Dd]uring)\s+${WEEKDAY_RE}\s+and\s+${WEEKDAY_RE}(?:\s+(?:nights?|mornings?|evenings?|afternoons?))?`, 'g'),
  // A night across two weekdays: "overnight Tuesday into Wednesday", "on Tuesday night and into Wednesday", "during the
  // night from Sunday to Monday", "from Friday night into Saturday"; translated stories write "on the night of Saturday
  // to Sunday", "in the night from Friday to Saturday". Both days, read as "between" (normalize).
  new RegExp(String.raw`\b(?:(?:[Oo]vernight|[Oo]n|[Ff]rom)\s+|${NIGHT_OF})?${WEEKDAY_RE}(?:\s+night)?\s+(?:(?:and\s+)?into|to)\s+${WEEKDAY_RE}(?:\s+morning)?`, 'g'),
  // A part of a dated day, or a night across two: "On the night of 3 January", "on the night of 21–22 January",
  // "in the early hours of 11 September", "in the dawn of 6 June"; a dated weekend: "during the weekend of the 12-13 November";
  // a narrative's "By the evening of 13 July, the army had secured the district" (the day it was done by).
  new RegExp(String.raw`\b(?:${ON_THE_PART}|${IN_THE_PART})\s+of\s+(?:(?:the\s+)?${DAY}\s*(?:[–—-]|to|and)\s*${DAY}\s+${MONTH_RE}(?:\s+${YEAR})?|${DATE})`, 'g'),
  // A span written with a dash and no preposition, as an infobox gives it: "15–19 December 2023", "30 April – 31
  // August 2019", "4 April 2019-26 June 2019" (each end with its year).
  // A copy that flattened the infobox may glue the field's label to its value ("Date10 September – 28 November 2013").
  // A report's header may join the ends with "to" ("Reporting period: 10 to 16 September 2023"); the year at the end
  // keeps a count's range ("10 to 16 people") out.
  new RegExp(String.raw`(?:\b|(?<=^\s*Date))${DAY}(?:\s+${MONTH_RE}(?:\s+${YEAR})?)?(?:\s*[–—-]\s*|\s+to\s+)${DAY}\s+${MONTH_RE}\s+${YEAR}`, 'g'),
  // The same span month first, as US-English pages write it: "November 7 – December 23, 2004", "June 15–30, 2018"; a
  // copy that lost the dash glues the two ends ("November 30December 17, 2001").
  new RegExp(String.raw`(?:\b|(?<=^\s*Date))${MONTH_RE}\s+${DAY}(?:\s*[–—-]\s*(?:${MONTH_RE}\s+)?|(?=${MONTH_RE}))(?:${MONTH_RE}\s+)?${DAY},\s+${YEAR}\b`, 'g'),
  // A key figure's note closing on the day its source counted: "362,000 IDPs in Haiti (IOM, 8 March)", "(DTM; 3 May
  // 2024)". After the note's source and a comma or semicolon only: a bare date elsewhere is not read (see TELEGRAPHIC).
  new RegExp(String.raw`(?<=\([^()]{1,40}[,;]\s*)(?:${DAY}\s+${MONTH_RE}(?:\s+${YEAR})?|${MONTH_RE}\s+${DAY}(?:,\s+${YEAR})?|${MONTH_RE}\s+${YEAR})(?=\s*\))`, 'g'),
  // A yearless span of days a report says it covers, "This report covers the period from 14-21 August", "Reporting
  // period: 01–07 May", "This update covers 6-13 March": after "from", "covers" or a period's label, and before a
  // month, the days are no count ("from 10-15 people").
  new RegExp(String.raw`(?<=\b(?:[Ff]rom|[Cc]over(?:s|ing)|[Pp]eriod(?:\s+covered)?\s*:)\s*)${DAY}\s*[–—-]\s*${DAY}\s+${MONTH_RE}(?!\s+${YEAR})\b`, 'g'),
  // An infobox note's yearless span, both months named: "(per SOHR; 29 Oct. – 1 Nov.)". The story gives the year.
  // A day alone before the dash ("15–19 December") needs the year: without one it may be a count.
  new RegExp(String.raw`\b${DAY}\s+${MONTH_RE}\s*[–—-]\s*${DAY}\s+${MONTH_RE}`, 'g'),
  // Two months joined: "during August and September", "in May and June 2023": one span from the first to the second.
  new RegExp(String.raw`\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Oo]ver)\s+${MONTH_RE}(?:\s+${YEAR})?\s+and\s+${MONTH_RE}(?:\s+${YEAR})?(?!\s+${DAY}\b)`, 'g'),
  // A periodic toll's month: "the death toll of November 2016", "casualty figures for May 2023", "the report for the
  // month of March". Only after a noun of counting: "of" and "for" before a month elsewhere name other things.
  new RegExp(String.raw`(?<=\b${COUNTING_NOUN}\s+)(?:for|of)\s+(?:the\s+month\s+of\s+)?${MONTH_RE}(?:\s+${YEAR})?`, 'g'),
  // A month a tally counts, as the subject of its verb: "March recorded 41 deaths", "October 2019 saw 66 people
  // killed", "the month of August recording the most (52)". The month dates the figures of its clause (MONTH_SUBJECT).
  new RegExp(MONTH_SUBJECT, 'g'),
  // A stock's own date: "as of 28 February", "as at 3 March 2018".
  new RegExp(String.raw`\b[Aa]s\s+(?:of|at)\s+${DATE}`, 'g'),
  // A toll's closing day fronted before its clause, as "as of" is: "Up to 14 April 2018, air strikes had killed ...",
  // "Until 30 June, 4,000 people fled". Only at the sentence's start and before a comma, where it can close nothing
  // but the clause after it: "up to 300 people" is a count.
  new RegExp(String.raw`^\s*(?:[Uu]p\s+to|[Uu]ntil|[Tt]ill)\s+(?:${DAY}\s+${MONTH_RE}(?:\s+${YEAR})?|${MONTH_RE}\s+${DAY}(?:,?\s+${YEAR})?)(?=,)`, 'g'),
  // "from Feb. 24, 2022, to May 7": a comma may close the first date's year; "from 4am on X until midnight on Y".
  // A monitor's counting period opened by "throughout": "Throughout March 15, 2011 to September 30, 2017, the group
  // documented ..." is the same range.
  new RegExp(String.raw`\b(?:[Ff]rom|[Tt]hroughout)\s+${CLOCK}${DATE}${DATE_ASIDE},?\s+(?:to|until|till)\s+${CLOCK}${DATE}`, 'g'),
  new RegExp(String.raw`\b(?:[Oo]ver|[Ii]n|[Dd]uring|[Ww]ithin)\s+the\s+(?:past|last|previous)\s+(?:${NUM}\s+)?${PERIOD}`, 'g'),
  new RegExp(STRETCH_OF + STRETCH_NOT_DATED, 'gu'),
  new RegExp(CAMPAIGN_LENGTH, 'gu'),
  // A span counted back from the report by an approximate length: "245 civilians have been killed in less than two
  // months", "in just over a week". Not "in more than two years of war" (STRETCH_OF) nor "in less than a week after".
  new RegExp(String.raw`\b[Ii]n\s+${ABOUT_AS_LONG}\s+(?:${NUM}|an?)\s+${PERIOD}\b(?!\s+(?:of|after|before|later|earlier|ago|from)\b)`, 'g'),
  // The same span as a bare adverbial, as wire copy writes it: "30 were killed in Bam the past two weeks", "displaced
  // for the past ten days". Not "the last two days of the siege" (those days of something else).
  new RegExp(String.raw`\b[Tt]he\s+(?:past|last|previous)\s+(?:${NUM}\s+)?${PERIOD}\b(?!\s+of\b)`, 'g'),
  // "three days after the attack on 3 March" keeps its anchor; "two days later" ends there ("two days later rebels took X").
  // A sentence may open with the count ("Eight months after fighting between the army (SAF) and the RSF erupted in
  // mid-April, ..."): the anchor's date is the event's, not the figure's, so the phrase runs to the comma. An
  // initialism's dots close nothing: "a day after a U.S. drone killed two" runs on past "U.S." to the figure, which
  // then lies inside the clause (normalize's ownStep reads it as the earlier event's, not the day after).
  new RegExp(String.raw`\b(?:${NUM}|${NUM_OPENING}|[Aa])\s+${PERIOD}\s+(?:(?:after|before|later\s+than|earlier\s+than)\b(?:\s+(?:${INITIALISM}|[^,.;]){1,120})?|later\b|ago\b|earlier\b)`, 'g'),
  /\b(?:[Oo]ver|[Dd]uring|[Aa]t)\s+the\s+(?:weekend|night|holiday)\b/g,
  // A counted week or a half of a month or year: "in the second week of March", "during the first half of 2019"; a
  // stock's count taken then: "as of the 4th week of May" (as "as of 28 May" is, the date its count was taken); a
  // month's first or last days counted: "in the last ten days of April" (not the ten days before the report's day).
  new RegExp(String.raw`\b(?:${DURING}\s+)?[Tt]he\s+${PART_OF_MONTH}\s+of\s+(?:${MONTH_RE}(?:,?\s+${YEAR})?|${YEAR})`, 'g'),
  // A run of time closed by its last day, as monitors and wire copy give a toll's period: "in the six months to June
  // 30", "over the 12 months to March 2024", "in the year to 30 September", "during the four weeks ending 7 May".
  new RegExp(String.raw`\b(?:[Ii]n|[Oo]ver|[Dd]uring|[Ff]or|[Tt]hroughout)\s+the\s+${RUN_OF_TIME}\s+(?:to|up\s+to|ending|ended|through)\s+${CLOCK}${DATE}`, 'g'),
  // A quarter or a run of months of a year, as quarterly tolls give them: "in the first quarter of 2018", "during the
  // first three months of 2018"; a headline drops the article ("in first six months of 2021").
  new RegExp(String.raw`\b(?:(?:[Ii]n|[Dd]uring|[Oo]ver|[Tt]hroughout)\s+(?:the\s+)?|[Tt]he\s+)${YEAR_PART}\s+of\s+${YEAR}`, 'g'),
  new RegExp(String.raw`\b(?:(?:[Ll]ate|[Ee]arly)\s+)?(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier\s+this|[Ll]ater\s+this)\s+(?:week|month|year|weekend|${SEASON})\b`, 'g'),
  new RegExp(String.raw`\b(?:[Ll]ast|[Tt]his|[Ee]arly\s+last|[Ll]ate\s+last)\s+${MONTH_RE}\b`, 'g'),
  new RegExp(SEASON_PHRASE, 'g'),
  // "overnight on Monday", "overnight Sunday": the night named by its weekday, one phrase (else the bare "overnight",
  // nearer the figure, would date it by the report's day).
  // The weekday's date in apposition, either order: "on Tuesday, March 5", "on Wednesday, 1 June 2016".
  // "last Sunday" keeps its "last": on a Sunday it is the Sunday a week before (normalize's anchors). So does "on
  // Tuesday last week", "on Thursday of last week": that weekday of the calendar week before the report's.
  new RegExp(String.raw`\b(?:[Oo]vernight\s+)?(?:[Oo]n\s+|[Ll]ast\s+)?${WEEKDAY_RE}(?:\s+(?:night|morning|evening|afternoon|alone))*${OF_LAST_WEEK}${WEEKDAY_DATE}`, 'g'),
  // A weekday in lower case, as some regional outlets write it: "killed 23 villagers on monday". Only after "on":
  // the lower-case word alone is too weak a sign of a date.
  new RegExp(String.raw`\b[Oo]n\s+${LOWER_WEEKDAY_RE}(?:\s+(?:night|morning|evening|afternoon))?\b`, 'g'),
  // A month or year a narrative's paragraph runs through: "Through June, the fighting was confined to artillery duels",
  // "Throughout much of July", "for most of 2023". "through" alone opens the sentence: "from March through June" is a range.
  new RegExp(String.raw`(?:\b(?:[Tt]hrough(?:out)?|[Ff]or)\s+(?:much|most)\s+of|(?<![\w\s])\s*Through)\s+(?:${MONTH_RE}(?:\s+${YEAR})?|${YEAR})\b`, 'g'),
  // An open start, as a narrative dates a siege or an occupation: "besieged by ISIL from June 2014", "held the town
  // from 3 March". Its year is the story's for the yearless days after it. Not a range's first end ("from A to B",
  // another pattern's): the date is taken whole (the look-ahead group), then must not run on to a second end.
  new RegExp(String.raw`\b[Ff]rom\s+(?=(?<open>${OPEN_START}))\k<open>(?!,?\s*(?:[–—-]|to|until|till|through|into|and|or)\b)`, 'g'),
  // "Around 10 September", "after 20 September", "towards the end of May": the date is the best the text gives (the
  // clock moves to it). "Over the course of March", "over May": the month's whole span, as "during March".
  new RegExp(String.raw`\b${DATE_PREPOSITION}\s+(?:the\s+end\s+of\s+|the\s+start\s+of\s+|early\s+|mid-|late\s+|mid\s+)?${DATE}`, 'g'),
  new RegExp(String.raw`\b(?:[Oo]n\s+)?${MONTH_RE}\s+${DAY}(?:,?\s+${YEAR})?`, 'g'),
  // A part of a month with no preposition, as narratives write it after a verb: "the battle occurred mid-May 2022",
  // "fighting resumed late June". The part makes it a date whatever precedes it (a bare month may be a name: "May").
  new RegExp(String.raw`\b(?:[Ee]arly\s+|[Mm]id-|[Mm]id\s+|[Ll]ate\s+)${MONTH_RE}(?:\s+${YEAR})?\b`, 'g'),
  // A day-first date with no preposition opening a sentence or a bullet, as timelines write them: "21 January: ...",
  // "- 22 January – The SNA seized ...", "28 January 2018, Turkish troops took ...". Elsewhere a bare date is often
  // attributive ("the 24 February invasion", "a 3 February statement"), dating something else.
  new RegExp(String.raw`(?<=^\s*(?:[-*•–]\s*)?)${DAY}\s+${MONTH_RE}(?:,?\s+${YEAR})?(?=\s*[:,–—-])`, 'g'),
  // A headline that closes on its events' day after a comma, as monitors title incident notes: "11 civilians killed in
  // strikes on two villages, 16 Sept", "Three aid workers shot dead in Ituri, 4 March 2023". Only at the line's end,
  // with no closing full stop: a sentence's last words are no headline's.
  new RegExp(String.raw`(?<=,\s+)${DAY}\s+${MONTH_RE}(?:\s+${YEAR})?(?=\s*$)`, 'g'),
  TELEGRAPHIC,
  /\b(?:[Ii]n|[Oo]ver|[Dd]uring)\s+(?:recent|the\s+coming)\s+(?:days|weeks|months)\b/g,
  // Not "the day before Sunday's vote": that names its own day.
  new RegExp(String.raw`\b${RELATIVE_WITH_WEEKDAY}`, 'g'),
  new RegExp(String.raw`\b${RELATIVE_WITH_DATE}`, 'g'),
  new RegExp(String.raw`\b(?:${RELATIVE_DAY}|[Oo]vernight|[Ee]arlier\s+today)\b(?!\s+\w+day\b)`, 'g'),
  // A day of the month written alone, once a paragraph has named the month: "On the 9th, Russia ordered ...", "by the
  // 11th the army had ...". Only before punctuation or a clause's first word: "the 9th Brigade" is a unit's name.
  new RegExp(String.raw`\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Aa]round)\s+the\s+${DAY_ORDINAL}(?=\s*[,;.)]|\s+(?:and|the|when|as|after|before|it|they|he|she)\b)`, 'g'),
  new RegExp(CAMPAIGN_DAY, 'gu'),
  // Anaphoric: dated by the date the text has reached (the document layer), not by the report's day.
  // "By the end of the month" (that month's last day), "Over the following days" (the next few days), "Within a week".
  /\b(?:[Bb]y|[Aa]t|[Tt]owards?)\s+the\s+end\s+of\s+the\s+(?:month|week)\b/g,
  new RegExp(String.raw`\b(?:[Oo]ver|[Ii]n|[Dd]uring)\s+the\s+(?:following|next|ensuing)\s+${FEW}(?:days|weeks|week)\b`, 'g'),
  // "In the days that followed, 35 rebels were killed": the next few days, as "over the following days".
  /\b(?:[Oo]ver|[Ii]n|[Dd]uring)\s+the\s+(?:few\s+)?(?:days|weeks)\s+that\s+followed\b/g,
  // "Within a week, troops had retaken the town": by a week after the date the text has reached; "within days", a few.
  new RegExp(String.raw`\b[Ww]ithin\s+(?:(?:${stepCount()}|a\s+few)\s+)?(?:days?|weeks?)\b`, 'g'),
  new RegExp(String.raw`\b(?:${NEXT_DAY}|${DAY_AFTER}|${LATER_THAT}|${THAT_DAY}|${NEXT_WEEK})\b`, 'g'),
];

const OVERNIGHT_NOUN = new RegExp(String.raw`^\s+(?:\p{Ll}+\s+)?(?:${COMBAT_NOUN})\b`, 'u');
/**
 * "a strike on 9 July on X, killing 48, and the shelling of Y on 1 July that killed 21": a date after the figure, past
 * an "and" that opens another incident's noun phrase, dates that incident, not this figure.
 */
export const ANOTHER_INCIDENT = new RegExp(String.raw`\band\s+(?:the|an?|another)\s+(?:[\p{L}-]+\s+){0,2}?(?:${COMBAT_NOUN})\b`, 'u');

const SAME_PERIOD = /\bsame\s+(?:period|time|months?|quarter|week)\s+(?:of\s+)?$/i;

/**
 * A day named as the attribute of one incident, by a definite article or a possessive: "in the Monday evening blast",
 * "Sunday's suicide car bomb attack" (nouns of the date lexicon's kind `incident_noun`). It dates that incident, never
 * a saying, however near a reporting verb stands ("said 23 were wounded in Thursday's attack").
 */
const INCIDENT_AFTER_DAY = new RegExp(String.raw`^(?:['’]s)?(?:\s+[\p{Ll}-]+){0,3}?\s+(?:${alternation(dateWords('incident_noun').map((w) => w.word))})\b`, 'u');
export function incidentDay(s: string, t: { start: number; end: number }): boolean {
  const after = s.slice(t.end);
  return (/^['’]s\b/.test(after) || /\bthe\s+$/i.test(s.slice(0, t.start))) && INCIDENT_AFTER_DAY.test(after);
}

/**
 * A day named as the attribute of the incident a reprisal answers: "killed in a revenge raid, following Monday's
 * killing of a chief", "in retaliation for the Sunday ambush". It dates that earlier incident, never the reprisal's
 * figures. After "in retaliation for", "in response to", "to avenge" always; after "following" or "after" only when
 * the sentence has named a reprisal before it (the date lexicon's kind `reprisal`): "six died after Friday's strike"
 * are the strike's dead. The clause runs from its connective to the next comma or the sentence's end.
 */
const REPRISAL = alternation(dateWords('reprisal').map((w) => w.word));
const ANSWERS = new RegExp(String.raw`\b(?:in\s+(?:${REPRISAL}|response)\s+(?:for|to)|to\s+avenge)\s+(?:the\s+)?$`, 'i');
const SEQUEL = /\b(?:following|after|that\s+followed)\s+(?:the\s+)?$/i;
const REPRISAL_NAMED = new RegExp(String.raw`\b(?:${REPRISAL})\b`, 'i');
function answeredIncident(s: string, text: string, start: number, end: number): { start: number; end: number } | null {
  // "after Friday's strike": the phrase may keep its connective.
  const before = s.slice(0, start + (/^(?:after|following)\s+/i.exec(text)?.[0].length ?? 0));
  if (!/^['’]s\b/.test(s.slice(end)) && !/\bthe\s+$/i.test(before)) return null;
  const opens = ANSWERS.exec(before) ?? (REPRISAL_NAMED.test(before) ? SEQUEL.exec(before) : null);
  if (!opens) return null;
  const close = s.indexOf(',', end);
  return { start: opens.index, end: close < 0 ? s.length : close };
}

/**
 * An accord's making dated by a participle after its noun: "the ceasefire announced late Thursday", "a truce that was
 * signed on Monday". The date is the accord's, as a relative clause's is (background, its clause from the noun to the
 * next comma), never the date of the figures the sentence gives around it. Nouns and participles from the date lexicon.
 */
const ACCORD_MADE = new RegExp(String.raw`\b(?:${alternation(dateWords('accord_noun').map((w) => w.word))})\s+(?:(?:that|which)\s+(?:was|were|had\s+been)\s+)?(?:${alternation(dateWords('accord_verb').map((w) => w.word))})\s+(?:(?:late|early)\s+)?$`, 'i');
function accordClause(s: string, start: number, end: number): { start: number; end: number } | null {
  const m = ACCORD_MADE.exec(s.slice(0, start));
  if (!m) return null;
  const close = s.indexOf(',', end);
  return { start: m.index, end: close < 0 ? s.length : close };
}

/**
 * A clock time converted to GMT in brackets: "at 1 a.m. (2200 GMT Thursday)", "since midnight (2100 GMT on Sunday)".
 * The weekday is that moment's day in another zone, often the day before the local one the story dates: no date of
 * the event.
 */
const ZONE_CONVERSION = /\(\s*\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC)\s+(?:on\s+)?$/;

/** A reporting verb shortly before the phrase ("told Reuters on Friday", "reported on March 3"). */
const REPORT_VERB_NEAR = new RegExp(String.raw`\b(?:${alternation(sayingVerbFormsFor('near'))})\b[^,.;]{0,30}$`);
/**
 * A reporting verb right after the phrase, the phrase between the sayer and its verb: "Mali on Tuesday said it had lost
 * ten soldiers in an attack last week", "Police on Sunday told reporters ...". It dates the saying, as "said on Tuesday" does.
 */
const REPORT_VERB_NEXT = new RegExp(String.raw`^\s+(?:${alternation(sayingVerbFormsFor('next'))})\b`);

/**
 * "The spokesman said the attack took place on Friday evening": a verb of occurring between the reporting verb and the
 * phrase makes the phrase the reported incident's day, not the saying's. Verbs of the date lexicon's kind
 * `occurrence_verb`.
 */
const OCCURRED_AFTER_SAYING = new RegExp(
  String.raw`\b(?:${alternation(dateWords('occurrence_verb').map((w) => w.word))})\b[^,.;]*$`, 'i');
const saysWhenItOccurred = (before: string): boolean => {
  const saying = REPORT_VERB_NEAR.exec(before);
  return saying !== null && OCCURRED_AFTER_SAYING.test(saying[0]);
};

const SPACE_AT = /^\s$/;

/** The time phrase that starts right after `at`, past spaces only: a verb's or a listed name's own time. */
export function timeRightAfter(s: string, at: number): TimeHit | undefined {
  // Only spaces may stand between: with none at `at`, no phrase qualifies, and the time finder need not read `s` (often
  // a list's raw text, a fresh string).
  if (!SPACE_AT.test(s.charAt(at))) return undefined;
  return findTimes(s).find((t) => t.start >= at && !t.reportDate && /^\s+$/.test(s.slice(at, t.start)));
}

/**
 * A list member's own time when the sentence's reading dropped it as a comparison's baseline: "rose to 63 in May,
 * compared with 44 in April" dates the 44 by "in April", which dates no other figure (comparedBaseline). Read from the
 * member on, where no comparison stands before it; undefined when the sentence's own reading has a time there.
 */
export function baselineMemberTime(s: string, at: number): TimeHit | undefined {
  if (timeRightAfter(s, at)) return undefined;
  const tail = s.slice(at);
  if (!SPACE_AT.test(tail.charAt(0))) return undefined;
  const hit = findTimes(tail).find((t) => !t.reportDate && /^\s+$/.test(tail.slice(0, t.start)));
  return hit ? { ...hit, start: hit.start + at, end: hit.end + at, clause: null } : undefined;
}

/**
 * "took A on 3 May, B on 5 May and C two days later": where the own time of the listed name ending at `prevEnd` ends,
 * when the next name (`next`) closes on its own time too or ends its clause; else null. The caller reads the link
 * between that time and the next name. "took A on Monday and Damascus officials said" lists no second name.
 */
export function ownTimeBeforeNext(s: string, prevEnd: number, next: { start: number; end: number }): number | null {
  const time = timeRightAfter(s, prevEnd);
  if (!time || time.end > next.start) return null;
  return timeRightAfter(s, next.end) || /^\s*(?:[,.;]|$)/.test(s.slice(next.end)) ? time.end : null;
}

/**
 * The phrases of the sentences read last: the extractor asks for a sentence's phrases once, and attribution again for
 * each saying verb whose subject may end at one ("KNDF 11 Jan said"); the answer depends on the text alone.
 */
const RECENT_TIMES = new Map<string, TimeHit[]>();
const RECENT_TIMES_MAX = 8;

/** Every time phrase in a sentence; overlapping matches keep the longest. A fresh array each call; its hits are shared. */
export function findTimes(s: string): TimeHit[] {
  let hits = RECENT_TIMES.get(s);
  if (!hits) {
    if (RECENT_TIMES.size >= RECENT_TIMES_MAX) RECENT_TIMES.delete(RECENT_TIMES.keys().next().value!);
    hits = readTimes(s);
    RECENT_TIMES.set(s, hits);
  }
  return hits.slice();
}

/** A capitalised word next (tsx rebuilds a \p{...} literal at each call where it stands: text.ts `startsCapital`). */
const CAPITAL_NEXT = /^\s*\p{Lu}/u;
/**
 * "March 23 Movement", "the 14 March Alliance": a date inside the name of a side the actor registry knows is part of
 * the name and dates nothing. Asked only when a capitalised word follows the date, as a name's next word is.
 */
function inSideName(s: string, start: number, end: number): boolean {
  if (!CAPITAL_NEXT.test(s.slice(end))) return false;
  return GROUP_NAME_AFTER.test(s.slice(end)) || actorMentions(s).some((h) => h.start < end && start < h.end);
}

/**
 * "launched after the October 7 attack", "the war triggered by the 24 February invasion": a dated event the figure's
 * campaign came after or from names that event, not the figure's day; the figure is of the report's day, as a running
 * toll is. "killed in the October 7 attack" (the figure of that event) is read by the "in the <date> <event>" pattern.
 */
const RELATED_EVENT_BEFORE = /\b(?:after|following|by|before|since)\s+the\s+$/i;
const EVENT_NOUN_NEXT = new RegExp(String.raw`^\s+(?:${EVENT_NOUN})\b`, 'u');
function otherDatedEvent(before: string, after: string): boolean {
  return RELATED_EVENT_BEFORE.test(before) && EVENT_NOUN_NEXT.test(after);
}

/**
 * "the 6 April Youth Movement", "the February 14 Coalition": capitalised words after a date that end in a noun heading
 * a group's name (date-words.csv `name_noun`) make the date part of a name the registry need not know. Up to three
 * words between, each capitalised; "By 23 March Islamic State fighters" ends in no such noun and keeps its day.
 */
const NAME_NOUN = alternation(dateWords('name_noun').map((w) => w.word));
const GROUP_NAME_AFTER = new RegExp(String.raw`^\s+(?:\p{Lu}[\p{L}'-]*\s+){0,3}(?:${NAME_NOUN})s?\b`, 'u');

/**
 * "the commander, born in 1979", "the militia, founded in 2009", "a bridge built in 1988": a date right after a participle
 * of origin (the date lexicon's kind `origin_verb`) dates when a person, group or thing came to be, never a figure the
 * sentence tells. Only with nothing but "in"/"on" between, so "formed a front on Monday and killed 5" keeps its day.
 */
const ORIGIN_VERB = alternation(dateWords('origin_verb').map((w) => w.word));
const ORIGIN_BEFORE = new RegExp(String.raw`\b(?:${ORIGIN_VERB})\s+(?:(?:in|on)\s+)?$`, 'i');
const originDate = (before: string): boolean => ORIGIN_BEFORE.test(before);

/**
 * "some 3,800 people displaced in 2018 are still sheltering in schools", "families uprooted in March 2020 remain in tents": the
 * date after a participle of movement (`movement_participle`) is when they moved; a word of persisting later in the
 * clause (`persist_word`) makes the figure a stock as of the report: the date is a clause of its own (background), not the
 * figure's end.
 */
const MOVED_BEFORE = new RegExp(String.raw`\b(?:${alternation(dateWords('movement_participle').map((w) => w.word))})\s+(?:(?:in|on|since)\s+)?$`, 'i');
const PERSISTS_AFTER = new RegExp(String.raw`^[^,;.]{0,60}?\b(?:${alternation(dateWords('persist_word').map((w) => w.word))})\b`, 'i');
const movedBeforeStock = (before: string, after: string): boolean => MOVED_BEFORE.test(before) && PERSISTS_AFTER.test(after);

/**
 * "Daily Trust Saturday learnt that ...", "The Sunday Times reported ...": a weekday joined to a word of a newspaper's
 * name (the date lexicon's kind `edition_word`) names the paper's edition, not the day of anything the sentence tells.
 * Both words capitalised and nothing between them; "The Times on Sunday said" keeps its day.
 */
const EDITION_WORD = alternation(dateWords('edition_word').map((w) => w.word));
const EDITION_BEFORE = new RegExp(String.raw`\b(?:${EDITION_WORD})\s+$`, 'u');
const EDITION_AFTER = new RegExp(String.raw`^\s+(?:${EDITION_WORD})\b`, 'u');
const BARE_WEEKDAY = new RegExp(String.raw`^${WEEKDAY_RE}$`);
function editionName(s: string, start: number, text: string): boolean {
  if (!BARE_WEEKDAY.test(text)) return false;
  return EDITION_BEFORE.test(s.slice(0, start)) || EDITION_AFTER.test(s.slice(start + text.length));
}

/**
 * "its largest barrage since it launched the invasion in February 2022", "the deadliest attack since 2019": the
 * "since" phrase after a superlative in its clause is the record's yardstick. Its dates are read as a clause's
 * (pickTime): they date only what it holds ("since the group last seized Goma in 2012"), never the sentence's figure.
 */
// The look-behind sits after "since" and reads it again: put first, it was tried backwards from every position of the
// sentence; here only where "since" stands. Same matches.
const RECORD_SINCE = new RegExp(String.raw`\bsince\b(?<=${SUPERLATIVE}[^,;.]{0,100}since)[^,.;]*`, 'giu');

function readTimes(s: string): TimeHit[] {
  const yardsticks = allMatches(RECORD_SINCE, s).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (!yardsticks.length) return collectTimes(s, []);
  // Only a day of the sentence's own outside the yardstick replaces it; a sentence with none keeps the old reading.
  const hits = collectTimes(s, yardsticks);
  return hits.some((h) => !yardsticks.some((y) => h.start >= y.start && h.start < y.end)) ? hits : collectTimes(s, []);
}

function collectTimes(s: string, yardsticks: { start: number; end: number }[]): TimeHit[] {
  const hits: TimeHit[] = [];
  // "for the first time since 2012" dates a record, not the fact: nothing inside it counts.
  const records = allMatches(/\bfirst\s+time\s+(?:since|in)\b[^,.;]*/gi, s).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const re of PATTERNS) {
    for (const m of allMatches(re, s)) {
      const text = m[0].replace(/[\s,]+$/, '');
      const before = s.slice(0, m.index);
      if (records.some((r) => m.index >= r.start && m.index < r.end)) continue;
      if (inSideName(s, m.index, m.index + text.length)) continue;
      if (otherDatedEvent(before, s.slice(m.index + text.length))) continue;
      if (editionName(s, m.index, text)) continue;
      if (originDate(before)) continue;
      // "a 6 per cent rise from the same period last year", "as many as in the same months of 2017": the date of a
      // comparison's baseline, never of the figure.
      if (SAME_PERIOD.test(before)) continue;
      // "down to 91 from 131 in August", "Compared to the previous day, four children were killed": the same, for a
      // comparison with an earlier period (comparedBaseline).
      if (comparedBaseline(before, text)) continue;
      // "since the 1st of March until today": the end of a running total is the report's day, not its date.
      if (/^today$/i.test(text) && /\b(?:until|till|up\s+to)\s+$/i.test(before)) continue;
      const after = s.slice(m.index + text.length);
      if (re === TELEGRAPHIC && !verbNext(after) && !PLACE_OR_HEDGE_NEXT.test(after)) continue;
      // "captured the refinery after overnight clashes": "overnight" before a noun of fighting dates the fighting,
      // not the capture the sentence dates elsewhere.
      if (/^overnight$/i.test(text) && OVERNIGHT_NOUN.test(after)) continue;
      if (ZONE_CONVERSION.test(before)) continue;
      const since = /^since\b/i.test(text) || isCampaignStart(text);
      const reportDate = !since && !/^(?:between|from|as)\b/i.test(text) && (REPORT_VERB_NEAR.test(before) || REPORT_VERB_NEXT.test(after) || opensWhatWasSaid(after)) &&
        !saysWhenItOccurred(before) && !incidentDay(s, { start: m.index, end: m.index + text.length });
      const relative = relativeClauseAt(s, m.index, m.index + text.length);
      const clause = (relative && !closesCampaignSpan(s, relative.start, m.index) ? relative : null) ??
        answeredIncident(s, text, m.index, m.index + text.length) ??
        yardsticks.find((y) => m.index >= y.start && m.index < y.end) ??
        accordClause(s, m.index, m.index + text.length) ??
        bracketedAside(s, m.index, m.index + text.length) ??
        (movedBeforeStock(before, after) ? { start: m.index, end: m.index + text.length } : null);
      const background = clause !== null || attributive(text, before, after);
      hits.push({ start: m.index, end: m.index + text.length, text, since, reportDate, dateline: false, background, clause });
    }
  }
  const kept = longestFirst(hits);
  return [...kept, ...kept.flatMap(eventDay)].sort((a, b) => a.start - b.start);
}

/**
 * "During the siege of Kadugli, which lasted until March 2024, 1,300 people died": a relative clause that says when the
 * campaign the figure is counted over ended (an `end_verb` of the date lexicon before "until"/"in"/...) dates that
 * figure, not only its own clause: the toll's period ends with the campaign. Only on a campaign or combat noun after
 * "during"/"in"/"throughout"/"over" (and its "of X"), the phrase the figure's clause is counted over.
 */
const CAMPAIGN_SPAN_NOUN = `(?:${wordsOfKind('campaign_noun', 'campaign')}|${COMBAT_NOUN})`;
/** "of the Northern Ridge", "for Kadugli": the campaign's object, a name of up to four words. */
const CAMPAIGN_OBJECT = String.raw`(?:\s+(?:of|on|for|in)\s+(?:the\s+)?[\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]*){0,3})?`;
const OVER_CAMPAIGN = new RegExp(String.raw`\b(?:[Dd]uring|[Ii]n|[Tt]hroughout|[Oo]ver)\s+the\s+${FEW_WORDS(2)}${CAMPAIGN_SPAN_NOUN}${CAMPAIGN_OBJECT}\s*$`, 'u');
const CLAUSE_ENDS_SPAN = new RegExp(String.raw`^,\s*(?:which|that)\s+(?:${wordsOfKind('end_verb')})\s+(?:(?:until|till|to|through|into|in|on)\s+)?$`, 'i');

function closesCampaignSpan(s: string, clauseStart: number, dateStart: number): boolean {
  return CLAUSE_ENDS_SPAN.test(s.slice(clauseStart, dateStart)) && OVER_CAMPAIGN.test(s.slice(0, clauseStart));
}

// The day that closes a "since" phrase: "since a missile killed 60 troops in Marib on Sept. 4".
const CLOSING_DAY = new RegExp(String.raw`\b(?:on|in)\s+${DATE}$`, 'u');

/**
 * "The coalition has stepped up strikes since a Houthi missile killed more than 60 troops on Sept. 4": a "since"
 * phrase whose clause counts people is an event of its own, dated by the day that closes it. That day is given as a
 * hit of its own, for the figure inside the phrase (pickTime); a figure outside it still runs from the event.
 */
function eventDay(h: TimeHit): TimeHit[] {
  if (!h.since || !/^since\b/i.test(h.text)) return [];
  if (!findQuantities(h.text).some((q) => q.value !== null && !isDateOrYear(h.text, q))) return [];
  const day = CLOSING_DAY.exec(h.text);
  if (!day) return [];
  const start = h.start + day.index;
  return [{ start, end: h.end, text: day[0], since: false, reportDate: false, dateline: false, background: false, clause: null }];
}

/** The figure lies inside a "since" phrase that closes with the day of its own event (eventDay). */
function insideSinceEvent(t: TimeHit, times: TimeHit[], span: { start: number; end: number }): boolean {
  return t.since && span.start >= t.start && span.end <= t.end && times.some((o) => !o.since && o.start >= span.end && o.end === t.end);
}

/** A verb opens the words after a telegraphic date ("erupted", "said", "overran"): the date is the sentence's. */
function verbNext(after: string): boolean {
  const first = tokenize(after.trim().slice(0, 40))[0];
  return !!first && (first.pos === 'VERB' || isFrameVerbForm(first.text));
}

/**
 * The sentence's phrases with those before `datelineEnd` (an offset into the article, ingest's `dateline_end`) marked
 * as the dateline's day: "YANGON, March 4 (Reuters) - The army said on Sunday it took X" is dated by "on Sunday".
 */
export function datelineDays(times: TimeHit[], sentenceStart: number, datelineEnd: number): TimeHit[] {
  return times.map((t) => (sentenceStart + t.start < datelineEnd ? { ...t, reportDate: true, dateline: true } : t));
}

/**
 * A bare year or span of years between a determiner and its noun names a thing, not when the sentence happens: "The
 * 2015–2016 Battle of Ramadi was the first ...", "its 2019 offensive", "a 2014 law". It may still date a fact of its
 * own, but the story's date stays where it was.
 */
const BARE_YEARS = new RegExp(String.raw`^${YEAR}(?:\s*[–—-]\s*(?:${YEAR}|\d{2}))?$`);
function attributive(text: string, before: string, after: string): boolean {
  return BARE_YEARS.test(text) && /\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?|[Hh]is|[Hh]er|[Tt]his|[Tt]hat)\s+$/.test(before) && /^\s+\p{L}/u.test(after);
}

/**
 * "announced on Monday that 35 died": a "that" opening what was said after the phrase dates the saying. Not "a raid in
 * February that killed 35" (a relative pronoun) nor "in May that year" (a determiner): wink tells them apart.
 */
function opensWhatWasSaid(after: string): boolean {
  if (!/^\s*that\b/.test(after)) return false;
  return tokenize(after.trim().slice(0, 40))[0]?.pos === 'SCONJ';
}

function longestFirst(hits: TimeHit[]): TimeHit[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const out: TimeHit[] = [];
  for (const h of sorted) if (!out.some((o) => h.start < o.end && o.start < h.end)) out.push(h);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The phrase that dates a figure: the nearest one to the figure/verb span, preferring phrases in the same clause
 * and those that date the event over those that date the report. A figure in the relative clause of the event a
 * "since" phrase names is dated by that event's day (`sinceEventClause`), unless the clause dates it itself.
 */
export function pickTime(s: string, times: TimeHit[], span: { start: number; end: number }): TimeHit | null {
  const nearest = nearestTime(s, times, span);
  const event = sinceEventClause(s, times, span);
  return event && (!nearest || nearest.start < event.clauseStart) ? event.day : yearToDateClose(s, times, nearest) ?? nearest;
}

const BARE_YEAR_PHRASE = /^in\s+((?:19|20)\d\d)$/i;
/**
 * A year-to-date count (`yearToDate`, the date module's; ingest's timeline reads the pair the same way): the bare
 * "in 2023" nearest the figure says which year the count runs through, and the count stands at its "as of" day.
 */
function yearToDateClose(s: string, times: TimeHit[], nearest: TimeHit | null): TimeHit | null {
  const year = nearest && BARE_YEAR_PHRASE.exec(nearest.text.trim())?.[1];
  if (!year) return null;
  return times.find((t) => t.start < nearest.start && countsThrough(s, t) === Number(year)) ?? null;
}

function countsThrough(s: string, t: TimeHit): number | null {
  const day = asOfDayStart(t.text);
  return day < 0 ? null : yearToDate(s, t.start + day, t.end);
}

// The words between a "since" phrase and the relative clause that tells what its event did: the rest of the event's
// noun phrase ("'s attack on its market", "of 10 September"), then the clause's opener (", which", "that", ", in
// which"). Not "where": after a place's name it opens a clause about the place. No clause may close between them.
const SINCE_EVENT_TAIL = /^(?:['’]s)?(?:\s+[^\s,.;:()]+){0,8}?\s*,?\s+(?:in\s+which|during\s+which|which|that)\s/iu;
/**
 * The event must be one that happens on a day, an incident or an assault (date lexicon: incident_noun, combat_noun),
 * not a campaign that runs on ("since the violence of 3 May, in which ...": the campaign_noun words are left out).
 */
const RUNNING_ON = new Set(dateWords('campaign_noun').map((w) => w.word));
const DAY_EVENT = new RegExp(String.raw`\b(?:${alternation(
  eventNouns().filter((w) => !RUNNING_ON.has(w)),
)})\b`, 'i');

/**
 * "Thousands have fled since Tuesday's attack on the market, which killed 40 people", "since the strike on the
 * hospital on Tuesday that killed hundreds", "since Wednesday's raid, in which soldiers killed 17": the figure is what
 * the event did, on the event's day, not a running total from it (the "since" dates the main clause's fleeing) nor a
 * figure of the report's day. The day is the "since" phrase's closing day ("on Tuesday", "on 10 September"), or the
 * phrase without its "since" ("Tuesday", "last week"); null for any other figure.
 */
function sinceEventClause(s: string, times: TimeHit[], span: { start: number; end: number }): { day: TimeHit; clauseStart: number } | null {
  for (const t of times) {
    if (!t.since || !/^since\s/i.test(t.text) || t.end > span.start) continue;
    const tail = SINCE_EVENT_TAIL.exec(s.slice(t.end, span.start));
    if (!tail) continue;
    if (!DAY_EVENT.test(t.text + tail[0])) continue;
    // The figure must sit in that clause: no clause boundary between its opener and the figure.
    const clauseStart = t.end + tail[0].length;
    if (/[.;:]|,\s*(?:and|but|while)\b/.test(s.slice(clauseStart, span.start))) continue;
    // "since the air strikes of 3 July, which have killed 60": a perfect in the clause counts what the event has done
    // up to now, a running total from it, as the "since" says; the rule leaves it as it was read.
    if (PERFECT.test(s.slice(clauseStart, clauseEnd(s, span.end)))) continue;
    const closing = CLOSING_DAY.exec(t.text);
    const text = closing ? closing[0] : t.text.replace(/^since\s+/i, '');
    const start = closing ? t.start + closing.index : t.end - text.length;
    return { day: { start, end: t.end, text, since: false, reportDate: false, dateline: false, background: false, clause: null }, clauseStart };
  }
  return null;
}

const PERFECT = /\b(?:has|have)\b/i;
/** Where the clause that holds `at` ends: its next comma, semicolon, full stop or bracket, or the sentence's end. */
const clauseEnd = (s: string, at: number): number => {
  const close = /[,.;:()]/.exec(s.slice(at));
  return close ? at + close.index : s.length;
};

function nearestTime(s: string, times: TimeHit[], span: { start: number; end: number }): TimeHit | null {
  let best: TimeHit | null = null;
  let bestScore = Infinity;
  // "The camp, which hosts at least 50,000 people, opened in 2013": a figure inside a relative clause describes the
  // noun before it; a date outside the clause dates the main clause's event, not the figure.
  const own = relativeClauseAt(s, span.start, span.end);
  for (const t of times) {
    if (own && (t.end <= own.start || t.start >= own.end)) continue;
    if (insideSinceEvent(t, times, span)) continue;
    // "512 deaths over the year, with the month of June recording the most": a month subject ranks its own figures.
    if (t.start >= span.end && TALLY_VERB_NEXT.test(s.slice(t.end))) continue;
    const gapStart = Math.min(t.end, span.end);
    const gapEnd = Math.max(t.start, span.start);
    const between = gapEnd > gapStart ? s.slice(gapStart, gapEnd) : '';
    // "..., which marks the worst escalation since the group last seized it in 2012": a running total's start in
    // another clause is background, never the date of this figure.
    // "killed 12 civilians, bringing to 1,224 the number killed since Sunday": the start of the total the incident adds to.
    if (t.since && /,\s*(?:which|who|where|the\s+first|the\s+most|the\s+worst|the\s+biggest|marking|bringing|raising|taking|pushing)\b/.test(between)) continue;
    // "Rebels took X, which the army had seized in 2016": a date inside a relative clause dates only that clause.
    // But "6,000 IDPs, who were displaced in September": a clause that holds the figure's own verb tells its event.
    if (t.clause && !(span.start >= t.clause.start && span.end <= t.clause.end) && !holdsVerb(t.clause, span)) continue;
    // "The army took X, but rebels overran Y the next day": a time counted from an event told before it (isAnaphoric)
    // dates the later clause's event, never the earlier one.
    if (!t.reportDate && t.start >= span.end && laterClause(t.text, between, s.slice(t.end))) continue;
    // "“It only calmed down yesterday,” she said, adding that three were killed": a date inside a quotation dates
    // what is quoted, not a figure the reporter's own words give outside it.
    if (quotedApart(s, t, span)) continue;
    // "Following the peak on 12 December, 486,000 have returned to their areas as of 27 December": "as of" after the
    // figure in its own clause is the date its count was taken, nearer than any phrase across a comma.
    // The figure's own relative clause ("N people, who fled their homes in April") dates it before the main clause.
    // "October saw 66 people killed this year": the month subject of the figure's clause is its month, nearer than any
    // phrase after the figure.
    let score = ownAsOf(t, span, between) || (t.clause && holdsVerb(t.clause, span)) || tallyMonthOf(s, t, times, span) ? 0 : between.length;
    // "30 were killed the past two weeks, including 17 over the weekend": a phrase inside the span but before the
    // "including" that opens a part's figure dates the whole; the part's own phrase, if it has one, is nearer.
    if (t.start >= span.start && t.end <= span.end && PART_OPENS.test(s.slice(t.end, span.end))) score += 30;
    // "101 killed (per SOHR; 29 Oct. – 1 Nov.), 250 captured (18 Sep. – 2 Oct.)": an infobox's note in brackets right
    // after a figure dates that figure, whatever the note says before its date; a note closed before it, another's.
    const ownNote = t.start >= span.end && /^\s*\([^()]*$/.test(between);
    if (!ownNote && /[;:]|\bbut\b|\bwhile\b|\bwhere\b|\bwhich\b|\bwho\b/.test(ownRelative(between, t.start >= span.end))) score += 150;
    if (!ownNote && /,/.test(between)) score += 20;
    if (t.end <= span.start && /^[^()]*\)/.test(between)) score += 150;
    if (t.start >= span.end && ANOTHER_INCIDENT.test(between)) score += 150;
    if (t.reportDate) score += 500;
    if (t.dateline) score += 1000;
    if (score < bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

/** The figure's span ends inside the clause: the figure's verb is the clause's ("N people, who fled in May"). */
function holdsVerb(clause: { start: number; end: number }, span: { start: number; end: number }): boolean {
  return span.start < clause.start && span.end > clause.start && span.end <= clause.end;
}

function ownAsOf(t: TimeHit, span: { end: number }, between: string): boolean {
  return opensAsOf(t.text) && t.start >= span.end && !/[,;:()]/.test(between);
}

/** A verb or an auxiliary by the tagger: what makes words a clause of their own. */
const isVerb = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';

/**
 * A clause of its own between a figure or verb and a sequel's time: a joiner, then a verb ("but rebels overran Y");
 * or a sequel's time that opens a clause of its own after a joiner ("killing seven, and two weeks later, five soldiers
 * were killed"): its verb comes after it, up to the clause's end.
 */
const JOINER = /[,;]|\b(?:and|but|while|whereas|before|then)\b/;
const JOINER_LAST = /(?:[,;]|\b(?:and|but|then))\s*$/;
function laterClause(time: string, between: string, after: string): boolean {
  if (!isAnaphoric(time) || !JOINER.test(between)) return false;
  const at = between.search(JOINER);
  const verb = (words: string) => tokenize(words).some((t) => isVerb(t) || isFrameVerbForm(t.text));
  return verb(between.slice(at)) || (JOINER_LAST.test(between) && verb(after.split(/[;.]/, 1)[0]!));
}

/**
 * "Curfews in Kalvo (lifted on 19 March, on their 17th day) and Dorvan continue, and 64 civilians were killed": a date
 * inside brackets after a verb of the bracket's own ("lifted", "abandoned by the army") tells another event, an aside:
 * as a relative clause's date, it dates only what the bracket holds and does not move the story's date. A note that
 * credits and dates a figure ("(IOM, 8 March)", "(per SOHR; 29 Oct. – 1 Nov.)", "(as of 19 February)") has no verb
 * before its date and stays the figure's.
 */
function bracketedAside(s: string, start: number, end: number): { start: number; end: number } | null {
  const open = s.lastIndexOf('(', start);
  if (open < 0 || s.lastIndexOf(')', start) > open) return null;
  const close = s.indexOf(')', end);
  if (close < 0) return null;
  const verb = tokenize(s.slice(open + 1, start)).some(isVerb);
  return verb ? { start: open, end: close + 1 } : null;
}

/** Whether a time phrase lies inside a quotation that the figure's span lies outside of. */
function quotedApart(s: string, t: TimeHit, span: { start: number; end: number }): boolean {
  const q = quotationAt(s, t.start);
  return q !== null && !(span.start >= q.start && span.end <= q.end);
}

/**
 * The quotation (curly or straight marks) that holds offset `at`, from its opening (or the sentence's start) to its
 * close (or the sentence's end), or null.
 */
function quotationAt(s: string, at: number): { start: number; end: number } | null {
  const open = s.lastIndexOf('“', at);
  const closed = open < 0 ? -1 : s.indexOf('”', open);
  if (open >= 0 && (closed < 0 || closed >= at)) return { start: open, end: closed < 0 ? s.length : closed };
  // A quotation opened in an earlier sentence ("“... continuously. It calmed down yesterday,” she said") closes here.
  const close = s.indexOf('”', at);
  if (open < 0 && close >= 0 && !s.slice(at, close).includes('“')) return { start: 0, end: close };
  const marks = [...s.matchAll(/"/g)].map((m) => m.index);
  const before = marks.filter((i) => i < at);
  if (before.length % 2 === 0) return null;
  const next = marks.find((i) => i >= at);
  return { start: before.at(-1)!, end: next ?? s.length };
}

/**
 * "N families (M individuals) who have been displaced since X": a relative clause on the counted noun itself, after
 * the figure, says what was counted and since when; its "who" parts no clauses. Only that opening is cut from the gap.
 */
const OWN_RELATIVE = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:\([^()]*\)\s*)?(?:who|that)\s/u;
function ownRelative(between: string, after: boolean): string {
  return after ? between.replace(OWN_RELATIVE, ' ') : between;
}

/** A saying verb: the statement a date phrase before it dates ("On 1 March, the minister said ..."). */
const SAYING = new RegExp(String.raw`\b(?:${alternation(sayingVerbFormsFor('statement'))})\b`);

/**
 * The date of the statement that gives a running total, which ends the total ("On 1 March, the health minister said
 * 16 children had been killed since 24 February" runs to 1 March, not to the publication day): "as of <date>" in the
 * sentence first (the stock's own date), else the date phrase governing the saying verb: "said on Tuesday (that)",
 * or an opening "On 1 March, X said", "Speaking on Tuesday, X said", "In a statement on 3 May, X said" whose gap to
 * the verb holds no figure (in "On Monday, 12 were killed, the governor said" the date is the incident's). Only for a
 * figure dated by a "since" phrase or by none (a figure dated by "said on Tuesday" itself is dated by it already); ''
 * when there is no such phrase.
 */
export function statementTime(s: string, times: TimeHit[], picked: TimeHit | null, figureStart: number): string {
  if (picked && !picked.since) return '';
  const others = times.filter((t) => t !== picked && !t.since && !t.background);
  const asOf = others.find((t) => opensAsOf(t.text));
  if (asOf) return asOf.text;
  const stated = others.find((t) => governsSaying(s, t, figureStart));
  return stated?.text ?? '';
}

function governsSaying(s: string, t: TimeHit, figureStart: number): boolean {
  if (/^(?:between|from)\b/i.test(t.text)) return false;
  if (t.reportDate) return true;
  if (t.end > figureStart) return false;
  const gap = s.slice(t.end, figureStart);
  const verb = SAYING.exec(gap);
  return verb !== null && verb.index <= 80 && !/\d|;/.test(gap.slice(0, verb.index));
}
