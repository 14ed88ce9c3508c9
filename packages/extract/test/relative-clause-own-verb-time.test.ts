/**
 * A non-restrictive relative clause is background to a sentence ("X, which rebels took in 2012"), except when it holds
 * the figure's own verb: in "6,000 IDPs, who were displaced in May" the clause tells the figure's event, so its date
 * dates the figure, before a date of the main clause (an assessment's, a survey's). Sentences written for these tests.
 */
import { rule } from './rule.ts';

rule('the figure\'s own relative clause dates it', [
  ['sitrep', 'A rapid assessment in October 2022 identified some 4,300 IDPs, who were newly displaced from Tillabéri in August 2022.', [
    { category: 'displaced', value: 4300, places: ['Tillabéri'], time: 'in August 2022' },
  ]],
  ['regional', 'A survey in June 2024 counted 3,200 people, who fled their homes in Sagaing in May 2024.', [
    { category: 'displaced', value: 3200, places: ['Sagaing'], time: 'in May 2024' },
  ]],
]);

rule('a relative clause on another noun stays background', [
  ['wire', 'Gunmen killed 9 villagers in Bankass on Sunday, a district which a UN team visited in 2020.', [
    { category: 'killed', value: 9, places: ['Bankass'], time: 'on Sunday' },
  ]],
]);
