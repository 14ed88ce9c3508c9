/**
 * "in Gao (40 reported deaths)": a reporting participle right after a figure describes the noun that figure counts;
 * the words before the figure (a place, a bracket) are no one who reported. Sentences written for these tests.
 */
import { rule } from './rule.ts';

rule('a figure\'s participle before its noun names no reporter', [
  ['sitrep', 'The deadliest strikes of the day hit Khartoum Bahri (23 reported fatalities) and Omdurman (9 reported fatalities, including four children).', [
    { category: 'killed', value: 23, places: ['Khartoum Bahri'], reporters: [] },
    { category: 'killed', value: 9, places: ['Omdurman'], reporters: [] },
    { category: 'killed', value: 4, group: 'children', places: ['Omdurman'], reporters: [] },
  ]],
  ['monitor', 'Shelling struck Kramatorsk (6 recorded deaths) and Druzhkivka (3 recorded deaths) overnight.', [
    { category: 'killed', value: 6, reporters: [] },
    { category: 'killed', value: 3, reporters: [] },
  ]],
]);

rule('a source before its reporting verb is still the reporter', [
  ['sitrep', 'UNHCR reported 1,200 new arrivals in Adré on 3 May.', [
    { category: 'displaced', value: 1200, places: ['Adré'], reporters: ['UNHCR'] },
  ]],
]);
