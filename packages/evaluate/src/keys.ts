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

export const ADMIN1_KEY: Record<string, string> = { idleb: 'idlib', edlib: 'idlib', hamah: 'hama', halab: 'aleppo' };
export function admin1Key(name: string): string {
  const folded = foldName(name);
  return ADMIN1_KEY[folded] ?? folded;
}
