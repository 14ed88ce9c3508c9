/**
 * "N families had lost M members": with a count of families or households as its subject, "lost" counts each
 * family's dead, so M is no toll of its own (the total is not stated). One family's loss, or a side "losing" its
 * men, still counts the dead. Sentences written for these tests, in several wars.
 */
import { rule } from './rule.ts';

rule('a count of families losing members states no toll', [
  ['sitrep', 'According to the health authorities, 212 families had lost 3 to 5 members in Khan Younis.', []],
  ['regional', 'Some 40 households in Tawila have each lost two members since the attacks began.', []],
  ['monitor', 'The group found that 65 families from Sagaing had lost four members or more.', []],
]);

rule('one family\'s loss and a side\'s losses still count the dead', [
  ['wire', 'The family lost 6 members in the strike on Rafah.', [
    { category: 'killed', value: 6, places: ['Rafah'] },
  ]],
  ['wire', 'The army said it repelled the assault while losing 11 servicemen near Avdiivka.', [
    { category: 'killed', value: 11, places: ['Avdiivka'] },
  ]],
]);
