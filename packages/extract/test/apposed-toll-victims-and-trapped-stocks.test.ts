/**
 * An apposition after a toll that names its victims ("..., a civilian casualty rate nearly 10 times higher"), and
 * people stranded where the fighting holds them, who are no stock of the displaced (data/trapped-places.csv).
 */
import { rule } from './rule.ts';

rule('an apposition after a toll whose noun of harm a noun of persons qualifies names the victims', [
  ['wire', 'The price the city paid was between 9,000 and 11,000 dead, a civilian casualty rate nearly 10 times higher than reported.', [
    { category: 'killed', group: 'civilians', value: 9000 },
  ]],
  ['regional', 'Shelling killed 45 people in Donetsk on Sunday, the highest civilian death toll since May, officials said.', [
    { category: 'killed', group: 'civilians', value: 45 },
  ]],
  ['sitrep', 'Air strikes killed 30 people in Saada in the 3-day period – a child casualty rate the cluster called alarming.', [
    { category: 'killed', group: 'children', value: 30 },
  ]],
  // An apposition with no noun of persons, or one that names only "people", leaves the toll's victims unnamed.
  ['encyclopedic', 'Clashes killed 12 people in Bunia, the deadliest day of the month.', [
    { category: 'killed', group: 'people', value: 12 },
  ]],
  ['monitor', 'The raids killed 20 people in Ariha, a death toll the monitor called the highest this year.', [
    { category: 'killed', group: 'people', value: 20 },
  ]],
]);

rule('people stranded where the fighting holds them are no stock of the displaced', [
  ['sitrep', 'In Al Abdiyah district, where clashes are ongoing, nearly 4,000 families are estimated to be stranded within the frontlines.', []],
  ['wire', 'Some 2000 people remain stranded behind the front lines east of Bakhmut, the governor said.', []],
  ['regional', 'Some 300 villagers are stranded in the crossfire near Bunia, the UN said.', []],
  ['monitor', 'Nearly 9,000 families are stranded in besieged areas of Taiz, the monitor said.', []],
  // Stranded away from home, in a camp or at a crossing, they are.
  ['regional', 'Some 40 families remain stranded in a camp near Sinjar, local officials said.', [
    { category: 'idps_stock', value: 40 },
  ]],
  ['sitrep', 'The 300 people stranded at the Rafah crossing have received water.', [
    { category: 'idps_stock', value: 300 },
  ]],
]);
