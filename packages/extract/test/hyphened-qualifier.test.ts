/**
 * "4,100 battle-related deaths", "260 conflict-linked fatalities": a noun joined by a hyphen to a participle or an
 * adjective qualifies the counted noun after it, so that noun (an event noun with its own frame) is the head.
 * Sentences written for the rule, in four wars and three genres.
 */
import { rule } from './rule.ts';

rule('a hyphened qualifier before a counted event noun', [
  ['monitor', 'UCDP recorded 3,800 battle-related deaths in Ethiopia in 2021.', [
    { category: 'killed', value: 3800, places: ['Ethiopia'], reporters: ['UCDP'] },
  ]],
  ['monitor', 'ACLED recorded 260 conflict-linked fatalities in Sagaing Region in October.', [
    { category: 'killed', value: 260, places: ['Sagaing'], reporters: ['ACLED'] },
  ]],
  ['wire', 'The health ministry said it had registered 41 war-related deaths in Hodeidah since Friday.', [
    { category: 'killed', value: 41, places: ['Hodeidah'], reporters: ['health ministry'] },
  ]],
  ['regional', 'Local officials counted 85 violence-related deaths in Culiacan last month.', [
    { category: 'killed', value: 85, places: ['Culiacan'], reporters: ['Local officials'] },
  ]],
  // A hyphened word before a person noun changes nothing: the noun reader already reads it.
  ['wire', 'At least 12 Turkish-backed fighters were killed near Manbij, the monitor said.', [
    { category: 'killed', value: 12, modifier: 'at_least', places: ['Manbij'] },
  ]],
]);
