/**
 * "local residents and press reports said", "officials and media reports said": a reporter joined by "and" to a kind
 * of reports gives both reporters, the reports as written (a vague source the gold format accepts), where the whole
 * phrase was no reporter before. Sentences written for this file.
 */
import { rule } from './rule.ts';

rule('a reporter and a kind of reports', [
  ['wire', 'At least 20 people were killed in Gondar, local residents and press reports said.', [
    { category: 'killed', value: 20, reporters: ['local residents', 'press reports'] },
  ]],
  ['regional', 'Hospital officials and media reports said 12 civilians were injured in the shelling of Kharkiv.', [
    { category: 'injured', value: 12, reporters: ['Hospital officials', 'media reports'] },
  ]],
]);
