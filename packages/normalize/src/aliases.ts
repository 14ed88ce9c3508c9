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

interface Needle {
  acronym: boolean;
  needle: string;
  /** The needle's leading word, or null when it starts with no letter or digit. */
  first: string | null;
}

// Each alias folded once: registries and the gazetteer's country names are searched for in every phrase of every fact.
const needles = new Map<string, Needle>();

function needleOf(alias: string): Needle {
  let n = needles.get(alias);
  if (n === undefined) {
    const acronym = isAcronym(alias);
    const needle = fold(alias, acronym);
    needles.set(alias, (n = { acronym, needle, first: wordAt(needle, 0) }));
  }
  return n;
}

/** The run of letters and digits starting at `i`, or null when none starts there. */
function wordAt(s: string, i: number): string | null {
  let j = i;
  while (j < s.length && isWordChar(s[j])) j++;
  return j > i ? s.slice(i, j) : null;
}

/**
 * Where each word of a phrase starts, by the word. A bounded occurrence of a needle that starts with a letter or digit
 * starts a word of the phrase, and that word is the needle's first: thousands of country names and demonyms are
 * looked up among an article's words instead of each being searched for through the whole text.
 */
function wordStarts(haystack: string): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  for (let i = 0; i < haystack.length; ) {
    const word = wordAt(haystack, i);
    if (word === null) {
      i++;
      continue;
    }
    const list = starts.get(word);
    if (list) list.push(i);
    else starts.set(word, [i]);
    i += word.length;
  }
  return starts;
}

/** occurrences(), through the phrase's word starts when the needle starts with a word. */
function indexedOccurrences(haystack: string, index: () => Map<string, number[]>, n: Needle): number[] {
  if (n.first === null) return occurrences(haystack, n.needle);
  const end = n.needle.length;
  return (index().get(n.first) ?? []).filter((i) => haystack.startsWith(n.needle, i) && !isWordChar(haystack[i + end]));
}

/** The word starts of a phrase, made on first use. */
function lazyStarts(haystack: string): () => Map<string, number[]> {
  let starts: Map<string, number[]> | null = null;
  return () => (starts ??= wordStarts(haystack));
}

/** Every alias of every entry found in the phrase. */
export function findAliases<T>(phrase: string, entries: T[], aliasesOf: (e: T) => string[]): AliasHit<T>[] {
  const lower = fold(phrase, false);
  const cased = fold(phrase, true);
  const [lowerStarts, casedStarts] = [lazyStarts(lower), lazyStarts(cased)];
  const hits: AliasHit<T>[] = [];
  for (const entry of entries) {
    for (const alias of aliasesOf(entry)) {
      const n = needleOf(alias);
      const { acronym, needle } = n;
      for (const start of indexedOccurrences(acronym ? cased : lower, acronym ? casedStarts : lowerStarts, n)) hits.push({ entry, alias, start, length: needle.length });
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
