/**
 * World admin1 areas by the forms reports write them in (issue 9): GeoNames names them with a region word ("Borno
 * State", "Cabo Delgado Province", "Kyiv Oblast") or a direction adjective ("Western Darfur", "Southern Kordofan"),
 * reports write "Borno", "Cabo Delgado", "West Darfur", "South Kordofan" (but "Kyiv" is the city); Sudanese names keep the
 * article assimilated before g ("Ag Geneina"). Every sentence is written for this file, in several genres and wars,
 * and runs through ingest, extract and normalize; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { admin1Forms, readAdmin1Words } from '../src/places/admin1-forms.ts';
import { DEFAULT_PACKS_DIR } from '../src/places/gazetteer.ts';
import { facts, on } from './dated-text.ts';

const words = readAdmin1Words(join(DEFAULT_PACKS_DIR, 'world', 'admin1-words.csv'));

describe('the other forms of an admin1 name', () => {
  it.each([
    ['Borno State', ['Borno']],
    ['Cabo Delgado Province', ['Cabo Delgado']],
    ['Western Darfur', ['west Darfur']],
    ['Nord-Ubangi', ['north Ubangi']],
    ['Haut-Uele', ['upper Uele']],
  ])('%s', (name, forms) => expect(admin1Forms(name, words)).toEqual(forms));

  it('a name that is only a direction once its region word is gone keeps its region word', () => {
    expect(admin1Forms('Northern State', words)).toEqual(['north State']);
    expect(admin1Forms('Western Region', words)).toEqual(['west Region']);
  });

  it('a compass word is never turned into an adjective: "western Virginia" is not West Virginia', () => {
    expect(admin1Forms('West Virginia', words)).toEqual([]);
    expect(admin1Forms('Kassala', words)).toEqual([]);
  });
});

/** The admin1 and places of the one fact of that category and count. */
function placeOf(text: string, category: string, value: number): { admin1: string[]; places: string[]; precision: string } {
  const f = facts(text).filter((x) => x.category === category && x.count_best === value);
  expect(f).toHaveLength(1);
  return { admin1: f[0]!.admin1, places: f[0]!.places, precision: f[0]!.place_precision };
}

describe('an admin1 area written without its region word, or by its compass word', () => {
  it.each([
    ['wire, Nigeria', on('2021-02-14', 'Gunmen killed 23 villagers in Zamfara on Saturday, police said.'), 'killed', 23, 'Zamfara State'],
    ['sitrep, Mozambique', on('2020-11-05', 'Attacks by armed groups displaced 3,200 people in Cabo Delgado in October, according to IOM.'), 'displaced', 3200, 'Cabo Delgado Province'],
    ['monitor, Myanmar', on('2022-04-02', 'Air strikes killed 17 civilians in Kachin in March, the rights group said.'), 'killed', 17, 'Kachin State'],
    ['wire, Sudan', on('2023-06-15', 'Paramilitary fighters killed at least 40 civilians in West Darfur on Tuesday, activists said.'), 'killed', 40, 'Western Darfur'],
    ['sitrep, Sudan', on('2024-03-10', 'Shelling in South Kordofan displaced 4,500 people last week, OCHA said.'), 'displaced', 4500, 'Southern Kordofan'],
    ['sitrep, DR Congo', on('2021-09-12', 'Clashes between militias displaced 2,800 people in South Ubangi in August, UNHCR said.'), 'displaced', 2800, 'Sud-Ubangi'],
  ])('%s', (_name, text, category, value, admin1) => {
    expect(placeOf(text, category, value)).toMatchObject({ admin1: [admin1], precision: 'governorate' });
  });
});

describe('a town named like its area stays the town', () => {
  it.each([
    ['wire, Nigeria', on('2021-03-01', 'A bomb killed 7 people at a market in Kano on Monday, police said.'), 'killed', 7, 'Kano'],
    ['wire, Ukraine', on('2022-03-02', 'A missile strike killed 9 people in Kyiv on Tuesday, officials said.'), 'killed', 9, 'Kyiv'],
  ])('%s', (_name, text, category, value, place) => {
    expect(placeOf(text, category, value)).toMatchObject({ places: [place], precision: 'point' });
  });
});

describe('the Arabic article assimilated before g', () => {
  it.each([
    ['sitrep, Sudan', on('2023-07-01', 'Some 12,000 people fled Ag Geneina for Chad last week, IOM said.'), 'displaced', 12000],
    ['wire, Sudan', on('2023-06-20', 'Fighting in El Geneina killed 30 civilians on Monday, medics said.'), 'killed', 30],
  ])('%s', (_name, text, category, value) => {
    expect(placeOf(text, category, value).places).toContain('Geneina');
  });
});
