/**
 * Finding registry aliases inside a phrase: on word boundaries, insensitive to case, accents, typographic apostrophes
 * and hyphens. Short all-capital aliases (acronyms: "IS", "WHO", "AP", "UN") match only in capitals, so the words
 * "is", "who" and "ap" in a phrase are not taken for organisations.
 */
import { ARABIC_ARTICLES, foldName } from '@frontline/schema';

export interface AliasHit<T> {
  entry: T;
  alias: string;
  /** Offset in the folded phrase, for a stable order. */
  start: number;
  /** Length of the folded alias: longer means more specific. */
  length: number;
}

/** The Arabic article however transliterated before a name: "a-Sham", "ash-Sham", "el-Sham" fold to "al-Sham". */
const ARABIC_ARTICLE = new RegExp(String.raw`(?<![\p{L}])(?:${ARABIC_ARTICLES.join('|')})-(?=\p{L})`, 'giu');

/** foldName, the Arabic article as "al", then hyphens as spaces, so "pro-government" = "pro government". */
function fold(s: string, keepCase: boolean): string {
  const folded = keepCase
    ? s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`ʼʿʾ']/g, "'").replace(/[‐-―-]/g, '-')
    : foldName(s);
  return folded.replace(ARABIC_ARTICLE, 'al-').replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
}

const isAcronym = (alias: string): boolean => /^[A-Z][A-Z.]{0,5}$/.test(alias.replace(/\s/g, ''));
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === '') return out;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
    const bounded = !isWordChar(haystack[i - 1]) && !isWordChar(haystack[i + needle.length]);
    if (bounded) out.push(i);
  }
  return out;
}

/** Every alias of every entry found in the phrase. */
export function findAliases<T>(phrase: string, entries: T[], aliasesOf: (e: T) => string[]): AliasHit<T>[] {
  const lower = fold(phrase, false);
  const cased = fold(phrase, true);
  const hits: AliasHit<T>[] = [];
  for (const entry of entries) {
    for (const alias of aliasesOf(entry)) {
      const acronym = isAcronym(alias);
      const needle = fold(alias, acronym);
      for (const start of occurrences(acronym ? cased : lower, needle)) hits.push({ entry, alias, start, length: needle.length });
    }
  }
  return hits;
}

/** Longest alias first, then the earliest; ties keep registry order. */
export function byLength<T>(a: AliasHit<T>, b: AliasHit<T>): number {
  return b.length - a.length || a.start - b.start;
}

/** The phrase without a leading article, trimmed: what is kept when no registry entry matches. */
export function asWritten(phrase: string): string {
  return phrase.trim().replace(/^(the|a|an)\s+/i, '').trim();
}
