/**
 * Probe set for tolls (issue 9): casualty and displacement figures as monitors (SOHR, SNHR, ACLED, Airwars, HRMMU,
 * Yemen Data Project, Sudan Doctors Network, Kivu Security Tracker, AOAV, Iraq Body Count), wires and regional outlets
 * write them. Every sentence was written for this file, about many wars; none comes from the seeds or the corpus.
 * Skipped probes are known gaps. The score (probes passing, skipped ones included) is asserted at the end, so a change
 * that loses one fails here even while its probe is skipped.
 */
import { describe, expect, it } from 'vitest';
import { passes, probe, type Probe } from './probe.ts';

const KINDS = ['killed', 'injured', 'displaced', 'idps_stock', 'returned'];

/** Headlines and leads of wire copy: "N killed as ...", "N dead in ...", "N-plus". */
const WIRE: Probe[] = [
  ['wire', 'DR Congo', '45 killed as ADF rebels raid villages in Beni territory', [
    { category: 'killed', value: 45, places: ['Beni'] },
  ]],
  ['wire', 'Sudan', '120 dead as RSF shells camp outside El Fasher, medics say', [
    { category: 'killed', value: 120, places: ['El Fasher'], reporters: ['medics'] },
  ]],
  ['wire', 'Yemen', 'Twelve killed as Saudi-led jets strike market in Saada', [
    { category: 'killed', value: 12, places: ['Saada'] },
  ]],
  ['wire', 'Iraq', '3,000-plus died in the fight for Fallujah, rights group says', [
    { category: 'killed', value: 3000, modifier: 'more_than', places: ['Fallujah'] },
  ]],
  ['wire', 'Ukraine', 'At least 14 people were killed and 60 wounded when a Russian missile hit a shopping mall in Kharkiv, the regional governor said.', [
    { category: 'killed', value: 14, modifier: 'at_least', places: ['Kharkiv'], reporters: ['regional governor'] },
    { category: 'injured', value: 60, places: ['Kharkiv'], reporters: ['regional governor'] },
  ]],
  ['wire', 'Gaza', 'The health ministry in Gaza said the death toll had risen to 342 since Saturday.', [
    { category: 'killed', value: 342, cumulative: true, reporters: ['health ministry'] },
  ]],
  ['wire', 'Libya', 'Between 40 and 60 fighters were killed in two days of clashes south of Tripoli, a medical source told AFP.', [
    { category: 'killed', value: 40, modifier: 'exact', places: ['Tripoli'] },
  ]],
  ['wire', 'Nagorno-Karabakh', 'Armenia said 49 of its soldiers had been killed in the overnight fighting along the border.', [
    { category: 'killed', value: 49, reporters: ['Armenia'] },
  ]],
  ['wire', 'Ethiopia', 'More than 200 people died in the attack on the town of Gimbi, witnesses told Reuters.', [
    { category: 'killed', value: 200, modifier: 'more_than', places: ['Gimbi'] },
  ]],
  ['wire', 'Mali', 'Between 300 and 500 civilians were killed in the five-day operation in Moura, the UN said.', [
    { category: 'killed', value: 300, modifier: 'exact', places: ['Moura'], reporters: ['UN'] },
  ]],
  ['wire', 'Myanmar', 'Some 5,000 villagers fled across the border into Thailand overnight, Thai officials said.', [
    { category: 'displaced', value: 5000, modifier: 'about', places: ['Thailand'], reporters: ['Thai officials'] },
  ]],
  ['wire', 'Sudan', 'About 1,500 people a day are fleeing Khartoum for the Egyptian border, the IOM said.', [
    { category: 'displaced', value: 1500, modifier: 'about', places: ['Khartoum'], reporters: ['IOM'] },
  ]],
];

