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
/** A letter or digit; ASCII answered by its code (an article's text is mostly ASCII), the rest by the Unicode classes. */
function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return /[\p{L}\p{N}]/u.test(c);
}

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

/**
 * The last phrase's folded forms and the last haystacks' word starts: one text is searched for several alias lists
 * in a row (an article's country names, then its demonyms), and folding a whole article costs more than the lookups.
 */
let lastPhrase: { phrase: string; lower: string; cased: string } | null = null;
const lastStarts: { haystack: string; starts: Map<string, number[]> }[] = [];
const STARTS_KEPT = 2;

function foldedPhrase(phrase: string): { lower: string; cased: string } {
  if (lastPhrase?.phrase !== phrase) lastPhrase = { phrase, lower: fold(phrase, false), cased: fold(phrase, true) };
  return lastPhrase;
}

function wordStartsOf(haystack: string): Map<string, number[]> {
  const known = lastStarts.find((s) => s.haystack === haystack);
  if (known) return known.starts;
  const starts = wordStarts(haystack);
  lastStarts.unshift({ haystack, starts });
  lastStarts.length = Math.min(lastStarts.length, STARTS_KEPT);
  return starts;
}

/** An alias of an entry, with its place in the registry's order (entry by entry, each entry's aliases in order). */
interface Item<T> {
  order: number;
  entry: T;
  alias: string;
  n: Needle;
}

/** A registry's aliases by their needle's first word (and case), and those that start with no word. */
interface AliasIndex<T> {
  size: number;
  /** Whether any alias is an acronym, matched in the phrase as cased. */
  acronyms: boolean;
  byFirst: Map<string, Item<T>[]>;
  unindexed: Item<T>[];
}

const firstKey = (acronym: boolean, word: string) => `${acronym ? 'A' : 'a'}\u0000${word}`;

function buildIndex<T>(entries: T[], aliasesOf: (e: T) => string[]): AliasIndex<T> {
  const index: AliasIndex<T> = { size: entries.length, acronyms: false, byFirst: new Map(), unindexed: [] };
  let order = 0;
  for (const entry of entries) {
    for (const alias of aliasesOf(entry)) {
      const item = { order: order++, entry, alias, n: needleOf(alias) };
      index.acronyms ||= item.n.acronym;
      if (item.n.first === null) index.unindexed.push(item);
      else {
        const key = firstKey(item.n.acronym, item.n.first);
        index.byFirst.get(key)?.push(item) ?? index.byFirst.set(key, [item]);
      }
    }
  }
  return index;
}

// One index per registry and alias list (callers pass module-level accessors), built on first use.
const indexes = new WeakMap<object, WeakMap<object, AliasIndex<unknown>>>();

function aliasIndex<T>(entries: T[], aliasesOf: (e: T) => string[]): AliasIndex<T> {
  let byAccessor = indexes.get(entries);
  if (!byAccessor) indexes.set(entries, (byAccessor = new WeakMap()));
  let index = byAccessor.get(aliasesOf) as AliasIndex<T> | undefined;
  if (!index || index.size !== entries.length) byAccessor.set(aliasesOf, (index = buildIndex(entries, aliasesOf)));
  return index;
}

/**
 * Every alias of every entry found in the phrase, entry by entry in the registry's order, each alias's occurrences
 * from the first. A registry's thousands of aliases are not each looked up in every phrase: the phrase's words are
 * looked up among the aliases' first words (aliases that start with no letter or digit are searched for directly).
 */
export function findAliases<T>(phrase: string, entries: T[], aliasesOf: (e: T) => string[]): AliasHit<T>[] {
  const { lower, cased } = foldedPhrase(phrase);
  const index = aliasIndex(entries, aliasesOf);
  const found: (AliasHit<T> & { order: number })[] = [];
  const add = (item: Item<T>, starts: number[]) => {
    for (const start of starts) found.push({ order: item.order, entry: item.entry, alias: item.alias, start, length: item.n.needle.length });
  };
  for (const [haystack, acronym] of index.acronyms ? ([[lower, false], [cased, true]] as const) : ([[lower, false]] as const)) {
    for (const [word, starts] of wordStartsOf(haystack)) {
      for (const item of index.byFirst.get(firstKey(acronym, word)) ?? []) add(item, boundedAt(haystack, starts, item.n.needle));
    }
  }
  for (const item of index.unindexed) add(item, occurrences(item.n.acronym ? cased : lower, item.n.needle));
  found.sort((a, b) => a.order - b.order || a.start - b.start);
  return found.map(({ entry, alias, start, length }) => ({ entry, alias, start, length }));
}

/** Of the starts of the needle's first word, those where the whole needle stands, bounded by no word character. */
const boundedAt = (haystack: string, starts: number[], needle: string): number[] =>
  starts.filter((i) => haystack.startsWith(needle, i) && !isWordChar(haystack[i + needle.length]));

/** The word right after a hit in the phrase, folded ("bloggers" in "Russian military bloggers"), '' at its end. */
export function wordAfter<T>(phrase: string, hit: AliasHit<T>): string {
  return /^\s+([\p{L}\p{N}]+)/u.exec(foldedPhrase(phrase).lower.slice(hit.start + hit.length))?.[1] ?? '';
}

/** Longest alias first, then the earliest; ties keep registry order. */
export function byLength<T>(a: AliasHit<T>, b: AliasHit<T>): number {
  return b.length - a.length || a.start - b.start;
}

/**
 * The hits that lie inside no longer hit, in their given order: "Congo" within "Democratic Republic of the Congo" is
 * part of that name, not a name of its own.
 */
export function outermost<T>(hits: AliasHit<T>[]): AliasHit<T>[] {
  const kept: AliasHit<T>[] = [];
  const overlap = (a: AliasHit<T>, b: AliasHit<T>) => a.start < b.start + b.length && b.start < a.start + a.length;
  for (const h of [...hits].sort(byLength)) if (!kept.some((k) => overlap(h, k))) kept.push(h);
  return hits.filter((h) => kept.includes(h));
}

/** The phrase without a leading article, trimmed: what is kept when no registry entry matches. */
export function asWritten(phrase: string): string {
  return phrase.trim().replace(/^(the|a|an)\s+/i, '').trim();
}
