/**
 * Whole-campaign figures of a narrative. An encyclopedic page sums its campaign up ("Almost 1,200 people were killed
 * during the operation", "In total, the army captured 45 villages during the campaign", "throughout the siege, 3,000
 * died"): the figure counts the campaign from its start to its end, not the day the story had reached where the
 * sentence stands (the lead's "launched on 15 November" or a section's "On 26 November"). Such a figure's period is
 * the campaign's: from the start of the title's span ("(November–December 2016)", "2019–2020") to the page's latest
 * dated fact inside that span; without a title span, from the day the story had reached to the page's latest day. An
 * infobox that states the campaign's span to the day ("Date 17 October 2016 – 20 July 2017") gives it whole.
 *
 * The phrases that mark such a figure are data (data/whole-campaign.csv): frames ("during the {campaign}", "in
 * total") and the campaign nouns that fill them; and the words of a running total as of the story's day ("up to that
 * point", "so far", "by then"), which a sentence summing the campaign does not have: "the army had captured 9
 * villages up to that point during the offensive" is a total as of the day the story has reached. Only a narrative
 * (no publication date; a report's "during the offensive" is as of its day) and only figures with no time phrase of
 * their own ("On 3 May, 20 were killed during the offensive" is of 3 May) and with a count (a named capture is one
 * event on one day).
 */
import { parseRegistry, readDataText, type DataHome, type Fact } from '@frontline/schema';
import { escapeRe, infoboxDateValue, latest } from '@frontline/nlp/dates';
import { resolvePeriod, type Period } from './period.ts';

const HOME: DataHome = { from: import.meta.url, dir: '../data/', pkg: '@frontline/normalize' };

interface Row {
  role: string;
  words: string;
}

const escape = (s: string): string => escapeRe(s).replace(/\\\{campaign\\\}/g, '{campaign}');

/**
 * The frames with their {campaign} slot filled by any campaign noun, which may follow up to two words ("during the
 * two-month siege", "throughout the Aleppo offensive"), and not be a possessive ("during the offensive's first week"
 * is one week of it).
 */
function phrasePattern(rows: Row[]): RegExp {
  const nouns = rows.filter((r) => r.role === 'campaign').map((r) => escape(r.words)).sort((a, b) => b.length - a.length);
  const slot = String.raw`(?:[\w-]+\s+){0,2}(?:${nouns.join('|')})\b(?!['’]s\b)`;
  const frames = rows.filter((r) => r.role === 'frame').map((r) => escape(r.words).replace(/\s+/g, String.raw`\s+`).replace('{campaign}', slot));
  return new RegExp(String.raw`\b(?:${frames.join('|')})(?![\w-])`, 'i');
}

/** Any of the phrases of one role, as whole words. */
const anyOf = (rows: Row[], role: string): RegExp =>
  new RegExp(String.raw`\b(?:${rows.filter((r) => r.role === role).map((r) => escape(r.words).replace(/\s+/g, String.raw`\s+`)).join('|')})\b`, 'i');

/** The phrase table, checked as every registry is (a row without words, note or web source stops the stage). */
const ROWS: Row[] = parseRegistry(readDataText(HOME, 'whole-campaign.csv'), 'whole-campaign.csv', ['role', 'words', 'note'], {
  role: ['frame', 'campaign', 'interim', 'episode', 'after', 'ongoing'],
}).map((r) => ({ role: r.role!, words: r.words! }));
const WHOLE_CAMPAIGN = phrasePattern(ROWS);
const INTERIM = anyOf(ROWS, 'interim');
const ONGOING = anyOf(ROWS, 'ongoing');

/**
 * Words between a day and a figure that say the state begun that day has not ended ("The curfews declared in Kalvo
 * on 2 March are still going on and 64 civilians were killed"): the figure counts that state from the day to the
 * report's, as "since 2 March" would (data/whole-campaign.csv role 'ongoing').
 */
export const stillGoingOn = (between: string): boolean => ONGOING.test(between);
const EPISODE = anyOf(ROWS, 'episode');

/**
 * The sentence sums the whole campaign up ("N killed during the operation", "In total, ..."), not a total so far, nor
 * the total of one episode the story has just told ("Overall, 80 were killed during the clashes").
 */
export const sumsCampaign = (sentence: string): boolean =>
  WHOLE_CAMPAIGN.test(sentence) && !INTERIM.test(sentence) && !EPISODE.test(sentence);

/** The span a page's title names: "Aleppo offensive (November–December 2016)", "2019–2020 X offensive", "Battle of Y (2016)". */
export function titleSpan(title: string): Period | null {
  const words = /\(([^()]*\b(?:19|20)\d{2}\b[^()]*)\)\s*$/.exec(title.trim())?.[1] ??
    /^((?:19|20)\d{2}(?:\s*[–—-]\s*(?:19|20)?\d{2})?)\s+\p{Lu}/u.exec(title.trim())?.[1];
  if (!words) return null;
  const span = resolvePeriod(words, '');
  return span.period_end ? span : null;
}

/** How many of a page's first lines may hold its infobox (title, image caption, "Part of", the fields). */
const INFOBOX_LINES = 12;

/**
 * The campaign's span as the page's infobox states it, closed and to the day ("Date 22 November 2015 – 9 February
 * 2016"): the page's own word on when the campaign ended, which its story may not reach (it tells only some days).
 * Null for an open span ("– present"), a single day or a field the date rules do not read as a span.
 */
export function infoboxSpan(text: string): Period | null {
  const value = text.split('\n', INFOBOX_LINES).map(infoboxDateValue).find((v) => v !== undefined);
  if (!value) return null;
  const span = resolvePeriod(value, '');
  return span.date_precision === 'day' && span.period_start < span.period_end ? span : null;
}

