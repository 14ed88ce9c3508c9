/**
 * "killed 12 officials and three chiefs": two figures whose nouns no person table knows, joined by "and" or commas,
 * share the verb as a list (figures.ts coordinatedHead): the verb says the first counts persons, and a coordination
 * joins like with like. Words of time and weapons are no such noun.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';
import { coordinatedHead, type FigureNP } from '../src/figures.ts';
import { findQuantities } from '../src/numbers.ts';

const counts = (text: string) => extract(text).map(brief).map((f) => [f.category, f.value]);

describe('a list of figures with nouns no table knows', () => {
  it.each([
    ['wire, Yemen (three members)', 'A drone strike killed six officials, two clerks and three drivers in Shabwa, a tribal source told AFP.', [['killed', 6], ['killed', 2], ['killed', 3]]],
    ['sitrep, Sudan', 'Armed men killed 19 officials and five sheikhs in Mornei, according to the OCHA flash update.', [['killed', 19], ['killed', 5]]],
    ['outlet, Myanmar', 'An airstrike on the market killed 11 vendors and two porters in Kyaukme township, residents said.', [['killed', 11], ['killed', 2]]],
    ['wire, DRC (injured)', 'The militia wounded 8 officials and 4 catechists near Djugu on Sunday, the army said.', [['injured', 8], ['injured', 4]]],
  ])('%s: every member is a count of the verb', (_genre, text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it.each([
    ['weapons (Ukraine)', 'Air defences shot down 14 missiles and 20 drones over Odesa, the military said.', []],
    ['a verb between (Sahel)', 'The army said it killed 30 militants and seized 12 rifles near Menaka.', [['killed', 30]]],
  ])('%s: no person counted', (_case, text, expected) => {
    expect(counts(text)).toEqual(expected);
  });
});

describe('coordinatedHead is pure', () => {
  // The figure before is the caller's: reading the second figure must not move where the first one ends, so a second
  // call on the same input answers as the first did.
  it.each([
    ['wire, Yemen', 'Gunmen killed 14 clerks and three drivers near Ataq, a local official said.'],
    ['sitrep, Sudan', 'Raiders wounded 9 herders, and 2 watchmen in Um Dukhun, OCHA reported.'],
  ])('%s: the same answer twice, the earlier figure untouched', (_genre, text) => {
    const [first, second] = findQuantities(text);
    const prev: FigureNP = { q: first!, head: null, end: first!.end };
    const once = coordinatedHead(text, second!, prev);
    expect(prev.end).toBe(first!.end);
    expect(once).not.toBeNull();
    expect(coordinatedHead(text, second!, prev)).toEqual(once);
  });
});

describe('a plural of time, distance or share is no lone plural of persons (data/non-person-plurals.csv)', () => {
  it.each([
    ['monitor, Ukraine', 'Strikes on Kharkiv went on for 3 days and 12 hours, the regional administration said.'],
    ['outlet, Sudan', 'The RSF advanced 12 kilometres and 8 miles on two fronts near El Obeid, residents said.'],
    ['wire, Gaza', 'Rockets hit Sderot 5 times and 2 others were intercepted, the army said.'],
  ])('%s: the second figure takes no head from the first', (_genre, text) => {
    const [first, second] = findQuantities(text);
    expect(coordinatedHead(text, second!, { q: first!, head: null, end: first!.end })).toBeNull();
  });
});
