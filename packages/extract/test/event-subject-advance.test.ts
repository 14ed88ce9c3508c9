/**
 * A noun of violence as the subject of a move ("as the fighting advanced towards X") tells the violence spreading, not
 * a side gaining ground: no advance. A side that advances is still one.
 */
import { rule } from './rule.ts';

rule('the fighting or the attacks that advance towards a place are no side advancing', [
  ['sitrep', 'Humanitarian partners relocated staff from Kajo-Keji as the fighting advanced towards Yei, OCHA said.', []],
  ['regional', 'Residents of Kobo said they fled on Monday as the attacks advanced towards the town of Weldiya.', []],
  // A side named as the subject still advances.
  ['regional', 'Rebel fighters advanced towards the town of Weldiya on Monday, residents said.', [
    { category: 'advanced', places: ['Weldiya'] },
  ]],
]);
