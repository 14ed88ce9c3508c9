import { describe, expect, it } from 'vitest';
import type { PlaceMention } from '@frontline/schema';
import { loadGazetteer } from '../src/places/gazetteer.ts';
import { placeKeys } from '../src/places/key.ts';
import { shapeOf, shapesAgree } from '../src/places/shape.ts';
import { resolveInCountry, type MentionResolution } from '../src/places/index.ts';
import { fact, mention } from './factory.ts';

const gz = loadGazetteer();

/** One article in `country`: each mention is one fact's place, resolved together. */
function resolveIn(country: string, ...texts: string[]): MentionResolution[] {
  const facts = texts.map((t) => fact({ place_mentions: [mention(t) as PlaceMention] }));
  return resolveInCountry(facts, gz, country).map((rs) => rs[0]!);
}
const placeOf = (country: string, text: string) => resolveIn(country, text)[0]!.place;

describe('vowel shape of a name', () => {
  it('tells open from closed endings and counts vowel groups', () => {
    expect(shapeOf('Az-Zabdani')).toEqual({ open: true, groups: 3 });
    expect(shapeOf('Zabdin')).toEqual({ open: false, groups: 2 });
    expect(shapeOf('Raqqah')).toEqual({ open: true, groups: 2 });
    expect(shapeOf('Madaya')).toEqual({ open: true, groups: 3 });
  });

  // Spellings of one place: the same skeleton and the same shape.
  const same = [
    ['Saraqib', 'Saraqeb'], ['Maarat al-Numan', "Ma'arrat An Nu'man"], ['Mhardeh', 'Muhradah'], ['Hodeidah', 'Hudaydah'],
    ['Daraa', "Dar'a"], ['Duma', 'Douma'], ['Baiji', 'Bayji'], ['Raqqa', 'Ar-Raqqah'], ['El Fasher', 'Al-Fashir'],
  ];
  it.each(same)('%s = %s', (a, b) => {
    expect(placeKeys(a!)[1]).toBe(placeKeys(b!)[1]);
    expect(shapesAgree(a!, b!)).toBe(true);
  });

  // Distinct towns (or a town and a word) whose skeletons meet: a syllable added or dropped.
  const different = [
    ['Zabdin', 'Az-Zabdani'], // two towns of Rural Damascus
    ['Bam', 'Pama'], // Burkina Faso: a province and a town of the East
    ["Mayda'a", 'Madaya'],
    ['Qasr', 'Kasra'], // both OCHA communities in Syria
    ['Aziz', 'Al Aziza'],
    ["Al-Ba'aj", 'Bayji'], // Nineveh and Salah ad Din, Iraq
    ['Dilling', 'Zalingei'], // South Kordofan and Central Darfur, Sudan
    ['Pokrovsk', 'Pokrovske'], // Donetsk and Dnipropetrovsk oblasts
  ];
  it.each(different)('%s is not %s', (a, b) => {
    expect(placeKeys(a!)[1]).toBe(placeKeys(b!)[1]);
    expect(shapesAgree(a!, b!)).toBe(false);
  });

  it('a mention in another script agrees with any shape', () => {
    expect(shapesAgree('الزبداني', 'Zabdin')).toBe(true);
  });
});

describe('a loose match that adds or drops a syllable is another town', () => {
  it('"Zabdin" in Rural Damascus is Zabadin (Maliha), not the seat Az-Zabdani', () => {
    const p = placeOf('SY', 'Zabdin');
    expect(p?.name).not.toBe('Az-Zabdani');
    expect(p?.admin1).toBe('Rural Damascus');
  });

  it('the Ghab plain is not the Hasakah village Ghaybi', () => {
    expect(placeOf('SY', 'Ghab')?.name ?? '').not.toBe('Ghaybi');
  });

  it('"Mayda\'a" is not taken for Madaya', () => {
    expect(placeOf('SY', "Mayda'a")?.name ?? '').not.toMatch(/Madaya/);
  });

  it('"Bam" in a Burkina Faso article is not the town of Pama: left unresolved, with a reason', () => {
    const [r] = resolveIn('BF', 'Bam');
    expect(r!.place).toBeNull();
    expect(r!.reason).not.toBe('');
  });

  it('a Sudanese spelling without the final vowel does not reach a town that ends on one', () => {
    expect(placeOf('SD', 'Zalingei')?.name).toBe('Zalingei');
    expect(placeOf('SD', 'Dilling')?.name).toBe('Dilling');
  });

  it.each([
    ['SY', 'Saraqeb', 'Saraqab'], ['SY', 'Saraqib', 'Saraqab'], ['SY', 'Maarat al-Numan', "Ma'arrat An Nu'man"],
    ['SY', 'Khan Sheikhoun', 'Khan Shaykun'], ['SY', 'Kafranbel', 'Kafr Nobol'], ['IQ', 'Heet', 'Hīt'],
  ])('transliterations still resolve (%s: %s -> %s)', (country, text, name) => {
    expect(placeOf(country, text)?.name).toBe(name);
  });
});

describe('a country name another country shares a word of', () => {
  it('"eastern Congo" in an article about DR Congo is DR Congo', () => {
    expect(placeOf('CD', 'eastern Congo')?.country).toBe('CD');
    expect(placeOf('CD', 'the Congo')?.country).toBe('CD');
  });

  it('stays the Republic of the Congo in its own articles and where no country is known', () => {
    expect(placeOf('CG', 'eastern Congo')?.country).toBe('CG');
    expect(placeOf('', 'Congo')?.country).toBe('CG');
  });

  it('a country\'s main name keeps its country: "Sudan" in a South Sudan article is Sudan', () => {
    expect(placeOf('SS', 'Sudan')?.country).toBe('SD');
    expect(placeOf('CG', 'DR Congo')?.country).toBe('CD');
  });
});
