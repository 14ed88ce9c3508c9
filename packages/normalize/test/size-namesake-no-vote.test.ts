/**
 * A namesake picked only by its size casts no vote for its own governorate: among several villages of one name in
 * the article's country, the one in the governorate the article's settled places name wins ("Blahodatne" of Donetsk
 * in a story about Donetsk, of Mykolaiv in one about Mykolaiv), not the largest elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../src/places/gazetteer.ts';
import { resolveInCountry } from '../src/places/index.ts';
import { fact, mention } from './factory.ts';

const gz = loadGazetteer();

const admin1Of = (region: string, village: string): string | undefined => {
  const facts = [fact({ place_mentions: [mention(region)] }), fact({ place_mentions: [mention(village)] })];
  return resolveInCountry(facts, gz, 'UA')[1]![0]!.place?.admin1;
};

describe('a size-picked namesake does not outvote the article', () => {
  it('follows a region the article names', () => {
    expect(admin1Of('Donetsk', 'Blagodatne')).toBe('Donetsk');
    expect(admin1Of('Mykolaiv', 'Blahodatne')).toBe('Mykolaiv');
  });

  it('keeps the larger place when the article names no region', () => {
    const alone = resolveInCountry([fact({ place_mentions: [mention('Blahodatne')] })], gz, 'UA')[0]![0]!;
    expect(alone.reason).toMatch(/^larger place/);
  });
});
