/**
 * "Committee to Protect X", "Coalition to Stop Y": "to" after a capitalised body noun and before a capitalised word is
 * a word of the body's name, which is the reporter whole.
 * Sentences written for this file.
 */
import { rule } from './rule.ts';

rule('"to" inside a body\'s name keeps the name whole', [
  ['wire', 'At least 11 reporters were killed in Guerrero last year, the Committee to Protect Reporters said.', [
    { category: 'killed', value: 11, reporters: ['Committee to Protect Reporters'] },
  ]],
  ['monitor', 'The Coalition to Stop Child Recruitment documented 34 children killed in North Kivu in 2023.', [
    { category: 'killed', value: 34, reporters: ['Coalition to Stop Child Recruitment'] },
  ]],
  ['regional', 'According to the Committee to Protect Farmers, 200 families fled Bama after the raid.', [
    { category: 'displaced', value: 200, unit: 'families', reporters: ['Committee to Protect Farmers'] },
  ]],
]);

