/**
 * A counted week written with a digit ordinal ("the 4th week of May") dates a figure as "the fourth week of May"
 * does, and "as of" before it is the date a stock's count was taken, nearer the figure than a date in another clause.
 * Sentences written for these tests, in several genres and wars.
 */
import { rule } from './rule.ts';

rule('"as of the Nth week of <month>" dates the count it follows', [
  ['sitrep', 'Clashes flared in June 2021 in Kanni district, leading to the displacement of some 12,000 people as of the 3rd week of August 2021.', [
    { category: 'displaced', value: 12000, time: 'as of the 3rd week of August 2021' },
  ]],
  ['sitrep', 'Fighting that began in March has displaced an estimated 8,500 people in Ménaka as of the second week of May 2022.', [
    { category: 'displaced', value: 8500, places: ['Ménaka'], time: 'as of the second week of May 2022' },
  ]],
]);

rule('a digit ordinal counts the week as its word does', [
  ['regional', 'Some 340 families fled Kalehe during the 2nd week of February 2024, local officials said.', [
    { category: 'displaced', value: 340, unit: 'families', places: ['Kalehe'], time: 'during the 2nd week of February 2024', reporters: ['local officials'] },
  ]],
  ['monitor', 'The group documented 27 civilians killed in Idlib in the 1st week of March 2020.', [
    { category: 'killed', value: 27, group: 'civilians', places: ['Idlib'], time: 'in the 1st week of March 2020' },
  ]],
]);
