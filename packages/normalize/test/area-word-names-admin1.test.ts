/**
 * An administrative word names the first-level area (issue 9, adm-r48), and a namesake found only by another spelling
 * or name outside the area the text names is no place of the story. Invented texts in several genres; the places are
 * real.
 */
import { describe, expect, it } from 'vitest';
import { admin1Of, facts, on } from './dated-text.ts';

/** A test's name, the text's day and lines, the count of its fact, and that fact's admin1. */
type Case = [name: string, day: string, lines: string[], count: number, admin1: string];

const AREA_WORD: Case[] = [
  ["wire, Yemen: 'the northern province of Sana'a' is the governorate, not the capital's area", '2021-03-04', [
    'Air strikes kill 9 in Yemen',
    "Nine civilians were killed on Wednesday in air strikes on a market in the northern province of Sana'a, medics said.",
  ], 9, 'Sanaa Governorate'],
  ["situation report, Yemen: 'Sanaa governorate' after a district", '2019-08-20', [
    'Yemen: Flash Update No. 3',
    'Some 2,400 families were displaced from Bani Hushaysh district in Sanaa governorate during the week, partners reported.',
  ], 2400, 'Sanaa Governorate'],
  ["outlet, Ethiopia: 'the X Zone of Oromia State' puts the toll in Oromia", '2022-07-05', [
    'Attack in western Ethiopia kills 20',
    'At least 20 civilians were killed in an attack in the Horo Guduru Wollega Zone of Oromia State on Monday, residents said.',
  ], 20, 'Oromiya'],
  ['monitor, DR Congo: a territory the packs lack narrows the country the sentence names', '2023-02-01', [
    'Fighting displaces thousands in North Kivu',
    'Clashes in the Democratic Republic of the Congo left 14 civilians dead in Masisi territory this week, the monitor said.',
  ], 14, 'North Kivu'],
];

const NAMESAKES: Case[] = [
  ['wire, Nigeria: a village of an LGA of Borno State is not a town of Nasarawa found by a loose key', '2020-06-10', [
    'Gunmen kill 12 in Nigerian village',
    'Gunmen killed 12 people on Tuesday in Kofa village of Konduga local government area, Borno State, police said.',
  ], 12, 'Borno State'],
  ["outlet, Nigeria: a village named like another state's capital, in a story set in Sokoto State", '2021-05-12', [
    'Bandits kill villagers in Sokoto',
    'Bandits attacked three communities of Rabah local government area in Sokoto State on Sunday, residents said.',
    'Residents said 14 people were killed in Dutsi village alone.',
  ], 14, 'Sokoto'],
];

const check = ([name, day, lines, count, admin1]: Case) =>
  it(name, () => expect(admin1Of(facts(on(day, lines.join('\n\n'))), count)).toEqual([admin1]));

describe('a name written with an area word is the admin1 area', () => AREA_WORD.forEach(check));

describe('a namesake by another spelling or name, outside the area the text names', () => NAMESAKES.forEach(check));
