/**
 * A capitalised member noun ("Activists", "Doctors", "Workers") inside a body's name is a word of the name: the whole
 * name is the reporter, not the words before it ("Kurdish Rights") nor after it ("Against the Siege"). A speaker's
 * noun in capitals ("Sources") and a registry name before a member noun stay as they were. Sentences written for this
 * file.
 */
import { rule } from './rule.ts';

rule('a member noun ends a body name', [
  ['monitor', 'Kurdish Rights Activists said 14 protesters were killed in Mahabad on Friday.', [
    { category: 'killed', value: 14, reporters: ['Kurdish Rights Activists'] },
  ]],
  ['regional', 'According to the Kharkiv Rescue Volunteers, 5 people were killed in the strike on Izium.', [
    { category: 'killed', value: 5, reporters: ['Kharkiv Rescue Volunteers'] },
  ]],
  ['wire', 'At least 9 people were killed in Nyala, Darfur Bar Lawyers said.', [
    { category: 'killed', value: 9, reporters: ['Darfur Bar Lawyers'] },
  ]],
]);

rule('a member noun opens a body name before a capitalised preposition', [
  ['regional', 'Doctors Against the Siege said 31 patients were killed when the hospital in Izium was shelled.', [
    { category: 'killed', value: 31, reporters: ['Doctors Against the Siege'] },
  ]],
  ['sitrep', 'According to Surgeons Without Frontiers, 40 people were injured in the shelling of Maarat al-Numan.', [
    { category: 'injured', value: 40, reporters: ['Surgeons Without Frontiers'] },
  ]],
]);

rule('a speaker noun or a registry name before a member noun is cut as before', [
  ['monitor', 'SOHR Activists said 12 fighters were killed near Saraqib.', [
    { category: 'killed', value: 12, reporters: ['SOHR'] },
  ]],
  ['wire', 'Bakhmut City Council Sources said 6 civilians were killed in the shelling.', [
    { category: 'killed', value: 6, reporters: ['Bakhmut City Council'] },
  ]],
]);
