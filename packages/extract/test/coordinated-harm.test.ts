/**
 * One count for two harms read together ("killed or wounded", "dead or injured"): like "N casualties", a `killed` and
 * an `injured` fact with the same count; a breakdown with a count for each harm stays two facts of their own.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';
import { parseRegistry } from '@frontline/schema';
import { readDataFile } from '../src/data.ts';

const harms = (text: string) => extract(text).map(brief).map((f) => [f.category, f.group, f.value]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('coordinated harms', () => {
  it.each([
    ['wire, Mozambique (passive)', 'At least 40 soldiers were killed or wounded in the ambush near Palma, a military source said.', 'government_forces', 40],
    ['monitor, Mali (active)', 'The militants killed or wounded 18 soldiers at the outpost near Gao.', 'government_forces', 18],
    ['sitrep, Ukraine ("left ... dead or injured")', 'The shelling left 25 people dead or injured in Kharkiv on Tuesday.', 'people', 25],
    ['UN report, Sudan (injured first)', 'Some 60 civilians were injured or killed in the strikes on Nyala.', 'civilians', 60],
    ['UNICEF, Yemen ("maimed")', 'At least 30 children were killed or maimed in Saada last month, UNICEF said.', 'children', 30],
    ['UN report, DRC (reduced relative)', 'Over the year the UN verified 1,150 children killed or maimed in North Kivu.', 'children', 1150],
    ['report table, Sudan (label line)', 'Children killed or maimed: 1,240', 'children', 1240],
    ['report table, Myanmar (slash)', 'Civilians killed/injured: 315', 'civilians', 315],
    ['sitrep, Ethiopia (spaced slash)', 'In Amhara, 64 civilians were killed / injured by drone strikes in May.', 'civilians', 64],
  ])('%s: a killed and an injured fact with the same count', (_genre, text, group, count) => {
    expect(harms(text)).toEqual([['injured', group, count], ['killed', group, count]]);
  });

  it('a count for each harm stays a breakdown (Syria)', () => {
    expect(harms('Twelve people were killed and 30 wounded in the shelling of Ariha.')).toEqual([['injured', 'people', 30], ['killed', 'people', 12]]);
  });

  it('a count for each harm across a slash stays a breakdown (Ukraine)', () => {
    expect(harms('Twelve people were killed/30 injured in the shelling of Kherson.')).toEqual([['injured', 'people', 30], ['killed', 'people', 12]]);
  });

  it('every word of the table has an example that gives both harms', () => {
    const rows = parseRegistry(readDataFile('harm-words.csv'), 'harm-words.csv', ['word', 'category', 'example']);
    for (const row of rows) expect(harms(row.example!).map((h) => h[0]), row.example).toEqual(['injured', 'killed']);
  });
});

describe('a harm noun before the count says which harm it is', () => {
  it.each([
    ['monitor, Iraq', 'The monitor documented the death of dozens of civilians killed and wounded in the raids on Hawija.', 'civilians'],
    ['NGO, Myanmar', 'Residents described the killing of at least 14 villagers killed or wounded by soldiers near Kani.', 'villagers'],
  ])('%s: only the noun\'s harm', (_genre, text) => {
    expect(harms(text).map((h) => h[0])).toEqual(['killed']);
  });
});
