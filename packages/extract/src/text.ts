/**
 * Small text helpers shared by the finders. Every finder works on one sentence's text with offsets
 * local to that sentence; index.ts shifts them into the article's clean text.
 */

import { alternation, escapeRe, monthAbbreviations, monthNames, weekdayNames } from '@frontline/nlp/dates';
import { tokenize, type Token } from '@frontline/nlp';
import { ARABIC_ARTICLES } from '@frontline/schema';
import { AliasTrie, aliasSteps, codeUnitTest } from './alias-trie.ts';
import { mayMatch } from './regex-gate.ts';

export interface Hit {
  start: number;
  end: number;
  text: string;
}

/**
 * Whether a word opens with a capital letter. Hot \p{...} patterns stand at module level, not in the function that
 * uses them: tsx's esbuild rewrites a regex literal with a Unicode property escape into `new RegExp(...)` where it
 * stands, so one written inside a function is built again at every call (about 176,000 times a round of the 200
 * benchmark articles before they were hoisted, h-perf3). Still so with tsx 4.23 on Node 20 (a function's source
 * as tsx runs it shows `new RegExp("^\\p{Lu}", "u")`); the literals left inside functions are built about 2,300
 * times a steady round of the 171 real texts, too few to matter.
 */
const CAPITAL_FIRST = /^\p{Lu}/u;
export const startsCapital = (word: string): boolean => CAPITAL_FIRST.test(word);

/** Letters/digits that glue words together: a match must not touch them (hyphen included, so "pro-regime" ≠ "regime"). */
export const WORD_BEFORE = String.raw`(?<![\p{L}\p{N}\-‐])`;
export const WORD_AFTER = String.raw`(?![\p{L}\p{N}\-‐])`;

/** All matches of a global regex, as hits (group 0). */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  // Most patterns need a word most sentences lack (regex-gate.ts): those are not run. The loop below leaves a global
  // regex at lastIndex 0; so does the gate.
  if (!mayMatch(re, s)) {
    if (re.global) re.lastIndex = 0;
    return [];
  }
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
  return aliasParts(alias).map(literalPattern).join(ARTICLE_PATTERN);
}

