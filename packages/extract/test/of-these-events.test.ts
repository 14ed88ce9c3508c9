/**
 * "the monitor verified 12 of these deaths": a figure before "of these" or "of those" and a noun of counted events
 * counts those events, as "326 of the deaths" does. Sentences written for the rule, in three wars and three genres.
 */
import { rule } from './rule.ts';

rule('a part of counted events after "of these" or "of those"', [
  ['monitor', 'Local sources reported 40 deaths in Kramatorsk; the mission has so far verified 31 of these deaths.', [
    { category: 'killed', value: 40, places: ['Kramatorsk'] },
    { category: 'killed', value: 31 },
  ]],
  ['sitrep', 'Health officials recorded 63 fatalities in Geneina last week, and the cluster confirmed 48 of those fatalities.', [
    { category: 'killed', value: 63, places: ['Geneina'] },
    { category: 'killed', value: 48 },
  ]],
  ['wire', 'Doctors said 22 of those deaths in Hodeidah were children.', [
    { category: 'killed', value: 22, places: ['Hodeidah'] },
  ]],
  // A noun that names no counted event keeps "N of these" a member of a set.
  ['wire', 'Militants destroyed 12 of these checkpoints near Hodeidah in May.', []],
]);
