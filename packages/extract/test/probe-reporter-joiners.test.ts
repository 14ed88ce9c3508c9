/**
 * Probe battery for WHO SAID IT (issue 9), fifth set: names of bodies with lower-case joiners and "and" inside them
 * ("Committee to Protect X", "Union of X and Y", "Office for the Coordination of X"), outlets and monitors whose names
 * end in a word such as "Online", "Network", "Monitor", "Watch", "Observatory", "Centre" or "Group", credit lines
 * ("(Source: X)", "Source: X", "Sources: X; Y") after a figure, and joint or vague credits ("medical and security
 * sources said", "activists and a war monitor said", "according to the two sides"). Written for this file in several
 * wars and genres (Mexico, Yemen, Colombia, Sudan, Ukraine, Myanmar, Syria, DR Congo, Ethiopia, Nagorno-Karabakh; wire,
 * situation report, outlet, assessment, encyclopedic, monitor); none taken from the seeds or the corpus. A probe that
 * fails for a reason not fixed yet runs as `it.skip` with that reason (PROBE_ALL=1 runs it). Score on h-rep7 when
 * written (2026-12-06, from main at a99019b): 11/21; 18/21 after its rules (and in a body noun's complement, "to" in a
 * name, an outlet named by its medium word after "told", "Monitor" ending a name, a modifier sharing a role noun,
 * a reporter joined to "press reports"); 17/21 at the lead, where the "Monitor" row was taken back out; 21/21 on h-rep8
 * ("monitor" a body noun of reporting.csv, credit lines of their own, "Sources:" split by semicolons, "the two sides").
 */
import { describe } from 'vitest';
import { CATEGORIES } from '@frontline/schema';
import { probe, type Probe } from './probe.ts';

const ALL = [...CATEGORIES.casualty, ...CATEGORIES.displacement, ...CATEGORIES.territory];

/** Names with lower-case joiners or "and" inside them. */
const JOINED_NAMES: Probe[] = [
  ['wire', 'Mexico', 'At least 11 reporters were killed in Guerrero last year, the Committee to Protect Reporters said.', [
    { category: 'killed', value: 11, reporters: ['Committee to Protect Reporters'] },
  ]],
  ['sitrep', 'Yemen', 'The Union of Mobile Clinics and Health Workers said 14 civilians were injured in Taiz on Monday.', [
    { category: 'injured', value: 14, reporters: ['Union of Mobile Clinics and Health Workers'] },
  ]],
  ['regional', 'Colombia', 'According to Mothers of the Vanished, 35 farmers fled El Tarra after the attack.', [
    { category: 'displaced', value: 35, reporters: ['Mothers of the Vanished'] },
  ]],
  ['sitrep', 'Sudan', 'The Office for the Coordination of Humanitarian Affairs said 8,000 people fled Kadugli in May.', [
    { category: 'displaced', value: 8000, reporters: ['Office for the Coordination of Humanitarian Affairs'] },
  ]],
  ['thinktank', 'Ukraine', 'The Ministry of Veterans and Social Policy reported that 2,400 people were evacuated from Kupiansk.', [
    { category: 'displaced', value: 2400, reporters: ['Ministry of Veterans and Social Policy'] },
  ]],
  ['encyclopedic', 'Myanmar', 'The Network for Human Rights Documentation recorded 56 civilians killed in Magway Region.', [
    { category: 'killed', value: 56, reporters: ['Network for Human Rights Documentation'] },
  ]],
];

/** Outlets and monitors whose names end in a word of a kind of body. */
const BODY_ENDINGS: Probe[] = [
  ['regional', 'Yemen', 'Medical sources in Aden told Sheba Online that 7 soldiers were killed in Lahj.', [
    { category: 'killed', value: 7, reporters: ['Medical sources', 'Sheba Online'] },
  ]],
  ['monitor', 'Syria', 'The Deir Ezzor Network said 9 civilians were killed in Mayadin.', [
    { category: 'killed', value: 9, reporters: ['Deir Ezzor Network'] },
  ]],
  ['monitor', 'Myanmar', 'Sagaing Conflict Monitor said 22 villagers were killed in Kani township.', [
    { category: 'killed', value: 22, reporters: ['Sagaing Conflict Monitor'] },
  ]],
  ['encyclopedic', 'Sudan', 'Darfur Victims Watch reported that 130 people were killed in Geneina.', [
    { category: 'killed', value: 130, reporters: ['Darfur Victims Watch'] },
  ]],
  ['thinktank', 'Ukraine', 'The Kharkiv Human Rights Centre documented 48 civilians killed in Izium.', [
    { category: 'killed', value: 48, reporters: ['Kharkiv Human Rights Centre'] },
  ]],
  ['wire', 'DR Congo', 'Some 40 people were killed in Ituri, the Kivu Security Group said.', [
    { category: 'killed', value: 40, reporters: ['Kivu Security Group'] },
  ]],
];

/** Credit lines after a figure. */
const CREDIT_LINES: Probe[] = [
  ['sitrep', 'Sudan', 'About 5,600 people arrived in Tawila in June.\nSource: Darfur Relief Cluster', [
    { category: 'displaced', value: 5600, reporters: ['Darfur Relief Cluster'] },
  ]],
  ['sitrep', 'DR Congo', 'Some 12,000 people fled Rutshuru in March. (Source: North Kivu Shelter Cluster)', [
    { category: 'displaced', value: 12000, reporters: ['North Kivu Shelter Cluster'] },
  ]],
  ['thinktank', 'Yemen', 'Roughly 900 households left Hays district in April.\nSources: Hodeidah Health Office; Tihama Relief Network', [
    { category: 'displaced', value: 900, reporters: ['Hodeidah Health Office', 'Tihama Relief Network'] },
  ]],
  ['monitor', 'Ukraine', '31 civilians were killed in Kherson oblast in May (Source: Kherson Regional Military Administration).', [
    { category: 'killed', value: 31, reporters: ['Kherson Regional Military Administration'] },
  ]],
];

/** Joint and vague credits. */
const JOINT: Probe[] = [
  ['wire', 'Syria', '14 fighters were killed in clashes near Tal Tamr, activists and a war monitor said.', [
    { category: 'killed', value: 14, reporters: ['activists', 'war monitor'] },
  ]],
  ['regional', 'Yemen', 'Medical and security sources said 6 soldiers were killed in Marib.', [
    { category: 'killed', value: 6, reporters: ['Medical and security sources'] },
  ]],
  ['wire', 'Ethiopia', 'At least 20 people were killed in Gondar, local residents and press reports said.', [
    { category: 'killed', value: 20, reporters: ['local residents', 'press reports'] },
  ]],
  ['encyclopedic', 'Nagorno-Karabakh', 'According to the two sides, 90 soldiers were killed in the first week.', [
    { category: 'killed', value: 90, reporters: ['two sides'] },
  ]],
  ['wire', 'Sudan', 'Residents and aid workers said 300 families fled Sennar on Saturday.', [
    { category: 'displaced', value: 300, unit: 'families', reporters: ['Residents', 'aid workers'] },
  ]],
];

const SETS: Record<string, Probe[]> = {
  'names with joiners': JOINED_NAMES,
  'names ending in a kind of body': BODY_ENDINGS,
  'credit lines': CREDIT_LINES,
  'joint and vague credits': JOINT,
};
for (const [name, probes] of Object.entries(SETS)) {
  describe(`reporter names and credits: ${name}`, () => {
    for (const p of probes) probe(ALL, p);
  });
}
