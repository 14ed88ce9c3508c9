/**
 * "Civilians: 1,204 (including 312 children)": an item of a casualty table by victims may name its own parts in a
 * bracket after its figure; each part is a fact in the table's category, with its own group and the table's
 * perpetrator. Sentences written for the rule, in three wars and two genres.
 */
import { rule } from './rule.ts';

rule("a table item's bracketed parts", [
  ['monitor', 'Killed by Russian forces in April:\nCivilians: 86 (including 19 children)\nFighters: 12', [
    { category: 'killed', value: 86, group: 'civilians', actor: 'Russian forces' },
    { category: 'killed', value: 19, group: 'children', actor: 'Russian forces' },
  ]],
  ['sitrep', 'Deaths in Hodeidah governorate in May:\n- Civilians: 57 (among them 14 children and 9 women)', [
    { category: 'killed', value: 57, group: 'civilians' },
    { category: 'killed', value: 14, group: 'children' },
    { category: 'killed', value: 9, group: 'women' },
  ]],
  ['monitor', 'Killed by junta air strikes:\n• Civilians – 112 (including 30 children)', [
    { category: 'killed', value: 112, group: 'civilians', actor: 'junta' },
    { category: 'killed', value: 30, group: 'children', actor: 'junta' },
  ]],
  // A bracket that is no breakdown ("(provisional)") is no bare item: the line is left to the sentence finders.
  ['monitor', 'Killed by RSF fighters:\nCivilians: 240 (provisional)', []],
]);
