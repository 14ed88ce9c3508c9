/**
 * "put the death toll at N and the injuries at M": the toll's second figure shares its verb and counts the injured
 * (cues.ts, the injured cue after "toll at ... and"; not a flattened table's cell after the first figure, figures.ts).
 */
import { rule } from './rule.ts';

rule('a second figure coordinated after "toll at N" counts the injured', [
  ['wire', 'The health ministry put the death toll at 45 and the number of injured at 120 after the shelling of Omdurman.', [
    { category: 'killed', value: 45 },
    { category: 'injured', value: 120 },
  ]],
  ['regional', 'Regional officials put the death toll at 27 and the injuries at 64 after the strike on Kharkiv.', [
    { category: 'killed', value: 27 },
    { category: 'injured', value: 64 },
  ]],
  ['sitrep', 'Local authorities put the toll at 31 and the wounded at 85 after the clashes in Taiz.', [
    { category: 'killed', value: 31 },
    { category: 'injured', value: 85 },
  ]],
]);
