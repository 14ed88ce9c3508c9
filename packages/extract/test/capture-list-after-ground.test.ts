/**
 * Issue 9, round 2: the places listed in a capture of places ("seized several villages such as X and Y", "took 12
 * localities, including the districts of X and Y") are places taken; a part of a place named before ("the eastern half
 * of the village") is a capture of that place. Every sentence is written for this file, in several genres and wars;
 * none comes from the corpus.
 */
import { rule } from './rule.ts';

const cap = (places: string[], actor: string) => ({ category: 'captured' as const, value: null, places, actor });
const counted = (vague: 'several' | 'dozens', actor: string) => ({ category: 'captured' as const, value: null, vague, places: [] as string[], actor });

rule('the places after "such as" a noun of places are taken', [
  ['wire', 'RSF fighters seized several villages such as Um Sunut and Wad al-Haddad on Sunday.', [
    { ...counted('several', 'RSF fighters'), time: 'on Sunday' }, { ...cap(['Um Sunut', 'Wad al-Haddad'], 'RSF fighters'), time: 'on Sunday' },
  ]],
  ['encyclopedic', 'The jihadists overran dozens of villages in central Mali, such as Boulkessi and Mondoro.', [
    { category: 'captured' as const, vague: 'dozens' as const, places: ['Mali'], actor: 'jihadists' }, cap(['Boulkessi', 'Mondoro'], 'jihadists'),
  ]],
]);

rule('a listed place after its own noun: "including the districts of X and Y", "including the town of X"', [
  ['regional', 'Houthi forces seized several districts of Marib, including the districts of Harib and Juba.', [
    { category: 'captured' as const, vague: 'several' as const, actor: 'Houthi forces' }, cap(['Harib', 'Juba'], 'Houthi forces'),
  ]],
  ['thinktank', 'Ukrainian forces retook 20 settlements east of the Oskil, including the town of Borova.', [
    { category: 'captured' as const, value: 20, unit: 'places', actor: 'Ukrainian forces' }, cap(['Borova'], 'Ukrainian forces'),
  ]],
  // The same list after a strike on places is no capture.
  ['monitor', 'Shelling hit several districts of Aleppo, including the districts of Salaheddine and Bustan al-Qasr.', []],
]);

rule('a part of a place named before is a capture of it: "the eastern half of the town"', [
  ['wire', 'Wagner fighters attacked Anefis on Monday. By noon they had taken the eastern half of the town.', [
    cap(['Anefis'], 'Wagner fighters'),
  ]],
  ['regional', 'Azerbaijani troops shelled Talish overnight. At dawn they took the northern side of the village.', [
    cap(['Talish'], 'Azerbaijani troops'),
  ]],
  ['encyclopedic', 'The RSF besieged Babanusa for weeks. In January it seized the southern sector of the town.', [
    cap(['Babanusa'], 'RSF'),
  ]],
]);
