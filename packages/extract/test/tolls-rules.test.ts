/**
 * Rules of the tolls round (issue 9), each on sentences written for it in two genres or more: rates after the subject,
 * a toll's part by perpetrator, women and children counted together, tables by victims under a casualty lead, verbs
 * of killing, and the place fought for.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';
import { rule } from './rule.ts';

rule('a rate after the subject ("N people per day have fled") is still the verb\'s subject', [
  ['sitrep', 'Since 10 May, some 3,000 people per day have crossed into Chad from West Darfur.', [
    { category: 'displaced', value: 3000, modifier: 'about', places: ['Chad', 'West Darfur'], cumulative: false },
  ]],
  ['wire', 'About 800 families a week are leaving Kupiansk, the regional governor said.', [
    { category: 'displaced', value: 800, unit: 'families', modifier: 'about', places: ['Kupiansk'], reporters: ['regional governor'] },
  ]],
  ['regional', 'Nearly 500 people each day are arriving in Cox\'s Bazar from Rakhine.', [
    { category: 'displaced', value: 500, modifier: 'nearly', cumulative: false },
  ]],
  // A rate of things that are no people is nothing.
  ['wire', 'Some 40 trucks a day are crossing into Gaza through Kerem Shalom.', []],
]);

rule('", N of them by X": the part of a toll one party caused', [
  ['monitor', 'SNHR documented the killing of 94 civilians in Syria in June, 22 of them at the hands of Russian forces.', [
    { category: 'killed', group: 'civilians', value: 94, actor: '', reporters: ['SNHR'] },
    { category: 'killed', group: 'civilians', value: 22, actor: 'Russian forces', reporters: ['SNHR'] },
  ]],
  ['regional', 'At least 60 villagers were killed in Djugu territory last week, 41 of whom were killed by CODECO fighters.', [
    { category: 'killed', group: 'civilians', value: 60, actor: '' },
    { category: 'killed', group: 'civilians', value: 41, actor: 'CODECO' },
  ]],
  // "7 of them children" names the part's victims, not its perpetrator: a subgroup as before.
  ['wire', 'The strike killed 19 people in Taiz, 7 of them children, medics said.', [
    { category: 'killed', group: 'people', value: 19 },
    { category: 'killed', group: 'children', value: 7, actor: '' },
  ]],
]);

rule('"women and children" counted together are civilians, neither part alone', [
  ['wire', 'Eleven women and children died when the boat capsized while fleeing Tigray, officials said.', [
    { category: 'killed', group: 'civilians', value: 11 },
  ]],
  ['monitor', 'The Observatory said 23 children and women were killed in the shelling of Ariha.', [
    { category: 'killed', group: 'civilians', value: 23, places: ['Ariha'] },
  ]],
  // A breakdown names each part with its own figure: two series.
  ['monitor', 'Shelling killed 31 civilians in Douma, including 9 children and 4 women.', [
    { category: 'killed', group: 'civilians', value: 31 },
    { category: 'killed', group: 'children', value: 9 },
    { category: 'killed', group: 'women', value: 4 },
  ]],
]);

rule('a casualty table by victims: a lead naming the category, then "Group: N" lines', [
  ['monitor', 'Civilians killed by Israeli strikes in Rafah in May:\nChildren: 14\nWomen: 9', [
    { category: 'killed', group: 'children', value: 14, actor: 'Israeli strikes' },
    { category: 'killed', group: 'women', value: 9, actor: 'Israeli strikes' },
  ]],
  ['sitrep', 'Injured in the shelling of Kherson:\n- Children – 3\n- Women – 5', [
    { category: 'injured', group: 'children', value: 3 },
    { category: 'injured', group: 'women', value: 5 },
  ]],
  // "Casualties" are the killed and the injured together; people of no group end the table.
  ['monitor', 'Casualties in Marib in April:\nChildren: 4\nWomen: 1', []],
  ['monitor', 'Deaths recorded in Sagaing in March:\nMen: 12\nChildren: 3', []],
]);

rule('murder, slaughter and succumbing to wounds are killings', [
  ['regional', 'Gunmen murdered 14 displaced people near the camp in Kalehe, residents said.', [
    { category: 'killed', group: 'civilians', value: 14, places: ['Kalehe'] },
  ]],
  ['monitor', 'Some 27 villagers were slaughtered in the attack on Solhan.', [
    { category: 'killed', group: 'civilians', value: 27, places: ['Solhan'] },
  ]],
  ['wire', 'Three soldiers succumbed to their wounds in hospital in Kramatorsk.', [
    { category: 'killed', group: 'government_forces', value: 3 },
  ]],
  // Succumbing to anything else is no death.
  ['regional', 'Some 40 fighters succumbed to the pressure and surrendered near Ras Kamboni.', []],
]);

rule('"has swelled to N" states a running total, as "has risen to N" does', [
  ['wire', 'The exodus from Khan Younis has swelled to 150,000, the agency said.', [
    { category: 'displaced', value: 150000, cumulative: true, reporters: ['agency'] },
  ]],
  ['monitor', 'The death toll in Ituri has swelled to 89, local officials said.', [
    { category: 'killed', group: 'people', value: 89, cumulative: true, reporters: ['local officials'] },
  ]],
]);

rule('"N of the wounded" who later die are a count of the dead', [
  ['wire', 'Three of the wounded later died in hospital in Zaporizhzhia, the governor said.', [
    { category: 'killed', group: 'people', value: 3, reporters: ['governor'] },
  ]],
  ['sitrep', 'Five of those injured succumbed to their wounds in El Fasher hospital on Sunday.', [
    { category: 'killed', group: 'people', value: 5, places: ['El Fasher'] },
  ]],
  // Moved to hospital, the hurt are not displaced.
  ['regional', 'Six of the wounded were evacuated to Aden.', []],
]);

describe('the place fought for ("the fight for X") is the fact\'s place', () => {
  for (const text of ['More than 1,000 died in the fight for Sirte, medics say.', 'Some 400 fighters were killed in the struggle for Marib last month.']) {
    it(text, () => {
      const [fact] = extract(text).filter((f) => f.kind === 'casualty');
      expect(fact?.place_mentions.map((p) => p.text)).toEqual([/Sirte|Marib/.exec(text)![0]]);
    });
  }
});
