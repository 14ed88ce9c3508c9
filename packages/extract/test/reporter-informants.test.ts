/**
 * "Key informants indicated that ...": an assessment's informants are people named by what they are, a role like
 * "witnesses" or "residents" (reporting.csv). Sentences written for this file.
 */
import { rule } from './rule.ts';

rule('informants are a role', [
  ['thinktank', 'Key informants indicated that 600 households had left Kutum for Chad.', [
    { category: 'displaced', value: 600, reporters: ['Key informants'] },
  ]],
  ['sitrep', 'Some 1,500 people fled Kalemie in March, community informants said.', [
    { category: 'displaced', value: 1500, reporters: ['community informants'] },
  ]],
  ['thinktank', 'According to key informants in Djibo, 12 civilians were killed in the attack on the market.', [
    { category: 'killed', value: 12, reporters: ['key informants'] },
  ]],
]);
