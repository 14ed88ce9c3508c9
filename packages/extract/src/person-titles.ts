/**
 * Titles written before a person's name ("Mr", "President", "Gen."): data/person-titles.csv. A title is no part of who
 * the person is: "President Zelensky said" and "Zelensky said" name one reporter.
 */
import { parseRegistry } from '@frontline/schema';
import { readDataFile } from './data.ts';

const FILE = 'person-titles.csv';
let titles: Set<string> | null = null;

/** The titles, lower-cased without their dot (a broken row stops the stage with its line). */
export function parsePersonTitles(text: string, file = FILE): Set<string> {
  return new Set(parseRegistry(text, file, ['title', 'example']).map((r) => r.title!.toLowerCase()));
}

export const isTitle = (word: string): boolean => (titles ??= parsePersonTitles(readDataFile(FILE))).has(word.replace(/\.$/, '').toLowerCase());

/** A capitalised word that may be a name: not all capitals (an acronym is a body), at least two letters. */
export const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;
