/**
 * "Of these, 12 were women" after a toll is its breakdown, as "Of those killed," is; "the 9 civilians killed" is a
 * toll though a number under ten after "the" is otherwise no count ("the one", "the two sides").
 */
import { rule } from './rule.ts';

rule('"Of these" opens the breakdown of the toll before', [
  ['monitor', 'Since 3 May, 56 killed. Of these, 12 were women.', [
    { category: 'killed', value: 56, cumulative: true },
    { category: 'killed', group: 'women', value: 12, cumulative: true },
  ]],
  ['sitrep', 'At least 40 civilians were injured in Hodeidah during the week. Of these, 15 were children.', [
    { category: 'injured', group: 'civilians', value: 40 },
    { category: 'injured', group: 'children', value: 15 },
  ]],
  ['wire', 'Shelling killed 23 people in Kherson on Sunday, the governor said. Among these, four were children.', [
    { category: 'killed', value: 23 },
    { category: 'killed', group: 'children', value: 4 },
  ]],
]);

rule('"the N" before a noun of persons and a word of harm is a toll', [
  ['wire', 'The 9 civilians killed included a child, police in Maiduguri said.', [
    { category: 'killed', group: 'civilians', value: 9 },
    { category: 'killed', group: 'children', value: 1 },
  ]],
  ['encyclopedic', 'The three soldiers wounded in the ambush were flown to Bamako.', [
    { category: 'injured', group: 'government_forces', value: 3 },
  ]],
  // "the two sides", "the one": a number under ten after "the" with no persons hurt stays no count.
  ['regional', 'The two sides agreed to a truce in Marib on Sunday.', []],
]);
