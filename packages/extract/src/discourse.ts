/**
 * The document layer for time: what date the text has reached at each sentence. A narrative dates its paragraphs
 * ("On 21 January, ...", "The next day, ...", "Two days later, ...") and a fact without a time phrase happened on the
 * date the text has reached; a news report dates an undated fact to the paragraph's date, else to the report's day.
 *
 * Extract only keeps the words: the event time phrases in reading order since the last one that names a year (the
 * year of every later phrase comes from there), with PARAGRAPH between paragraphs. Normalize folds them into a date
 * (packages/normalize/src/context.ts), since only it knows the publication date and the calendar.
 */
import { CAMPAIGN_START_MARK as LAUNCH, DATELINE_MARK as DATELINE, COVERED_PERIOD_MARK as COVERED, PARAGRAPH_MARK as PARAGRAPH, parseRegistry, PRIOR_SECTION_MARK as PRIOR, REPORTING, SECTION_MARK as SECTION, TITLE_PERIOD_MARK as TITLE_PERIOD, type ExtractedFact, type PlaceContext, type PlaceMention, type Sentence } from '@frontline/schema';
import { readDataFile } from './data.ts';
import { infoboxDateYear, LOOK_BACK_PERIOD, monthNumber, stepCount } from '@frontline/nlp/dates';
import { BULLET_MARK, MONTH_RE, WEEKDAY_RE } from './text.ts';
import { incidentDay, LAUNCHES, type TimeHit } from './time.ts';
import { WeekDayWait } from './week-day.ts';
import { relativeClauseAt } from '@frontline/nlp';

/** Phrases kept after the year-bearing one: enough for a paragraph's chain of "the next day"s, bounded in size. */
const MAX_CHAIN = 12;
const NAMES_YEAR = /\b(?:19|20)\d{2}\b/;
const NAMES_MONTH = new RegExp(String.raw`\b${MONTH_RE}`);
/**
 * A title that names its campaign's year, as encyclopedias title them: "2016 Khanasir offensive", "2020
 * Nagorno-Karabakh war", "Battle of Sirte (2016)". A title's span ("(2016–2017)") is a time phrase of its own.
 */
