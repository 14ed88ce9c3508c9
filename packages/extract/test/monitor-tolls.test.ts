/**
 * Monitors' tolls (issue 9): the shapes SOHR, SNHR, Airwars, OHCHR/HRMMU, ACLED, the Yemen Data Project, Iraq Body Count
 * and civil-defence teams publish, written for these rules (none comes from the seed or corpus texts), tried in
 * several genres and wars. Each expected value is what the sentence says.
 */
import { rule } from './rule.ts';

rule('"N of them X", "N of whom were X": a part that names its group after its figure', [
  ['monitor', 'The Syrian Observatory documented 64 civilians who were killed on Friday, 22 of them children and 13 of them women.', [
    { category: 'killed', group: 'civilians', value: 64, time: 'on Friday', reporters: ['Syrian Observatory'] },
    { category: 'killed', group: 'children', value: 22, time: 'on Friday', reporters: ['Syrian Observatory'] },
    { category: 'killed', group: 'women', value: 13, time: 'on Friday', reporters: ['Syrian Observatory'] },
  ]],
  ['wire', 'Air strikes killed 19 civilians in Sanaa on Tuesday, 8 of them children, medics said.', [
    { category: 'killed', group: 'civilians', value: 19, places: ['Sanaa'] },
    { category: 'killed', group: 'children', value: 8, places: ['Sanaa'], reporters: ['medics'] },
  ]],
  ['monitor', 'ACLED recorded 212 fatalities in Rakhine last month, 140 of whom were civilians.', [
    { category: 'killed', group: 'people', value: 212, reporters: ['ACLED'] },
    { category: 'killed', group: 'civilians', value: 140, reporters: ['ACLED'] },
  ]],
  ['encyclopedic', 'The Observatory said 37 people were killed on Monday, 19 of whom were civilians, including 4 children.', [
    { category: 'killed', group: 'people', value: 37 },
    { category: 'killed', group: 'civilians', value: 19 },
    { category: 'killed', group: 'children', value: 4 },
  ]],
  // A partitive that names a place or a verb, not a group, is no part of the toll.
  ['wire', 'Twelve people were killed in Kharkiv region on Sunday, 3 of them in Kupiansk.', [
    { category: 'killed', group: 'people', value: 12 },
  ]],
]);

rule("a breakdown's list goes on past an age bound or the previous part's complement", [
  ['monitor', 'SOHR has documented the death of 312 civilians since the start of the escalation, among them 88 children under the age of 18 and 61 women over the age of 18.', [
    { category: 'killed', group: 'civilians', value: 312, cumulative: true, reporters: ['SOHR'] },
    { category: 'killed', group: 'children', value: 88, cumulative: true },
    { category: 'killed', group: 'women', value: 61, cumulative: true },
  ]],
  ['sitrep', 'Health partners reported 56 civilian deaths in Marib, among them 20 children (aged under 18) and 9 women.', [
    { category: 'killed', group: 'civilians', value: 56, places: ['Marib'] },
    { category: 'killed', group: 'children', value: 20 },
    { category: 'killed', group: 'women', value: 9 },
  ]],
  ['monitor', 'Accordingly, the number of people who were killed rose to 214, they are: 97 civilians including 30 children and 21 women, 70 members of regime forces and loyal militiamen, and 47 fighters of the factions.', [
    { category: 'killed', group: 'people', value: 214, cumulative: true },
    { category: 'killed', group: 'civilians', value: 97, cumulative: true },
    { category: 'killed', group: 'children', value: 30, cumulative: true },
    { category: 'killed', group: 'women', value: 21, cumulative: true },
    { category: 'killed', group: 'government_forces', value: 70, cumulative: true },
    { category: 'killed', group: 'opposition_fighters', value: 47, cumulative: true },
  ]],
  ['regional', 'The toll of the fighting in Sagaing has risen to 96, among them 41 civilians, including 12 children and 8 women, 30 members of the junta forces and 25 fighters of the resistance factions.', [
    { category: 'killed', value: 96, cumulative: true },
    { category: 'killed', group: 'civilians', value: 41 },
    { category: 'killed', group: 'children', value: 12 },
    { category: 'killed', group: 'women', value: 8 },
    { category: 'killed', group: 'government_forces', value: 30 },
    { category: 'killed', group: 'opposition_fighters', value: 25 },
  ]],
]);