/** Monitors' tolls: periodic counts, breakdowns by perpetrator and by group, running totals, tables as lines. */
const MONITORS: Probe[] = [
  ['monitor', 'Syria', 'SNHR documented the death of 118 civilians in Syria in May, 37 of them at the hands of Syrian regime forces.', [
    { category: 'killed', value: 118, group: 'civilians', reporters: ['SNHR'], time: 'in May' },
    { category: 'killed', value: 37, group: 'civilians', actor: 'regime' },
  ]],
  ['monitor', 'Syria', 'Four civilians, including two children, killed by Russian forces', [
    { category: 'killed', value: 4, group: 'civilians', actor: 'Russian' },
    { category: 'killed', value: 2, group: 'children', actor: 'Russian' },
  ]],
  ['monitor', 'Syria', 'Three civilians were killed by Syrian Democratic Forces, including one woman.', [
    { category: 'killed', value: 3, group: 'civilians', actor: 'Syrian Democratic Forces' },
    { category: 'killed', value: 1, group: 'women' },
  ]],
  ['monitor', 'Syria', 'The Syrian Observatory said 27 civilians were killed in the Idlib countryside on Sunday, among them nine children.', [
    { category: 'killed', value: 27, group: 'civilians', places: ['Idlib'], reporters: ['Syrian Observatory'] },
    { category: 'killed', value: 9, group: 'children' },
  ]],
  ['monitor', 'Syria', 'SOHR: the death toll of the regime shelling on Ariha rose to 19, including five children.', [
    { category: 'killed', value: 19, cumulative: true, places: ['Ariha'] },
    { category: 'killed', value: 5, group: 'children', cumulative: true },
  ]],
  ['monitor', 'Ukraine', 'HRMMU verified 164 civilian deaths in Ukraine in October, 150 of them caused by the armed forces of the Russian Federation.', [
    { category: 'killed', value: 164, group: 'civilians', reporters: ['HRMMU'], time: 'in October' },
    { category: 'killed', value: 150, group: 'civilians' },
  ], "'N of them caused by X': a part named by a participle after 'of them' is not read"],
  ['monitor', 'Ukraine', 'In August, OHCHR recorded 184 civilians killed and 856 injured in Ukraine.', [
    { category: 'killed', value: 184, group: 'civilians', reporters: ['OHCHR'] },
    { category: 'injured', value: 856, group: 'civilians', reporters: ['OHCHR'] },
  ]],
  ['monitor', 'Yemen', 'The Yemen Data Project recorded 68 air raids in June, which killed 41 civilians and injured 72.', [
    { category: 'killed', value: 41, group: 'civilians', reporters: ['Yemen Data Project'] },
    { category: 'injured', value: 72, group: 'civilians', reporters: ['Yemen Data Project'] },
  ]],
  ['monitor', 'Yemen', 'Civilian Impact Monitoring Project: 23 civilian casualties in Hodeidah governorate last week, including 9 deaths.', [
    { category: 'killed', value: 9, group: 'civilians', places: ['Hodeidah'] },
  ], "'N casualties, including M deaths': the dead named as a part of a casualty count are not read"],
  ['monitor', 'Sudan', 'The Sudan Doctors Network said 32 people were killed and 51 injured in RSF shelling of Omdurman on Saturday.', [
    { category: 'killed', value: 32, places: ['Omdurman'], reporters: ['Sudan Doctors Network'] },
    { category: 'injured', value: 51, places: ['Omdurman'], reporters: ['Sudan Doctors Network'] },
  ]],
  ['monitor', 'Sudan', 'The attacks on the villages of Wad al-Nourah have led to over 150 fatalities and 300 injuries, the Sudan Doctors Network said.', [
    { category: 'killed', value: 150, modifier: 'more_than', places: ['Wad al-Nourah'], reporters: ['Sudan Doctors Network'] },
    { category: 'injured', value: 300, places: ['Wad al-Nourah'], reporters: ['Sudan Doctors Network'] },
  ]],
  ['monitor', 'DR Congo', 'The Kivu Security Tracker recorded 87 civilians killed in Ituri in March, 61 of them by CODECO militiamen.', [
    { category: 'killed', value: 87, group: 'civilians', places: ['Ituri'], reporters: ['Kivu Security Tracker'] },
    { category: 'killed', value: 61, group: 'civilians', actor: 'CODECO' },
  ]],
  ['monitor', 'DR Congo', 'According to the Kivu Security Tracker, ADF fighters killed at least 26 civilians in Lubero territory between 7 and 9 June.', [
    { category: 'killed', value: 26, modifier: 'at_least', group: 'civilians', actor: 'ADF', places: ['Lubero'], reporters: ['Kivu Security Tracker'] },
  ]],
  ['monitor', 'Myanmar', 'ACLED records 312 reported fatalities from political violence in Sagaing Region in September.', [
    { category: 'killed', value: 312, places: ['Sagaing'], reporters: ['ACLED'] },
  ]],
  ['monitor', 'Ethiopia', 'ACLED data show that violence in Amhara has led to more than 1,200 reported fatalities since August.', [
    { category: 'killed', value: 1200, modifier: 'more_than', places: ['Amhara'], reporters: ['ACLED'] },
  ]],
  ['monitor', 'Iraq', 'Airwars assesses that between 1,066 and 1,579 civilians were likely killed by Coalition strikes on Raqqa.', [
    { category: 'killed', value: 1066, modifier: 'exact', group: 'civilians', places: ['Raqqa'], reporters: ['Airwars'] },
  ]],
  ['monitor', 'Iraq', 'Iraq Body Count recorded 1,119 civilian deaths from violence in Iraq in the first half of the year.', [
    { category: 'killed', value: 1119, group: 'civilians', reporters: ['Iraq Body Count'] },
  ]],
  ['monitor', 'Yemen', 'AOAV recorded 412 civilian casualties from explosive weapons in Yemen in 2019, of whom 187 were killed.', [
    { category: 'killed', value: 187, group: 'civilians', reporters: ['AOAV'] },
  ], "'N casualties, of whom M were killed': the dead as a part of a casualty count are not read"],
  ['monitor', 'Gaza', 'The ministry said 78 Palestinians were killed in Gaza over the past 24 hours, bringing the death toll to 6,546.', [
    { category: 'killed', value: 78, places: ['Gaza'], reporters: ['ministry'] },
    { category: 'killed', value: 6546, cumulative: true, reporters: ['ministry'] },
  ]],
  ['monitor', 'Libya', 'UNSMIL documented 61 civilian casualties in Libya in the second quarter, 23 deaths and 38 injuries.', [
    { category: 'killed', value: 23, group: 'civilians', reporters: ['UNSMIL'] },
    { category: 'injured', value: 38, group: 'civilians', reporters: ['UNSMIL'] },
  ]],
  // Tables turned into lines: a label and its figure.
  ['monitor', 'Syria', 'Civilian deaths in Deir ez-Zor in April:\nChildren: 12\nWomen: 7', [
    { category: 'killed', value: 12, group: 'children' },
    { category: 'killed', value: 7, group: 'women' },
  ]],
  // Rates and periods.
  ['monitor', 'Syria', 'Over 35,000 civilians flee their villages in southern Idlib in 48 hours, the Observatory said.', [
    { category: 'displaced', value: 35000, modifier: 'more_than', places: ['Idlib'], reporters: ['Observatory'] },
  ]],
  ['monitor', 'Syria', 'Thousands flee Maarat al-Numan as regime bombardment intensifies', [
    { category: 'displaced', value: null, vague: 'thousands', places: ['Maarat al-Numan'] },
  ]],
];

