/**
 * Nouns of harm qualified by other nouns, and figures sharing them across a gap: "40 rebel casualties", "22 civilian
 * and 15 regime casualties", "11 army and 4 militia casualties"; and "left N casualties" as "caused N casualties".
 * Sentences written for the rules, in several wars and genres. "N casualties" gives a killed and an injured fact.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string): string[] =>
  extract(text).map(brief).map((f) => `${f.category} ${f.value} ${f.unit} ${f.group}`).sort();

const both = (value: number, group: string): string[] => [`injured ${value} persons ${group}`, `killed ${value} persons ${group}`];

describe('nouns of harm after other nouns and across gaps', () => {
  it.each([
    ['a leaving verb as a causing one (outlet, Ukraine)', 'Shelling on the market left 9 casualties in Kharkiv on Sunday, the regional governor said.', both(9, 'people')],
    ['a noun of persons before the harm noun (wire, Yemen)', 'The raid caused 40 rebel casualties near Marib, the coalition said.', both(40, 'opposition_fighters')],
    ['an adjective, a gap, then a side noun (monitor, Syria)', 'Air strikes caused 22 civilian and 15 regime casualties around Saraqeb last week.', [...both(15, 'government_forces'), ...both(22, 'civilians')]],
    ['side nouns on both sides of the gap (situation report, Burkina Faso)', 'The ambush left 11 army and 4 militia casualties near Djibo.', [...both(11, 'government_forces'), ...both(4, 'government_forces')]],
  ])('%s', (_name, text, expected) => {
    expect(facts(text)).toEqual([...expected].sort());
  });

  it.each([
    ['people who left a place are displaced, not casualties (outlet, Ukraine)', 'Around 2000 civilians left the eastern quarters of Bakhmut overnight.', ['displaced 2000 persons ']],
    ['families left homeless are displaced (situation report, DR Congo)', 'The fighting has left 300 families homeless in Beni.', ['displaced 300 families ']],
  ])('%s', (_name, text, expected) => {
    expect(facts(text)).toEqual([...expected].sort());
  });
});

describe('a plural noun of persons before a gap is a head of its own', () => {
  it('keeps "30 civilians and 12 soldiers" two members, each with its own group (wire, Sudan)', () => {
    expect(facts('The bombardment killed 30 civilians and 12 soldiers in El Obeid, the army said.')).toEqual(
      ['killed 12 persons government_forces', 'killed 30 persons civilians'],
    );
  });
});
