/**
 * Constructions of general extraction that read too few figures or the wrong unit or group: a bare figure before
 * "and" and a figure shares that figure's noun ("6,000 and 3,500 families"); a participle before the gap qualifies the
 * shared noun ("3,400 facilitated and 12,800 spontaneous returnees"); "military" names the state's forces ("4 military
 * casualties"); a possessive kin noun after "and" counts its people ("three children and their parents"); evacuees
 * counted by a reporting verb and asylum seekers who cross are displaced. Sentences written for the rules, in several
 * wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { parseRegistry } from '@frontline/schema';
import { readDataFile } from '../src/data.ts';
import { brief, extract } from './helpers.ts';

const facts = (text: string): string[] =>
  extract(text).map(brief).map((f) => `${f.category} ${f.value} ${f.unit} ${f.group}`).sort();

describe('a bare figure before "and" and a figure shares its noun', () => {
  it.each([
    ['families (situation report, Myanmar)', 'Fighting in Sagaing displaced 6,000 and 3,500 families in two townships last week, OCHA said.', ['displaced 3500 families ', 'displaced 6000 families ']],
    ['households after a causing verb (wire, DR Congo)', 'Clashes forced 2,000 and 1,200 households to flee Minova and Sake on Tuesday, the UN said.', ['displaced 1200 households ', 'displaced 2000 households ']],
    ['households as subjects (outlet, Yemen)', 'Some 700 and 450 households fled Hays and Al Khawkhah this month, local authorities said.', ['displaced 450 households ', 'displaced 700 households ']],
    ['returnees with a participle before the gap (situation report, Ethiopia)', 'IOM recorded 3,400 facilitated and 12,800 spontaneous returnees in Tigray last month.', ['returned 12800 persons ', 'returned 3400 persons ']],
    ['returnees with an adjective after the gap (assessment, Sudan)', 'The team counted 900 organized and 2,700 spontaneous returnees in Wad Madani in March.', ['returned 2700 persons ', 'returned 900 persons ']],
  ])('%s', (_name, text, expected) => {
    expect(facts(text)).toEqual([...expected].sort());
  });

  it('leaves a range with "between" one figure (wire, Burkina Faso)', () => {
    expect(facts('Between 6,000 and 8,000 families fled Djibo last week, the UN said.')).toEqual(['displaced 6000 families ']);
  });
});

describe('"military" names the state\'s forces', () => {
  const both = (value: number, group: string): string[] => [`injured ${value} persons ${group}`, `killed ${value} persons ${group}`];
  it.each([
    ['across a gap (outlet, Ukraine)', 'Shelling on Tuesday caused 30 civilian and 4 military casualties in Kherson, the regional governor said.', [...both(30, 'civilians'), ...both(4, 'government_forces')]],
    ['alone before the harm noun (monitor, Sudan)', 'The clashes near Geneina left 6 military casualties, a local monitor reported.', both(6, 'government_forces')],
  ])('%s', (_name, text, expected) => {
    expect(facts(text)).toEqual([...expected].sort());
  });
});

describe('a possessive kin noun after "and" counts its people', () => {
  it.each([
    ['parents are two (wire, Syria)', 'An air strike on a house in Idlib killed three children and their parents on Sunday, rescuers said.', ['killed 2 persons people', 'killed 3 persons children']],
    ['a father is one (monitor, DR Congo)', 'Militiamen killed two boys and their father near Bunia on Thursday, a local monitor reported.', ['killed 1 persons people', 'killed 2 persons children']],
    ['a wife after a single person (outlet, Gaza)', 'A drone strike on a car in Khan Younis killed a man and his wife, medics said.', ['killed 1 persons people', 'killed 1 persons women']],
    ['a figure after the possessive (encyclopedic, Ukraine)', 'The shelling of Bakhmut on 3 May killed a woman and her two sons.', ['killed 1 persons women', 'killed 2 persons people']],
  ])('%s', (_name, text, expected) => {
    expect(facts(text)).toEqual([...expected].sort());
  });

  it('leaves kin who speak uncounted (wire, Myanmar)', () => {
    expect(facts('Soldiers killed three villagers near Mindat, and their parents said the troops fired first.')).toEqual(['killed 3 persons civilians']);
  });

  const rows = parseRegistry(readDataFile('possessive-kin.csv'), 'possessive-kin.csv', ['noun', 'count', 'example']);
  it.each(rows.map((r) => [r.noun!, Number(r.count), r.example!] as const))('possessive-kin.csv: %s counts %i', (noun, count, example) => {
    const kin = extract(example).map(brief).filter((f) => /^(?:their|his|her)$/i.test(f.phrase));
    expect(kin.map((f) => f.value), noun).toEqual([count]);
  });
});

describe('heads of displacement', () => {
  it.each([
    ['evacuees a reporting verb counts (outlet, Ukraine)', 'Authorities registered 2,300 evacuees from Pokrovsk on Saturday.', ['displaced 2300 persons ']],
    ['asylum seekers who cross (situation report, Sudan)', 'UNHCR said 4,100 asylum seekers crossed into Chad from Darfur last week.', ['displaced 4100 persons ']],
  ])('%s', (_name, text, expected) => {
    expect(facts(text)).toEqual([...expected].sort());
  });
});
