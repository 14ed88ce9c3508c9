/**
 * A byline block: a publisher's own report or page opening on short lines, a person's name, the organisation they
 * write for, and the date, before the body ("Anucha Wongsakul" / "Border Violence Monitor" / "May 4, 2012"), or the
 * three on one line, "Bill Roggio, The Long War Journal, December 9, 2015". The organisation published the report, so
 * the figures it states as its own are that organisation's (the gold convention takes the organisation, or accepts
 * the author beside it); the name line alone says nothing of whose the figures are.
 */
import { REPORTING } from '@frontline/schema';
import { knownWord } from '@frontline/nlp';
import { isRoleNoun } from './reporter-phrase.ts';
import { findDates, wholeDate } from '@frontline/ingest/dates';
import { MONTH_RE, WEEKDAY_RE } from './text.ts';

/** Lines read from the top of the text for the block: a title or a kicker may stand above it. */
const BLOCK_LINES = 6;
/** A date line may open on its weekday: "Thursday, 4 May 2012". */
const WEEKDAY_OPENER = new RegExp(String.raw`^${WEEKDAY_RE},?\s+`, 'iu');
const CAP = String.raw`\p{Lu}[\p{L}'’.-]*`;
/** A person's name: two to four capitalised words, maybe after "By". */
const NAME = String.raw`(?:[Bb]y\s+)?${CAP}(?:\s+${CAP}){1,3}`;
/** An organisation's name: capitalised words with the small words of names between them, no comma, no clause. */
const ORG = String.raw`${CAP}(?:\s+(?:(?:of|for|and|the|on|in|de|del|la|des|du|&)\s+)*${CAP}){0,7}`;
const NAME_LINE = new RegExp(String.raw`^${NAME}$`, 'u');
const ORG_LINE = new RegExp(String.raw`^${ORG}$`, 'u');
/** What stands before the date of a one-line block: "Bill Roggio, The Long War Journal, ". */
const ONE_LINE_HEAD = new RegExp(String.raw`^(${NAME}),\s+((?:[Tt]he\s+)?${ORG}),\s+(?:${WEEKDAY_RE},?\s+)?$`, 'u');

/** The organisation a byline block at the top of the text names, '' when there is none. */
export function bylineOrganisation(text: string): string {
  const lines = text.split('\n').slice(0, BLOCK_LINES + 3).map((l) => l.trim());
  for (let i = 0; i < lines.length && i <= BLOCK_LINES; i++) {
    const one = ONE_LINE_HEAD.exec(lines[i]!.slice(0, trailingDateStart(lines[i]!)));
    if (one && personName(one[1]!) && organisation(one[2]!)) return one[2]!;
    // The three lines of a block stand together: no blank line between them.
    if (i < 2 || !dateLine(lines[i]!)) continue;
    const [name, org] = [lines[i - 2]!, lines[i - 1]!];
    if (personName(name) && ORG_LINE.test(org) && organisation(org)) return org;
  }
  return '';
}

/** A full date and nothing else, read by the date module: "March 31, 2011", "Thursday, 4 May 2012", "2021-03-12". */
function dateLine(line: string): boolean {
  return wholeDate(line.replace(WEEKDAY_OPENER, '')) !== null;
}

/** Where the full date a line ends on starts; 0 when it ends on none. */
function trailingDateStart(line: string): number {
  const last = findDates(line).at(-1);
  return last && last.end === line.length && last.precision === 'day' && last.year !== null ? last.start : 0;
}

/**
 * A person's name: capitalised words none of which is a common word of the lexicon but one, so that a headline in title case
 * and its kicker above a date ("Rebels Seize Key Town" / "Army Pulls Back From Border") are no byline.
 */
function personName(line: string): boolean {
  // A name may hold one word that is also a common word ("Bill Roggio", "Mary Rose Nkosi"), a headline does not.
  return NAME_LINE.test(line) && line.replace(/^by\s+/i, '').split(/\s+/).filter((w) => knownWord(w)).length <= 1;
}

/** Nouns that head a body's name ("Monitor", "Network"), though some also name a person's role. */
const BODY_NOUNS = new Set(REPORTING.body.map((w) => w.toLowerCase()));
const OPENS_ON_MONTH = new RegExp(String.raw`^${MONTH_RE}`, 'iu');

/**
 * A name line's neighbour that can be a publisher: two words or more, not a date, not a person's role ("Senior
 * Analyst"), unless its last word also heads a body's name ("Border Violence Monitor").
 */
function organisation(line: string): boolean {
  const words = line.replace(/^the\s+/i, '').split(/\s+/);
  const last = words.at(-1)!.toLowerCase();
  return words.length >= 2 && (BODY_NOUNS.has(last) || !isRoleNoun(last)) && !OPENS_ON_MONTH.test(line);
}
