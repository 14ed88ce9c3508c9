/**
 * "Sagaing Conflict Monitor", "Donbas Civilian Monitor": a capitalised "Monitor" after two or more capitalised words
 * that are no registry name ends a body's name (member-nouns.csv), so the whole name is the reporter; after a registry
 * name it is still a role ("SOHR Monitor" is SOHR). Sentences written for this file.
 */
import { rule } from './rule.ts';

rule('"Monitor" ends a body name', [
  ['monitor', 'Sagaing Conflict Monitor said 22 villagers were killed in Kani township.', [
    { category: 'killed', value: 22, reporters: ['Sagaing Conflict Monitor'] },
  ]],
  ['encyclopedic', 'According to the Donbas Civilian Monitor, 64 civilians were killed in Avdiivka in 2023.', [
    { category: 'killed', value: 64, reporters: ['Donbas Civilian Monitor'] },
  ]],
]);

rule('"Monitor" after a registry name is a role', [
  ['monitor', 'SOHR Monitor said 4 fighters were killed in Idlib.', [
    { category: 'killed', value: 4, reporters: ['SOHR'] },
  ]],
]);
