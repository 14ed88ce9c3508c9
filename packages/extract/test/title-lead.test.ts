/**
 * "Civilian casualties in Donetsk oblast, March" over "Killed — 87" and "Injured — 2,901": a table's title, a line of
 * its own without a colon or a full stop, leads the label lines under it as a lead ending in a colon does (its people
 * and places go to the items that name none). Sentences written for the rule, in three wars and two genres.
 */
import { rule } from './rule.ts';

rule('a table title without a colon leads its label lines', [
  ['monitor', 'Civilian casualties in Kherson oblast, June\nKilled — 41\nInjured — 236', [
    { category: 'killed', value: 41, group: 'civilians', places: ['Kherson'] },
    { category: 'injured', value: 236, group: 'civilians', places: ['Kherson'] },
  ]],
  ['sitrep', 'Child casualties in Darfur, week 14\n• Killed: 12\n• Injured: 30', [
    { category: 'killed', value: 12, group: 'children', places: ['Darfur'] },
    { category: 'injured', value: 30, group: 'children', places: ['Darfur'] },
  ]],
  ['monitor', 'Civilian casualties in Sagaing Region\nKilled: 18', [
    { category: 'killed', value: 18, group: 'civilians', places: ['Sagaing'] },
  ]],
  // A sentence with a full stop is no title: its people do not pass to the line after it.
  ['monitor', 'Civilians bore the brunt of the fighting in Idlib.\nKilled: 12', [
    { category: 'killed', value: 12, group: 'people' },
  ]],
]);
