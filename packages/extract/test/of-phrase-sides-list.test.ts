/**
 * A counted noun of persons whose of-phrase lists several sides, each after "the", keeps the verb after the list
 * ("N fighters of the factions, the Turkish forces, and the Kurdish forces were killed"; OF_MEMBER in figures.ts).
 */
import { rule } from './rule.ts';

rule('the verb after an of-phrase that lists sides is the figure\'s', [
  ['monitor', 'At least 37 fighters of the rebel factions, the Turkish forces and the Kurdish units were killed in the clashes near Azaz.', [
    { category: 'killed', value: 37 },
  ]],
  ['wire', 'Some 25 soldiers of the brigade, the border guards and the national guard were wounded in the shelling of Kupiansk, officials said.', [
    { category: 'injured', value: 25 },
  ]],
  ['encyclopedic', 'Around 60 fighters of the paramilitary forces, the allied militias, and the tribal levies were killed in the fighting for Babanusa.', [
    { category: 'killed', value: 60 },
  ]],
  // A clause after the counted noun that is not such a list keeps its own verb.
  ['regional', '14 residents of the town, killed in the raid, were buried on Sunday in Bunia.', [
    { category: 'killed', value: 14 },
  ]],
]);
