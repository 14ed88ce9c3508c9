/**
 * Displaced people counted by their own noun are a movement when a verb takes them somewhere ("N IDPs have moved to
 * X", data/idp-movement-verbs.csv), a stock when the sentence only says they are displaced or where they live.
 */
import { rule } from './rule.ts';

rule('a count of IDPs that a verb takes somewhere is a movement, not a stock', [
  ['sitrep', 'Since 15 April, up to 12,000 IDPs have moved to areas near the Chadian border, according to IOM.', [
    { category: 'displaced', value: 12000 },
  ]],
  ['regional', 'Nearly 2,500 IDPs relocated to Dnipro from Pokrovsk last week, the regional administration said.', [
    { category: 'displaced', value: 2500 },
  ]],
  ['wire', 'Some 3,000 IDPs arrived in Kosti from Khartoum on Tuesday, the UN said.', [
    { category: 'displaced', value: 3000 },
  ]],
  // Living somewhere is the stock it always was.
  ['regional', 'Some 4,000 IDPs live in the camps near Sarmada, local officials said.', [
    { category: 'idps_stock', value: 4000 },
  ]],
]);

rule('IDPs who sought shelter or refuge at a place since a date are a movement, not a stock', [
  ['sitrep', 'Since the fighting began in early March, more than 6,500 internally displaced persons have sought shelter at the UN base in Bor, OCHA said.', [
    { category: 'displaced', value: 6500 },
  ]],
  ['wire', 'About 1,800 IDPs sought refuge in Marib city last week after clashes in Sirwah, the IOM said.', [
    { category: 'displaced', value: 1800 },
  ]],
  // Sheltering there now is where they are: the stock it always was.
  ['sitrep', 'Some 9,000 IDPs are sheltering at the school sites in Aden, the cluster said.', [
    { category: 'idps_stock', value: 9000 },
  ]],
]);