/** Situation reports and regional outlets. */
const OUTLETS: Probe[] = [
  ['sitrep', 'Iraq', 'Since 1 March, approximately 6,000 people per day have been displaced from the western neighbourhoods of Mosul.', [
    { category: 'displaced', value: 6000, modifier: 'about', places: ['Mosul'], cumulative: false },
  ], "'the western neighbourhoods of Mosul': a place after a noun of parts and 'of' is not read"],
  ['sitrep', 'Sudan', 'About 2,000 people per day are arriving in Tawila from El Fasher since the attack on Zamzam, aid workers said.', [
    { category: 'displaced', value: 2000, modifier: 'about', places: ['Tawila', 'El Fasher'], cumulative: false, reporters: ['aid workers'] },
  ]],
  ['sitrep', 'Sudan', 'On average, 2,500 people per day have arrived in Renk since mid-April, according to UNHCR.', [
    { category: 'displaced', value: 2500, places: ['Renk'], reporters: ['UNHCR'] },
  ]],
  ['sitrep', 'DR Congo', 'Some 4,000 households were displaced from Masisi territory towards Sake between 2 and 6 February.', [
    { category: 'displaced', value: 4000, unit: 'households', modifier: 'about', places: ['Masisi', 'Sake'] },
  ]],
  ['sitrep', 'Ukraine', 'Around 1,700 civilians were evacuated from Vovchansk and nearby villages over the weekend, the oblast administration said.', [
    { category: 'displaced', value: 1700, modifier: 'about', places: ['Vovchansk'], reporters: ['oblast administration'] },
  ]],
  ['sitrep', 'Yemen', 'IOM DTM tracked 1,320 households displaced in Marib governorate in January.', [
    { category: 'displaced', value: 1320, unit: 'households', places: ['Marib'], reporters: ['IOM DTM'] },
  ]],
  ['regional', 'Syria', 'More than 60,000 people have chosen the second option, according to figures released this week by the local council.', [
    { category: 'displaced', value: 60000, modifier: 'more_than', reporters: ['local council'] },
  ], "'N people have chosen the second option': which option means flight is told by an earlier sentence"],
  ['regional', 'Mali', 'Around 1,200 families have decided to flee Boni since the blockade began, a local official said.', [
    { category: 'displaced', value: 1200, unit: 'families', modifier: 'about', places: ['Boni'], reporters: ['local official'] },
  ]],
  ['wire', 'Ukraine', 'Twelve women and children were killed when a missile struck an apartment block in Dnipro, officials said.', [
    { category: 'killed', value: 12, group: 'civilians', places: ['Dnipro'], reporters: ['officials'] },
  ]],
  ['regional', 'Sudan', 'Around 3,000 families have fled the villages east of Wad Madani since Friday, residents told Dabanga.', [
    { category: 'displaced', value: 3000, unit: 'families', modifier: 'about', places: ['Wad Madani'] },
  ]],
  ['regional', 'Iraq', 'The price the residents of Tal Afar paid was between 1,500 and 2,000 dead, according to local officials.', [
    { category: 'killed', value: 1500, modifier: 'exact', places: ['Tal Afar'], reporters: ['local officials'] },
  ]],
  ['regional', 'Ukraine', 'The cost of the battle for Bakhmut was more than 20,000 dead on the Russian side, according to Kyiv.', [
    { category: 'killed', value: 20000, modifier: 'more_than', places: ['Bakhmut'] },
  ]],
  ['regional', 'Iraq', 'Between 2,000 and 3,000 people were killed in the eight-month battle to retake Ramadi from the Islamic State group.', [
    { category: 'killed', value: 2000, modifier: 'exact', places: ['Ramadi'] },
  ]],
  ['regional', 'Nagorno-Karabakh', 'The 44-day war left some 3,800 Armenian soldiers dead, according to the Armenian health ministry.', [
    { category: 'killed', value: 3800, modifier: 'about', reporters: ['health ministry'] },
  ]],
  ['regional', 'Gaza', 'Dozens of women and children were buried under the rubble of their homes in Khan Younis, the civil defence said.', [
    { category: 'killed', value: null, vague: 'dozens', places: ['Khan Younis'], reporters: ['civil defence'] },
  ]],
  ['regional', 'Syria', 'Dozens of civilians remain buried under the rubble of collapsed buildings in Douma after the strikes.', [
    { category: 'killed', value: null, vague: 'dozens', places: ['Douma'] },
  ]],
  ['regional', 'Ethiopia', 'Eighteen people were killed and 25 others injured when a drone struck a bus near Bahir Dar, local officials said.', [
    { category: 'killed', value: 18, places: ['Bahir Dar'], reporters: ['local officials'] },
    { category: 'injured', value: 25, places: ['Bahir Dar'], reporters: ['local officials'] },
  ]],
  ['regional', 'Mali', 'At least 30 soldiers died in the jihadist attack on the camp at Boulkessi, a military source said.', [
    { category: 'killed', value: 30, modifier: 'at_least', places: ['Boulkessi'] },
  ]],
  ['regional', 'Myanmar', 'More than 10,000 residents of Lashio have fled to Mandalay since the fighting began, aid workers said.', [
    { category: 'displaced', value: 10000, modifier: 'more_than', places: ['Lashio', 'Mandalay'], reporters: ['aid workers'] },
  ]],
  ['regional', 'Libya', 'Some 2,300 more families opted to leave Tarhuna after the shelling, the municipality said.', [
    { category: 'displaced', value: 2300, unit: 'families', places: ['Tarhuna'], reporters: ['municipality'] },
  ]],
  ['regional', 'Yemen', 'Another 800 families opted for flight from the outskirts of Hodeidah this week, the local authority said.', [
    { category: 'displaced', value: 800, unit: 'families', places: ['Hodeidah'], reporters: ['local authority'] },
  ], "'opted for flight': the noun of the choice names the displacement"],
  ['monitor', 'Ukraine', 'Killed by Russian strikes in Kharkiv oblast in June:\n• Children – 4\n• Women – 9', [
    { category: 'killed', value: 4, group: 'children', actor: 'Russian' },
    { category: 'killed', value: 9, group: 'women', actor: 'Russian' },
  ]],
];

