/**
 * Label lines whose pairs a comma separates ("Killed: 7, wounded: 19"), and the victims a word of persons names before
 * a toll's noun of harm ("Civilian deaths rose to 41", "child casualties climbed to 12").
 */
import { rule } from './rule.ts';

rule('a comma after a label pair\'s figure starts the next label', [
  ['wire', 'Toll in Zaporizhzhia, 3 June\nKilled: 7, wounded: 19', [
    { category: 'killed', group: 'people', value: 7 },
    { category: 'injured', group: 'people', value: 19 },
  ]],
  ['sitrep', 'Casualties in Hodeidah, 10-16 April\n• Killed: 12, Injured: 30, Missing: 4', [
    { category: 'killed', group: 'people', value: 12 },
    { category: 'injured', group: 'people', value: 30 },
  ]],
  ['monitor', 'Civilians killed: 9, children killed: 4', [
    { category: 'killed', group: 'civilians', value: 9 },
    { category: 'killed', group: 'children', value: 4 },
  ]],
  ['encyclopedic', 'Casualties of the Beni raid\nDead – 14, wounded – 31', [
    { category: 'killed', group: 'people', value: 14 },
    { category: 'injured', group: 'people', value: 31 },
  ]],
  // A figure that a participle follows with no label mark is still that participle's subject.
  ['wire', 'Seven killed, 19 wounded in strike on Kramatorsk', [
    { category: 'killed', value: 7 },
    { category: 'injured', value: 19 },
  ]],
  // A predicate with its auxiliary before a colon is the figure's, the breakdown after it its parts.
  ['wire', 'At least 12 people were killed: five in Kharkiv and seven in Sumy.', [
    { category: 'killed', value: 12 },
    { category: 'killed', value: 5, places: ['Kharkiv'] },
    { category: 'killed', value: 7, places: ['Sumy'] },
  ]],
  ['monitor', 'In total 40 civilians died in Idlib: 12 children, 9 women and 19 men.', [
    { category: 'killed', group: 'civilians', value: 40 },
    { category: 'killed', group: 'children', value: 12 },
    { category: 'killed', group: 'women', value: 9 },
  ]],
]);

rule('a noun of persons before a toll\'s noun of harm names its victims', [
  ['wire', 'Civilian deaths in the province rose to 41 on Sunday, officials said.', [
    { category: 'killed', group: 'civilians', value: 41, cumulative: true },
  ]],
  ['sitrep', 'Child casualties in Hajjah climbed to 12 during the reporting period.', [
    { category: 'injured', group: 'children', value: 12, cumulative: true },
    { category: 'killed', group: 'children', value: 12, cumulative: true },
  ]],
  ['monitor', 'The civilian death toll in Deir ez-Zor has reached 90 since the start of the month.', [
    { category: 'killed', group: 'civilians', value: 90, cumulative: true },
  ]],
  ['regional', 'In Kordofan, civilian fatalities have risen to 230, the rights group said.', [
    { category: 'killed', group: 'civilians', value: 230, cumulative: true },
  ]],
  // A word that names no persons leaves the toll's victims unnamed.
  ['encyclopedic', 'By the end of the siege the death toll had risen to 1,200.', [
    { category: 'killed', group: 'people', value: 1200, cumulative: true },
  ]],
]);

rule('a toll that is the subject of "include" is the whole of the parts after the verb', [
  ['wire', 'The 12 dead included four children, police in Maiduguri said.', [
    { category: 'killed', group: 'people', value: 12 },
    { category: 'killed', group: 'children', value: 4 },
  ]],
  ['monitor', 'The 30 people killed in the shelling of Ariha included 11 children and six women.', [
    { category: 'killed', group: 'people', value: 30 },
    { category: 'killed', group: 'children', value: 11 },
    { category: 'killed', group: 'women', value: 6 },
  ]],
  ['sitrep', 'The 45 people injured in Kramatorsk include 7 children.', [
    { category: 'injured', group: 'people', value: 45 },
    { category: 'injured', group: 'children', value: 7 },
  ]],
  // A clause between the toll and the verb makes the verb another subject's.
  ['encyclopedic', 'Insurgents killed 12 villagers and looted a convoy that included four trucks.', [
    { category: 'killed', group: 'civilians', value: 12 },
  ]],
]);

rule('a share of the toll before, with no time of its own, takes the toll\'s time phrase', [
  ['monitor', 'Since 1 March, 212 civilians were killed in Idlib.\n\nOf those killed, 58 were children.', [
    { category: 'killed', group: 'civilians', value: 212, time: 'Since 1 March' },
    { category: 'killed', group: 'children', value: 58, time: 'Since 1 March' },
  ]],
  ['wire', 'Militants killed 31 people in Borno in January. Only 12 of the victims were children, police said.', [
    { category: 'killed', value: 31, time: 'in January' },
    { category: 'killed', group: 'children', value: 12, time: 'in January' },
  ]],
  // A new toll, not a share of the one before, keeps no time of another's.
  ['sitrep', 'Shelling killed 14 people in Kharkiv on Monday.\n\nAnother 9 people were killed in Sumy.', [
    { category: 'killed', value: 14, time: 'on Monday' },
    { category: 'killed', value: 9, time: '' },
  ]],
]);