type Dated = Pick<Fact, 'quote' | 'count_best' | 'period_start' | 'period_end' | 'date_precision' | 'date_basis' | 'char_start'>;

const AFTER_HEADINGS = new Set(ROWS.filter((r) => r.role === 'after').map((r) => r.words.toLowerCase()));
/** A heading line, its marks ("## ", "== ... ==") set aside. */
const HEADING_LINE = /^[ \t=#*]*([^\n=#*]{1,40}?)[ \t=#*]*$/gm;

/**
 * Where a page starts telling what followed its campaign: its first "Aftermath" (or "Reactions", "Legacy") heading
 * (data/whole-campaign.csv role 'after'). A total summing the battle before it is not of the later events told after it
 * (a siege of the base months on, the city lost a year later). Infinity when the page has no such heading.
 */
export function afterCampaignAt(text: string): number {
  for (const m of text.matchAll(HEADING_LINE)) if (AFTER_HEADINGS.has(m[1]!.trim().toLowerCase())) return m.index;
  return Infinity;
}

const NOUNS = ROWS.filter((r) => r.role === 'campaign').map((r) => escape(r.words)).sort((a, b) => b.length - a.length).join('|');

// The verbs of a toll counted up to now, in the present perfect: "has killed", "have so far displaced", "has left".
const SO_FAR_VERB = String.raw`(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:killed|left|displaced|uprooted|claimed|forced)`;
// The campaign noun as the verb's subject, possibly named or qualified ("the Gaza war", "the two-month siege"), the
// figure following in the same clause.
const CAMPAIGN_SO_FAR = new RegExp(String.raw`\b(?:the|this|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:${NOUNS})\s+${SO_FAR_VERB}\b[^.;]*$`, 'iu');

/**
 * The words before a figure make it a campaign's toll so far: "the operation has killed more than", "the war has
 * displaced some". A report counts such a toll from the campaign's start up to its own day, not on the day or month
 * the story gave the campaign's start ("launched an operation in October").
 */
export const campaignSoFar = (beforeFigure: string): boolean => CAMPAIGN_SO_FAR.test(beforeFigure);
/** A campaign noun aimed at a named target: "the operation to capture the Tamim District", "the assault on Hays". */
const AIMED = new RegExp(String.raw`\b(?:${NOUNS})\s+(?:to\s+(?:capture|take|retake|recapture|seize|clear|liberate)|for|against|on)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*)`, 'u');

/** A campaign noun after a name: "the al-Hawl offensive", "the Kherson counteroffensive" (the name in group 1). */
const NAMED = new RegExp(String.raw`\bthe\s+((?:[a-z]{1,3}-)?\p{Lu}[\p{L}'’-]*)\s+(?:${NOUNS})\b`, 'u');

/**
 * The sentence's campaign noun aims at a target the title does not name: "During the operation to capture the Tamim
 * District, 350 militants were killed" on a page titled for the city is one operation of the campaign, on the day the
 * story has reached, not the campaign's whole span. So is a campaign the sentence names by another name ("During the
 * al-Hawl offensive, the SDF captured 240 villages" on the page of the al-Shaddadi offensive, in its background): an
 * earlier or smaller campaign, which the story is telling where the sentence stands.
 */
function aimedElsewhere(sentence: string, title: string): boolean {
  const named = (word: string | undefined) => !!word && !new RegExp(String.raw`(?<![\p{L}])${escape(word)}(?![\p{L}])`, 'iu').test(title);
  return named(AIMED.exec(sentence)?.[1]) || named(NAMED.exec(sentence)?.[1]);
}

/** A figure of a whole campaign: a count, dated by the story's context (or not at all), in a summing sentence. */
const isCampaignTotal = (f: Dated): boolean =>
  f.count_best !== null && (f.date_basis === 'context' || f.date_basis === '') && sumsCampaign(f.quote);

/**
 * Gives a narrative's whole-campaign figures the campaign's period (see above). `published`: the article's
 * publication date ('' for a narrative); `title`: its title.
 */
export function spanCampaignTotals<T extends Dated>(facts: T[], published: string, title: string, after = Infinity, box: Period | null = null): T[] {
  const total = (f: T): boolean => isCampaignTotal(f) && !aimedElsewhere(f.quote, title);
  if (published || !facts.some(total)) return facts;
  if (box) return facts.map((f) => (total(f) ? { ...f, ...box, date_basis: 'context' } : f));
  const span = titleSpan(title);
  const inSpan = (d: string): boolean => !span || (span.period_start <= d && d <= span.period_end);
  const lastOf = (told: T[]) => latest(told.filter((f) => f.date_precision === 'day' && inSpan(f.period_end)).map((f) => f.period_end));
  const [last, lastBefore] = [lastOf(facts), lastOf(facts.filter((f) => f.char_start < after))];
  return facts.map((f) => (total(f) ? { ...f, ...campaignPeriod(f, span, f.char_start < after ? lastBefore : last), date_basis: 'context' } : f));
}

/** The campaign's period for one figure: the title's span (or the figure's own start) to the page's last day in it. */
function campaignPeriod(f: Dated, span: Period | null, last: string): Period {
  const start = span?.period_start ?? f.period_start;
  // A start the title gives ("(February–May 2022)") is only as precise as the title: the period is no finer than it.
  const precision = span && start === span.period_start ? span.date_precision : 'day';
  if (last && (!start || start <= last)) return { period_start: start || last, period_end: last, date_precision: start ? precision : 'day' };
  if (span) return span;
  return { period_start: f.period_start, period_end: f.period_end, date_precision: f.date_precision };
}
