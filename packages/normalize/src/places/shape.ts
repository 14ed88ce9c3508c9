/**
 * The vowel shape of a name, which the skeleton key (key.ts) throws away: whether its last word ends on a vowel, and
 * how many vowel groups (syllables, roughly) it has. A match on a loose key is believed only when the mention's shape
 * agrees with the shape of the name it matched:
 *
 * - the last word ends the same way, open or closed: a loose key must not add or drop a final syllable ("Zabdin" is no
 *   "Zabdani", "Bam" no "Pama", "Pokrovsk" no "Pokrovske"), while transliterations keep it ("Saraqib" = "Saraqeb",
 *   "Hodeidah" = "Hudaydah", "Mhardeh" = "Muhradah");
 * - a short name (a skeleton of SHORT_SKELETON consonants or fewer) has as many vowel groups: with two consonants a
 *   dropped or added syllable is most of the name ("Mayda'a" is no "Madaya"; "Daraa" = "Dar'a", "Duma" = "Douma").
 *   Longer names are spared this test: OCHA writes many without vowels ("Hbit" for "al-Hobait").
 *
 * A final h after a vowel is a spelling of the vowel ("Raqqah" = "Raqqa"); y is a consonant here ("Bayji" has two
 * groups like "Baiji", "Madaya" three).
 */
import { keptAnswers } from '@frontline/schema';
import { isLatinScript, KEPT_NAMES, placeKeys, wordsOf } from './key.ts';

/** Skeletons of this many consonants or fewer are short: their vowel groups must agree too. */
export const SHORT_SKELETON = 2;

export interface Shape {
  /** The last word ends on a vowel (or a vowel and h). */
  open: boolean;
  /** Vowel groups over all words. */
  groups: number;
}

const VOWEL_RUN = /[aeiou]+/g;

export function shapeOf(name: string): Shape {
  const words = wordsOf(name).map((w) => w.replace(/(?<=[aeiouy])h$/, ''));
  const last = words[words.length - 1] ?? '';
  const groups = words.reduce((n, w) => n + (w.match(VOWEL_RUN)?.length ?? 0), 0);
  return { open: /[aeiouy]$/.test(last), groups };
}

/** Consonant symbols of a name's skeleton (the nisba symbol and word breaks not counted). */
const consonants = (name: string): number => (placeKeys(name)[1] ?? '').replace(/[ Y]/g, '').length;

/** A name's shape and consonant count, remembered: a loose lookup compares one mention with many names, and a name recurs across lookups. */
const shapeKnown = keptAnswers(shapeOf, KEPT_NAMES);
const consonantsKnown = keptAnswers(consonants, KEPT_NAMES);

/**
 * True when a loose-key match of `mention` to `name` keeps the mention's shape (see above). A mention in another
 * script says nothing about its vowels and always agrees.
 */
export function shapesAgree(mention: string, name: string): boolean {
  if (!isLatinScript(mention) || !isLatinScript(name)) return true;
  const a = shapeKnown(mention);
  const b = shapeKnown(name);
  if (a.open !== b.open) return false;
  return consonantsKnown(mention) > SHORT_SKELETON || a.groups === b.groups;
}