/** Displacement in outlets' and wires' words: driven from homes, an exodus that swells. */
const DRIVEN: Probe[] = [
  ['wire', 'South Sudan', 'Clashes in Malakal have driven some 8,000 people from their homes since Friday, the UN mission said.', [
    { category: 'displaced', value: 8000, modifier: 'about', places: ['Malakal'], reporters: ['UN mission'] },
  ]],
  ['regional', 'Myanmar', 'Junta shelling drove more than 3,000 villagers out of Kyaukme township last week.', [
    { category: 'displaced', value: 3000, modifier: 'more_than', places: ['Kyaukme'] },
  ]],
  ['wire', 'Gaza', 'The exodus from Rafah has swelled to 600,000 people, UNRWA said on Monday.', [
    { category: 'displaced', value: 600000, places: ['Rafah'], cumulative: true, reporters: ['UNRWA'] },
  ]],
  ['wire', 'Ukraine', 'The army drove 40 tanks from Kharkiv to the front.', []],
];

/** Verbs of killing the monitors' and outlets' English uses besides "killed". */
const VERBS: Probe[] = [
  ['regional', 'DR Congo', 'CODECO militiamen murdered 23 displaced people at the Plaine Savo camp in Djugu, local sources said.', [
    { category: 'killed', value: 23, group: 'civilians', actor: 'CODECO', places: ['Djugu'], reporters: ['local sources'] },
  ]],
  ['monitor', 'Mali', 'At least 50 herders were slaughtered in attacks on villages near Ogossagou, according to MINUSMA.', [
    { category: 'killed', value: 50, modifier: 'at_least', places: ['Ogossagou'], reporters: ['MINUSMA'] },
  ]],
  ['wire', 'Ukraine', 'Two more people succumbed to their injuries in hospital in Dnipro, the governor said on Telegram.', [
    { category: 'killed', value: 2, places: ['Dnipro'], reporters: ['governor'] },
  ]],
  ['monitor', 'Ethiopia', 'Four of the injured later succumbed to their wounds in Mekelle, the health bureau said.', [
    { category: 'killed', value: 4, places: ['Mekelle'], reporters: ['health bureau'] },
  ]],
  ['wire', 'Ukraine', 'Two of the injured were evacuated to Kyiv by helicopter.', []],
  ['wire', 'South Sudan', 'Raiders killed 300 cattle and burned huts near Pibor, officials said.', [], "a killing verb's object that names no people ('cattle') is read as persons"],
];

