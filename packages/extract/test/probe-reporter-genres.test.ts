/**
 * Probe battery for WHO SAID IT on text nobody tuned for (issue 9): the ways published texts credit a figure, each
 * written for this file across six genres (situation report, monitor's toll, wire, regional outlet, encyclopedic
 * narrative, assessment) and several wars. None is taken from the seeds or the corpus. Each probe states the facts an
 * analyst records and, for each, the sources it must name (and no others; `[]` for a figure nobody is credited with).
 * A probe that fails for a reason not fixed yet runs as `it.skip` with that reason (PROBE_ALL=1 runs it). Score on
 * h-rep4 when written (2026-12-05, from main at b04f129): 46/54 (the misses: a lower-case body before "'s tally" or
 * "'s count", two; a fronted "Citing X,", two; a speaker described by a reduced relative, "Residents reached by
 * phone", "Villagers contacted by Reuters", "Survivors interviewed by MSF", "Officials speaking on condition
 * of anonymity", four); 54/54 after. Probes added with their rules later: a briefing note's citation of an unregistered
 * name, three; "an AFP count shows", three; a second claimant "claimed to have" / "said it had", three: 63/63.
 */
import { describe } from 'vitest';
import { CATEGORIES } from '@frontline/schema';
import { probe, type Probe } from './probe.ts';

const ALL = [...CATEGORIES.casualty, ...CATEGORIES.displacement, ...CATEGORIES.territory];

/** A body speaking: in a statement, to an outlet, on its channel, in a post. */
const SPEAKING: Probe[] = [
  ['wire', 'Sudan', 'The Sudanese army said in a statement on Tuesday that it had recaptured the town of Singa.', [
    { category: 'captured', value: null, places: ['Singa'], reporters: ['army'] },
  ]],
  ['wire', 'Myanmar', 'Kyaw Zin, a resident of Lashio, told Reuters that 14 civilians were killed in the air strike.', [
    { category: 'killed', value: 14, reporters: ['Kyaw Zin', 'Reuters'] },
  ]],
  ['wire', 'Gaza', 'A hospital director in Deir al-Balah told the Associated Press that 21 bodies had been brought in overnight.', [
    { category: 'killed', value: 21, reporters: ['hospital director', 'Associated Press'] },
  ]],
  ['wire', 'Ukraine', "Russia's defence ministry reported on its Telegram channel that its forces had captured the village of Kurakhivka.", [
    { category: 'captured', value: null, places: ['Kurakhivka'], reporters: ['defence ministry'] },
  ]],
  ['regional', 'Ukraine', 'The Zaporizhzhia regional governor, Ivan Fedorov, wrote on Telegram that two people were killed in the shelling of Stepnohirsk.', [
    { category: 'killed', value: 2, reporters: ['Ivan Fedorov'] },
  ]],
  ['wire', 'Sahel', 'JNIM fighters killed 30 soldiers near Djibo, the group said in a post on social media.', [
    { category: 'killed', value: 30, reporters: ['JNIM'] },
  ]],
  ['regional', 'Myanmar', 'The Arakan Army said in a post on its Telegram channel that it had seized the town of Ann.', [
    { category: 'captured', value: null, places: ['Ann'], reporters: ['Arakan Army'] },
  ]],
  ['wire', 'DR Congo', 'The M23 said in a statement that its fighters had taken the town of Walikale.', [
    { category: 'captured', value: null, places: ['Walikale'], reporters: ['M23'] },
  ]],
];

