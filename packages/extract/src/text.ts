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

/** The marks report lists put before their items: bullets, an asterisk, a hyphen or dash. */
export const BULLET_MARK = String.raw`[•●▪◦*·\-–—]`;

/**
 * Builds one matcher over many aliases: longest alias first; all-capital short aliases ("IS", "WHO", "AP")
 * match case-sensitively so the words "is", "who" and "ap" do not, the others case-insensitively.
 * Each list is one alternation, cut into regexes of at most ALTERNATION_CHARS of source (see there); at each position
 * the first regex that matches there gives the hit, which is what one alternation of the whole list gives.
 */
export function aliasMatcher(aliases: string[]): (s: string) => Hit[] {
  const sorted = [...new Set(aliases)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const isCaps = (a: string) => /^[A-Z][A-Z.]*$/.test(a);
  const ci = alternations(sorted.filter((a) => !isCaps(a)).map(aliasPattern), 'giu');
  const cs = alternations(sorted.filter(isCaps).map(aliasPattern), 'gu');
  return (s: string) => dropOverlaps([...everyStart(ci, s), ...everyStart(cs, s)]);
}

/**
 * A matcher that keeps its answers for the last `size` texts it was asked about. For the source registry: a report's
 * first sentences are searched for its author several times (authorship.ts), then again as each sentence is read
 * (attribution.ts); on generated articles over half the characters that matcher read were texts it had read in the
 * same article. Each answer is a copy: callers may pop or change it.
 */
export function recalling(matcher: (s: string) => Hit[], size: number): (s: string) => Hit[] {
  const answers = new Map<string, Hit[]>();
  return (s: string) => {
    let hits = answers.get(s);
    if (!hits) {
      hits = matcher(s);
      if (answers.size >= size) answers.delete(answers.keys().next().value!);
      answers.set(s, hits);
    }
    return hits.map((h) => ({ ...h }));
  };
}

/**
 * V8 stops optimizing a regular expression whose source is over 20 KB (it no longer skips ahead to where a first
 * letter can match): an alternation of 830 actor and source names just over that size read each sentence 35 times
 * slower than the same names cut in two. The limit leaves room under V8's.
 */
export const ALTERNATION_CHARS = 15_000;

/** `patterns` in order as whole-word alternations, each regex's source within ALTERNATION_CHARS. */
export function alternations(patterns: string[], flags: string): RegExp[] {
  const groups: string[][] = [];
  let size = Infinity;
  for (const p of patterns) {
    if (size + p.length + 1 > ALTERNATION_CHARS) groups.push([]), (size = WORD_BEFORE.length + WORD_AFTER.length + 4);
    groups[groups.length - 1]!.push(p);
    size += p.length + 1;
  }
  return groups.map((g) => new RegExp(`${WORD_BEFORE}(?:${g.join('|')})${WORD_AFTER}`, flags));
}

/**
 * Every position where one of the ordered alternations matches, overlapping matches too ("The regime army" holds
 * "the regime" and "regime army"; the longest wins in dropOverlaps): at each position, the first alternation that
 * matches there, as one alternation of all of them would. Each regex's next match is kept until the scan passes it.
 */
function everyStart(res: RegExp[], s: string): Hit[] {
  const hits: Hit[] = [];
  const next = res.map((re) => execFrom(re, s, 0));
  for (;;) {
    let best = -1;
    for (let i = 0; i < res.length; i++) if (next[i] && (best < 0 || next[i]!.index < next[best]!.index)) best = i;
    if (best < 0) return hits;
    const m = next[best]!;
    hits.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    for (let i = 0; i < res.length; i++) if (next[i] && next[i]!.index <= m.index) next[i] = execFrom(res[i]!, s, m.index + 1);
  }
}

function execFrom(re: RegExp, s: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(s);
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

/**
 * Opens quotes around one lower-case word ("Russian forces 'liberated' X", "claimed it had “captured” X"): a claimant's
 * verb quoted by the analyst is still the verb. Same length, so offsets stay valid; apostrophes inside names stay.
 */
export function unquoteWords(s: string): string {
  return s.replace(/(?<!\p{L})['‘“"](\p{Ll}+)['’”"](?!\p{L})/gu, ' $1 ');
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
