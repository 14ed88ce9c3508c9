/**
 * "According to the Tigray regional government's figures, ...": a document held by a reporter phrase of several
 * words is that reporter's. Sentences written for this file.
 */
import { rule } from './rule.ts';

rule("a reporter's document is the reporter's", [
  ['encyclopedic', "According to the Tigray regional government's figures, 1,200 civilians were killed in Axum.", [
    { category: 'killed', value: 1200, reporters: ['Tigray regional government'] },
  ]],
  ['sitrep', "Some 8,000 people fled Rutshuru in a week, according to the North Kivu provincial authorities' count.", [
    { category: 'displaced', value: 8000, reporters: ['North Kivu provincial authorities'] },
  ]],
  ['wire', "Fourteen people were killed in Kupiansk, according to the Kharkiv regional administration's latest tally.", [
    { category: 'killed', value: 14, reporters: ['Kharkiv regional administration'] },
  ]],
]);
