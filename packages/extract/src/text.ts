/**
 * Small text helpers shared by the finders. Every finder works on one sentence's text with offsets
 * local to that sentence; index.ts shifts them into the article's clean text.
 */

import { alternation, monthAbbreviations, monthNames, weekdayNames } from '@frontline/nlp/dates';
import { ARABIC_ARTICLES } from '@frontline/schema';

export interface Hit {
  start: number;
  end: number;
  text: string;
}

/** Letters/digits that glue words together: a match must not touch them (hyphen included, so "pro-regime" ≠ "regime"). */
export const WORD_BEFORE = String.raw`(?<![\p{L}\p{N}\-‐])`;
export const WORD_AFTER = String.raw`(?![\p{L}\p{N}\-‐])`;

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** All matches of a global regex, as hits (group 0). */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const g = re.global ? re : new RegExp(re.source, re.flags + 'g');
  g.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = g.exec(s)) !== null) {
    out.push(m);
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

/** "al-" or "al " before a name in an alias; in text, any ARABIC_ARTICLES spelling ("al ", "el-", "a-", "ash-"). */
const ARABIC_ARTICLE = /(?<![\p{L}])[Aa]l[-‐–\s](?=\p{L})/gu;
const ARTICLE_PATTERN = String.raw`(?:[AaEe]l[-‐–\s]|(?:${ARABIC_ARTICLES.filter((a) => a !== 'al' && a !== 'el').join('|')})[-‐–])`;

/**
 * Turns an alias into a regex source that tolerates typographic apostrophes, hyphen/space variants, runs of spaces
 * and the spellings of the Arabic article.
 */
export function aliasPattern(alias: string): string {
  return alias.split(ARABIC_ARTICLE).map(literalPattern).join(ARTICLE_PATTERN);
}

function literalPattern(alias: string): string {
  return alias
    .split('')
    .map((c) => {
      if (c === "'" || c === '’' || c === '‘') return "['’‘`]";
      if (c === '-' || c === '‐' || c === '–') return '[-‐–\\s]?';
      if (c === ' ') return '\\s+';
      return escapeRe(c);
    })
    .join('');
}

/**
 * Builds one matcher over many aliases: longest alias first; all-capital short aliases ("IS", "WHO", "AP")
 * match case-sensitively so the words "is", "who" and "ap" do not, the others case-insensitively.
 */
export function aliasMatcher(aliases: string[]): (s: string) => Hit[] {
  const sorted = [...new Set(aliases)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const isCaps = (a: string) => /^[A-Z][A-Z.]*$/.test(a);
  const build = (list: string[], flags: string) =>
    list.length ? new RegExp(`${WORD_BEFORE}(?:${list.map(aliasPattern).join('|')})${WORD_AFTER}`, flags) : null;
  const cs = build(sorted.filter(isCaps), 'gu');
  const ci = build(sorted.filter((a) => !isCaps(a)), 'giu');
  return (s: string) => {
    const hits: Hit[] = [];
    for (const re of [ci, cs]) {
      if (!re) continue;
      // Overlapping matches too ("The regime army" holds "the regime" and "regime army"): the longest wins below.
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s)) !== null) {
        hits.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
        re.lastIndex = m.index + 1;
      }
    }
    return dropOverlaps(hits);
  };
}

/** Keeps the longest (then earliest) of overlapping hits, in text order. */
export function dropOverlaps<T extends { start: number; end: number }>(hits: T[]): T[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const out: T[] = [];
  for (const h of sorted) if (!out.some((o) => overlaps(o, h))) out.push(h);
  return out.sort((a, b) => a.start - b.start);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Replaces the spans with spaces (same length), so offsets stay valid while the words disappear. */
export function maskSpans(s: string, spans: { start: number; end: number }[]): string {
  let out = s;
  for (const sp of spans) out = out.slice(0, sp.start) + ' '.repeat(sp.end - sp.start) + out.slice(sp.end);
  return out;
}

/** Hides parenthetical asides ("— a term ... —", "(...)") so subject searches skip them. */
export function maskParentheticals(s: string): string {
  const spans: { start: number; end: number }[] = [];
  for (const m of allMatches(/\([^()]*\)|[—–]\s[^—–]{1,120}\s[—–]/g, s)) spans.push({ start: m.index, end: m.index + m[0].length });
  return maskSpans(s, spans);
}

/** A month as written: its name, or its abbreviation with or without a period ("Sept.", "Dec"); words from the date lexicon. */
export const MONTH_RE = String.raw`(?:${alternation(monthNames())}|(?:${alternation(monthAbbreviations())})\.?)(?![A-Za-z])`;
export const WEEKDAY_RE = `(?:${alternation(weekdayNames())})`;

/** Verbs and nouns that mark a clause boundary for "the nearest phrase in the same clause" searches. */
export const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|while|whereas|as|after|before|when|which|who|where)\b|\s(?:but|while|whereas)\s/g;
