/**
 * A monitor's table copied from a web page as lines, its cells joined by a space (issue 9, monitors' tolls): a heading
 * that names a casualty category and its perpetrator without a colon ("Civilian deaths at the hands of government
 * forces") leads rows of a label and a figure ("Civilian death toll 651 civilians", "Of which children 182 (7 per
 * day)"); each row of a group gives a fact with the heading's perpetrator. Every sentence is written for this file,
 * in several genres and wars; none comes from the fresh texts or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief).map((f) => [f.category, f.group, f.value, f.actor]);

describe('a colon-less table heading and its rows', () => {
  it.each([
    ['monitor, Syria', 'Civilian deaths at the hands of Syrian regime forces\nCivilian death toll 412 civilians\nOf which children 96 (3 per day)\nOf which women 51',
      [['killed', 'civilians', 412], ['killed', 'children', 96], ['killed', 'women', 51]], /regime/i],
    ['monitor, Yemen', 'Civilians killed by Houthi shelling in Taiz\nCivilian death toll 38\nOf which children 11\nOf which women 4',
      [['killed', 'civilians', 38], ['killed', 'children', 11], ['killed', 'women', 4]], /Houthi/i],
    ['monitor, Myanmar', 'Civilians injured at the hands of junta troops\nChildren 27\nWomen 19',
      [['injured', 'children', 27], ['injured', 'women', 19]], /junta/i],
    ['monitor, Iraq', 'Civilian deaths at the hands of ISIS\nCivilian death toll 205 civilians\nAmong them children 44',
      [['killed', 'civilians', 205], ['killed', 'children', 44]], /ISIS/i],
  ])('%s', (_genre, text, expected, actor) => {
    const found = facts(text);
    expect(found.map(([c, g, v]) => [c, g, v])).toEqual(expected);
    for (const [, , , a] of found) expect(a).toMatch(actor);
  });

  it('a heading before prose leads nothing', () => {
    expect(facts('Civilians killed by Russian strikes in Kharkiv\nResidents said the shelling lasted all night.')).toEqual([]);
  });

  it('a row with no group of the schema gives nothing', () => {
    expect(facts('Civilian deaths at the hands of regime forces\nDeaths under torture 31\nWomen and children as a % 45%')).toEqual([]);
  });
});
