/**
 * The one lexicon of date words (`packages/nlp/data/date-words.csv`): month names and abbreviations, weekdays and
 * their abbreviations, ordinals of a week, parts of a month or year, relative days, seasons and fixed holidays; and the
 * words that make a date the start of a running total ("launched an offensive in May, killing 300": a start verb, a
 * campaign noun, a participle of consequence); and the nouns of one incident a news day may name ("the Monday evening
 * explosion", "Sunday's attack"); and the words of a reprisal, whose figures an earlier incident's day never
 * dates ("killed in a revenge raid following Monday's ambush"); and the verbs of occurring, after which a date is the
 * incident's, not the saying's ("said the attack took place on Friday"); and the nouns of an accord and the participles
 * that date its making ("the truce agreed on Monday"), whose date is the accord's, never a figure's; and the nouns of
 * fighting a time word may qualify ("overnight clashes", "three days of shelling"); and small counts as words, exact or
 * vague ("two days later", "within a few weeks"); and the words before a length that leave it a length ("in nearly seven months of war"); and the words a newspaper's name joins to a weekday ("Sunday Times",
 * "Daily Trust Saturday"), whose weekday names an edition, never a day; and the verbs a month is the subject of when a
 * tally counts it ("March recorded 41 deaths", "October saw 66 people killed"). Every date finder builds its patterns from these
 * lists, so a word added to the file is known to all of them.
 *
 * The file is read once, on first use; a broken row stops the program with the file, line and reason.
 */
import { parseRegistry, readDataText, type DataHome } from '@frontline/schema';

const FILE = 'date-words.csv';
export const DATE_WORD_KINDS = ['month', 'month_abbr', 'weekday', 'weekday_abbr', 'ordinal', 'part', 'relative_day', 'season', 'holiday',
  'start_verb', 'campaign_noun', 'event_noun', 'consequence', 'incident_noun', 'reprisal', 'occurrence_verb', 'accord_noun', 'accord_verb',
  'time_of_day', 'combat_noun', 'count_word', 'count_vague', 'edition_word', 'name_noun', 'length_hedge', 'end_verb', 'origin_verb',
  'movement_participle', 'persist_word', 'tally_verb'] as const;
export type DateWordKind = (typeof DATE_WORD_KINDS)[number];

export interface DateWord {
  word: string;
  kind: DateWordKind;
  /**
   * Month 1-12, weekday 0 (Sunday)-6, ordinal (-1 = last), part (early/mid/late), days from the reference, months of a
   * season, MM-DD of a holiday; a combat noun's role: "fighting" (a time word may qualify it), "cause" (also the bare
   * cause a running total dates from), "operation" (also what a narrative launches and counts days from), "launched"
   * (only that); "length" for a length hedge.
   */
  value: string;
  /** A sentence the word is read in; tests run some kinds' examples. */
  example: string;
}

const HOME: DataHome = { from: import.meta.url, dir: '../../data/', pkg: '@frontline/nlp' };

/** Parses and checks the file's text (`file` names it in errors). */
export function parseDateWords(text: string, file = FILE): DateWord[] {
  const rows = parseRegistry(text, file, ['word', 'kind', 'value', 'example'], { kind: DATE_WORD_KINDS });
  return rows.map((r) => ({ word: r.word!, kind: r.kind as DateWordKind, value: r.value!, example: r.example! }));
}

let cached: DateWord[] | null = null;

export function dateWords(kind?: DateWordKind): DateWord[] {
  cached ??= parseDateWords(readDataText(HOME, FILE));
  return kind ? cached.filter((w) => w.kind === kind) : cached;
}

const wordsOf = (kind: DateWordKind): string[] => dateWords(kind).map((w) => w.word);

/** The nouns of an event on a day: an incident ("attack", "strike", "raid") or fighting ("clash", "ambush"). */
export const eventNouns = (): string[] => [...wordsOf('incident_noun'), ...wordsOf('combat_noun')];

let frontedStart: RegExp | null = null;

/**
 * A campaign's start with its date fronted, as extract keeps its phrase and normalize reads it ("In April 2023, war
 * broke out", "on 24 february 2022, russia launched its invasion"): the date (group 1), a comma, then a start verb of
 * the lexicon with no comma after it. Extract tells the phrase by it, normalize takes the date from it: one pattern, so
 * the two stages cannot disagree on what a fronted start is. Any case.
 */
