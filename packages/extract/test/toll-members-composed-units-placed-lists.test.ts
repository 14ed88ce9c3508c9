/**
 * Constructions of round 51, each on sentences written for this file in several wars and genres:
 * - a running toll's members named by their own harm ("the toll rose to 17 dead and 42 injured");
 * - families or households and the persons they comprise ("310 households comprising 1,870 people"): one fact in each
 *   unit, as for "N families (M people)";
 * - a list by place after one head figure ("there are 4,000 displaced people around A, 2,500 people around B; 800 in
 *   C"), its later members of the first one's category ("1,400 people remain displaced in A and 800 in B": a stock);
 * - a source's label before a counted noun ("Church estimate: 712 killings") and a death toll set off by commas ("the
 *   official death toll, 418, is ...");
 * - civilians who came "from" a named place and entered another take no ground; a vague word before displaced
 *   people's views ("Many IDPs fear ...") counts no one.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(`Title\n\n${s}`).map(brief).map((f) => [f.category, f.group, f.value, f.unit, f.places.join('/')]);

const told = (genre: string, sentence: string, expected: (string | number | null)[][]) => ({ genre, sentence, expected });

const TOLL_MEMBERS = [
  told('wire, Sudan', 'The toll from the market shelling rose to 17 dead and more than 42 injured, the health ministry said.', [['killed', 'people', 17, 'persons', ''], ['injured', 'people', 42, 'persons', '']]),
  told('outlet, Myanmar', 'The death toll has climbed to 9 dead and 25 wounded in Sittwe, hospital staff said.', [['killed', 'people', 9, 'persons', 'Sittwe'], ['injured', 'people', 25, 'persons', 'Sittwe']]),
  told('sitrep, Ukraine', 'The toll now stands at 6 dead and 31 injured.', [['killed', 'people', 6, 'persons', ''], ['injured', 'people', 31, 'persons', '']]),
  // A verb of harm before the figure still says the harm; a toll with no member nouns stays a toll of the dead.
  told('outlet, Sahel', 'Militants killed 4 wounded soldiers in the hospital.', [['killed', 'government_forces', 4, 'persons', '']]),
  told('wire, Yemen', 'The death toll rose to 31 on Saturday.', [['killed', 'people', 31, 'persons', '']]),
];

const COMPOSED = [
  told('sitrep, Somalia', 'The clashes displaced 310 households comprising 1,870 individuals in Sool.', [['displaced', '', 310, 'households', 'Sool'], ['displaced', '', 1870, 'persons', 'Sool']]),
  told('outlet, DR Congo', 'Some 420 families comprising 2,310 people fled Kalemie last week, OCHA said.', [['displaced', '', 420, 'families', 'Kalemie'], ['displaced', '', 2310, 'persons', 'Kalemie']]),
  told('wire, Pakistan', 'By Sunday the number of displaced households had climbed to 2,950, comprising about 17,000 people.', [['displaced', '', 2950, 'households', ''], ['displaced', '', 17000, 'persons', '']]),
  told('sitrep, Mozambique', 'An estimated 1,200 families consisting of 6,900 people have been displaced in Cabo Delgado.', [['displaced', '', 1200, 'families', 'Cabo Delgado'], ['displaced', '', 6900, 'persons', 'Cabo Delgado']]),
];

const PLACED = [
  told('sitrep, Sudan', 'There are some 4,000 displaced people near Kalma, 2,500 people in Zalingei, 8,000 people around Nyala; over 1,500 in Geneina and 900 in Mornei, the relief committee said.', [
    ['idps_stock', '', 4000, 'persons', 'Kalma'], ['idps_stock', '', 2500, 'persons', 'Zalingei'], ['idps_stock', '', 8000, 'persons', 'Nyala'],
    ['idps_stock', '', 1500, 'persons', 'Geneina'], ['idps_stock', '', 900, 'persons', 'Mornei'],
  ]),
  told('monitor, Mali', 'There are 2,200 displaced people in Mopti, 1,400 people in Segou and 600 in Kayes.', [['idps_stock', '', 2200, 'persons', 'Mopti'], ['idps_stock', '', 1400, 'persons', 'Segou'], ['idps_stock', '', 600, 'persons', 'Kayes']]),
  told('outlet, Yemen', 'Some 1,400 people remain displaced in Hodeidah and 800 in Taiz.', [['idps_stock', '', 1400, 'persons', 'Hodeidah'], ['idps_stock', '', 800, 'persons', 'Taiz']]),
  told('sitrep, DR Congo', 'About 3,100 families are sheltering in Bunia, 1,800 in Beni and 700 in Butembo.', [['idps_stock', '', 3100, 'families', 'Bunia'], ['idps_stock', '', 1800, 'families', 'Beni'], ['idps_stock', '', 700, 'families', 'Butembo']]),
  told('wire, Ukraine', 'At least 14 civilians were killed in Kherson, 6 in Kharkiv and 2 in Sumy, regional officials said.', [['killed', 'civilians', 14, 'persons', 'Kherson'], ['killed', 'civilians', 6, 'persons', 'Kharkiv'], ['killed', 'civilians', 2, 'persons', 'Sumy']]),
  // A movement stays a movement in each member.
  told('outlet, DR Congo', 'Shelling displaced 650 people in Ituri and 300 in Tshopo.', [['displaced', '', 650, 'persons', 'Ituri'], ['displaced', '', 300, 'persons', 'Tshopo']]),
];

const LABELS = [
  told('monitor, Kenya', 'Church estimate: 712 killings across the diocese.', [['killed', 'people', 712, 'persons', '']]),
  told('encyclopedic, Sierra Leone', 'Police count: 88 killings since the vote.', [['killed', 'people', 88, 'persons', '']]),
  told('wire, Ethiopia', 'The official death toll, 418, is likely an undercount, the ministry said.', [['killed', 'people', 418, 'persons', '']]),
  told('sitrep, Kyrgyzstan', 'The death toll, now 57, is expected to rise.', [['killed', 'people', 57, 'persons', '']]),
  // A label that names no source's count licenses no noun that needs one.
  told('monitor, Nigeria', 'The village: 45 killings were feared.', []),
];

describe('a running toll whose members name their own harm', () => {
  for (const t of TOLL_MEMBERS) it(`${t.genre}: ${t.sentence}`, () => expect(facts(t.sentence)).toEqual(t.expected));
});

describe('families or households and the persons they comprise', () => {
  for (const t of COMPOSED) it(`${t.genre}: ${t.sentence}`, () => expect(facts(t.sentence)).toEqual(t.expected));
});

describe('a list by place after one head figure', () => {
  for (const t of PLACED) it(`${t.genre}: ${t.sentence}`, () => expect(facts(t.sentence)).toEqual(t.expected));
});

describe("a source's label and a toll set off by commas", () => {
  for (const t of LABELS) it(`${t.genre}: ${t.sentence}`, () => expect(facts(t.sentence)).toEqual(t.expected));
});

const NO_FACT = [
  told('outlet, Myanmar', 'Some families from Kayah State had entered Thailand through the Salween crossing, officials said.', []),
  told('sitrep, DR Congo', 'Displaced families from Ituri have entered Uganda since Monday.', []),
  told('outlet, DR Congo', 'Many IDPs fear returning to their villages near Goma.', []),
  told('assessment, Sudan', 'Many displaced families still hope to go back to Kalma.', []),
];

const STILL_READ = [
  // An armed subject from a named place still enters; a counted figure before a view is still a figure.
  told('wire, Sudan', 'Fighters from the RSF entered Wad Madani on Monday.', [['entered', '', null, '', 'Wad Madani']]),
  told('sitrep, Burkina Faso', 'About 2,000 IDPs fear further attacks in Kaya.', [['idps_stock', '', 2000, 'persons', 'Kaya']]),
];

describe('civilians entering from a named place, and the views of the displaced', () => {
  for (const t of NO_FACT) it(`${t.genre}: ${t.sentence}`, () => expect(facts(t.sentence)).toEqual(t.expected));
  for (const t of STILL_READ) it(`${t.genre}: ${t.sentence}`, () => expect(facts(t.sentence)).toEqual(t.expected));
});
