import { SOURCES, foldName } from '@frontline/schema';

/**
 * A loose spelling key for comparing place names across transliterations in evaluation only:
 * lower case, no diacritics, no Arabic article particles, no vowels after the first letter, no doubled letters.
 * Evaluation must not depend on the normalizer it judges, so this is deliberately separate and simple.
 */
export function looseKey(name: string): string {
  const words = foldName(name)
    .replace(/['’-]/g, ' ')
    .split(/[^a-z]+/)
    .filter((w) => w && !['al', 'el', 'a', 'as', 'ash', 'ad', 'an', 'ar', 'at', 'az', 'the'].includes(w));
  return words
    .map((w) => (w[0] + w.slice(1).replace(/[aeiouy]/g, '')).replace(/(.)\1+/g, '$1'))
    .join(' ');
}

const sourceIndex = new Map<string, string>();
for (const source of SOURCES) {
  for (const alias of [source.name, ...source.aliases]) {
    if (!sourceIndex.has(foldName(alias))) sourceIndex.set(foldName(alias), source.name);
  }
}

/** A reporter name folded, and mapped to its registry name when it is a known alias. */
export function reporterKey(name: string): string {
  const folded = foldName(name).replace(/^the /, '');
  return foldName(sourceIndex.get(folded) ?? folded);
}

/** Different names (not spellings) of one governorate: the Arabic names of Syrian governorates news also uses. */
export const ADMIN1_KEY: Record<string, string> = { halab: 'aleppo', 'rif dimashq': 'rural damascus' };

/** Words that say what kind of division a name is ("Donetsk Oblast", "Idlib Governorate", "Khartoum State"). */
const DIVISION_WORDS = new Set([
  'oblast', 'province', 'provinces', 'governorate', 'muhafazah', 'muhafazat', 'state', 'region', 'raion', 'district',
  'krai', 'kray', 'prefecture', 'department', 'county', 'wilayah', 'wilaya', 'city', 'municipality', 'territory',
]);
/** "Northern Darfur" = "North Darfur". */
const DIRECTIONS: Record<string, string> = { northern: 'north', southern: 'south', eastern: 'east', western: 'west', central: 'centre', center: 'centre' };
const ARTICLES = new Set(['al', 'el', 'a', 'as', 'ash', 'ad', 'an', 'ar', 'at', 'az', 'the', 'of']);

/** One word reduced to its consonants: the velars g/j/q/k/c and the dentals d/z/dh/th fall together, a final vowel+h goes. */
function consonants(word: string): string {
  const w = word.replace(/(?<=[aeiou])h$/, '').replace(/dh|th|z/g, 'd').replace(/[gjqkc]/g, 'k').replace(/ph/g, 'f');
  return (w[0] + w.slice(1).replace(/[aeiouy]/g, '')).replace(/(.)\1+/g, '$1');
}

/**
 * An admin1 name as a comparable key, insensitive to spelling and to the division word: "Donetsk Oblast" = "Donetsk",
 * "Al Jazirah" = "Gezira", "Al Qadarif" = "Gedaref", "Northern Darfur" = "North Darfur", "Idleb" = "Idlib". Like
 * looseKey, deliberately independent of the normalizer it judges.
 */
export function admin1Key(name: string): string {
  const words = foldName(name)
    .replace(/['’`ʿʾ]/g, '')
    .split(/[^a-z]+/)
    .filter((w) => w !== '' && !ARTICLES.has(w) && !DIVISION_WORDS.has(w))
    .map((w) => DIRECTIONS[w] ?? w);
  const named = ADMIN1_KEY[words.join(' ')];
  return (named ? named.split(' ') : words).map(consonants).join(' ');
}
