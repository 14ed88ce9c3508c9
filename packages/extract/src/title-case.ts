/**
 * Title Case headlines ("Russian Strikes Kill 12 Civilians in Kharkiv Region", "M23 Rebels Seize Town of Rubaya"):
 * every word is capitalised, so the rules that take a capitalised run for a name (places, actors, sources) and the
 * tagger read "Seize" or "Recaptures" as a name. Such a line is read with its ordinary words lower-cased, one letter
 * for one letter, so every offset still points at the real characters; names keep their capital.
 */
import { ACTORS, readPackCountryWords, SOURCES } from '@frontline/schema';
import { knownWord } from '@frontline/nlp';
import { monthAbbreviations, monthNames, weekdayNames } from '@frontline/nlp/dates';
import { namesAdmin1 } from './places.ts';
import { aliasMatcher, startsCapital } from './text.ts';

const WORD = /\p{L}[\p{L}\p{M}\p{N}'’\-‐]*/gu;
/** Words a Title Case headline may leave small ("Deaths of 92 Civilians in Syria"): not counted either way. */
const SMALL = new Set('a an the and or but nor of in on at to for from by with as vs via into onto over near amid after per off up out'.split(' '));
const CALENDAR = new Set([...monthNames(), ...monthAbbreviations(), ...weekdayNames()].map((w) => w.toLowerCase()));
/** Registry names written with a capital ("Rapid Support Forces", "Syrian Network for Human Rights"). */
const registryNames = aliasMatcher([...ACTORS.flatMap((a) => a.aliases), ...SOURCES.flatMap((s) => s.aliases)].filter((a) => /\p{Lu}/u.test(a)));
/** Country names and demonyms of the packs, one-word ones ("Sudan", "Sudanese", "Ukrainian"). */
const COUNTRY_WORDS = new Set(readPackCountryWords().filter((w) => /^\p{Lu}\S*$/u.test(w)));
const MIN_CONTENT_WORDS = 3;
const LOWER = /\p{Ll}/u;
const TWO_LETTERS = /\p{L}{2}/u;

/** True when every word but the small ones starts with a capital, and the line is not all capitals. */
export function isTitleCase(s: string): boolean {
  let content = 0;
  for (const m of s.matchAll(WORD)) {
    if (SMALL.has(m[0].toLowerCase())) continue;
    // Every one: a byline or caption with one small word ("By AFP - Aug 28 - Last updated ...") is not a headline.
    // The first such word settles it, so a line of prose is read only up to its first small-letter word.
    if (!startsCapital(m[0])) return false;
    content++;
  }
  return content >= MIN_CONTENT_WORDS && LOWER.test(s);
}

/** True when the line is written in capitals only ("SYRIAN ARMY CAPTURES 14 VILLAGES"): a wire or tabloid headline. */
export function isAllCaps(s: string): boolean {
  // A small letter settles it before the words are read: most lines have one.
  if (LOWER.test(s)) return false;
  const words = [...s.matchAll(WORD)].map((m) => m[0]).filter((w) => TWO_LETTERS.test(w));
  return words.length >= MIN_CONTENT_WORDS;
}

/**
 * An all-capitals line as Title Case ("Syrian Army Captures 14 Villages In Southern Idlib"), same length, for
 * readableTitle to lower its ordinary words. A word the article's prose writes in capitals ("SNHR", "UN") stays.
 */
export function fromCapitals(s: string, names: Set<string>): string {
  return s.replace(WORD, (w) => {
    if (names.has(w) || names.has(w.replace(/['’]S$/u, ''))) return w;
    const titled = w[0] + w.slice(1).toLowerCase();
    return titled.length === w.length ? titled : w;
  });
}

/**
 * How a title or heading is read: a Title Case or all-capitals line with its ordinary words lower-cased (same
 * offsets), null when the line is read as written. `names` gives the article's prose names, computed once on demand.
 */
export function headlineReading(written: string, names: () => Set<string>): string | null {
  if (isTitleCase(written)) return readableTitle(written, names());
  if (isAllCaps(written)) return readableTitle(fromCapitals(written, names()), names());
  return null;
}

/** The marks after which a word is capitalised by rule (see proseNames), as the last character before it. */
const RULE_CAPITAL_AFTER = /^[.!?:;"“‘'(\n•–—-]$/u;

/**
 * The words an article capitalises where no title or sentence start asks for it ("fighting near Tawila", "the
 * Observatory said"): its names, as its own prose writes them. Title Case and all-capitals lines are left out.
 */
export function proseNames(text: string, sentences: { start: number; end: number }[]): Set<string> {
  const names = new Set<string>();
  for (const { start, end } of sentences) {
    const s = text.slice(start, end);
    if (isTitleCase(s) || isAllCaps(s)) continue;
    for (const m of s.matchAll(WORD)) {
      // Only a capitalised word is looked at: the text before it is sliced and read from its start.
      if (!startsCapital(m[0])) continue;
      const before = s.slice(0, m.index).trimEnd();
      // A sentence's, a quotation's, a line's or a clause-after-colon's first word is capitalised by rule, not by name.
      if (before === '' || RULE_CAPITAL_AFTER.test(before.slice(-1))) continue;
      names.add(m[0]);
    }
  }
  return names;
}

/**
 * The line with its ordinary words lower-cased, same length. A word keeps its capital when it opens the line, has
 * capitals or digits after its first letter ("SNHR", "M23", "Al-Bab"), is a month or weekday, a country or admin1
 * name, part of a registry name, a name the article's prose capitalises, or a word the English lexicon does not know
 * (an unknown capitalised word is a name: "Rubaya", "Tawila").
 */
export function readableTitle(s: string, names: Set<string>): string {
  const registry = registryNames(s);
  let out = '';
  let at = 0;
  let first = true;
  for (const m of s.matchAll(WORD)) {
    const w = m[0];
    const lower = w[0]!.toLowerCase();
    const inRegistry = registry.some((h) => h.start <= m.index && m.index + w.length <= h.end);
    const keep = first || inRegistry || lower.length !== 1 || !startsCapital(w) || keepsCapital(w, names);
    first = false;
    out += s.slice(at, m.index) + (keep ? w : lower + w.slice(1));
    at = m.index + w.length;
  }
  return out + s.slice(at);
}

function keepsCapital(w: string, names: Set<string>): boolean {
  const bare = w.replace(/['’]s?$/u, '');
  if (/[\p{Lu}\p{N}]/u.test(bare.slice(1))) return true;
  if (CALENDAR.has(bare.toLowerCase()) || COUNTRY_WORDS.has(bare) || names.has(w) || names.has(bare)) return true;
  return namesAdmin1(bare) || !knownWord(bare);
}

/** A text field read from the lowered line, given back as the original writes it (same offsets, same length). */
export function asWritten(field: string, read: string, original: string): string {
  if (field === '' || read === original) return field;
  const at = read.indexOf(field);
  return at < 0 ? field : original.slice(at, at + field.length);
}