export function frontedCampaignStart(): RegExp {
  frontedStart ??= new RegExp(String.raw`^(?:in|on)\s(.+),\s[^,]*\b(?:${alternation(wordsOf('start_verb'))})\b[^,]*$`, 'i');
  return frontedStart;
}

/** "January" ... "December", in calendar order. */
export const monthNames = (): string[] => wordsOf('month');
/** "Jan", "Sept", "Sep" ... as written before their optional period. */
export const monthAbbreviations = (): string[] => wordsOf('month_abbr');
/** "Sunday" ... "Saturday", Sunday first (weekday 0). */
export const weekdayNames = (): string[] => wordsOf('weekday');
export const weekdayAbbreviations = (): string[] => wordsOf('weekday_abbr');
/** Small counts as words, "one" ... "thirty", those up to `upTo`: the counts of steps and spans ("two days later"). */
export const countWords = (upTo = 30): string[] => dateWords('count_word').filter((w) => Number(w.value) <= upTo).map((w) => w.word);
/** The count of a step of days or weeks, as a pattern (no group): "a", "two" ... "ten", or digits ("two days later"). */
export const stepCount = (): string => String.raw`(?:a|${alternation(countWords(10))}|\d{1,2})`;
/** Vague counts ("a few", "several", "a couple of"), each read as its usual number. */
export const vagueCounts = (): string[] => wordsOf('count_vague');

/** Words before a length that leave it a length of time ('in nearly seven months of war', 'in just over a week'). */
export const lengthHedges = (): string[] => wordsOf('length_hedge');

let countIndex: Map<string, number> | null = null;

/**
 * The number a count is read as: digits as written, a count word or a vague count of the lexicon, the article "a" or
 * "an" as one (any case, runs of white space as one); NaN if none.
 */
export function countValue(word: string): number {
  const w = word.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+$/.test(w)) return Number(w);
  if (w === 'a' || w === 'an') return 1;
  countIndex ??= new Map([...dateWords('count_word'), ...dateWords('count_vague')].map((d) => [d.word, Number(d.value)]));
  return countIndex.get(w) ?? NaN;
}

/** "dawn", "nightfall", "midnight": times of a day, which "before" and "after" make a time phrase, not a clause. */
export const timesOfDay = (): string[] => wordsOf('time_of_day');

let monthIndex: Map<string, number> | null = null;

/** Month number (1-12) of a month name or abbreviation in any case, with or without its period; 0 if none. */
export function monthNumber(word: string): number {
  monthIndex ??= new Map([...dateWords('month'), ...dateWords('month_abbr')].map((w) => [w.word.toLowerCase(), Number(w.value)]));
  return monthIndex.get(word.toLowerCase().replace(/\.$/, '')) ?? 0;
}

/** Weekday number (0 = Sunday) of a weekday name or abbreviation in any case; -1 if none. */
export function weekdayNumber(word: string): number {
  const w = [...dateWords('weekday'), ...dateWords('weekday_abbr')].find((d) => d.word.toLowerCase() === word.toLowerCase().replace(/\.$/, ''));
  return w ? Number(w.value) : -1;
}

/** The words of a kind whose value is `value` ("relative_day" words one day back: "yesterday", "last night"...). */
export const wordsWithValue = (kind: DateWordKind, value: string): string[] => dateWords(kind).filter((w) => w.value === value).map((w) => w.word);

/** A string as a regular-expression source that matches it as written: the one escaping of the project. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a regular-expression source: escaped, each run of white space matching any run ("large  parts"). */
export function phraseSource(s: string): string {
  return escapeRe(s).replace(/\s+/g, String.raw`\s+`);
}

/**
 * A regular-expression alternation of words (no group): escaped, longest first so a word never loses to its own
 * prefix, spaces matching any run of white space, apostrophes either way ("New Year's", "New Year’s").
 */
export function alternation(words: readonly string[], { lower = false }: { lower?: boolean } = {}): string {
  return [...words]
    .map((w) => (lower ? w.toLowerCase() : w))
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRe(w).replace(/ /g, '\\s+').replace(/['’]/g, "['’]"))
    .join('|');
}

/**
 * A regular-expression source for one day of a named month: "8 October", "8th of October" (day in group 1, month in
 * group 2) or "October 8", "Oct. 8th" (month in group 3, day in group 4). Months are matched as written (capitalised).
 */
export function dayMonthSource(): string {
  const day = String.raw`(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?`;
  const month = alternation([...monthNames(), ...monthAbbreviations()]);
  return String.raw`\b(${day})\s+(?:of\s+)?(${month})\b\.?|\b(${month})\b\.?\s+(${day})\b`;
}
