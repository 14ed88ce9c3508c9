/**
 * A report's key-figure line that says where and since when before its colon ("Civilians killed in Sagaing Region:
 * 52", "People displaced in Ituri since January: 14,300"): the label's words name the category and the victims as a
 * short label's do (frame-finder.ts `labelled`), its prepositional tail gives the place and the period. Sentences
 * written for the rule, in several genres and wars; a long head is still a sentence, and a label naming something
 * other than people still counts nothing.
 */
import { check, rule } from './rule.ts';
import { it } from 'vitest';

rule('key-figure lines with a place and a period after the label', [
  ['monitor', 'Myanmar: civilian deaths in October\n\nCivilians killed in Sagaing Region: 52', [
    { category: 'killed', group: 'civilians', value: 52, places: ['Sagaing'] },
  ]],
  ['sitrep', 'KEY FIGURES\n\nPeople displaced in Ituri since January: 14,300', [
    { category: 'displaced', value: 14300, places: ['Ituri'], time: 'since January' },
  ]],
  ['wire', 'Toll of the strikes\n\nChildren injured in Kharkiv oblast in July: 31', [
    { category: 'injured', group: 'children', value: 31, places: ['Kharkiv'], time: 'in July' },
  ]],
  ['encyclopedic', 'Casualties\n\nSoldiers killed at Bakhmut between May and July: 410', [
    { category: 'killed', value: 410, places: ['Bakhmut'] },
  ]],
  ['sitrep', 'Trucks crossed into Gaza since Monday: 45', []],
]);

it('a label whose words before the place are a sentence gives no line', () => {
  check('Residents of the town said that those who fled in May: 40', []);
});
