/**
 * Rules found through the displacement probe set (probe-displacement.test.ts), each tested on sentences written for
 * it in several genres and wars: lists by place under a lead line, a registry source's spokesperson, names with "on",
 * reporting bodies (border guard, commission, unit), nouns counted under a passive reporting verb, compounds, peoples
 * named by origin, and "forced N from/out of/across".
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';
import { rule } from './rule.ts';
import { listLead } from '../src/list-leads.ts';

rule('a list by place under a lead line: one fact per item, in the lead\'s category and unit', [
  ['sitrep', 'Newly displaced households by raion since 1 May:\n- Vovchansk: 1,240\n- Lyptsi: 380', [
    { category: 'displaced', value: 1240, unit: 'households', places: ['Vovchansk'] },
    { category: 'displaced', value: 380, unit: 'households', places: ['Lyptsi'] },
  ]],
  ['monitor', 'Civilian deaths by province in March:\n• Idlib: 41\n• Hama – 17', [
    { category: 'killed', group: 'civilians', value: 41, places: ['Idlib'] },
    { category: 'killed', group: 'civilians', value: 17, places: ['Hama'] },
  ]],
  ['sitrep', 'Returnees per governorate:\nNinewa: 12,400 families\nSalah al-Din: 3,100 families\nThe figures are preliminary.', [
    { category: 'returned', value: 12400, unit: 'families', places: ['Ninewa'] },
    { category: 'returned', value: 3100, unit: 'families', places: ['Salah al-Din'] },
  ]],
  // A lead that does not go by place, an item that names people, a list that has ended: no facts.
  ['sitrep', 'Newly displaced people as of 5 February:\n- Dana: 12,000', []],
  ['sitrep', 'Displaced people by site:\n- Women: 3,000\n- Children: 4,500', []],
  ['sitrep', 'IDPs by camp:\nSee the annex for details.\nAl Hol: 2,300', []],
]);

describe('list leads', () => {
  it('names the category and unit before "by" and needs a noun of place after it', () => {
    expect(listLead('Arrivals by location as of 3 March:')).toMatchObject({ category: 'displaced' });
    expect(listLead('Displaced families per area of origin:')).toMatchObject({ category: 'displaced', unit: 'families' });
    expect(listLead('Arrivals by location as of 3 March')).toBeNull();
    expect(listLead('Trucks by crossing point:')).toBeNull();
  });
});

rule('a spokesperson of a registry source speaks for it; "on" inside a name is part of it', [
  ['wire', 'More than 2,000 refugees crossed into Moldova overnight, UNHCR spokesperson Shabia Mantoo told reporters.', [
    { category: 'displaced', value: 2000, places: ['Moldova'], reporters: ['UNHCR'] },
  ]],
  ['regional', 'About 500 families have returned to Tawergha, IOM chief of mission Federico Soda said.', [
    { category: 'returned', value: 500, unit: 'families', places: ['Tawergha'], reporters: ['IOM'] },
  ]],
  ['sitrep', 'According to the Commission on Population Movements, 62,000 people were displaced in Mopti region in May.', [
    { category: 'displaced', value: 62000, reporters: ['Commission on Population Movements'] },
  ]],
  ['wire', 'Some 300 people fled Sittwe, according to OCHA on Sunday.', [
    { category: 'displaced', value: 300, places: ['Sittwe'], reporters: ['OCHA'] },
  ]],
]);

describe('"on" inside a name', () => {
  // The place finder still takes "Committee" and "Human Rights" for places after "to" and "on" (a known gap).
  it('runs the name on through "on" before capitalised words, not before a day', () => {
    const [fact] = extract('Some 300 people fled Sittwe on Sunday, according to the Committee on Human Rights.');
    expect(fact?.reporter_texts).toEqual(['Committee on Human Rights']);
    expect(fact?.time_phrase).toBe('on Sunday');
  });
});

rule('reporting bodies: a border guard, a commission, an executive unit', [
  ['wire', 'Some 45,000 people crossed into Hungary on Monday, the Hungarian border guard said.', [
    { category: 'displaced', value: 45000, places: ['Hungary'], reporters: ['Hungarian border guard'] },
  ]],
  ['regional', 'Around 800 families arrived in Marib city last week, the executive unit for IDP camps said.', [
    { category: 'displaced', value: 800, unit: 'families', places: ['Marib'], reporters: ['executive unit for IDP camps'] },
  ]],
]);

rule('counted nouns under a passive reporting verb; the last noun of a compound counts', [
  ['sitrep', 'Over 1,900 new arrivals were registered at the Joda crossing between 4 and 9 March.', [
    { category: 'displaced', value: 1900, places: ['Joda'], time: 'between 4 and 9 March' },
  ]],
  ['sitrep', 'Nearly 12,000 population movements were tracked out of Taiz governorate in June.', [
    { category: 'displaced', value: 12000, places: ['Taiz'], time: 'in June' },
  ]],
  ['monitor', 'More than 640 IDP arrivals were also recorded in Kabul in the past week.', [
    { category: 'displaced', value: 640, places: ['Kabul'], time: 'in the past week' },
  ]],
  ['wire', 'About 3,400 troop movements were spotted near Kupiansk.', []],
]);

rule('a people named by origin counts persons; a noun of people after it is the head', [
  ['regional', 'Some 3,500 Afghans crossed into Iran through Islam Qala on Friday.', [
    { category: 'displaced', value: 3500, unit: 'persons', places: ['Iran', 'Islam Qala'], time: 'on Friday' },
  ]],
  ['wire', 'More than 1,000 Sudanese refugees arrived in Renk over the weekend.', [
    { category: 'displaced', value: 1000, unit: 'persons', places: ['Renk'], time: 'over the weekend' },
  ]],
]);

rule('"forced N from/out of/across": an object driven from a place is displaced', [
  ['encyclopedic', 'The siege forced some 4,000 residents out of Mariupol by the end of March.', [
    { category: 'displaced', value: 4000, places: ['Mariupol'] },
  ]],
  ['sitrep', 'Renewed clashes forced 1,350 households from their homes in Tawila.', [
    { category: 'displaced', value: 1350, unit: 'households', places: ['Tawila'] },
  ]],
  ['wire', 'The ministry forced 300 employees to take leave.', []],
]);
