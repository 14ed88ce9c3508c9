/**
 * A body's name that ends in a capitalised member noun goes on through "in" and a capitalised place ("Kurdish Rights
 * Activists in Iran"): the place is a word of the name, not where the reporter speaks from. A role in lower case
 * keeps its place apart ("officials in Kherson"). Sentences written for this file.
 */
import { rule } from './rule.ts';

rule('a member noun name goes on through its place', [
  ['monitor', 'Kurdish Rights Activists in Iran said 14 protesters were killed in Mahabad on Friday.', [
    { category: 'killed', value: 14, reporters: ['Kurdish Rights Activists in Iran'] },
  ]],
  ['regional', 'According to the Women for Peace in the Sahel, 400 people fled Djibo last week.', [
    { category: 'displaced', value: 400, reporters: ['Women for Peace in the Sahel'] },
  ]],
  ['wire', 'At least 30 civilians were killed in Warri, Lawyers for Justice in Nigeria said.', [
    { category: 'killed', value: 30, reporters: ['Lawyers for Justice in Nigeria'] },
  ]],
]);

rule('a role in lower case keeps its place apart', [
  ['wire', 'Local officials in Kherson said 8 civilians were killed in the shelling.', [
    { category: 'killed', value: 8, reporters: ['Local officials'] },
  ]],
]);
