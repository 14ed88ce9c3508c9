/**
 * A place the story resolves, of any level (a town, a camp, a district), as the subject of record / register / see /
 * witness, is where the figure was counted: its place, never its reporter; the reporter is the one that says so
 * (issue 9). Sentences written for this file, in several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief).map((f) => ({ value: f.value, places: f.places, reporters: f.reporters }));

describe('a place that "recorded" is the figure\'s place, not its reporter', () => {
  it.each([
    ['monitor, Iraq: a town the story named', 'Clashes spread to Mosul and Tal Afar. Mosul recorded 14 civilian deaths last week, according to the UN.', 14, 'Mosul', 'UN'],
    ['wire, Ukraine: "witnessed"', 'Shelling hit Nikopol overnight. Nikopol witnessed three deaths on Tuesday, the governor said.', 3, 'Nikopol', 'governor'],
    ['situation report, South Sudan: "registered" arrivals', 'Fighting reached Bentiu last week. Bentiu registered 2,300 new arrivals, according to IOM.', 2300, 'Bentiu', 'IOM'],
  ])('%s', (_case, text, value, place, reporter) => {
    const fact = facts(text).find((f) => f.value === value)!;
    expect(fact.places).toEqual([place]);
    expect(fact.reporters).toEqual([reporter]);
  });

  it('situation report, Yemen: a gapped list of towns credits the sayer after it, not the first town', () => {
    const found = facts('Mocha recorded 11 deaths and Khokha 4, the health office said.');
    expect(found.map((f) => [f.value, f.places, f.reporters])).toEqual([[11, ['Mocha'], ['health office']], [4, ['Khokha'], ['health office']]]);
  });

  it('an organisation before the verb stays the reporter (Syria, Sudan)', () => {
    expect(facts('Airwars recorded 31 civilian deaths in Raqqa.')[0]!.reporters).toEqual(['Airwars']);
    expect(facts('Shelling hit Omdurman. The Sudan Doctors Network recorded 40 deaths in Omdurman.')[0]!.reporters).toEqual(['Sudan Doctors Network']);
  });
});
