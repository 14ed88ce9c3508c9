/**
 * "Death toll in March:" then "Civilians: 640", "Children: 151"; "Civilian death toll: 45": a label whose noun is the
 * toll of an event names that event's category, as "The number of deaths" does (the toll is an amount, not a thing
 * counted). Sentences written for the rule, in three wars and two genres.
 */
import { rule } from './rule.ts';

rule('a toll label names its category', [
  ['monitor', 'Death toll in March:\nCivilians: 640\nChildren: 151', [
    { category: 'killed', value: 640, group: 'civilians' },
    { category: 'killed', value: 151, group: 'children' },
  ]],
  ['sitrep', 'Death toll in Marib governorate in June:\n- Children: 7\n- Women: 4', [
    { category: 'killed', value: 7, group: 'children' },
    { category: 'killed', value: 4, group: 'women' },
  ]],
  ['monitor', 'Monthly tally for Sagaing Region\nCivilian death toll: 45', [
    { category: 'killed', value: 45, group: 'civilians' },
  ]],
  // A sum of dead and hurt names no one category, toll or not.
  ['sitrep', 'Casualty toll in Taiz in May:\nChildren: 6\nWomen: 2', []],
]);
