/**
 * Titles written before a person's name ("Mr", "President", "Gen."): data/person-titles.csv. A title is no part of who
 * the person is: "President Zelensky said" and "Zelensky said" name one reporter.
 */
import { parseRegistry } from '@frontline/schema';
import { knownWord } from '@frontline/nlp';
import { readDataFile } from './data.ts';
import { startsCapital } from './text.ts';

const FILE = 'person-titles.csv';
let titles: Set<string> | null = null;

/** The titles, lower-cased without their dot (a broken row stops the stage with its line). */
export function parsePersonTitles(text: string, file = FILE): Set<string> {
  return new Set(parseRegistry(text, file, ['title', 'example']).map((r) => r.title!.toLowerCase()));
}

export const isTitle = (word: string): boolean => (titles ??= parsePersonTitles(readDataFile(FILE))).has(word.replace(/[.\u2024]$/, '').toLowerCase());

/** A capitalised word that may be a name: not all capitals (an acronym is a body), at least two letters. */
export const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/** A word of a person's name: capitalised ("Rudi"), or with an Arabic article or a particle ("al-Hassan", "bin"). */
const PERSON_WORD = /^(?:\p{Lu}\p{Ll}[\p{L}'’-]*|(?:al|el|ad|as|ar|an|at)-\p{Lu}[\p{L}'’-]*|bin|ibn|van|von|de|da|dos)$/u;
/** Most words a person's name takes after its titles. */
const NAME_WORDS = 4;

/**
 * "Lt. Col. Rudi Hartono", "Brigadier General Amina Sow", "Col. Magezi": one or more titles or ranks, then a person's
 * name of one to four words ending the phrase. `isHeadWord` tells a role or body noun, which makes a body's name
 * ("General Security Directorate"), as do English words alone ("General Intelligence", "Major Crimes"). Where the
 * titles start and the name without them, else null.
 */
export function rankedName(words: string[], isHeadWord: (w: string) => boolean): { at: number; name: string } | null {
  let start = words.length;
  while (start > 0 && words.length - start < NAME_WORDS && PERSON_WORD.test(words[start - 1]!) && !isTitle(words[start - 1]!)) start--;
  let at = start;
  // A title before a name opens on a capital: "a major offensive" holds none.
  while (at > 0 && startsCapital(words[at - 1]!) && isTitle(words[at - 1]!)) at--;
  const name = words.slice(start);
  if (at === start || !name.length || !NAME_WORD.test(name[0]!) || !NAME_WORD.test(name.at(-1)!)) return null;
  if (name.some(isHeadWord) || name.every((w) => knownWord(w))) return null;
  return { at, name: name.join(' ') };
}