/** Figures that are no casualty or displacement facts, and ones read without the words around them making more. */
const NEGATIVES: Probe[] = [
  ['wire', 'Ukraine', 'The 47 killed in the strike were buried on Sunday in Dnipro.', [
    { category: 'killed', value: 47, places: ['Dnipro'] },
  ]],
  ['monitor', 'Syria', 'SNHR has documented 1,200 attacks on medical facilities since 2011.', []],
  ['monitor', 'Yemen', 'Casualties in Taiz governorate in May:\nChildren: 6\nWomen: 2', []],
  ['wire', 'Sudan', 'The camp at Zamzam has 14 clinics and 3 hospitals.', []],
  ['regional', 'Iraq', 'The 9-month battle for Mosul ended on 10 July.', []],
  ['monitor', 'DR Congo', 'The Kivu Security Tracker has recorded 122 armed groups active in eastern Congo.', []],
  ['wire', 'Gaza', 'Some 200 trucks crossed into Gaza through Rafah on Tuesday.', []],
  ['regional', 'Yemen', 'The price of flour in Taiz rose to 40,000 rials per sack.', []],
  ['wire', 'Ethiopia', 'The federal government deployed 3,000 troops to the Amhara region.', []],
  ['monitor', 'Myanmar', 'ACLED recorded 450 battles in Myanmar in the third quarter.', []],
  ['wire', 'Mali', 'Some 600 Wagner mercenaries arrived in Bamako in December, diplomats said.', []],
  ['regional', 'Libya', 'The 12 killed rebels were 18 to 25 years old.', [
    { category: 'killed', value: 12 },
  ]],
];

const ALL = [...WIRE, ...MONITORS, ...OUTLETS, ...DRIVEN, ...VERBS, ...NEGATIVES];
/** On main before this round: 54 of these 79. Raise it as constructions are read, never lower it. */
const MIN_PASSING = 75;

describe('tolls probes: wire copy', () => { for (const p of WIRE) probe(KINDS, p); });
describe("tolls probes: monitors' tolls", () => { for (const p of MONITORS) probe(KINDS, p); });
describe('tolls probes: situation reports and outlets', () => { for (const p of OUTLETS) probe(KINDS, p); });
describe('tolls probes: driven from homes', () => { for (const p of DRIVEN) probe(KINDS, p); });
describe('tolls probes: verbs of killing', () => { for (const p of VERBS) probe(KINDS, p); });
describe('tolls probes: figures that are no tolls', () => { for (const p of NEGATIVES) probe(KINDS, p); });

describe('tolls probes: score', () => {
  it(`at least ${MIN_PASSING} of ${ALL.length} probes pass, skipped ones included`, () => {
    const failing = ALL.filter((p) => !passes(KINDS, p)).map((p) => p[2]);
    expect(ALL.length - failing.length, failing.join('\n')).toBeGreaterThanOrEqual(MIN_PASSING);
  });
});