/** Figures credited by a noun phrase: figures from, a tally, data from, figures compiled by, citing. */
const FIGURES_OF: Probe[] = [
  ['sitrep', 'Ukraine', 'Figures from the International Organization for Migration show that 3.6 million people are internally displaced in Ukraine.', [
    { category: 'idps_stock', value: 3600000, reporters: ['International Organization for Migration'] },
  ]],
  ['monitor', 'Gaza', "By the health ministry's tally, 43,391 Palestinians have been killed in Gaza since October 2023.", [
    { category: 'killed', value: 43391, reporters: ['health ministry'] },
  ]],
  ['monitor', 'Sahel', 'More than 1,500 civilians were killed in Burkina Faso in the first half of the year, according to figures compiled by ACLED.', [
    { category: 'killed', value: 1500, reporters: ['ACLED'] },
  ]],
  ['thinktank', 'Ukraine', 'Data from the UN Human Rights Monitoring Mission show that 1,100 civilians were killed in Kharkiv oblast in 2024.', [
    { category: 'killed', value: 1100, reporters: ['Human Rights Monitoring Mission'] },
  ]],
  ['wire', 'Gaza', 'At least 17 people were killed in a strike on a house in Rafah, the WAFA news agency reported, citing medical sources.', [
    { category: 'killed', value: 17, reporters: ['WAFA', 'medical sources'] },
  ]],
  ['regional', 'Sudan', 'Citing local activists, Radio Dabanga reported that 26 people were killed in the attack on Um Kadada.', [
    { category: 'killed', value: 26, reporters: ['Radio Dabanga', 'local activists'] },
  ]],
  ['monitor', 'Syria', "The Observatory's toll stood at 58 dead on Sunday, most of them civilians.", [
    { category: 'killed', value: 58, reporters: ['Observatory'] },
  ]],
  ['wire', 'Gaza', 'Citing hospital sources, Al Jazeera said 25 people were killed in a strike on Nuseirat.', [
    { category: 'killed', value: 25, reporters: ['Al Jazeera', 'hospital sources'] },
  ]],
  // A source's count with its article and no possessive: "an AFP tally showed".
  ['wire', 'Sudan', 'At least 30 people have died in Sennar since Friday, an AFP count shows.', [
    { category: 'killed', value: 30, reporters: ['AFP'] },
  ]],
  ['wire', 'Gaza', 'The toll from the strike on Khan Younis rose to 27, an Associated Press tally found.', [
    { category: 'killed', value: 27, reporters: ['Associated Press'] },
  ]],
  ['regional', 'Myanmar', 'At least 64 civilians have been killed in air strikes on Sagaing villages this month, a Myanmar Now tally shows.', [
    { category: 'killed', value: 64, reporters: ['Myanmar Now'] },
  ]],
  ['regional', 'Ukraine', "By the regional administration's count, 1,400 people have been evacuated from Pokrovsk since August.", [
    { category: 'displaced', value: 1400, reporters: ['regional administration'] },
  ]],
  ['thinktank', 'Sudan', 'According to data collected by the Yale Humanitarian Research Lab, at least 60 structures were burned in Zamzam.', []],
];

/** A body counting: estimates, has documented, recorded, a passive "were reported by X". */
const COUNTING: Probe[] = [
  ['sitrep', 'Sudan', 'OCHA estimates that 250,000 people have fled El Fasher since May.', [
    { category: 'displaced', value: 250000, reporters: ['OCHA'] },
  ]],
  ['monitor', 'Myanmar', 'The Assistance Association for Political Prisoners has documented 312 civilian deaths in Sagaing region this year.', [
    { category: 'killed', value: 312, reporters: ['Assistance Association for Political Prisoners'] },
  ]],
  ['monitor', 'Syria', 'Airwars recorded 56 civilian deaths from coalition strikes on Raqqa in June.', [
    { category: 'killed', value: 56, reporters: ['Airwars'] },
  ]],
  ['monitor', 'Sahel', 'The Armed Conflict Location & Event Data Project (ACLED) recorded 214 fatalities in central Mali in March.', [
    // The registry's full name of ACLED (sources.csv) is the reporter as written.
    { category: 'killed', value: 214, reporters: ['Armed Conflict Location & Event Data Project'] },
  ]],
  ['sitrep', 'DR Congo', 'Some 12,000 new displacements were reported by local authorities in Masisi territory during the week.', [
    { category: 'displaced', value: 12000, reporters: ['local authorities'] },
  ]],
  ['sitrep', 'Gaza', 'Fourteen deaths were reported by health authorities in Khan Younis on Sunday.', [
    { category: 'killed', value: 14, reporters: ['health authorities'] },
  ]],
  ['thinktank', 'Myanmar', 'The UN refugee agency estimates that 3.5 million people are displaced inside Myanmar.', [
    { category: 'idps_stock', value: 3500000, reporters: ['UN refugee agency'] },
  ]],
  ['monitor', 'DR Congo', 'The Kivu Security Tracker has recorded 48 civilians killed in Beni territory since January.', [
    { category: 'killed', value: 48, reporters: ['Kivu Security Tracker'] },
  ]],
];

