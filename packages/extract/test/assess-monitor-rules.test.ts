/**
 * The constructions fixed for assessments and monitors' tolls (issue 9), each tested on sentences written for it in at
 * least two genres and wars beyond the one that prompted it: claims and "likely" hedge a fact; a known source's "toll"
 * names its reporter; "at the hands of X" names the perpetrator; a gapped list by agent gives each member its own
 * side; a reporting verb's participle before a counted noun; a semicolon clause that breaks down the toll before it; a
 * bracket after a figure that holds its parts; a quoted verb; "the settlement" pointing back; ", bringing the total to N";
 * an advance along a path; label lines under a lead line that names their people and place; a name after a lower-case
 * Arabic article written apart ("in al Qaim").
 */
import { describe } from 'vitest';
import { CATEGORIES } from '@frontline/schema';
import { probe, type Probe } from './probe.ts';

const ALL = [...CATEGORIES.casualty, ...CATEGORIES.territory, ...CATEGORIES.displacement];
const rule = (name: string, cases: Probe[]) => describe(name, () => cases.forEach((p) => probe(ALL, p)));

rule('a verb of claim puts its clause at one remove; a thing claimed does not', [
  ['wire', 'Yemen', 'The Houthis claimed that their fighters had captured Hazm, the capital of al Jawf province.', [
    { category: 'captured', value: null, places: ['Hazm'], certainty: 'hedged', reporters: ['Houthis'] },
  ]],
  ['regional', 'Myanmar', 'The junta alleged that resistance fighters killed 14 villagers in Sagaing Region last week.', [
    { category: 'killed', value: 14, certainty: 'hedged' },
  ]],
  ['wire', 'Iraq', 'Islamic State claimed responsibility for the bombing, which killed 32 people in Baghdad.', [
    { category: 'killed', value: 32, places: ['Baghdad'], certainty: 'stated' },
  ]],
  ['sitrep', 'Sudan', 'The shelling claimed the lives of 11 civilians in El Obeid on Tuesday.', [
    { category: 'killed', value: 11, group: 'civilians', places: ['El Obeid'], certainty: 'stated' },
  ]],
]);

rule('"likely" before a gain or a toll hedges it', [
  ['wire', 'Ukraine', 'Ukrainian forces have likely regained control of Krynky, a British intelligence update said.', [
    { category: 'captured', value: null, places: ['Krynky'], actor: 'Ukrainian', certainty: 'hedged' },
  ]],
  ['sitrep', 'DR Congo', 'M23 likely took control of Nyabiondo on Sunday, according to local sources.', [
    { category: 'captured', value: null, places: ['Nyabiondo'], actor: 'M23', certainty: 'hedged', reporters: ['local sources'] },
  ]],
  ['monitor', 'Iraq', 'Airwars assessed that 14 civilians were likely killed in the strike on Hajin.', [
    { category: 'killed', value: 14, group: 'civilians', certainty: 'hedged', reporters: ['Airwars'] },
  ]],
]);

rule("a known source's toll names its reporter; a country's toll does not", [
  ['wire', 'Ukraine', "According to HRMMU's toll, 37 civilians were killed in Kharkiv in May.", [
    { category: 'killed', value: 37, group: 'civilians', reporters: ['HRMMU'] },
  ]],
  ['monitor', 'Syria', "The Observatory's toll of civilians killed in Afrin since January 20 has reached 93.", [
    { category: 'killed', value: 93, group: 'civilians', reporters: ['Observatory'], cumulative: true },
  ]],
  ['wire', 'Sudan', "Sudan's toll from the fighting in El Geneina rose to 87 on Monday.", [
    { category: 'killed', value: 87, reporters: [] },
  ]],
]);

rule('"at the hands of X" names who killed', [
  ['sitrep', 'Myanmar', 'OHCHR verified the deaths of 12 civilians at the hands of the military in Sagaing Region.', [
    { category: 'killed', value: 12, group: 'civilians', actor: 'military', reporters: ['OHCHR'] },
  ]],
  ['wire', 'DR Congo', 'At least 20 villagers were killed at the hands of ADF rebels near Beni, local officials said.', [
    { category: 'killed', value: 20, actor: 'ADF', reporters: ['local officials'] },
  ]],
]);

