/**
 * Displacement probe set (issue 9): sentences written for this file in the voice of situation reports (IOM DTM,
 * UNHCR, OCHA, clusters), monitors, wires, regional outlets, encyclopedic narratives and think-tank assessments, about
 * several wars. None comes from the seeds or the corpus; each expectation is what the sentence says (flows
 * `displaced`, stocks `idps_stock`, `returned`), with its place, period and reporter. Skipped probes are known gaps.
 */
import { describe } from 'vitest';
import { probe, type Probe } from './probe.ts';

const KINDS = ['displaced', 'idps_stock', 'returned'];

const PROBES: Probe[] = [
  // Agencies' estimates, households restated in persons
  ['sitrep', 'Sudan', 'IOM DTM estimates that 12,345 households (61,725 individuals) were displaced from Um Rawaba between 3 and 10 May.', [
    { category: 'displaced', value: 12345, unit: 'households', places: ['Um Rawaba'], time: 'between 3 and 10 May', reporters: ['IOM DTM'] },
    { category: 'displaced', value: 61725, unit: 'persons', places: ['Um Rawaba'], time: 'between 3 and 10 May', reporters: ['IOM DTM'] },
  ]],
  ['sitrep', 'Yemen', 'Between 1 January and 30 June, IOM DTM tracked 6,804 households (40,824 individuals) displacing at least once.', [
    { category: 'displaced', value: 6804, unit: 'households', reporters: ['IOM DTM'] },
    { category: 'displaced', value: 40824, unit: 'persons', reporters: ['IOM DTM'] },
  ], "a gerund after the object ('households displacing at least once') is no predicate the frames read"],
  ['monitor', 'Syria', 'Syria Response Coordinators documented the displacement of 18,700 families (98,400 people) from the de-escalation zone since 1 November.', [
    { category: 'displaced', value: 18700, unit: 'families', time: 'since 1 November', reporters: ['Syria Response Coordinators'] },
    { category: 'displaced', value: 98400, unit: 'persons', time: 'since 1 November', reporters: ['Syria Response Coordinators'] },
  ]],
  ['sitrep', 'DR Congo', 'Some 3,000 families fled to Sake after clashes in Kibirizi on 14 February, according to local authorities.', [
    { category: 'displaced', value: 3000, unit: 'families', modifier: 'about', places: ['Sake'], reporters: ['local authorities'] },
  ]],
  ['regional', 'Libya', 'Nearly 2,000 families were forced to flee Tarhuna after the clashes, the municipal council said.', [
    { category: 'displaced', value: 2000, unit: 'families', modifier: 'nearly', places: ['Tarhuna'], reporters: ['municipal council'] },
  ]],
  // Arrivals, movements, crossings
  ['sitrep', 'Sudan', 'An estimated 4,500 people arrived in Tawila from El Fasher in the past 24 hours.', [
    { category: 'displaced', value: 4500, places: ['Tawila', 'El Fasher'], time: 'in the past 24 hours' },
  ]],
  ['sitrep', 'South Sudan', 'Over 2,300 new arrivals were registered at the Renk transit centre between 1 and 7 April.', [
    { category: 'displaced', value: 2300, modifier: 'more_than', places: ['Renk'], time: 'between 1 and 7 April' },
  ]],
  ['sitrep', 'Syria', 'A total of 18,900 movements were tracked from southern Idleb to Afrin district during the reporting period.', [
    { category: 'displaced', value: 18900, places: ['Idleb', 'Afrin'] },
  ]],
  ['sitrep', 'Syria', 'The CCCM Cluster tracked 21,300 arrivals in Atmeh, 9,800 in Sarmada and 4,150 in Harim between 2 and 9 February.', [
    { category: 'displaced', value: 21300, places: ['Atmeh'], time: 'between 2 and 9 February', reporters: ['CCCM Cluster'] },
    { category: 'displaced', value: 9800, places: ['Sarmada'], time: 'between 2 and 9 February', reporters: ['CCCM Cluster'] },
    { category: 'displaced', value: 4150, places: ['Harim'], time: 'between 2 and 9 February', reporters: ['CCCM Cluster'] },
  ]],
  ['wire', 'Sudan', 'More than 15,000 refugees crossed into Chad over the weekend, UNHCR spokesperson Olga Sarrado told reporters in Geneva.', [
    { category: 'displaced', value: 15000, modifier: 'more_than', places: ['Chad'], time: 'over the weekend', reporters: ['UNHCR'] },
  ]],
  ['wire', 'Ukraine', 'Some 120,000 people crossed into Poland on Saturday alone, the Polish border guard said.', [
    { category: 'displaced', value: 120000, modifier: 'about', places: ['Poland'], time: 'on Saturday alone', reporters: ['border guard'] },
  ]],
  ['regional', 'Nagorno-Karabakh', 'More than 100,000 ethnic Armenians have arrived in Armenia from Nagorno-Karabakh, the Armenian government said.', [
    { category: 'displaced', value: 100000, modifier: 'more_than', places: ['Armenia'], reporters: ['Armenian government'] },
  ]],
  ['wire', 'Sudan', 'Roughly 10,000 people poured into Adre in a single day, aid workers told AFP.', [
    { category: 'displaced', value: 10000, modifier: 'about', places: ['Adre'], reporters: ['aid workers', 'AFP'] },
  ]],
  ['regional', 'DR Congo', 'The clashes have forced 6,000 people across the border into Burundi and displaced another 10,000 within South Kivu.', [
    { category: 'displaced', value: 6000, places: ['Burundi'] },
    { category: 'displaced', value: 10000, places: ['South Kivu'] },
  ]],
  // Newly displaced, periods
  ['sitrep', 'Ukraine', 'Since 1 January, 21,400 people have been newly displaced in Kharkiv Oblast, OCHA reported.', [
    { category: 'displaced', value: 21400, places: ['Kharkiv'], time: 'Since 1 January', reporters: ['OCHA'] },
  ]],
  ['sitrep', 'Afghanistan', 'In the past week, 4,200 individuals were displaced by conflict in Kunduz province, OCHA said.', [
    { category: 'displaced', value: 4200, places: ['Kunduz'], time: 'In the past week', reporters: ['OCHA'] },
  ]],
  ['monitor', 'Syria', 'In the past 24 hours, the network recorded the displacement of about 5,000 families from Saraqib and its countryside.', [
    { category: 'displaced', value: 5000, unit: 'families', modifier: 'about', places: ['Saraqib'], time: 'In the past 24 hours', reporters: ['network'] },
  ]],
  ['monitor', 'Syria', 'SOHR has documented the displacement of nearly 40,000 civilians from villages south of Maarat al-Numan in the past 48 hours.', [
    { category: 'displaced', value: 40000, modifier: 'nearly', places: ['Maarat al-Numan'], time: 'in the past 48 hours', reporters: ['SOHR'] },
  ]],
  // Sources first or last, told, agency figures
  ['wire', 'Libya', 'The International Organization for Migration said on Tuesday that more than 43,000 people had been displaced from Derna.', [
    { category: 'displaced', value: 43000, modifier: 'more_than', places: ['Derna'], reporters: ['International Organization for Migration'] },
  ]],
  ['wire', 'Myanmar', 'At least 50,000 people have fled their homes in Rakhine State, the UN said on Friday.', [
    { category: 'displaced', value: 50000, places: ['Rakhine'], reporters: ['UN'] },
  ]],
  ['wire', 'Syria', 'Twenty thousand people have fled the northern town of Tal Abyad, a Kurdish official told Reuters.', [
    { category: 'displaced', value: 20000, places: ['Tal Abyad'], reporters: ['Kurdish official', 'Reuters'] },
  ]],
  ['sitrep', 'DR Congo', 'OCHA estimates that 135,000 people were displaced in Masisi territory, including 80,000 in Sake and 20,000 in Minova.', [
    { category: 'displaced', value: 135000, places: ['Masisi'], reporters: ['OCHA'] },
    { category: 'displaced', value: 80000, places: ['Sake'], reporters: ['OCHA'] },
    { category: 'displaced', value: 20000, places: ['Minova'], reporters: ['OCHA'] },
  ]],
  // Rising tolls of displaced, hedges
  ['wire', 'Sudan', 'The number of displaced in Gezira state rose to 150,000 by Sunday, the UN migration agency said.', [
    { category: 'displaced', value: 150000, places: ['Gezira'], reporters: ['UN migration agency'] },
  ]],
  ['wire', 'Ukraine', 'Up to 8,000 residents are believed to have left Vovchansk since the assault began, the regional governor said.', [
    { category: 'displaced', value: 8000, modifier: 'up_to', places: ['Vovchansk'], reporters: ['regional governor'] },
  ]],
  ['thinktank', 'Myanmar', 'The fighting has likely displaced tens of thousands of civilians in northern Shan State since late October.', [
    { category: 'displaced', value: null, vague: 'tens_of_thousands', places: ['Shan'], time: 'since late October' },
  ]],
  ['encyclopedic', 'Syria', 'The offensive displaced an estimated 900,000 people between December 2019 and February 2020.', [
    { category: 'displaced', value: 900000, modifier: 'about', time: 'between December 2019 and February 2020' },
  ]],
  ['encyclopedic', 'Ethiopia', 'By the end of the year, more than two million people had been displaced in Tigray.', [
    { category: 'displaced', value: 2000000, modifier: 'more_than', places: ['Tigray'] },
  ]],
  ['encyclopedic', 'Iraq', 'Around 200,000 civilians, most of them Yazidis, fled Sinjar and took refuge on Mount Sinjar.', [
    { category: 'displaced', value: 200000, modifier: 'about', places: ['Sinjar'] },
  ]],
  ['thinktank', 'Ukraine', 'Russian strikes on Kharkiv City prompted some 10,000 civilians to evacuate, Ukrainian officials reported.', [
    { category: 'displaced', value: 10000, modifier: 'about', places: ['Kharkiv'], reporters: ['Ukrainian officials'] },
  ]],
  // Stocks
  ['sitrep', 'Yemen', 'A total of 8,230 IDPs were recorded in 46 sites across Marib governorate as of 12 June.', [
    { category: 'idps_stock', value: 8230, places: ['Marib'], time: 'as of 12 June' },
  ]],
  ['sitrep', 'Mali', 'According to the Commission on Population Movements, 375,000 people are internally displaced in Mali as of 31 March.', [
    { category: 'idps_stock', value: 375000, places: ['Mali'], time: 'as of 31 March', reporters: ['Commission on Population Movements'] },
  ]],
  ['sitrep', 'Ukraine', 'As of 30 September, 3.7 million people remain internally displaced in Ukraine, according to IOM.', [
    { category: 'idps_stock', value: 3700000, places: ['Ukraine'], time: 'As of 30 September', reporters: ['IOM'] },
  ]],
  ['sitrep', 'Myanmar', 'UNHCR estimates that 2.6 million people are currently internally displaced across Myanmar.', [
    { category: 'idps_stock', value: 2600000, places: ['Myanmar'], reporters: ['UNHCR'] },
  ]],
  ['regional', 'DR Congo', 'Goma now hosts an estimated 700,000 displaced people, according to the provincial government.', [
    { category: 'idps_stock', value: 700000, modifier: 'about', places: ['Goma'], reporters: ['provincial government'] },
  ], "a place that is the subject of 'hosts' before the verb is not the fact's place"],
  ['sitrep', 'Syria', 'The number of IDPs in Afrin district has reached 137,000, according to local authorities.', [
    { category: 'idps_stock', value: 137000, places: ['Afrin'], reporters: ['local authorities'] },
  ]],
  // Returns
  ['regional', 'Iraq', 'About 2,500 people have returned to Sinjar since the start of the month, local officials said.', [
    { category: 'returned', value: 2500, modifier: 'about', places: ['Sinjar'], reporters: ['local officials'] },
  ]],
  ['sitrep', 'Sudan', 'Some 14,000 households have returned to their areas of origin in Sennar state since the army retook Sinja.', [
    { category: 'returned', value: 14000, unit: 'households', modifier: 'about', places: ['Sennar'] },
  ]],
  ['wire', 'Iraq', 'Nearly 4,000 families returned to their homes in Fallujah in the past week, the Anbar provincial council said.', [
    { category: 'returned', value: 4000, unit: 'families', modifier: 'nearly', places: ['Fallujah'], time: 'in the past week', reporters: ['provincial council'] },
  ]],
  // Two sentences, lists, breakdowns
  ['sitrep', 'Sudan', 'Fighting broke out in Wad Madani on 15 December. Since then, an estimated 300,000 people have fled the town, according to IOM.', [
    { category: 'displaced', value: 300000, modifier: 'about', places: ['Wad Madani'], reporters: ['IOM'] },
  ], "'the town' refers to a place named in a sentence without a fact; extract keeps no mention for it"],
  ['sitrep', 'Syria', 'Newly displaced people by sub-district as of 5 February:\n- Dana: 12,000\n- Maaret Tamsrin: 7,500', [
    { category: 'displaced', value: 12000, places: ['Dana'] },
    { category: 'displaced', value: 7500, places: ['Maaret Tamsrin'] },
  ]],
  ['sitrep', 'Iraq', 'Of the 25,000 people who fled west Mosul last week, some 9,000 are staying in Hammam al-Alil camp.', [
    { category: 'displaced', value: 25000, places: ['Mosul'], time: 'last week' },
    { category: 'idps_stock', value: 9000, modifier: 'about', places: ['Hammam al-Alil'] },
  ], "'Of the N who fled, M are staying in X': a part staying somewhere is no stock the frames read"],
  ['regional', 'Yemen', 'Displaced families arriving in Marib city last month numbered around 1,350, the executive unit for IDP camps said.', [
    { category: 'displaced', value: 1350, unit: 'families', modifier: 'about', places: ['Marib'], reporters: ['executive unit'] },
  ], "a figure after its noun ('families ... numbered around N') is not read"],
  ['wire', 'Ethiopia', 'Thousands of people have fled to Sudan from Tigray, the refugee agency said.', [
    { category: 'displaced', value: null, vague: 'thousands', places: ['Sudan'], reporters: ['refugee agency'] },
  ]],
  // Not displacement
  ['sitrep', 'Sudan', 'The camp has capacity for 5,000 people.', []],
  ['wire', 'Sudan', 'A convoy of 45 trucks arrived in Tawila on Monday, the WFP said.', []],
  ['regional', 'Ukraine', 'Some 30 journalists crossed into the city with the convoy.', [], 'since the casualty round\'s person nouns (journalists), "crossed into" reads them as displaced'],
];

describe('displacement probes', () => {
  for (const p of PROBES) probe(KINDS, p);
});
