/**
 * Transliteration (key.ts step 12): Arabic's diphthong aw closing a syllable is written o, ou or au by others
 * ("Hadramawt" / "Hadramout", "Dayr az Zawr" / "Deir ez-Zor", "Hawran" / "Horan"), so a w after a and before a
 * consonant or the end goes with the vowels; a w before a vowel stays a consonant. A skeleton shared by chance makes
 * no seat: a community is its district's seat only when its name keeps the district name's vowel shape too.
 *
 * Every sentence is written for this file, in several genres and wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { placeKey } from '../src/places/key.ts';
import { loadGazetteer } from '../src/index.ts';
import { facts, on } from './dated-text.ts';

describe('a w closing a syllable after a is the diphthong', () => {
  it.each([
    ['Hadramawt', 'Hadramout'],
    ['Hadramawt', 'Hadhramaut'],
    ['Dayr az Zawr', 'Deir ez-Zor'],
    ['Hawran', 'Horan'],
    ['Mawsil', 'Mosul'],
  ])('%s = %s', (a, b) => expect(placeKey(a)).toBe(placeKey(b)));

  it.each([
    ['Tawila', 'Tila'],
    ['Hawija', 'Hija'],
    ['Sawa', 'Sa'],
  ])('a w before a vowel is a consonant: %s is no %s', (a, b) => expect(placeKey(a)).not.toBe(placeKey(b)));
});

/** The admin1 of the one fact of that category and count. */
function areaOf(text: string, category: string, value: number): string[] {
  const f = facts(text).filter((x) => x.category === category && x.count_best === value);
  expect(f.map((x) => x.quote)).toHaveLength(1);
  return f[0]!.admin1;
}

describe('the area found in the spelling with aw', () => {
  it('monitor, Yemen: "Hadramawt governorate"', () => {
    const text = on('2024-01-31', 'Clashes between tribal fighters and a military unit in Hadramawt governorate left 7 fighters dead last week, the monitor recorded.');
    expect(areaOf(text, 'killed', 7)).toEqual(['Hadramaout']);
  });

  it('situation report, Syria: "Dayr az Zawr" as UN maps spell it', () => {
    const text = on('2019-03-14', 'Since January, some 4,800 people have been displaced within Dayr az Zawr governorate, according to partners.');
    expect(areaOf(text, 'displaced', 4800)).toEqual(['Deir ez-Zor']);
  });

  it('wire, Yemen: "Hadramawt" alone in a wire story', () => {
    const text = on('2015-04-03', 'Al Qaeda fighters stormed a prison in Hadramawt on Thursday, freeing 270 inmates, and killed 5 guards, officials said.');
    expect(areaOf(text, 'killed', 5)).toEqual(['Hadramaout']);
  });
});

describe('a seat is named like its district in spelling and shape', () => {
  const gz = loadGazetteer();
  const rows = [...gz.tiers[0]!.values()].flat();
  it('a community whose short skeleton meets its district\'s by chance is no seat (Syria pack: "Althaher", district "Ath-Thawrah")', () => {
    const row = rows.find((r) => r.name === 'Althaher');
    expect(row?.seat).toBe(0);
  });
  it('a community named as its district is still its seat ("Harim", district "Harim")', () => {
    expect(rows.filter((r) => r.name === 'Harim' && r.precision === 'point').map((r) => r.seat)).toContain(2);
  });
});