rule('a gapped list by agent: each member its own side', [
  ['monitor', 'Yemen', 'Of the 63 civilians killed in March, 40 were killed by Saudi-led coalition forces and 23 by Houthi forces.', [
    { category: 'killed', value: 63, group: 'civilians' },
    { category: 'killed', value: 40, group: 'civilians', actor: 'coalition' },
    { category: 'killed', value: 23, group: 'civilians', actor: 'Houthi' },
  ]],
  ['encyclopedic', 'Ukraine', 'Nineteen civilians died in the village during the occupation: 12 were killed by Russian troops, 4 by mines and 3 by Ukrainian shelling.', [
    { category: 'killed', value: 19, group: 'civilians' },
    { category: 'killed', value: 12, actor: 'Russian' },
    { category: 'killed', value: 4 },
    { category: 'killed', value: 3, actor: 'Ukrainian' },
  ]],
]);

rule("a reporting verb's participle before the counted noun", [
  ['monitor', 'Sudan', 'ACLED recorded 412 reported fatalities in North Darfur in June.', [
    { category: 'killed', value: 412, reporters: ['ACLED'] },
  ]],
  ['sitrep', 'DR Congo', 'Health authorities in Ituri counted 43 confirmed deaths from the attacks on Djugu territory.', [
    { category: 'killed', value: 43 },
  ]],
]);

rule('a semicolon clause breaks down the toll before it', [
  ['wire', 'Ukraine', 'The missile strike on Odesa killed 14 people; three of them were children.', [
    { category: 'killed', value: 14, group: 'people', places: ['Odesa'] },
    { category: 'killed', value: 3, group: 'children', places: ['Odesa'] },
  ]],
  ['monitor', 'Yemen', 'The Civilian Impact Monitoring Project recorded 31 civilian deaths in Taiz in May; 11 of them were children.', [
    { category: 'killed', value: 31, group: 'civilians', reporters: ['Civilian Impact Monitoring Project'] },
    { category: 'killed', value: 11, group: 'children', reporters: ['Civilian Impact Monitoring Project'] },
  ]],
]);

rule('a bracket right after a figure holds its parts', [
  ['sitrep', 'Yemen', 'Casualties reported in Hodeidah governorate this week:\n• Killed: 17 (including 6 children)\n• Injured: 41', [
    { category: 'killed', value: 17 },
    { category: 'killed', value: 6, group: 'children' },
    { category: 'injured', value: 41 },
  ]],
  ['wire', 'Ukraine', 'The overnight strike on Kharkiv killed 9 people (two children) and wounded 31, the governor said.', [
    { category: 'killed', value: 9, group: 'people', places: ['Kharkiv'], reporters: ['governor'] },
    { category: 'killed', value: 2, group: 'children', reporters: ['governor'] },
    { category: 'injured', value: 31, reporters: ['governor'] },
  ]],
  ['monitor', 'Syria', 'SNHR documented 28 civilian deaths (5 women) in Daraa governorate in April.', [
    { category: 'killed', value: 28, group: 'civilians', reporters: ['SNHR'] },
    { category: 'killed', value: 5, group: 'women', reporters: ['SNHR'] },
  ]],
  ['monitor', 'Syria', 'Civilian deaths documented in Daraa in April: 28 (5 women).', [
    { category: 'killed', value: 28, group: 'civilians' },
    { category: 'killed', value: 5, group: 'women' },
  ], "a label with a complement ('Civilian deaths documented in X in April: 28') is no label line yet"],
]);

rule("a verb in quotes is still the verb ('liberated', “captured”)", [
  ['wire', 'Ukraine', "Moscow said its troops had 'liberated' Avdiivka after months of fighting.", [
    { category: 'captured', value: null, places: ['Avdiivka'] },
  ]],
  ['regional', 'Sudan', 'RSF commanders said their fighters had “captured” Babanusa, a claim the army denied.', [
    { category: 'captured', value: null, places: ['Babanusa'] },
  ]],
]);