/** People named with a title, then by surname; an agency named, then "the agency". */
const BACK_REFERENCES: Probe[] = [
  ['wire', 'DR Congo', 'President Felix Tshisekedi said on Monday that the army had retaken the town of Sake. Tshisekedi added that 40 rebels were killed in the fighting.', [
    { category: 'captured', value: null, places: ['Sake'], reporters: ['Felix Tshisekedi'] },
    { category: 'killed', value: 40, reporters: ['Tshisekedi'] },
  ]],
  // A spokesman of a registry source speaks for it ("UNHCR spokesperson X said": UNHCR); the bare surname is the person.
  ['wire', 'Sudan', 'Army spokesman Nabil Abdallah said the army had retaken the town of Jebel Moya. Abdallah said 60 RSF fighters were killed.', [
    { category: 'captured', value: null, places: ['Jebel Moya'], reporters: ['Army'] },
    { category: 'killed', value: 60, reporters: ['Abdallah'] },
  ]],
  ['regional', 'Ukraine', 'Mayor Ihor Terekhov said three people were injured in the strike on Kharkiv. Terekhov said two more people were injured in Saltivka.', [
    { category: 'injured', value: 3, reporters: ['Ihor Terekhov'] },
    { category: 'injured', value: 2, reporters: ['Terekhov'] },
  ]],
  ['sitrep', 'Myanmar', 'The UN Office for the Coordination of Humanitarian Affairs (OCHA) said 18,000 people were displaced in Rakhine in November. The agency said a further 3,000 people fled to Chin State.', [
    { category: 'displaced', value: 18000, reporters: ['Office for the Coordination of Humanitarian Affairs'] },
    { category: 'displaced', value: 3000, reporters: ['OCHA'] },
  ]],
  ['wire', 'Somalia', 'The World Food Programme said 120,000 people had fled the fighting in Galmudug. The agency added that 40,000 people had fled to Dhusamareb.', [
    { category: 'displaced', value: 120000, reporters: ['World Food Programme'] },
    { category: 'displaced', value: 40000, reporters: ['World Food Programme'] },
  ]],
  ['wire', 'Gaza', 'Civil defence spokesman Mahmoud Basal said 11 people were killed in the strike. Basal said rescuers were still searching for 7 people under the rubble.', [
    { category: 'killed', value: 11, reporters: ['Civil defence'] },
  ]],
];

/** Sitreps: a "Source:" line, a footnote, a fronted "According to X," over a list. */
const SITREP_CREDITS: Probe[] = [
  ['sitrep', 'Somalia', 'Some 42,000 people were displaced by fighting in Baidoa district in October.\nSource: UNHCR PRMN', [
    { category: 'displaced', value: 42000, reporters: ['UNHCR'] },
  ]],
  ['sitrep', 'Sudan', 'About 9,500 people arrived in Tawila from El Fasher between 1 and 7 June (Source: IOM DTM).', [
    { category: 'displaced', value: 9500, reporters: ['IOM DTM'] },
  ]],
  ['sitrep', 'Syria', 'According to the CCCM Cluster, in the past week:\n- 4,200 people were displaced from Ariha.\n- 1,800 people were displaced from Saraqeb.', [
    { category: 'displaced', value: 4200, places: ['Ariha'], reporters: ['CCCM Cluster'] },
    { category: 'displaced', value: 1800, places: ['Saraqeb'], reporters: ['CCCM Cluster'] },
  ]],
  ['sitrep', 'DR Congo', 'According to local authorities, 7,000 people fled Kitshanga on 3 March and 2,500 more fled Mweso on 4 March.', [
    { category: 'displaced', value: 7000, reporters: ['local authorities'] },
    { category: 'displaced', value: 2500, reporters: ['local authorities'] },
  ]],
];

