/**
 * A figure the text gives for a whole country, or for several, in words rather than by naming it: "1.2 million
 * displaced across the country", "N killed nationwide", "around 4,000 people died in the three countries last
 * year", "the war has killed at least 40,000 people", "N have fled since the war began". Such a figure is of no one
 * admin1 area, so the area of its paragraph, its lead or its headline is not inferred for it (admin-context.ts). The
 * phrases are data (data/country-wide.csv): scope phrases, with a count of countries ({n}), and frames around a
 * war noun ({war}: "the war", "the two-year civil war").
 *
 * Only the figure's clause is read, with the clause before it when that one holds no figure of its own ("Since the
 * war began, 9 million have fled"): "Five were killed in the town, bringing the toll since the war began to 300"
 * puts the running toll, not the five, in the whole war.
 */
import { parseRegistry, readDataText, type DataHome, type ExtractedFact } from '@frontline/schema';
import { escapeRe } from '@frontline/nlp/dates';

const HOME: DataHome = { from: import.meta.url, dir: '../../data/', pkg: '@frontline/normalize' };

interface Row {
  role: string;
  words: string;
}

const ROWS: Row[] = parseRegistry(readDataText(HOME, 'country-wide.csv'), 'country-wide.csv', ['role', 'words', 'note'], {
  role: ['scope', 'frame', 'war', 'n'],
}).map((r) => ({ role: r.role!, words: r.words! }));

const wordsOf = (role: string): string[] =>
  ROWS.filter((r) => r.role === role).map((r) => r.words).sort((a, b) => b.length - a.length);

/** A phrase as a pattern: its spaces any run of blanks, its {slot} the slot's alternatives. */
function phrase(words: string, slots: Record<string, string>): string {
  const escaped = escapeRe(words).replace(/\s+/g, String.raw`\s+`);
  return escaped.replace(/\\\{(\w+)\\\}/g, (_, name: string) => slots[name] ?? '');
}

/** Up to two words before the war noun ("the two-year civil war", "the Sudan conflict"), not a possessive after it. */
function countryWidePattern(): RegExp {
  const alternatives = (role: string) => wordsOf(role).map((w) => phrase(w, {})).join('|');
  const war = String.raw`(?:[\w-]+\s+){0,2}(?:${alternatives('war')})(?!['’]s\b)`;
  const slots = { n: String.raw`(?:${alternatives('n')})`, war };
  const all = [...wordsOf('scope'), ...wordsOf('frame')].map((w) => phrase(w, slots));
  return new RegExp(String.raw`\b(?:${all.join('|')})(?![\w-])`, 'i');
}

const COUNTRY_WIDE = countryWidePattern();

/** Where a clause ends: a comma, semicolon, colon, dash or bracket. */
const CLAUSE_MARK = /[,;:()\u2013\u2014]/g;

/** The clause of the sentence holding [start, end), with the clause before it when that one has no digit. */
export function figureClause(sentence: string, start: number, end: number): string {
  const marks = [...sentence.matchAll(CLAUSE_MARK)].map((m) => m.index);
  const before = marks.filter((i) => i < start);
  const from = before.at(-1) ?? -1;
  const to = marks.find((i) => i >= end) ?? sentence.length;
  const previous = sentence.slice((before.at(-2) ?? -1) + 1, Math.max(from, 0));
  const opens = from >= 0 && !/\d/.test(previous) ? (before.at(-2) ?? -1) + 1 : from + 1;
  return sentence.slice(opens, to);
}

/** The fact's figure is given for a whole country or several ("across the country", "the war has killed N"). */
export function isCountryWide(x: Pick<ExtractedFact, 'quote' | 'char_start' | 'figure_start' | 'figure_end'>): boolean {
  const start = x.figure_start - x.char_start;
  const end = x.figure_end - x.char_start;
  if (start < 0 || end > x.quote.length || end < start) return COUNTRY_WIDE.test(x.quote);
  return COUNTRY_WIDE.test(figureClause(x.quote, start, end));
}
