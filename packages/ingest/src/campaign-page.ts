/**
 * A copied encyclopedic campaign page known by its shape alone, when its copy lost the infobox and the lead that
 * defines the title (a mirror's summary, a page cut to its paragraphs): a title naming a campaign ("Battle of X",
 * "Siege of Y (2016)", "2019 Western Libya offensive"), no mark of a report of the day (a weekday, "today", "last
 * week"), and either the encyclopedia's section headings ("Background", "Aftermath") or dates over several months.
 * The title forms and headings are in `data/campaign-page.csv`.
 */
import { alternation, monthNames, weekdayNames } from '@frontline/nlp/dates';
import { NARRATIVE_EVIDENCE, parseRegistry } from '@frontline/schema';
import { readDataFile } from './data.ts';

const FILE = 'campaign-page.csv';
const ROLES = ['title_head', 'title_tail', 'heading'] as const;
type Role = (typeof ROLES)[number];

let cached: Map<Role, string[]> | null = null;
function words(role: Role): string[] {
  if (!cached) {
    cached = new Map(ROLES.map((r) => [r, []]));
    for (const row of parseRegistry(readDataFile(FILE), FILE, ['role', 'word', 'example'], { role: ROLES })) {
      cached.get(row.role as Role)!.push(row.word!);
    }
  }
  return cached.get(role)!;
}

const list = (role: Role) => alternation(words(role));

/** A year or an ordinal before the name ("2022 Kherson counteroffensive", "Second Battle of Tikrit"). */
const PREFIX = String.raw`(?:(?:19|20)\d{2}\s+|(?:First|Second|Third|Fourth|Fifth)\s+)?`;
/** A period in brackets after the name, as encyclopedias tell two campaigns of one name apart. */
const SUFFIX = String.raw`(?:\s*\([^()]{1,40}\))?`;
/**
 * A place's name after "Battle of": capitalised words, Arabic article prefixes ("al-Qusayr") and the small words of
 * names ("Donetsk Airport", "the Kerch Strait"); a headline's verb ("Battle for Bakhmut rages on") is none of them.
 */
const NAME_WORD = String.raw`(?:[A-Z0-9][\w'’.-]*|(?:al|el|ad|as|ash|at|ar|an|az)-[A-Z][\w'’-]*)`;
const PLACE_NAME = String.raw`(?:the\s+)?${NAME_WORD}(?:\s+(?:(?:of|the|and|de|la|du)\s+)?${NAME_WORD}){0,5}`;
/** At most this many words before a tail noun: a name, not a headline's clause. */
const NAME_WORDS = 5;

let titleForm: RegExp | null = null;
function campaignTitle(title: string): boolean {
  titleForm ??= new RegExp(
    String.raw`^(?:the\s+)?${PREFIX}(?:(?:${list('title_head')})\s+(?:of|for)\s+${PLACE_NAME}|` +
      String.raw`(?:[A-Z0-9][\w'’-]*\s+){1,${NAME_WORDS}}(?:${list('title_tail')}))${SUFFIX}$`,
  );
  return titleForm.test(title.replace(/[*_]/g, '').trim());
}

let headingForm: RegExp | null = null;
/** A line that is one of the encyclopedia's section headings, a copy's "[edit]" after it allowed. */
function sectionHeading(line: string): string | undefined {
  headingForm ??= new RegExp(String.raw`^(${list('heading')})(?:\s*\[edit\])?$`, 'i');
  return headingForm.exec(line)?.[1];
}

let reportMark: RegExp | null = null;
/** The words of a report of the day, which an encyclopedia's past-tense narrative does not use. */
function reportsTheDay(text: string): boolean {
  reportMark ??= new RegExp(
    String.raw`\b(?:${alternation(weekdayNames())}|today|yesterday|tonight|this\s+(?:morning|week|month)|(?:last|next)\s+(?:week|month|year))\b`,
    'i',
  );
  return reportMark.test(text);
}

/** Months a page must date its events in, without headings: a campaign told over time, not a day's news. */
const MIN_MONTHS = 2;
const MIN_DATES = 3;

let monthForm: RegExp | null = null;
/** The months the text names with a day or a part ("6 September", "late August", "mid-December"). */
function datedMonths(text: string): { dates: number; months: number } {
  monthForm ??= new RegExp(String.raw`\b(?:\d{1,2}\s+(${alternation(monthNames())})|(?:early|mid|late)[\s-]+(${alternation(monthNames())})|(${alternation(monthNames())})\s+\d{1,2}\b)`, 'g');
  const found = [...text.matchAll(monthForm)].map((m) => (m[1] ?? m[2] ?? m[3])!);
  return { dates: found.length, months: new Set(found).size };
}

/**
 * The evidence that the text is an encyclopedic campaign page by its shape, or null. `title` is the page's title line,
 * `lines` its trimmed non-empty lines.
 */
export function campaignPage(title: string, lines: string[], text: string): string | null {
  if (!campaignTitle(title) || reportsTheDay(text)) return null;
  const heading = lines.map(sectionHeading).find(Boolean);
  if (heading) return `an encyclopedic page (its title names a campaign, '${title}', and it has the section '${heading}'); ${NARRATIVE_EVIDENCE}`;
  const { dates, months } = datedMonths(text);
  if (dates >= MIN_DATES && months >= MIN_MONTHS) {
    return `an encyclopedic page (its title names a campaign, '${title}', and it dates events in ${months} months with no report of the day); ${NARRATIVE_EVIDENCE}`;
  }
  return null;
}