/** Local voices, state media, officials, a ministry after a possessive, a monitor with a relative clause. */
const VOICES: Probe[] = [
  ['regional', 'Sahel', 'At least 40 civilians were killed by jihadists in the village of Solenzo, local officials said.', [
    { category: 'killed', value: 40, reporters: ['local officials'] },
  ]],
  ['regional', 'DR Congo', 'M23 fighters entered the town of Masisi on Saturday, residents said.', [
    { category: 'entered', value: null, places: ['Masisi'], reporters: ['residents'] },
  ]],
  ['wire', 'Myanmar', 'State media reported that 12 people were killed when rebels shelled Lashio.', [
    { category: 'killed', value: 12, reporters: ['State media'] },
  ]],
  ['wire', 'Lebanon', "Lebanon's health ministry said 31 people were killed in Israeli strikes on the south on Wednesday.", [
    { category: 'killed', value: 31, reporters: ['health ministry'] },
  ]],
  ['monitor', 'Sudan', 'The Sudan Doctors Network, which monitors the war, said 45 civilians were killed in shelling of El Obeid.', [
    { category: 'killed', value: 45, reporters: ['Sudan Doctors Network'] },
  ]],
  ['monitor', 'Syria', 'The Syrian Observatory for Human Rights, which relies on a network of sources inside Syria, said 19 fighters were killed near Hama.', [
    { category: 'killed', value: 19, reporters: ['Syrian Observatory'] },
  ]],
  // A speaker described by a reduced relative: who reached them is an outlet that is told, "by phone" is no one.
  ['regional', 'Sudan', 'Residents reached by phone said the RSF had entered the town of Um Rawaba.', [
    { category: 'entered', value: null, places: ['Um Rawaba'], reporters: ['Residents'] },
  ]],
  ['wire', 'Myanmar', 'Villagers contacted by Reuters said 9 people were killed in the air strike on Kyauktaw.', [
    { category: 'killed', value: 9, reporters: ['Villagers', 'Reuters'] },
  ]],
  ['monitor', 'Sudan', 'Survivors interviewed by MSF said 30 villagers were killed in the raid on Kalma.', [
    { category: 'killed', value: 30, reporters: ['Survivors', 'MSF'] },
  ]],
  ['wire', 'Sahel', 'Officials speaking on condition of anonymity said 12 soldiers were killed near Djibo.', [
    { category: 'killed', value: 12, reporters: ['Officials'] },
  ]],
  ['regional', 'Sahel', 'Burkinabe state television reported that the army had killed 100 terrorists in an operation near Djibo.', [
    { category: 'killed', value: 100, reporters: ['state television'] },
  ]],
  ['wire', 'Syria', 'Syrian state media said government forces had entered the town of Maarat al-Numan.', [
    { category: 'entered', value: null, places: ['Maarat al-Numan'], reporters: ['state media'] },
  ]],
];