/** An alias cut at its Arabic articles ("Hayat Tahrir al-Sham" → "Hayat Tahrir ", "Sham"): the article is matched loosely. */
export function aliasParts(alias: string): string[] {
  return alias.split(ARABIC_ARTICLE);
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
 * The words that name who did a harm, before the doer: "killed by X", "at the hands of X" (and the space after);
 * "on the hands of X" is the same idiom as translated reports write it.
 */
export const AGENT_BY = String.raw`(?:by|(?:at|on)\s+the\s+hands\s+of)\s+`;

/** The marks report lists put before their items: bullets, an asterisk, a hyphen or dash. */
export const BULLET_MARK = String.raw`[•●▪◦*·\-–—]`;

/**
 * Builds one matcher over many aliases: longest alias first; all-capital short aliases ("IS", "WHO", "AP")
 * match case-sensitively so the words "is", "who" and "ap" do not, the others case-insensitively.
 * Its hits are those of one alternation of each list, `WORD_BEFORE(?:p1|p2|…)WORD_AFTER`, tried from every position:
 * at each position the first alias in order whose pattern matches there. A trie (alias-trie.ts) gives the few
 * aliases that can match at a position; only their own patterns are run there.
 */
export function aliasMatcher(aliases: string[]): (s: string) => Hit[] {
  const sorted = [...new Set(aliases)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const isCaps = (a: string) => /^[A-Z][A-Z.]*$/.test(a);
  const ci = orderedMatcher(sorted.filter((a) => !isCaps(a)), 'iu');
  const cs = orderedMatcher(sorted.filter(isCaps), 'u');
  return (s: string) => dropOverlaps([...ci(s), ...cs(s)]);
}

/** What WORD_BEFORE and WORD_AFTER keep a name from touching, as one code point. */
const GLUE = /^[\p{L}\p{N}\-‐]$/u;
const glueUnit = codeUnitTest(GLUE);
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Whether a `u` regex may start a match at `i` with WORD_BEFORE holding there: not inside a surrogate pair, and the
 * code point before `i` (a pair read as one) is no letter, digit or hyphen.
 */
function startsWord(s: string, i: number): boolean {
  if (i === 0) return true;
  const before = s.charCodeAt(i - 1);
  if (isHigh(before)) return !isLow(s.charCodeAt(i)) && !glueUnit(before);
  if (isLow(before) && i >= 2 && isHigh(s.charCodeAt(i - 2))) return !GLUE.test(s.slice(i - 2, i));
  return !glueUnit(before);
}

/**
 * The hits of one ordered list under one case flag: at each position where a word may start, the first alias (in
 * list order) whose pattern, followed by WORD_AFTER, matches there. Each alias's anchored regex is built on first use.
 */
function orderedMatcher(list: string[], flags: string): (s: string) => Hit[] {
  // One trie per case flag holds every matcher's list, each under its own range of ranks: the matchers a sentence
  // goes through (actors, sources, admin1 names, countries) share one walk of it.
  const trie = flags.includes('i') ? CASELESS_TRIE : CASED_TRIE;
  const [first, end] = [nextRank[flags] ?? 0, (nextRank[flags] ?? 0) + list.length];
  nextRank[flags] = end;
  list.forEach((alias, rank) => trie.add(aliasSteps(aliasParts(alias)), first + rank));
  const anchored: (RegExp | undefined)[] = [];
  const patternOf = (rank: number) => (anchored[rank] ??= new RegExp(`(?:${aliasPattern(list[rank]!)})${WORD_AFTER}`, `${flags}y`));
  return (s: string) => {
    const hits: Hit[] = [];
    const { starts, candidates } = trie.scan(s, startsWord);
    for (let k = 0; k < starts.length; k++) {
      const i = starts[k]!;
      for (const shared of candidates[k]!) {
        if (shared < first) continue;
        if (shared >= end) break; // ranks ascend: the rest are later matchers'
        const re = patternOf(shared - first);
        re.lastIndex = i;
        const m = re.exec(s);
        if (m) {
          hits.push({ start: i, end: i + m[0].length, text: m[0] });
          break;
        }
      }
    }
    return hits;
  };
}

/**
 * What the finders remember of the texts they read (the alias tries' scans, `recalling`'s answers) is one article's:
 * a sentence is read again long after its first reading (its lead by the author search, then by each reader of the
 * sentence, then by the place finder), later than a memory of the last few texts reaches. Each memory is emptied as
 * the next article starts (`forgetArticleTexts`, called by extractArticle), so nothing is reused from an earlier
 * article: the generated benchmark articles repeat texts, which a longer memory would flatter. Memories are capped
 * at ARTICLE_TEXTS texts for callers that read texts outside extractArticle.
 */
export const ARTICLE_TEXTS = 512;
// With the last 8 texts only, over half the characters the tries scanned on the benchmark were texts already scanned
// in the same article, read again after more than 8 others.
const CASELESS_TRIE = new AliasTrie(true, ARABIC_ARTICLES, ARTICLE_TEXTS);
const CASED_TRIE = new AliasTrie(false, ARABIC_ARTICLES, ARTICLE_TEXTS);
const articleMemories: { clear(): void }[] = [
  { clear: () => CASELESS_TRIE.forgetScans() },
  { clear: () => CASED_TRIE.forgetScans() },
];
export function forgetArticleTexts(): void {
  for (const memory of articleMemories) memory.clear();
}
/** The first rank not yet given in each trie (by the matcher's flags). */
const nextRank: Record<string, number> = {};

/**
 * A finder that keeps its answers for the last `size` texts it was asked about, and forgets them all when an article
 * starts (`forgetArticleTexts`). For the source registry: a report's
 * first sentences are searched for its author several times (authorship.ts), then again as each sentence is read
 * (attribution.ts); on generated articles over half the characters that matcher read were texts it had read in the
 * same article. For figures: the finders of one sentence each ask for its figures (figures.ts, frame-finder.ts,
 * later-parts.ts, place-parts.ts), two calls in three for a text just asked about. Only for finders whose answer
 * depends on the text alone, and whose answers are flat objects: each answer is a copy, so callers may pop or change it.
 */
export function recalling<T extends object>(finder: (s: string) => T[], size: number): (s: string) => T[] {
  const kept = keptAnswers(finder, (s: string) => s, size);
  return (s: string) => kept(s).map((h) => ({ ...h }));
}

/**
 * `recalling` for a reader of one answer from a text and a figure or other arguments: a flat object (given as a
 * copy), null or a plain value (a boolean). Its answers are kept under `keyOf`, which names every argument it reads.
 */
export function recallingOne<A extends unknown[], T>(reader: (...args: A) => T, keyOf: (...args: A) => string, size: number): (...args: A) => T {
  const kept = keptAnswers(reader, keyOf, size);
  return (...args: A) => {
    const found = kept(...args);
    return (found !== null && typeof found === 'object' ? { ...found } : found) as T;
  };
}

/** The memory both share: the last `size` answers by key, emptied when an article starts. */
function keptAnswers<A extends unknown[], R>(finder: (...args: A) => R, keyOf: (...args: A) => string, size: number): (...args: A) => R {
  const answers = new Map<string, R>();
  articleMemories.push(answers);
  return (...args: A) => {
    const key = keyOf(...args);
    let found = answers.get(key);
    if (found === undefined && !answers.has(key)) {
      found = finder(...args);
      if (answers.size >= size) answers.delete(answers.keys().next().value!);
      answers.set(key, found);
    }
    return found as R;
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

/**
 * Opens quotes around one lower-case word ("Russian forces 'liberated' X", "claimed it had “captured” X"): a claimant's
 * verb quoted by the analyst is still the verb. Same length, so offsets stay valid; apostrophes inside names stay.
 */
export function unquoteWords(s: string): string {
  return s.replace(QUOTED_WORD, ' $1 ');
}
const QUOTED_WORD = /(?<!\p{L})['‘“"](\p{Ll}+)['’”"](?!\p{L})/gu;

/** Hides parenthetical asides ("— a term ... —", "(...)") so subject searches skip them. */
export function maskParentheticals(s: string): string {
  const spans: { start: number; end: number }[] = [];
  for (const m of allMatches(/\([^()]*\)|[—–]\s[^—–]{1,120}\s[—–]/g, s)) spans.push({ start: m.index, end: m.index + m[0].length });
  return maskSpans(s, spans);
}

/** A month as written: its name, or its abbreviation with or without a period ("Sept.", "Dec"); words from the date lexicon. */
export const MONTH_RE = String.raw`(?:${alternation(monthNames())}|(?:${alternation(monthAbbreviations())})\.?)(?![A-Za-z])`;
export const WEEKDAY_RE = `(?:${alternation(weekdayNames())})`;
/** A weekday written in lower case ("monday"), as some regional outlets and copied stories write it. */
export const LOWER_WEEKDAY_RE = `(?:${alternation(weekdayNames(), { lower: true })})`;

/**
 * A superlative ("the heaviest", "its biggest", "the most significant", "the first"): what follows it up to "since"
 * is a record, and the "since" phrase its yardstick. Not "-est" nouns ("the west", "the protest").
 */
const NOT_SUPERLATIVE = String.raw`(?!(?:north|south)?-?west\b|forest|interest|protest|contest|arrest|harvest|conquest|request|quest\b)`;
export const SUPERLATIVE = String.raw`\b(?:the|its|their|his|her)\s+(?:(?:second|third|single)\s+)?(?:${NOT_SUPERLATIVE}\p{Ll}{2,}est|most\s+\p{Ll}+|worst|best|first|only)\b`;

/** Verbs and nouns that mark a clause boundary for "the nearest phrase in the same clause" searches. */
export const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|while|whereas|as|after|before|when|which|who|where)\b|\s(?:but|while|whereas)\s/g;

/**
 * The tokens of a sentence, tagged once in an article: the frame finder, the reader of a toll's later parts (once per
 * figure), the clause backoff, the territory reader and the continuation test each tag the sentence they read, about
 * one call in ten for a text already tagged (h-speed-r47: 90 of 1,376 calls a round of the 153 corpus texts). Tags
 * depend on the text alone (nlp's index.ts), so the answer is the same; each caller gets its own copies of the tokens.
 */
export const sentenceTokens: (s: string) => Token[] = recalling(tokenize, ARTICLE_TEXTS);
