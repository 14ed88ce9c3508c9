/**
 * "Twelve people were killed by Tuesday night": a "by" that opens a time phrase sets a deadline, so the words after it
 * are the fact's time, never its perpetrator; a "by" before a weapon or a side still names the agent. Sentences
 * written for this test, in several genres and wars.
 */
import { rule } from './rule.ts';

rule('a "by" before a time phrase names no perpetrator', [
  ['wire', 'Twelve people were killed by Tuesday night in the shelling of the market, medics said.', [
    { category: 'killed', value: 12, time: 'Tuesday night', actor: '' },
  ]],
  ['monitor', 'At least 40 civilians had been killed by the end of May, the network said.', [
    { category: 'killed', value: 40, time: 'by the end of May', actor: '' },
  ]],
  ['sitrep', 'Some 300 people were injured by 14 March across the eastern districts.', [
    { category: 'injured', value: 300, actor: '' },
  ]],
]);

rule('a "by" before a weapon or a side still names it', [
  ['wire', 'Nine soldiers were killed by Russian drones on 3 May.', [
    { category: 'killed', value: 9, time: 'on 3 May', actor: 'Russian drones' },
  ]],
  ['regional', 'Five people were killed by a car bomb in Mogadishu on Friday.', [
    { category: 'killed', value: 5, actor: 'a car bomb' },
  ]],
]);
