/**
 * Nouns of the people a body is made of ("Activists", "Doctors", "Mothers"): data/member-nouns.csv. Capitalised, such
 * a noun is a word of the body's name ("Kurdish Rights Activists", "Doctors Against the Siege"), where a noun of a
 * speaker for a body ("Sources", "Officials", "Spokesman") stays a role beside the name even in capitals.
 */
import { parseRegistry } from '@frontline/schema';
import { readDataFile } from './data.ts';

const FILE = 'member-nouns.csv';
let nouns: Set<string> | null = null;

/** Whether a word, in any case, is a member noun of the table (a broken row stops the stage with its line). */
export const isMemberNoun = (word: string): boolean =>
  (nouns ??= new Set(parseRegistry(readDataFile(FILE), FILE, ['word', 'example']).map((r) => r.word!))).has(word.toLowerCase());
