/**
 * Places on a gazetteer despite transliteration (issue 9): GeoNames writes a few admin1 names after a word for the area
 * ("Muhafazat Hadramaout", Arabic "governorate of"; "Region of Magallanes"), which reports leave out; the bare name
 * must find the area, however it is transliterated.
 *
 * Every sentence is written for this file, in several genres and wars; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { admin1Forms, plainAdmin1Name, readAdmin1Words } from '../src/places/admin1-forms.ts';
import { DEFAULT_PACKS_DIR } from '../src/places/gazetteer.ts';
import { facts, on } from './dated-text.ts';

const words = readAdmin1Words(join(DEFAULT_PACKS_DIR, 'world', 'admin1-words.csv'));

describe('an admin1 name opened by a word for the area', () => {
  it.each([
    ['Muhafazat Hadramaout', ['Hadramaout']],
    ['Region of Magallanes', ['Magallanes']],
    ['Republic of Tyva', ['Tyva']],
  ])('%s', (name, forms) => expect(admin1Forms(name, words)).toEqual(forms));

  it('a soft sign after the region word does not keep it on', () => {
    expect(admin1Forms("Leningradskaya Oblast'", words)).toEqual(['Leningradskaya']);
  });

  it('nothing but a direction left is no name', () => {
    expect(admin1Forms('Province of Northern', words)).toEqual([]);
  });
});

/**
 * The name users read: a map or a report writes "Hadramaout", not GeoNames' "Muhafazat Hadramaout", so the area is
 * shown by its plain name (packs/world/index/admin1.tsv), GeoNames' kept among its other names. The area word stays
 * ("Abyan Governorate"): it says what the name is.
 */
describe('an admin1 area shown by its plain name', () => {
  it.each([
    ['Muhafazat Hadramaout', 'Hadramaout'],
    ['Republic of Tyva', 'Tyva'],
    ['Abyan Governorate', 'Abyan Governorate'],
    ['Province of Northern', 'Province of Northern'],
  ])('%s', (name, plain) => expect(plainAdmin1Name(name, words)).toBe(plain));
});

/** The admin1 and precision of the one fact of that category and count. */
function areaOf(text: string, category: string, value: number): { admin1: string[]; precision: string } {
  const f = facts(text).filter((x) => x.category === category && x.count_best === value);
  expect(f.map((x) => x.quote)).toHaveLength(1);
  return { admin1: f[0]!.admin1, precision: f[0]!.place_precision };
}

/**
 * The skeleton of a form of the name must keep the mention's vowel shape (shape.ts) against that form, not the
 * GeoNames name: "Hadhramout" against "Hadramaout", not "Muhafazat Hadramaout"; "South Kurdufan" against "South
 * Kordofan", not "Southern Kordofan".
 */
describe('the area found by its bare name in any spelling', () => {
  it.each([
    ['wire, Yemen', on('2019-08-10', 'A drone strike killed 6 suspected militants in Hadhramout on Friday, tribal sources said.'), 'killed', 6],
    ['monitor, Yemen', on('2021-02-03', 'Clashes between rival forces in Hadhramaut governorate killed 11 fighters on Sunday, the monitoring group said.'), 'killed', 11],
    ['sitrep, Yemen', on('2022-04-12', 'Fighting displaced 1,450 people in Hadramout in March, according to IOM.'), 'displaced', 1450],
  ])('%s', (_name, text, category, value) => {
    expect(areaOf(text, category, value)).toEqual({ admin1: ['Hadramaout'], precision: 'governorate' });
  });

  it.each([
    ['sitrep, Sudan', on('2024-02-08', 'Renewed shelling displaced about 3,900 people in South Kurdufan last week, OCHA reported.'), 'displaced', 3900, 'Southern Kordofan'],
    ['outlet, Sudan', on('2023-11-06', 'Militiamen killed at least 52 villagers in West Darfour over the weekend, a local lawyers group said.'), 'killed', 52, 'Western Darfur'],
  ])('%s: another form of the name, spelled another way', (_name, text, category, value, admin1) => {
    expect(areaOf(text, category, value)).toEqual({ admin1: [admin1], precision: 'governorate' });
  });

  it('assessment, Yemen: the area named with its own word for governorate', () => {
    const text = on('2020-01-20', 'Our assessment is that the offensive displaced at least 2,300 households from Hadramaut governorate over the quarter.');
    expect(areaOf(text, 'displaced', 2300)).toEqual({ admin1: ['Hadramaout'], precision: 'governorate' });
  });
});