/** Narratives and assessments: a claim named in passing; figures nobody is credited with. */
const NARRATIVE: Probe[] = [
  ['encyclopedic', 'Syria', 'On 30 January, government forces entered Maarat al-Numan, which had been held by rebels since 2012.', [
    { category: 'entered', value: null, places: ['Maarat al-Numan'], reporters: [] },
  ]],
  ['encyclopedic', 'Myanmar', 'In January 2024, the Three Brotherhood Alliance captured Laukkai. The alliance said it had killed 200 junta soldiers during the operation.', [
    { category: 'captured', value: null, places: ['Laukkai'], reporters: [] },
    { category: 'killed', value: 200, reporters: ['alliance'] },
  ]],
  // A second claimant "claimed to have" taken a place: the place is its, not the first clause's source's.
  ['encyclopedic', 'Syria', 'The SOHR reported that the army captured Kafr Nabudah, while rebels claimed to have recaptured Hish.', [
    { category: 'captured', value: null, places: ['Kafr Nabudah'], reporters: ['SOHR'] },
    { category: 'captured', value: null, places: ['Hish'], reporters: ['rebels'] },
  ]],
  ['wire', 'Sudan', 'The army said it had retaken Sinja on Saturday, while the RSF claimed to have seized Jebel Moya.', [
    { category: 'captured', value: null, places: ['Sinja'], reporters: ['army'] },
    { category: 'captured', value: null, places: ['Jebel Moya'], reporters: ['RSF'] },
  ]],
  ['encyclopedic', 'Ukraine', 'On 14 November, Ukrainian officials said their forces had entered Krynky, while Russian milbloggers claimed to have recaptured Pishchane.', [
    { category: 'entered', value: null, places: ['Krynky'], reporters: ['Ukrainian officials'] },
    { category: 'captured', value: null, places: ['Pishchane'], reporters: ['Russian milbloggers'] },
  ]],
  // An analyst speaking about a source is not the source of the figure in the sentence before.
  ['thinktank', 'Sahel', 'In March, JNIM fighters overran an army base at Diapaga and killed 60 soldiers. Researchers at ACLED have long warned that such attacks are under-reported.', [
    { category: 'captured', value: null, places: ['Diapaga'], reporters: [] },
    { category: 'killed', value: 60, reporters: [] },
  ]],
  ['thinktank', 'Ukraine', 'Russian forces captured Vuhledar in early October. Analysts at the think tank said the loss was expected.', [
    { category: 'captured', value: null, places: ['Vuhledar'], reporters: [] },
  ]],
  // A figure quoted from another clause does not lend its source to the main clause.
  ['regional', 'DR Congo', 'The fighting has displaced 80,000 people from Sake this week, well above the 50,000 that UNHCR had projected.', [
    { category: 'displaced', value: 80000, reporters: [] },
  ]],
  ['thinktank', 'Syria', 'HTS captured Saraqeb on 1 December, a gain that the Observatory confirmed the next day.', [
    { category: 'captured', value: null, places: ['Saraqeb'], reporters: ['Observatory'] },
  ]],
];

/** A briefing note's citation: a name, a space and a date in figures, in brackets; a place there cites no one. */
const CITATIONS: Probe[] = [
  ['thinktank', 'Sahel', 'On 12 September, JNIM militants killed at least 40 civilians in Barsalogho (Jeune Afrique 14/09/2024).', [
    { category: 'killed', value: 40, reporters: ['Jeune Afrique'] },
  ]],
  ['sitrep', 'DR Congo', 'Fighting displaced 5,000 people from Mweso in early March (Kivu Morning Post 06/03/2025).', [
    { category: 'displaced', value: 5000, reporters: ['Kivu Morning Post'] },
  ]],
  ['thinktank', 'Myanmar', 'About 1,200 households fled to Sittwe after the Arakan Army advance (Sittwe, 12/01/2024).', [
    { category: 'displaced', value: 1200, reporters: [] },
  ]],
];

const SETS: Record<string, Probe[]> = {
  'a body speaking': SPEAKING,
  'figures of a body': FIGURES_OF,
  'a body counting': COUNTING,
  'back-references': BACK_REFERENCES,
  'sitrep credits': SITREP_CREDITS,
  'local voices and media': VOICES,
  'narratives and assessments': NARRATIVE,
  'briefing-note citations': CITATIONS,
};
for (const [name, probes] of Object.entries(SETS)) {
  describe(`reporter genres: ${name}`, () => {
    for (const p of probes) probe(ALL, p);
  });
}