rule('"the settlement" is the town the sentence or the text just named', [
  ['thinktank', 'Ukraine', 'Footage shows Ukrainian troops raising a flag over the school in Staromaiorske, indicating that they retook the settlement.', [
    { category: 'captured', value: null, places: ['Staromaiorske'] },
  ]],
  ['encyclopedic', 'DR Congo', 'Fighting reached Kitshanga on 26 January. M23 captured the settlement two days later.', [
    { category: 'captured', value: null, places: ['Kitshanga'], actor: 'M23' },
  ]],
]);

rule('", bringing the total to N": a running total of what the figure before it counted', [
  ['monitor', 'Ukraine', 'HRMMU verified 58 civilian deaths in Kharkiv Oblast in May, bringing the total since the full-scale invasion to 2,412.', [
    { category: 'killed', value: 58, group: 'civilians', cumulative: false, reporters: ['HRMMU'] },
    { category: 'killed', value: 2412, group: 'civilians', cumulative: true, reporters: ['HRMMU'] },
  ]],
  ['sitrep', 'Sudan', 'Another 12,000 people fled Sennar town on Monday, bringing the total to 57,000, according to IOM.', [
    { category: 'displaced', value: 12000, places: ['Sennar'], cumulative: false, reporters: ['IOM'] },
    { category: 'displaced', value: 57000, cumulative: true, reporters: ['IOM'] },
  ]],
]);

rule('an advance along or across a path, located by the place after it', [
  ['thinktank', 'Ukraine', 'Russian forces advanced along the railway line northwest of Pokrovsk on March 3.', [
    { category: 'advanced', value: null, places: ['Pokrovsk'], actor: 'Russian' },
  ]],
  ['wire', 'Sudan', 'Army units advanced across the Blue Nile bridge in northern Khartoum, witnesses said.', [
    { category: 'advanced', value: null, places: ['Khartoum'], reporters: ['witnesses'] },
  ]],
  ['encyclopedic', 'Syria', 'On 3 December the rebels advanced along the M5 highway near Khan Shaykhun.', [
    { category: 'advanced', value: null, places: ['Khan Shaykhun'] },
  ]],
]);

rule("label lines under a lead take its people and places when they name none", [
  ['sitrep', 'Yemen', 'Civilian casualties in Taiz city, 1-7 May:\n- Killed: 9\n- Injured: 26', [
    { category: 'killed', value: 9, group: 'civilians', places: ['Taiz'] },
    { category: 'injured', value: 26, group: 'civilians', places: ['Taiz'] },
  ]],
  ['monitor', 'Ukraine', 'Children harmed in Kharkiv Oblast in March:\n• Killed: 4\n• Injured: 17\nThe shelling of Kupiansk continued on 2 April, killing 3 people.', [
    { category: 'killed', value: 4, group: 'children', places: ['Kharkiv'] },
    { category: 'injured', value: 17, group: 'children', places: ['Kharkiv'] },
    { category: 'killed', value: 3, group: 'people', places: ['Kupiansk'] },
  ]],
  ['sitrep', 'Sudan', 'Casualties reported across Sudan this week:\n• Killed in Omdurman: 14\n• Injured: 40', [
    { category: 'killed', value: 14, group: 'people', places: ['Omdurman'] },
    { category: 'injured', value: 40, group: 'people', places: ['Sudan'] },
  ]],
]);

rule('a lower-case Arabic article written apart opens the name after it', [
  ['thinktank', 'Syria', 'SNA fighters captured al Bab on October 4, according to Turkish media.', [
    { category: 'captured', value: null, places: ['al Bab'], reporters: ['Turkish media'] },
  ]],
  ['wire', 'Iraq', 'Four civilians were killed in an air strike in al Qaim on Sunday, a local official said.', [
    { category: 'killed', value: 4, group: 'civilians', places: ['al Qaim'], reporters: ['local official'] },
  ]],
  ['sitrep', 'Syria', 'Some 2,000 families fled ash Shaddadi towards al Hasakah city between 10 and 12 October.', [
    { category: 'displaced', value: 2000, unit: 'families', places: ['ash Shaddadi'] },
  ]],
]);