const TITLE_YEAR = /^(?:((?:19|20)\d{2})\s+\p{Lu}[^\n]*|[^\n(]*\(((?:19|20)\d{2})\))$/u;
/** An infobox's "Part of the Libyan civil war (2014–2020)": the wider war and its span, never the page's own dates. */
const PART_OF = /^\s*(?:[-*•]\s*)?Part\s*of\b/i;
/**
 * A row of a table flattened to text, as a saved copy of an encyclopedic page gives its infobox after the lead: cells
 * joined by pipes, the line ending in one ("Battle map of the city as of March 2017 | |||||", "Part of the war |"). A
 * cell is no sentence of the story: its date (a map's "as of", the wider war's span) does not move the story's date.
 */
const TABLE_ROW = /\|[\s|]*$/;
/** "had fled", "had long been", "had already taken": not "had to" (an obligation), which tells the story's present. */
const HAD_ADVERB = String.raw`(?:not|never|already|also|long|once|previously|earlier|\w+ly)`;
const PARTICIPLE_END = '(?:ed|en|wn|ne|nt|lt|ld|ft|pt|st|ght|un|ung|ok|ot|id|ad|ade)';
const PLUPERFECT = new RegExp(String.raw`\bhad\s+(?:${HAD_ADVERB}\s+)?(?!to\b)[a-z]+${PARTICIPLE_END}\b`);

/**
 * A time phrase that moves the story's date: not a report date, a running total's start, a rolling window, or a date
 * in a background clause (", which rebels had captured in 2015").
 */
function setsDate(t: TimeHit): boolean {
  if (t.reportDate || t.since || t.background) return false;
  return !/^(?:over|in|during|within)\s+the\s+(?:past|last|previous)\b|\bago\b|\brecent\b|\bcoming\b/i.test(t.text);
}

/**
 * The phrases of a sentence that move the story's date. A sentence whose only date is a statement's calendar day ("The
 * PMF stated on 14 May that it had taken two villages") or its dateline's day ("ADEN, Jan 3 (Reuters) - ...") is dated
 * by it: what the statement reports, and the "next day" of the sentences after it, follow from that day. A weekday
 * ("said on Monday") stays a report's date.
 */
/**
 * The story's dates a sentence gives before a relative phrase of its own ("After reaching the port on 9 March, the
 * following day the militia took the town"): the phrase counts from them, not from the date the text had reached.
 */
export function earlierStoryTimes(times: TimeHit[], sentence: string, phrase: TimeHit): string[] {
  if (NAMES_YEAR.test(phrase.text)) return [];
  const earlier = storyTimes(times, sentence).filter((t) => t.end <= phrase.start);
  // "4,289 deaths in March 2022, 840 in April": a month without its year takes the year of the sentence's earlier date.
  if (NAMES_MONTH.test(phrase.text)) return earlier.filter((t) => NAMES_YEAR.test(t.text)).slice(-1).map((t) => t.text);
  return earlier.map((t) => t.text);
}

function storyTimes(times: TimeHit[], sentence: string): TimeHit[] {
  const events = times.filter((t) => (setsDate(t) || sinceWhen(t, sentence)) && !cameAfter(t, sentence) && !figureNote(t, sentence));
  if (events.length) return events;
  const clauseDay = newsDayInClause(times, sentence);
  if (clauseDay) return [clauseDay];
  return times.filter((t) => t.reportDate && !t.background && (STATEMENT_DAY.test(t.text) || t.dateline)).slice(0, 1);
}

// "where many fled after Thursday's raid", "following Sunday's attack": the raid's day.
const AFTER_DAY = /^(?:after|following)\s+/i;

/**
 * "Villagers sheltered in the camp at Gandi, where many fled after Sunday's raid in which gunmen killed 26": a news
 * day (a weekday, "yesterday", "last night") inside a relative clause, in a sentence whose main clause dates nothing,
 * is the day of the story's incident, not background. A relative clause's background is a month or a year ("which
 * rebels captured in September 2015"); a day counted from the report can only be the recent event the story is about,
 * so the later paragraphs' undated figures are of that day, as after "On Sunday, gunmen killed 26".
 */
function newsDayInClause(times: TimeHit[], sentence: string): TimeHit | null {
  const days = times.filter((t) => t.background && !t.reportDate && !t.since && NEWS_DAY.test(t.text.replace(AFTER_DAY, '')) && relativeClauseAt(sentence, t.start, t.end));
  return days.length === 1 && times.every((t) => t === days[0] || t.background) ? { ...days[0]!, background: false, clause: null } : null;
}

/**
 * "The blast on Tuesday came a day after two fighters were killed in an ambush": a subject that "came" N days after an
 * event dates that event N days before the subject's own day, which the story has reached (or the sentence gives). The
 * step dates only its clause (normalize reads a figure inside it N days earlier); the story does not move on by it, as
 * it does after "Two days after the fall of X, rebels took Y", where the step opens the main clause.
 */
// Months too: "The raid came six months after a similar one" looks back as far as "came a day after" does.
const STEP_AFTER = new RegExp(String.raw`^${stepCount()}\s+(?:days?|weeks?|months?)\s+after\b`, 'i');
const CAME_BEFORE = /\b(?:came|comes|come|coming|happened|occurred|took\s+place)\s+(?:just\s+|only\s+|barely\s+|some\s+)?$/i;
function cameAfter(t: TimeHit, sentence: string): boolean {
  return STEP_AFTER.test(t.text) && CAME_BEFORE.test(sentence.slice(0, t.start));
}

/**
 * "508–668 wounded (as of 19 February)", "250+ killed (by 6 December)", "410 killed (as of 4 Dec.; per the military)":
 * a cutoff in brackets after a figure says up to when that figure counts, as an infobox's casualty line notes it. It
 * dates that figure (its own time phrase) but is no step of the story: the next line's figure ("58 killed (separatist
 * claim)") is the campaign's, not of that day. A title's or heading's "(as of 2 June 2024)" follows no figure.
 */
const CUTOFF_NOTE = /^(?:as\s+of|by|until|till|up\s+to)\b/i;
const FIGURE_BEFORE_BRACKET = /\d[^()\n]*\(\s*$/;
/** A key figure's note of its source and the day it counted: "362,000 IDPs (IOM, 8 March)". The same: no step. */
const FIGURE_BEFORE_SOURCE = /\d[^()\n]*\([^()\n]{1,40}[,;]\s*$/;
function figureNote(t: TimeHit, sentence: string): boolean {
  const before = sentence.slice(0, t.start);
  return (CUTOFF_NOTE.test(t.text) && FIGURE_BEFORE_BRACKET.test(before)) || FIGURE_BEFORE_SOURCE.test(before);
}

/**
 * "has escalated since Saturday, when the president was sworn in. Strikes that day killed 14": a running total's start
 * followed by a "when" clause tells what happened on that day, and the story is on that day after it ("that day",
 * "the next day" count from it). Without the clause, "since Saturday" only opens a total.
 */
function sinceWhen(t: TimeHit, sentence: string): boolean {
  return t.since && !t.reportDate && !t.background && /^,?\s+when\b/.test(sentence.slice(t.end));
}

/**
 * A days-scale date as a news story dates its events: a weekday or a day counted from the report ("on Tuesday",
 * "yesterday", "last night"). A month or a year ("In March 2021, ...") is background to a lead, not its event.
 */
// "in Thursday's attack": the phrase keeps the preposition before a possessive day.
const NEWS_DAY = new RegExp(String.raw`^(?:on\s+|in\s+(?=\w+day\b)|last\s+)?(?:${WEEKDAY_RE}|yesterday|last\s+night|overnight|the\s+day\s+before\s+yesterday)\b`, 'i');

/**
 * A sentence naming the lead's incident by its news day ("14 were wounded in the Monday night blast", see
 * `incidentDay`), unless it opens another thread ("Elsewhere, ...", "In a separate attack, ..."): that incident is the
 * one the lead told, even in a sentence that states figures of its own.
 */
const OTHER_THREAD = /^\s*(?:Elsewhere|Separately|Meanwhile|In\s+(?:a|another)\s+(?:separate|second|other)\b|In\s+another\b)/i;
function namesStoryIncident(t: TimeHit, sentence: string): boolean {
  return !OTHER_THREAD.test(sentence) && NEWS_DAY.test(t.text) && incidentDay(sentence, t);
}

/** Sentences after the lead within which its undated facts wait for the story's first day (see `datedByLead`). */
const LEAD_WAIT_SENTENCES = 3;

const STATEMENT_DAY = new RegExp(String.raw`^on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_RE}|${MONTH_RE}\s+\d{1,2}(?:st|nd|rd|th)?)$`, 'i');

const HEADING_MAX_WORDS = 15;

/**
 * A section heading: a line of its own (markdown "#" marks allowed, not a list item), short, not ending like a
 * sentence, below the title. "Capture of Hanano", "#### January 2018", "Three people injured in a raid on a camp".
 */
export function isHeading(text: string, sentence: Sentence): boolean {
  return sentence.index !== 0 && isHeadingLine(text, sentence.start, sentence.text);
}

/** `line`, found at `start` of `text`, stands on a line of its own and reads as a heading (title included). */
export function isHeadingLine(text: string, start: number, line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > HEADING_MAX_WORDS * 20) return false;
  // Only the few characters around the line are looked at: a long text may be one line of many sentences.
  const from = Math.max(0, start - 12);
  const before = (from === 0 ? '\n' : '') + text.slice(from, start);
  const after = text.slice(start + line.length, start + line.length + 12);
  const marked = /\n[ \t]*(?:#{1,6}[ \t]+)?$/.test(before) || (SECTION_NUMBER.test(before) && !FIGURE_OUTSIDE_DATE.test(trimmed.replace(DATE_WORDS, '')));
  return marked && /^[ \t]*(?:\n|$)/.test(after) &&
    trimmed.split(/\s+/).length <= HEADING_MAX_WORDS && !/[.:;,…]["”’)]*$/.test(trimmed);
}

/**
 * A report's numbered section heading, its number on the line before the words: "2. Returnees as at 16 January 2003",
 * "II. Situation overview", "3) Protection". A numbered line stating a figure ("1. 12 killed in Idlib") is a list's
 * item, not a heading: the line may hold no digit but those of its dates.
 */
const SECTION_NUMBER = /\n[ \t]*(?:\d{1,2}|[IVX]{1,4})[.)][ \t]+$/;
const FIGURE_OUTSIDE_DATE = /\d/;
const DATE_WORDS = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_RE}|${MONTH_RE}\s+\d{1,2}(?:st|nd|rd|th)?\b|\b(?:19|20)\d{2}\b`, 'g');

const BULLET_LINE = new RegExp(String.raw`^[ \t]*${BULLET_MARK}`);

/** Where the line a sentence opens starts (its list marker included). */
const lineStartOf = (text: string, sentence: Sentence): number => text.lastIndexOf('\n', sentence.start - 1) + 1;

/** A line that is an item of a bulleted list: "• 2,151 reported fatalities", "- Killed: 62". */
export function isBulletItem(text: string, sentence: Sentence): boolean {
  return BULLET_LINE.test(text.slice(lineStartOf(text, sentence), sentence.start + 1));
}

/** The line a sentence opens, from its start (marker included) to its end. */
const lineFrom = (text: string, sentence: Sentence): string => {
  const end = text.indexOf('\n', sentence.start);
  return text.slice(lineStartOf(text, sentence), end < 0 ? text.length : end);
};

/** A line of a list: a bullet item, or a line that does not end like a sentence ("Kharkiv: 12 killed (3 children)"). */
export function isListLine(text: string, sentence: Sentence, bullet: boolean): boolean {
  return bullet || !/[.!?…]["”’]*\s*$/.test(lineFrom(text, sentence));
}

/** A list line's marker: a bullet sign, an "o" of a copied sub-list, or a number ("1.", "2)"). */
const LINE_MARKER = new RegExp(String.raw`^[ \t]*(?:${BULLET_MARK}|o(?=[ \t])|\d{1,2}[.)])`);

/** The marker a sentence's line opens with, '' if none: the lines of one list level share it. */
export function lineMarker(text: string, sentence: Sentence): string {
  return LINE_MARKER.exec(lineFrom(text, sentence))?.[0].trim().replace(/\d+/, '1') ?? '';
}

/** A "label: figures" line ("In areas held by the Government: 120 casualties"), a list's entry even with no stop. */
export function isEntryLine(text: string, sentence: Sentence): boolean {
  return /:\s*\S/.test(lineFrom(text, sentence));
}

/** The most words a lead-in may give before its colon: "In Donetsk and Luhansk regions", "Across North Darfur State". */
const LEAD_IN_WORDS = 8;
/**
 * A lead-in opens on "In" or "Across" (its marker before): "Kharkiv: 12 killed" is one entry of a list of places,
 * not the area of the lines after it.
 */
const LEAD_IN_OPENER = new RegExp(`${LINE_MARKER.source}?[ \\t]*(?:In|Across|Within)\\s`);

const wordCount = (s: string): number => s.trim().split(/\s+/).length;

/**
 * Where a lead-in opening its line ("In Donetsk and Luhansk regions: ...") stops naming its areas, as an article
 * offset, -1 if the line is no lead-in: its colon, after a few words with no sentence's stop. A longer line that ends on
 * its colon ("In the north-western governorate of Idleb, partners reported the following:") names them before its
 * first comma: the words after it say who reported, not where. Whether they name places is the caller's to see.
 */
export function leadInColon(text: string, sentence: Sentence): number {
  const line = lineFrom(text, sentence);
  const colon = line.indexOf(':');
  const before = line.slice(0, colon);
  if (colon < 0 || !LEAD_IN_OPENER.test(before) || /[.;!?]/.test(before)) return -1;
  const start = lineStartOf(text, sentence);
  if (wordCount(before) <= LEAD_IN_WORDS) return start + colon;
  const comma = before.indexOf(',');
  const endsLine = line.slice(colon + 1).trim() === '';
  return endsLine && comma > 0 && wordCount(before.slice(0, comma)) <= LEAD_IN_WORDS ? start + comma : -1;
}

const YEAR_RE = String.raw`(?:19|20)\d{2}`;
const DAY_RE = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
/**
 * A heading that is only a date: "January", "December 2017", "2018", "November–December 2016", and a timeline's day
 * ("17 November", "November 17", "3 March 2022"): the section's events are of that day.
 */
const DATE_HEADING = new RegExp(
  String.raw`^(?:${MONTH_RE}(?:\s*[–—-]\s*${MONTH_RE})?(?:,?\s+${YEAR_RE})?|${YEAR_RE}|${DAY_RE}\s+${MONTH_RE}(?:\s+${YEAR_RE})?|${MONTH_RE}\s+${DAY_RE}(?:,?\s+${YEAR_RE})?)$`,
);
/**
 * A heading that opens on a month and its year, or a year, then names what happened then: "January 2013 offensive",
 * "March 2025 withdrawal", "2016 counter-offensive". Its date (group 1) is the section's, as a date heading's is.
 */
const DATE_LED_HEADING = new RegExp(String.raw`^((?:${MONTH_RE}(?:\s*[–—-]\s*${MONTH_RE})?,?\s+)?${YEAR_RE})\s+(?=\p{L})`, 'u');
/**
 * A heading that labels a part of the report with the period its rows are of: "Annex 2: March 2024", "Table 3 – May
 * 2023", "Appendix B: January–February 2024". The date after the label (group 1) is the section's, as a date heading's
 * is; the part's nouns are reporting.csv's `document_part`.
 */
const PART_LABELLED_HEADING = new RegExp(
  String.raw`^(?:${REPORTING.document_part.join('|')})(?:\s+(?:\d{1,3}|[IVX]{1,5}|[A-Z])(?![\p{L}\d]))?\s*[:.–—-]\s*(.+)$`,
  'iu',
);
/** A heading as a copy of a page's wiki source marks it: "== Background ==", "=== 17 November ===". */
const WIKI_HEADING_MARKS = /^=+\s*|\s*=+$/g;
/** A heading's words without its wiki marks, as the date it may be. */
const headingWords = (text: string): string => text.trim().replace(WIKI_HEADING_MARKS, '');

const PRIOR_FILE = 'prior-sections.csv';
let priorHeadings: Set<string> | null = null;
/**
 * A heading of a section that tells what came before the campaign ("Background", "Prelude", "Prior events"; the words
 * are in data/prior-sections.csv), a copy's "[edit]" after it allowed.
 */
function priorSection(words: string): boolean {
  priorHeadings ??= new Set(parseRegistry(readDataFile(PRIOR_FILE), PRIOR_FILE, ['heading', 'example']).map((r) => r.heading!.toLowerCase()));
  return priorHeadings.has(words.replace(/\s*\[edit\]$/i, '').trim().toLowerCase());
}

/** The month before the report's, named from it: "last August", "last month" (normalize counts it from the report's day). */
const RELATIVE_MONTH = new RegExp(String.raw`^(?:last|past|previous)\s+(?:month|${MONTH_RE})$`, 'i');
/**
 * A verb of saying right next to the phrase makes it the saying's day ("The UN said last week that ...", "Officials
 * last week told ..."); a reporting word further off does not ("dominated reported fatalities in the region last week").
 */
const SAYING_RIGHT_BEFORE = /\b(?:said|says|told|tells|reported|reports|announced|stated|warned)\s+$/i;
const SAYING_RIGHT_AFTER = /^\s+(?:said|says|told|tells|reported|announced|stated|warned)\b/i;
const overviewPeriod = (t: TimeHit, sentence: string): boolean =>
  LOOK_BACK_PERIOD.test(t.text) && !t.since && !t.background &&
  !(t.reportDate && (SAYING_RIGHT_BEFORE.test(sentence.slice(0, t.start)) || SAYING_RIGHT_AFTER.test(sentence.slice(t.end))));
/** A half, a quarter or a run of months of a year, as periodic tolls name theirs: "in the first half of 2019", "in first six months of 2019". */
const YEAR_PART_OF = String.raw`\b(?:(?:first|second)\s+half|quarter|(?:first|last|final)\s+[\w-]+\s+months)\s+of\s+${YEAR_RE}$`;

/**
 * A title's period: a month ("in November 2016", "for May 2023") or a span ("1 January to 30 September 2020",
 * "January–March 2024"), not a day: a periodic toll's title names the period its figures cover.
 */
const TITLE_SPAN = new RegExp(
  String.raw`^(?:(?:in|for|of|during|throughout)\s+)?(?:the\s+month\s+of\s+)?${MONTH_RE}(?:,?\s+${YEAR_RE})?$|\b(?:to|until|till|and)\b|[–—-]\s*(?:\d|${MONTH_RE})|${RELATIVE_MONTH.source}|${YEAR_PART_OF}`,
  'i',
);

/** The nouns of what a report is ("update", "bulletin", "flash update"): reporting.csv's `document` and `report_kind`. */
const REPORT_NOUN = [...REPORTING.report_kind, ...REPORTING.document].map((w) => w.replace(/\s+/g, String.raw`\s+`)).join('|');
/**
 * A report saying which days it covers: "This update, covering developments from 24 April to 24 May, ...", "The
 * bulletin covers 1-7 March", "Reporting period: ...", "Period covered: ...". Its subject is the report itself, so
 * "journalists covering the front from 20 to 30 March" says nothing of the report's days. OCHA's situation reports say
 * it in a second sentence with the report as "it" ("This report is produced by OCHA ... It covers the period from
 * 14-21 August."): "It" opening the sentence, before any figure (`coverageLead`), can be nothing else.
 */
const COVERAGE = new RegExp(
  String.raw`\b(?:this|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:${REPORT_NOUN})s?\b[^.;]{0,80}?\bcover(?:s|ing|ed)?\b` +
    String.raw`|^\W*reporting\s+period\b|^\W*period\s+covered\b|^\W*it\s+covers\b`,
  'iu',
);

/**
 * A report named with the period it is about, in a line of no figures: "an upcoming report on harm to civilians
 * from March 2019", "In its report for the first half of 2024, the mission ...", "the bulletin on displacement
 * during March 2019". The period is a month or a part of a year with its year; "from" here bounds what the report is
 * about, not a running total to the report's day.
 */
const REPORT_ABOUT = new RegExp(String.raw`\b(?:${REPORT_NOUN})s?(?:\s+(?:on|of|into|about)\s+[^.;,]{1,80}?)?\s+(?:(?:from|in|during|for)\s+)?$`, 'iu');
const ABOUT_PERIOD = new RegExp(String.raw`^(?:(?:from|in|during|for)\s+)?(?:the\s+month\s+of\s+)?(?:${MONTH_RE},?\s+${YEAR_RE}|(?:the\s+)?${YEAR_PART_OF.replace(/^\\b/, '')})$`, 'iu');
const PREPOSITION_BEFORE = /\b(?:from|in|during|for)\s+$/i;

/** The period a report names itself as being about ("for the first half of 2024"), as "in <period>", or null. */
function aboutPeriod(sentence: string, t: TimeHit): string | null {
  const text = t.text.trim();
  if (t.since || !ABOUT_PERIOD.test(text)) return null;
  const before = sentence.slice(0, t.start);
  const opened = /^(?:from|in|during|for)\s/i.test(text) || PREPOSITION_BEFORE.test(before);
  if (!opened || !REPORT_ABOUT.test(before)) return null;
  return `in ${text.replace(/^(?:from|in|during|for)\s+/i, '')}`;
}

/**
 * A heading line that is a label and the span it is of, "Kenya at a Glance: 3-30 June 2023", "Key figures: 1-7 March
 * 2024": the span is the report's, as "Reporting period: ..." is. Only a span, closing the line.
 */
const LABEL = /^[^:.;!?\d]{2,60}:\s*$/;
const labelledSpan = (line: string, t: TimeHit): boolean =>
  isTitleLine(line) && LABEL.test(line.slice(0, t.start)) && /^[\s.)]*$/.test(line.slice(t.end));

/** A title: a short line not ending like a sentence ("1,402 Civilians Killed in November 2016"), not a lead's prose. */
const isTitleLine = (s: string): boolean => s.trim().split(/\s+/).length <= HEADING_MAX_WORDS + 5 && !/[.:;,…]["”’)]*$/.test(s.trim());

/**
 * A sentence's opening clause of what was done before its main clause: "After recapturing X and Y, ...", "Following
 * the fall of X, ...", "Having taken X, ...". Up to its first comma (see `DateContext.afterTaken`).
 */
const AFTER_OPENING = /^\s*(?:After|Following|Having)\b[^,;.]{1,120},/;

/** A sentence's end: a full stop, question or exclamation mark, then any closing quotes or brackets. */
const PROSE_END = /[.!?]["”’)]*$/;
/** A field's tenure: a date a name served up to or from ("(until the end of March 2015)", "(from June 2015)"). */
const TENURE = /^(?:until|till|to|from)\b/i;

export class DateContext {
  private chain: string[] = [];
  /** Facts of a section heading waiting for the section's first date. */
  private waiting: ExtractedFact[] = [];
  /** Facts of the title waiting for the text's first date (the headings of an infobox may come between). */
  private titleWaiting: ExtractedFact[] = [];
  /**
   * True until the first section heading after the lead's first sentence: the title, an infobox's lines (short lines
   * that look like headings: "Date 6 September – 2 October 2022") and the lead, which may summarise the campaign.
   */
  private inLead = true;
  /** Sentences read so far, and whether one after the title was body text rather than a heading. */
  private read = 0;
  private bodyRead = false;
  /** Whether a sentence ending in a full stop was read after the title: past the infobox (see `datedBySection`). */
  private proseRead = false;
  /** The lead's first phrase naming a year (a title's span, "launched on 30 April 2019"): where the story starts. */
  private leadStart: string | null = null;
  /**
   * True from an infobox's Date field ("Date 25 May – 9 July 2012") to the next prose sentence: the lines between are
   * the infobox's other fields, whose dates are no story date (see `infoboxField`). A caption above the field may be prose.
   */
  private dateFieldRead = false;
  /** True while the chain holds only the year an infobox's Date field gave (see `pageYear`): no date has been read. */
  private yearOnly = false;
  /** The date the current section's heading gave, if any; restored at each of its paragraphs (see SECTION_MARK). */
  private sectionDate: string | null = null;
  /** True while the sentence being read is a heading: its date becomes the section's. */
  private inHeading = false;
  /** Facts of a report's lead waiting for the story's first day, and how many sentences they still wait. */
  private leadWaiting: ExtractedFact[] = [];
  private leadWait = 0;
  /** Of those, the facts dated only by the day of the saying (see `datedByLead`). */
  private leadSaid = new Set<ExtractedFact>();
  /** Undated facts of a paragraph's first sentence waiting for a news day later in that paragraph (see `datedByParagraph`). */
  private paragraphWaiting: ExtractedFact[] = [];
  /** Sentences read when they began to wait: only a later sentence dates them. */
  private paragraphWaitFrom = 0;
  /** The date the lead line of the current list gave (a line ending in a colon), restored at each of its items. */
  private listDate: string | null = null;
  /** The last date a sentence of the current paragraph gave: a list lead with no date of its own ("This included:") takes it. */
  private paragraphDate: string | null = null;
  /** The period the title gave ("... killed in November 2016"), restored at each paragraph no heading dated. */
  private titlePeriod: string | null = null;
  /** Whether that period is the days a coverage line said the report covers (see `coverageLead`). */
  private titleCovered = false;
  /** Whether the body's first sentence (after a title line, or the first line when it is prose) is still to come (see `overviewLead`). */
  private leadToCome = true;
  /** Whether the first body sentence stating figures was read (see `leadPeriod`). */
  private leadPeriodRead = false;
  /** Whether the title holds a time phrase of its own ("... (as of 3 January 2018)"): then it dates the report. */
  private titleDated = false;
  /** The first year a title names ("Battle of Shusha (2020)", "Battle of Marib (2021–2022)"): where its campaign starts. */
  private titleYear = 0;
  /** The story's date before a paragraph went back before the title's year (see `lookBack`), restored after it. */
  private resume: { chain: string[]; yearOnly: boolean } | null = null;
  /** The chain at a "Background" section's heading (see `heading`), restored at the next section: null outside one. */
  private beforePrior: string[] | null = null;
  /**
   * Each place a capture of the story named (lower case), with the chain that dated that capture and the sentence it
   * was read in: an opening "After recapturing X and Y, ..." goes back to it (see `afterTaken`).
   */
  private takenWhen = new Map<string, { chain: string[]; at: number }>();
  /** The facts told with "last week" or "this week", waiting for the day the next dated sentence names. */
  private weekDays = new WeekDayWait();

  /** The chain before the current sentence: what a fact of this sentence without its own time phrase is dated by. */
  current(): string[] {
    return [...this.chain];
  }

  /**
   * A new paragraph starts: an undated fact of a news report no longer takes the previous paragraph's date. An item of
   * a list whose lead line gave a date ("Conflict overview (November 2018–March 2019):") is of that date, as a
   * section's paragraphs are of their heading's, whatever the item before it dated.
   */
  paragraph(item = false): void {
    this.paragraphDate = null;
    this.paragraphWaiting = [];
    if (this.resume) [this.chain, this.yearOnly, this.resume] = [this.resume.chain, this.resume.yearOnly, null];
    if (this.chain.length && this.chain[this.chain.length - 1] !== PARAGRAPH) this.chain.push(PARAGRAPH);
    // The title's period comes before the section's date, so a section dated by the report's own day (its date line
    // under the title, which normalize takes for a byline) leaves the paragraph in the report's period.
    if (this.titlePeriod !== null) this.chain = [...this.chain.filter((p, k, all) => p !== COVERED && p !== TITLE_PERIOD && all[k - 1] !== TITLE_PERIOD), ...this.periodMarks(), this.titlePeriod];
    if (this.sectionDate !== null) this.chain.push(SECTION, this.sectionDate);
    if (!item) this.listDate = null;
    else if (this.listDate !== null) this.chain.push(SECTION, this.listDate);
    this.trim();
  }

  /**
   * A section heading starts: a date heading ("January 2018") dates the section like a phrase would; facts stated by
   * a heading ("Capture of Hanano") are dated by its section, at its first date (see `datedBySection`). The first
   * heading after the lead's first sentence ends the lead: the story's date goes back to where the lead started it.
   */
  heading(text: string): void {
    this.waiting = [];
    // An encyclopedic lead runs to the campaign's end ("By 8 February 2018, the army had taken ..."); the sections
    // after it tell the story from its start. So the first section starts from the lead's first dated phrase.
    // An infobox's lines come before the lead's first sentence: they do not end it.
    if (this.bodyRead && this.inLead) {
      if (this.leadStart) this.chain = [this.leadStart, PARAGRAPH];
      this.inLead = false;
    }
    this.sectionDate = null;
    this.inHeading = true;
    const words = headingWords(text);
    this.priorSection(words);
    const labelled = PART_LABELLED_HEADING.exec(words)?.[1];
    const date = DATE_HEADING.test(words) ? words : labelled && DATE_HEADING.test(labelled) ? labelled : DATE_LED_HEADING.exec(words)?.[1];
    if (!date) return;
    this.push(date);
    this.sectionDate = date;
  }

  /**
   * "Background", "Prelude": the section tells what came before the campaign, so the campaign's dates the chain holds
   * (the lead's, the Date field's) date none of its undated facts; the mark after them says so (see PRIOR_SECTION_MARK).
   * The next section's story starts again where it stood at this heading, whatever years the look back went through;
   * when it stood at no year, the look back's years are the best the story has for its yearless days.
   */
  private priorSection(words: string): void {
    if (this.beforePrior && this.beforePrior.some((p) => NAMES_YEAR.test(p))) [this.chain, this.resume] = [this.beforePrior, null];
    else if (this.beforePrior) this.chain = this.chain.filter((p) => p !== PRIOR);
    this.beforePrior = null;
    if (!priorSection(words)) return;
    this.beforePrior = [...this.chain];
    this.chain.push(PRIOR);
  }

  /**
   * A fact of the current heading: its context becomes the chain at the section's first event date. An infobox's line
   * ("4,835 civilians killed", "Casualties and losses" lines before the lead) is not a section's heading: once the
   * Date field gave the campaign's dates, its figure is the whole campaign's, not the lead's first date's. Infobox lines
   * end in no full stop ("405 killed, 1,200 surrendered"): the first line that does is the lead's prose.
   */
  datedBySection(fact: ExtractedFact): void {
    if (!this.proseRead && this.read > 0 && this.chain.length > 0 && !this.yearOnly) return;
    this.waiting.push(fact);
  }

  /**
   * An undated fact of the lead ("Gunmen have killed six farmers in two attacks on villages in X"): a news story
   * summarises first and dates after ("the first raid happened on Tuesday ..., the second on Wednesday ..."). Its
   * context becomes the chain at the last day the next sentences give, if one of the next few gives one as news
   * does (see NEWS_DAY); otherwise it stays the report's day. `said`: the fact's only phrase is the day of the saying
   * ("Eight soldiers were killed in an overnight attack, an official told Xinhua on Tuesday. The fighters struck on
   * Monday night, he said."): a later sentence that only dates, stating no figure of its own, tells the event's day, and
   * the fact gives up its phrase for it; so does one naming the incident by its day ("14 were wounded in the Monday
   * night blast", see `namesStoryIncident`), whatever figures it states.
   */
  datedByLead(fact: ExtractedFact, said = false): void {
    this.leadWaiting.push(fact);
    if (said) this.leadSaid.add(fact);
    this.leadWait = LEAD_WAIT_SENTENCES + 1;
  }

  /**
   * An undated fact of a paragraph's first sentence after the lead: a roundup's new thread summarises and dates after,
   * as a lead does ("Meanwhile, rebels shelled a village, killing eight. Residents said the shelling began late
   * Sunday."). Its context becomes the chain at the next sentence of the same paragraph that dates anything, if that
   * sentence gives only news days (see NEWS_DAY); any other date, the wait's end or the paragraph's end frees it, and it
   * keeps the context it had.
   */
  datedByParagraph(fact: ExtractedFact): void {
    if (!this.paragraphWaiting.length) this.paragraphWaitFrom = this.read;
    this.paragraphWaiting.push(fact);
  }

  /** A fact of the title ("Fall of Kabul"): its context becomes the chain at the text's first event date. */
  datedByText(fact: ExtractedFact): void {
    this.titleWaiting.push(fact);
  }

  /**
   * After a sentence: its event time phrases, in order, become the story's date. `sentence`: its text (an infobox's
   * year, a look back); `leadsList`: it ends in a colon; `ownFacts`: it states facts of its own (see `paragraphDated`).
   */
  remember(times: TimeHit[], sentence = '', leadsList = false, ownFacts = false, told: ExtractedFact[] = []): void {
    // A page's date line under the headline ("Published on 28 Jun 2023", ingest's dateline) gives the report's day,
    // which the publication date gives: the story has not begun, and the title's facts wait for the lead's date. An
    // infobox's Date field is the campaign's span, read below.
    if (this.read > 0 && !this.bodyRead && !ownFacts && !infoboxDateYear(sentence) && times.length > 0 && times.every((t) => t.dateline)) {
      this.read++;
      this.inHeading = false;
      return;
    }
    // Between the title and the lead's first sentence (an infobox), only the first date counts: the Date field's. The
    // other fields' dates ("SAF offense: 4 April 2024", a copy's stamp) are not where the story starts. The Date field
    // itself counts wherever it stands: a "Part of the Libyan civil war (2014–2020)" line above it is the war's span.
    const partOf = !this.bodyRead && PART_OF.test(sentence);
    const infobox = partOf || TABLE_ROW.test(sentence) || this.infoboxField(sentence, times) ||
      (!this.bodyRead && this.inHeading && this.read > 0 && this.chain.length > 0 && !this.yearOnly && !infoboxDateYear(sentence));
    this.pageYear(sentence);
    const dating: TimeHit[] = [];
    for (const x of storyTimes(times, sentence)) if (!infobox && !this.flashback(x.text, sentence, dating)) dating.push(x);
    if (!dating.length) this.afterTaken(sentence, told);
    // "From 1 May to 31 May, the mission recorded 310 casualties. This included:": a lead that only points back to the
    // sentence before it in its paragraph lists that sentence's figures, of that sentence's date.
    if (leadsList) this.listDate = dating[dating.length - 1]?.text ?? this.paragraphDate;
    if (dating.length) this.paragraphDate = dating[dating.length - 1]!.text;
    if (this.read === 0 && isTitleLine(sentence)) this.titlePeriod = dating.find((t) => TITLE_SPAN.test(t.text))?.text ?? null;
    if (this.read === 0 && isTitleLine(sentence)) this.titleYear = Number(NAMES_YEAR.exec(sentence)?.[0] ?? 0);
    if (this.read === 0 && isTitleLine(sentence)) this.titleDated = times.length > 0;
    this.leadPeriod(times, dating, ownFacts, sentence);
    this.lookBack(dating);
    // A sentence that launches the campaign dates its first day with its first date ("launched their offensive on 25 April").
    const launch = dating.length > 0 && LAUNCHES.test(sentence) ? dating[0] : undefined;
    for (const t of dating) {
      this.push(t.text, t.dateline, t === launch);
      if (this.inHeading) this.sectionDate = t.text;
      for (const f of [...this.waiting, ...this.titleWaiting]) f.time_context = this.current();
      this.waiting = [];
      this.titleWaiting = [];
    }
    this.noteTaken(told, dating);
    this.weekDays.read(dating, told);
    this.leadDated(dating, ownFacts && !dating.some((t) => namesStoryIncident(t, sentence)), told);
    this.paragraphDated(dating, ownFacts);
    // The infobox's Date field ("Date 10 September – 28 November 2013") dates the campaign to the day, as the title's
    // "(September–November 2013)" does only to the month: the story starts there when the lead ends (see `heading`).
    if (infoboxDateYear(sentence) !== undefined) this.dateFieldRead = true;
    else if (PROSE_END.test(sentence.trim())) this.dateFieldRead = false;
    if (this.inLead && !this.proseRead && infoboxDateYear(sentence) !== undefined && NAMES_YEAR.test(dating[0]?.text ?? '')) this.leadStart = dating[0]!.text;
    if (!this.inHeading && this.read > 0) this.bodyRead = true;
    if (!this.inHeading && this.read > 0 && /[.!?]["”’)]*$/.test(sentence.trim())) this.proseRead = true;
    this.read++;
    this.inHeading = false;
  }

  /**
   * A line of an infobox after its Date field, before the prose: a commander's tenure ("Ivan Petrenko (until the end of
   * March 2015)"), a unit's ("Border Guard (from June 2015)"), a stated length. Its date is no story date, so the
   * casualty lines below keep the battle's span, which the Date field gave. Only a tenure's dates (TENURE): a section's
   * heading ("### Assault on the camp (11–13 April 2025)") dates its section, and a line ending in a full stop is prose.
   */
  private infoboxField(sentence: string, times: TimeHit[]): boolean {
    if (!this.dateFieldRead || infoboxDateYear(sentence) !== undefined || PROSE_END.test(sentence.trim())) return false;
    return times.length > 0 && times.every((t) => TENURE.test(t.text));
  }

  /**
   * "After recapturing Ozerne and Staryi Karavan, Ukrainian forces went on to retake Dibrova": a section organised by
   * place opens undated after the story has moved on (to the city's fall, say). Its opening clause names captures the
   * story told earlier, each with its date; the sentence is of the day the last of them was told, not of the last date
   * read, and the story goes back there. Only when every place of the clause's captures was told taken: a capture
   * the story never dated ("After taking the airport, ...") says nothing of when.
   */
  private afterTaken(sentence: string, told: ExtractedFact[]): void {
    const opening = AFTER_OPENING.exec(sentence)?.[0];
    if (!opening) return;
    const names = told.filter((f) => f.kind === 'territory').flatMap((f) => f.place_mentions.map((p) => p.text)).filter((n) => opening.includes(n));
    const taken = names.map((n) => this.takenWhen.get(n.toLowerCase()));
    if (!taken.length || taken.some((t) => t === undefined)) return;
    const last = taken.reduce((a, b) => (b!.at > a!.at ? b : a))!;
    this.chain = [...last.chain];
    for (const f of told) if (!f.time_phrase) f.time_context = this.current();
  }

  /**
   * The places of this sentence's captures, with the chain that dates each (its own phrase read after its context). A
   * capture dated by a phrase that is no story date (", which rebels had taken in 2012") is background: not noted.
   */
  private noteTaken(told: ExtractedFact[], dating: TimeHit[]): void {
    for (const f of told) {
      if (f.kind !== 'territory' || (f.time_phrase && !dating.some((t) => t.text === f.time_phrase))) continue;
      const chain = f.time_phrase ? [...f.time_context, f.time_phrase] : [...f.time_context];
      if (!chain.some((p) => NAMES_MONTH.test(p))) continue;
      for (const p of f.place_mentions) this.takenWhen.set(p.text.toLowerCase(), { chain, at: this.read });
    }
  }

  /**
   * A monitor's periodic toll whose title names no period states it in its first sentence of figures ("a total of 41
   * civilians were killed in Iraq in November 2018", "From 1 January to 31 March 2018, the mission documented ..."):
   * that period, with its year, is the report's, as a title's would be (normalize keeps it only when the publication
   * closes it: see `reportingPeriod` there). The paragraphs of its breakdown ("Baghdad was the worst affected ...") are
   * of it. Decided once, at the first body sentence that states figures. A title that dates the report itself with a
   * time phrase ("Flash update (as of 3 January 2018)") has said what its undated figures are of: the lead's span is
   * then the lead's own.
   */
  private leadPeriod(times: TimeHit[], dating: TimeHit[], ownFacts: boolean, sentence: string): void {
    if (this.overviewLead(times, ownFacts, sentence) || this.coverageLead(times, ownFacts, sentence)) return;
    if (this.leadPeriodRead || this.read === 0 || this.inHeading || !ownFacts) return;
    this.leadPeriodRead = true;
    if (this.titlePeriod !== null || this.sectionDate !== null || this.titleDated) return;
    this.titlePeriod = dating.find((t) => TITLE_SPAN.test(t.text) && (NAMES_YEAR.test(t.text) || RELATIVE_MONTH.test(t.text)))?.text ?? null;
  }

  /**
   * A weekly or monthly overview opens with a lead that states no figure and names the period it covers ("Fighting on
   * the front dominated the region last week, with ...", "Insecurity worsened last month, as ..."): that period is the
   * report's, as a title's would be, and the figures after it without a phrase of their own are of it, not of the
   * publication day days after it. Only the body's first sentence (the one after a title line, or the first line when
   * it is prose), and only when nothing dated the report before it; a lead stating figures dates its own figures only.
   * Returns whether it decided the report's period.
   */
  private overviewLead(times: TimeHit[], ownFacts: boolean, sentence: string): boolean {
    const lead = this.leadToCome && !this.inHeading && !(this.read === 0 && isTitleLine(sentence));
    if (lead) this.leadToCome = false;
    if (!lead || ownFacts || this.leadPeriodRead) return false;
    if (this.titlePeriod !== null || this.sectionDate !== null || this.titleDated) return false;
    // All its phrases, not only those that move the story's date: "reported fatalities ... last week" is no saying's day.
    const period = times.find((t) => overviewPeriod(t, sentence));
    if (!period) return false;
    [this.titlePeriod, this.leadPeriodRead] = [period.text, true];
    // The rest of the lead's paragraph is of the period too ("..., with the capture of X"), as the paragraphs after it are.
    this.chain.push(TITLE_PERIOD, period.text);
    return true;
  }

  /**
   * A report whose title dates its issue ("Humanitarian Update No. 7 | 27 May 2021") or its month ("Situation Update |
   * July 2023") may say in a line of no figures, before any, which days it covers ("This update, covering developments
   * from 24 April to 24 May, is produced by ...", "Reporting period: 22 January - 4 February 2024", "Kenya at a
   * Glance: 3-30 June 2023"). That span is the report's, more precisely than a title's month: its figures without a
   * phrase of their own ("during the reporting period"), and its running totals, are of the span's last day, not of
   * the issue day days later. Returns whether it decided the report's period.
   */
  private coverageLead(times: TimeHit[], ownFacts: boolean, sentence: string): boolean {
    if (ownFacts || this.leadPeriodRead || this.read === 0 || this.titleCovered) return false;
    const covers = COVERAGE.exec(sentence);
    const after = covers ? covers.index + covers[0].length : 0;
    const span = times.find((t) => !t.since && TITLE_SPAN.test(t.text) && (covers ? t.start >= after - 1 : labelledSpan(sentence, t)))?.text ??
      times.map((t) => aboutPeriod(sentence, t)).find((p) => p !== null);
    if (!span) return false;
    [this.titlePeriod, this.leadPeriodRead, this.titleCovered] = [span, true, true];
    this.chain.push(...this.periodMarks(), span);
    return true;
  }

  /** The marks before the report's period in the chain: COVERED too when a coverage line gave it. */
  private periodMarks(): string[] {
    return this.titleCovered ? [COVERED, TITLE_PERIOD] : [TITLE_PERIOD];
  }

  /**
   * The lead's waiting facts take the last of this sentence's news days; any other date, or the wait's end, frees them.
   * The dateline's day, which the lead's own sentence gives as its story date, is the one they wait beyond.
   */
  private leadDated(dating: TimeHit[], ownFacts: boolean, told: ExtractedFact[]): void {
    if (this.leadWait === 0) return;
    this.leadWait--;
    if (dating.length && dating.every((t) => t.dateline)) return;
    if (dating.length && dating.every((t) => NEWS_DAY.test(t.text))) {
      for (const f of this.leadWaiting.filter((x) => !this.leadSaid.has(x) || !ownFacts || partsOf(x, told))) {
        f.time_context = this.current();
        if (this.leadSaid.has(f)) f.time_phrase = '';
      }
    }
    if (dating.length || this.leadWait === 0) [this.leadWaiting, this.leadWait, this.leadSaid] = [[], 0, new Set()];
  }

  /**
   * The paragraph's waiting facts take this sentence's news days, if it is a later one that only dates (not "In strikes
   * on Saturday, 10 were killed in X": that day is its own figure's, another incident); any other date frees them.
   */
  private paragraphDated(dating: TimeHit[], ownFacts: boolean): void {
    if (!this.paragraphWaiting.length || this.read <= this.paragraphWaitFrom) return;
    if (!ownFacts && dating.length && dating.every((t) => NEWS_DAY.test(t.text))) for (const f of this.paragraphWaiting) f.time_context = this.current();
    if (dating.length || this.read - this.paragraphWaitFrom >= LEAD_WAIT_SENTENCES) this.paragraphWaiting = [];
  }

  /**
   * An infobox's Date field the time phrases do not read ("Date 6 August 2024 – present", "Date: August 2024 –"): its
   * year is the page's, so the lead's "On 8 August" is read in it; so is a title's year ("2016 Khanasir offensive"),
   * until an infobox gives its own. It is only the chain's year, not an event date: no heading's or title's fact
   * waiting for the text's first date takes it, and the lead's start stays unset.
   */
  private pageYear(sentence: string): void {
    if (this.bodyRead || (this.chain.length > 0 && !this.yearOnly) || !(this.inHeading || this.read === 0)) return;
    if (this.read > 0) return this.setYear(infoboxDateYear(sentence.trim()));
    const year = TITLE_YEAR.exec(sentence.trim());
    this.setYear(year?.[1] ?? year?.[2]);
  }

  private setYear(year: string | undefined): void {
    if (!year) return;
    this.chain = [`in ${year}`];
    this.yearOnly = true;
  }

  /**
   * A look back told in the pluperfect with a bare year ("The commander had fled a prison in Khartoum in 2009.") dates
   * that earlier event only: the story stays where it was, so its next "On 4 August" keeps the story's year. Only a
   * year before the one the story has reached: "By 2016 the group had lost the city" moves it on.
   */
  private flashback(phrase: string, sentence: string, earlier: TimeHit[]): boolean {
    if (!PLUPERFECT.test(sentence)) return false;
    if (NAMES_MONTH.test(phrase) && NAMES_YEAR.test(phrase)) return this.datedBefore(phrase, earlier.map((t) => t.text));
    if (NAMES_MONTH.test(phrase)) return this.monthBefore(phrase);
    const year = Number(NAMES_YEAR.exec(phrase)?.[0]);
    const first = this.chain.find((p) => p !== DATELINE);
    const reached = first ? Number(NAMES_YEAR.exec(first)?.[0]) : NaN;
    return year > 0 && reached > 0 && year < reached;
  }

  /**
   * The same look back by a month with its year ("On 23 February, ISIL released the hostages it had seized during an
   * earlier offensive in February 2015", in a 2016 story): a month before the one the story has reached, once the
   * paragraph, or this sentence before it, dated the story's present. Without the rule the next "Early on 24 February"
   * would be read in 2015. `earlier`: the sentence's story dates before the phrase.
   */
  private datedBefore(phrase: string, earlier: string[]): boolean {
    const story = [...this.chain, ...earlier];
    if (![this.paragraphDate, ...earlier].some((p) => NAMES_MONTH.test(p ?? ''))) return false;
    const yearOf = (p: string | undefined) => Number(NAMES_YEAR.exec(p ?? '')?.[0] ?? 0);
    const monthOf = (p: string | undefined) => monthNumber(NAMES_MONTH.exec(p ?? '')?.[0] ?? '');
    const reachedYear = yearOf(story.findLast((p) => NAMES_YEAR.test(p)));
    const reachedMonth = monthOf(story.findLast((p) => NAMES_MONTH.test(p)));
    const [year, month] = [yearOf(phrase), monthOf(phrase)];
    return reachedYear > 0 && (year < reachedYear || (year === reachedYear && month > 0 && month < reachedMonth));
  }

  /**
   * The same look back by a yearless month ("The town had already been captured by the rebels on 10 June, but was
   * recaptured by the army in August.", told on 8 October): a month before the one the story has reached, as an aside
   * in a paragraph that already dated the story's present by a calendar date. A paragraph that opens on the look back ("The town had been
   * raided by the army on 3 April. Witnesses said 62 were killed.") is about that earlier event, which dates it.
   */
  private monthBefore(phrase: string): boolean {
    if (NAMES_YEAR.test(phrase) || !NAMES_MONTH.test(this.paragraphDate ?? '')) return false;
    const reached = this.chain.findLast((p) => NAMES_MONTH.test(p));
    const month = (text: string | undefined) => monthNumber(NAMES_MONTH.exec(text ?? '')?.[0] ?? '');
    return month(phrase) > 0 && month(phrase) < month(reached);
  }

  /**
   * A paragraph dated before the year its title gives the campaign ("Battle of Shusha (2020)": "The city was captured
   * in 1992 ...") is background: its own dates hold within it ("In 2014 ISIS took the town. On 10 June, ..." stays in
   * 2014), and the next paragraph goes back to where the story was ("in mid-October" is the campaign's October).
   * A title without a year ("Battle of Bakhmut") leaves the campaign's year to the lead's start ("began in May 2022"):
   * past the lead, a "Background" paragraph on 2014 is such a look back, and the next one's "On 17 May" is 2022's.
   */
  private lookBack(dating: TimeHit[]): void {
    const campaignYear = this.titleYear || (this.inLead ? 0 : Number(NAMES_YEAR.exec(this.leadStart ?? '')?.[0] ?? 0));
    if (this.resume || !campaignYear || this.read === 0) return;
    const before = dating.some((t) => Number(NAMES_YEAR.exec(t.text)?.[0] ?? campaignYear) < campaignYear);
    if (before) this.resume = { chain: [...this.chain], yearOnly: this.yearOnly };
  }

  /**
   * `dateline`: the phrase is the dateline's day, marked so (DATELINE) as the story's news day for normalize; `launch`:
   * it dates the campaign's launch, marked so (LAUNCH) as the day a "third day of the offensive" counts from.
   */
  private push(phrase: string, dateline = false, launch = false): void {
    this.yearOnly = false;
    if (this.inLead && this.leadStart === null && NAMES_YEAR.test(phrase)) this.leadStart = phrase;
    const marked = dateline ? [DATELINE, phrase] : launch ? [LAUNCH, phrase] : [phrase];
    if (NAMES_YEAR.test(phrase)) this.chain = marked;
    else this.chain.push(...marked);
    this.trim();
  }

  /**
   * Bounds the chain. A yearless date is read forward from the one before it, so the months the story has passed
   * through must stay (dropping them could send "5 July" back before "9 October"): the oldest phrase that names no
   * month goes first, and only when every phrase names one does the oldest go.
   */
  private trim(): void {
    // The title's period and its mark are no phrases of the story: they do not count toward the bound.
    const titled = this.chain.includes(TITLE_PERIOD) ? 2 : 0;
    while (this.chain.length - titled > MAX_CHAIN + 1) {
      // The "next day"s after the last dated phrase count from it: they stay, however many.
      const lastDated = this.chain.findLastIndex((p) => NAMES_MONTH.test(p));
      // The title's mark and its period stay together, whatever else goes.
      // A dateline's (a launch's) day stays with its mark; the mark alone may go (the day is then an ordinary date).
      const removable = (k: number) => k > 0 && this.chain[k] !== TITLE_PERIOD && this.chain[k - 1] !== TITLE_PERIOD && this.chain[k - 1] !== DATELINE && this.chain[k - 1] !== LAUNCH;
      const i = this.chain.findIndex((p, k) => removable(k) && k < lastDated && !NAMES_MONTH.test(p));
      this.chain.splice(i > 0 ? i : this.chain.findIndex((_, k) => removable(k)), 1);
    }
  }
}

/**
 * The document layer for place: a fact whose sentence names no place (or none the packs know) happened where the text
 * has placed it. Extract keeps the candidates, nearest first, and normalize picks the first the packs resolve
 * (packages/normalize/src/places/admin-context.ts): the places of the fact's paragraph, latest first; the headline's and
 * the lead's; and, through `between`, every place of the article, so normalize can tell when it names one admin1 only.
 */
const MAX_PARAGRAPH_PLACES = 24;
const MAX_LEAD_PLACES = 12;
/** The lead: the headline and the first sentences of the body (a byline or a photo caption may come first). */
export const LEAD_SENTENCES = 4;

export class PlaceDiscourse {
  /**
   * `countryWide`: a report whose title names only its country ("Ukraine: Situation Report, 20 Jul 2022") covers the
   * whole country; the place of its lead's first incident is no place of the report, so its lead gives none.
   */
  constructor(private countryWide = false) {}

  private paragraphPlaces: PlaceMention[] = [];
  private leadPlaces: PlaceMention[] = [];
  /** Null until the first heading: a text without headings has paragraphs, not sections. */
  private sectionPlaces: PlaceMention[] | null = null;
  private bySentence = new Map<number, PlaceMention[]>();

  /** The places before a lead-in line's colon, while the lines under it are read (null outside such a list). */
  private leadInPlaces: PlaceMention[] | null = null;
  /** The lead-in line's marker (lineMarker): a line with the same one is its sibling, not under it. */
  private leadInMarker = '';

  /**
   * A new paragraph starts: its facts no longer take the previous paragraph's places. `item`: the paragraph is a line
   * of a list (a bullet, or a line not ending like a sentence); a paragraph of prose, or a line marked as the lead-in
   * was (`marker`), ends the lead-in's list.
   */
  paragraph(item = false, marker = ''): void {
    this.paragraphPlaces = [];
    if (!item || (marker !== '' && marker === this.leadInMarker)) this.leadInPlaces = null;
  }

  /**
   * A section heading starts: its places, and those of the section's sentences, are the section's. `entry`: the line
   * reads as a heading but is a list's "label: figures" entry, which does not end a lead-in's list.
   */
  heading(entry = false): void {
    this.sectionPlaces = [];
    if (!entry) this.leadInPlaces = null;
  }

  /**
   * A line that opens by naming its areas before a colon ("In Donetsk and Luhansk regions: 1,240 casualties"): the
   * list lines under it are of those areas, until prose, a heading or the next lead-in. `places`: the line's own
   * places (article offsets); `colon`: the colon's article offset, or -1 when the line is no lead-in.
   */
  leadIn(places: PlaceMention[], colon: number, marker: string): void {
    const named = places.filter((p) => p.end <= colon);
    if (colon < 0 || !named.length) return;
    this.leadInPlaces = named;
    this.leadInMarker = marker;
  }

  /** The current lead-in's places, or undefined outside a lead-in's list. */
  underLeadIn(): PlaceMention[] | undefined {
    return this.leadInPlaces ? [...this.leadInPlaces] : undefined;
  }

  /** The section's places before the current sentence, latest first; undefined before the first heading. */
  section(): PlaceMention[] | undefined {
    return this.sectionPlaces ? [...this.sectionPlaces] : undefined;
  }

  /**
   * The paragraph's places before the current sentence, latest first. The sentence's own places a fact does not take
   * are not offered: extract left them out for a reason ("within kilometres of X province" is not in it).
   */
  around(): PlaceMention[] {
    return [...this.paragraphPlaces];
  }

  /**
   * The names the paragraph's places give an area by (each place's own name and its admin hint, latest first), and
   * the lead's: where "the provincial capital" finds its province when its sentence names none.
   */
  areas(): { paragraph: string[]; lead: string[] } {
    const names = (ps: PlaceMention[]) => ps.flatMap((p) => [p.text, p.admin_hint]).filter((n) => n !== '');
    return { paragraph: names(this.paragraphPlaces), lead: names(this.leadPlaces) };
  }

  /** After a sentence: its places (article offsets) become the paragraph's latest, and the lead's while in the lead. */
  remember(sentenceIndex: number, places: PlaceMention[]): void {
    if (!places.length) return;
    this.bySentence.set(sentenceIndex, places);
    this.paragraphPlaces = [...places].reverse().concat(this.paragraphPlaces).slice(0, MAX_PARAGRAPH_PLACES);
    if (this.sectionPlaces) this.sectionPlaces = [...places].reverse().concat(this.sectionPlaces).slice(0, MAX_PARAGRAPH_PLACES);
    if (sentenceIndex < LEAD_SENTENCES && !this.countryWide) this.leadPlaces = [...this.leadPlaces, ...places].slice(0, MAX_LEAD_PLACES);
  }

  /**
   * Once the article is read: gives each fact (in sentence order) the lead's places (a headline's fact too: its lead
   * follows it), and the places of the sentences after the previous fact's up to its own; the last fact also takes
   * those after it. Facts of one sentence: the first takes them.
   */
  distribute<T extends { sentence_index: number; place_context?: PlaceContext }>(facts: T[]): T[] {
    const sentences = [...this.bySentence.keys()].sort((a, b) => a - b);
    let from = -1;
    facts.forEach((f, i) => {
      const last = i === facts.length - 1;
      const upTo = last ? Infinity : f.sentence_index;
      const between = sentences.filter((s) => s > from && s <= upTo).flatMap((s) => this.bySentence.get(s)!);
      from = Math.max(from, f.sentence_index);
      f.place_context = { ...f.place_context, paragraph: f.place_context?.paragraph ?? [], lead: [...this.leadPlaces], between };
    });
    return facts;
  }
}

/**
 * "Fighting killed 12 people, the ministry said Wednesday. Seven died on Tuesday near the airport and five others in
 * Ain Zara on Tuesday evening.": figures of the lead's kind and category that add up to the lead's count are its parts,
 * so their day is the lead's event's, not another incident's (two or more, or the sum would be a restatement).
 */
function partsOf(lead: ExtractedFact, told: ExtractedFact[]): boolean {
  const whole = lead.quantity?.value;
  const parts = told.filter((f) => f.kind === lead.kind && f.category === lead.category && f.quantity?.value != null);
  return whole != null && parts.length > 1 && parts.reduce((sum, f) => sum + f.quantity!.value!, 0) === whole;
}
