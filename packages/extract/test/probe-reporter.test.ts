/**
 * Probe set for WHO SAID IT (issue 9, point 6): the reporter each figure is attributed to, as written. Every sentence
 * was written for this file, none taken from the seeds or the corpus; they are spread over several wars and genres.
 * Each probe states the facts a reader expects and, for each, the sources it must name (and no others; `[]` for a
 * figure the text states without a source). Constructions: a modifier before a known name ("the pro-government X"),
 * a pronoun for the person named earlier in the same sentence ("said X, who said ..."), a speaker who goes on being
 * quoted in the next sentences, "X says it had taken Y", media as the agent ("was reported by state media to have"),
 * an investigation as the source, outlets a source spoke to, back-references, and figures nobody is credited with.
 * A probe that fails for a reason not fixed yet runs as `it.skip` with that reason. Score on main when written
 * (2026-12-01, commit 3ccdaca): 56/69 (the misses: a quotation going on after its speaker, three; a pronoun after a
 * speaker named in the same sentence; "state broadcaster EBC"; "X quoted Y as saying", two; "a statement from X";
 * "the group said" for the party just named; ", per the SOHR"; "according to A and B"; an outlet closing a quoted
 * sentence, two); 69/69 after.
 */
import { describe } from 'vitest';
import { CATEGORIES } from '@frontline/schema';
import { probe, type Probe } from './probe.ts';

const ALL = [...CATEGORIES.casualty, ...CATEGORIES.displacement, ...CATEGORIES.territory];

/** A descriptive word before a known name: the name is the reporter, the word describes it. */
const MODIFIED: Probe[] = [
  ['encyclopedic', 'Syria', 'On 9 March, the pro-government Tiger Forces announced that they had captured the village of Kafr Nabl.', [
    { category: 'captured', value: null, places: ['Kafr Nabl'], reporters: ['Tiger Forces'] },
  ]],
  ['wire', 'Syria', 'The state-run SANA news agency reported that 12 civilians were killed in rebel shelling of Mhardeh.', [
    { category: 'killed', value: 12, reporters: ['SANA'] },
  ]],
  ['regional', 'Syria', 'The Kurdish-led SDF said its fighters had retaken the village of Tal Tamr from Turkish-backed factions.', [
    { category: 'captured', value: null, places: ['Tal Tamr'], reporters: ['SDF'] },
  ]],
  ['wire', 'Sudan', 'The paramilitary RSF said it had seized the town of Babanusa in West Kordofan on Monday.', [
    { category: 'captured', value: null, places: ['Babanusa'], reporters: ['RSF'] },
  ]],
  ['encyclopedic', 'Yemen', 'On 4 February, the Iran-backed Houthis claimed to have killed 30 government soldiers near Marib.', [
    { category: 'killed', value: 30, reporters: ['Houthis'] },
  ]],
  ['wire', 'Ukraine', "Russia's state-run TASS news agency said 9 people were killed in shelling of Horlivka.", [
    { category: 'killed', value: 9, reporters: ['TASS'] },
  ]],
];

/** Who is quoted for a figure later in the sentence or in the sentences after. */
const SPEAKERS: Probe[] = [
  // A pronoun after a person quoted earlier in the same sentence is that person.
  ['regional', 'Syria', '"We have nowhere left to go," said Khaled Hamoud, a teacher sheltering in a school that he said now houses about 400 families.', [
    { category: 'idps_stock', value: 400, reporters: ['Khaled Hamoud'] },
  ]],
  ['wire', 'Sudan', '"The shelling never stops," said Amina Idris, a nurse at a clinic in Omdurman where she said 35 wounded people had arrived since dawn.', [
    { category: 'injured', value: 35, reporters: ['Amina Idris'] },
  ]],
  ['regional', 'DR Congo', '"They came at night," said Jean-Pierre Mukendi, a village chief who said 60 households had fled to Sake.', [
    { category: 'displaced', value: 60, reporters: ['Jean-Pierre Mukendi'] },
  ]],
  // ... also when an earlier sentence quoted someone else.
  ['regional', 'Syria', 'Most aid groups estimate that 150,000 people are displaced in the province. "We cannot feed them," said Khaled Hamoud, who runs a camp near Atmeh that he said houses about 900 families.', [
    { category: 'idps_stock', value: 150000, reporters: ['aid groups'] },
    { category: 'idps_stock', value: 900, reporters: ['Khaled Hamoud'] },
  ]],
  ['wire', 'Yemen', 'The Houthis said the strikes hit Hodeidah port. "It was a massacre," said Fatima Saleh, a nurse at a hospital where she said 23 bodies had been brought.', [
    { category: 'killed', value: 23, reporters: ['Fatima Saleh'] },
  ]],
  // Quoted speech that goes on after the speaker was named.
  ['wire', 'Iraq', '"Our troops liberated the village of Imam Gharbi this morning," said Colonel Ahmed Jassim. "They also freed the village of Hammam al-Alil."', [
    { category: 'captured', value: null, places: ['Imam Gharbi'], reporters: ['Ahmed Jassim'] },
    { category: 'captured', value: null, places: ['Hammam al-Alil'], reporters: ['Ahmed Jassim'] },
  ]],
  ['wire', 'Syria', 'The Observatory said the army was preparing an assault on Idlib. "Our forces killed 35 terrorists near Kafr Nabl," said army spokesman Ali Mayhoub. "They also freed the village of Hish."', [
    { category: 'killed', value: 35, reporters: ['army'] },
    { category: 'captured', value: null, places: ['Hish'], reporters: ['army'] },
  ]],
  ['wire', 'DR Congo', 'Lawrence Kanyuka, the M23 spokesman, said the rebels had entered Bukavu. "Our fighters also took the airport at Kavumu."', [
    { category: 'entered', value: null, places: ['Bukavu'], reporters: ['Lawrence Kanyuka'] },
    { category: 'captured', value: null, places: ['Kavumu'], reporters: ['Lawrence Kanyuka'] },
  ]],
  // A quotation after a sentence that quoted nobody has no known speaker.
  ['regional', 'Sudan', 'The RSF shelled the market in El Fasher on Friday. "They killed 12 people in front of my shop."', [
    { category: 'killed', value: 12, reporters: [] },
  ]],
  ['regional', 'Ethiopia', 'A health official in Mekelle, who asked not to be named, said 18 people were killed in the drone strike. "Another 40 were wounded," the official added.', [
    { category: 'killed', value: 18, reporters: ['health official'] },
    { category: 'injured', value: 40, reporters: ['official'] },
  ]],
  ['wire', 'Myanmar', 'The Arakan Army said it had captured the town of Paletwa. It added that 25 junta soldiers were killed in the fighting.', [
    { category: 'captured', value: null, places: ['Paletwa'], reporters: ['Arakan Army'] },
    { category: 'killed', value: 25, reporters: ['Arakan Army'] },
  ]],
  // Role with a name in apposition.
  ['wire', 'Ukraine', 'The head of the Kharkiv regional administration, Oleh Syniehubov, said 11 people were wounded in the strike.', [
    { category: 'injured', value: 11, reporters: ['Oleh Syniehubov'] },
  ]],
  ['wire', 'Gaza', 'Health ministry spokesman Ashraf Nasser said 48 people were killed overnight in Khan Younis.', [
    { category: 'killed', value: 48, reporters: ['Ashraf Nasser'] },
  ]],
  ['wire', 'Libya', 'A spokesman for the Government of National Accord, Mohamed Gnounou, said its forces had retaken Gharyan.', [
    { category: 'captured', value: null, places: ['Gharyan'], reporters: ['Mohamed Gnounou'] },
  ]],
];

/** A body that claims its own gains: the claimant is the reporter and the side. */
const CLAIMS: Probe[] = [
  ['wire', 'Ukraine', "Russia's defence ministry says it has taken the village of Novohrodivka in the Donetsk region.", [
    { category: 'captured', value: null, places: ['Novohrodivka'], reporters: ["Russia's defence ministry"] },
  ]],
  ['wire', 'Ukraine', 'Four people were killed in shelling of Kherson, officials said, as Moscow announced it had captured another village in the east.', [
    { category: 'killed', value: 4, reporters: ['officials'] },
    { category: 'captured', value: 1, reporters: ['Moscow'] },
  ]],
  ['wire', 'DR Congo', 'The M23 said on Sunday that it had taken control of Minova, a key supply town on the shores of Lake Kivu.', [
    { category: 'captured', value: null, places: ['Minova'], reporters: ['M23'] },
  ]],
  ['wire', 'Nagorno-Karabakh', "Azerbaijan's defence ministry said its forces had taken control of the town of Hadrut.", [
    { category: 'captured', value: null, places: ['Hadrut'], reporters: ['defence ministry'] },
  ]],
  ['wire', 'Mali', 'The Malian army said it had retaken the town of Kidal from Tuareg-led rebels on Tuesday.', [
    { category: 'captured', value: null, places: ['Kidal'], reporters: ['Malian army'] },
  ]],
  ['regional', 'Yemen', 'Houthi military spokesman Yahya Saree said the group had seized 15 positions in Al Bayda province.', [
    { category: 'captured', value: 15, reporters: ['Yahya Saree'] },
  ]],
];

/** Media, investigations and outlets as the source. */
const MEDIA: Probe[] = [
  ['encyclopedic', 'Syria', 'On 12 May, the Syrian Army was reported by pro-government media to have captured the village of Kafr Zita.', [
    { category: 'captured', value: null, places: ['Kafr Zita'], reporters: ['pro-government media'] },
  ]],
  ['encyclopedic', 'Syria', 'Pro-government media reported that the army had entered the town of Khan Sheikhoun on 19 August.', [
    { category: 'entered', value: null, places: ['Khan Sheikhoun'], reporters: ['Pro-government media'] },
  ]],
  ['encyclopedic', 'Libya', 'On 7 April, the LNA-affiliated Al-Hadath channel reported that Haftar\'s forces had captured the town of Aziziya.', [
    { category: 'captured', value: null, places: ['Aziziya'], reporters: ['Al-Hadath'] },
  ]],
  ['wire', 'Iraq', 'At least 1,400 civilians were killed by coalition strikes in the battle for Raqqa, according to an Amnesty International investigation that drew on satellite imagery.', [
    { category: 'killed', value: 1400, reporters: ['Amnesty International'] },
  ]],
  ['wire', 'Gaza', 'Two residents told Reuters that 14 people were killed when a shell hit a school in Jabalia.', [
    { category: 'killed', value: 14, reporters: ['residents', 'Reuters'] },
  ]],
  ['wire', 'Sudan', 'A medical source told AFP that 22 people were wounded in the shelling of El Obeid.', [
    { category: 'injured', value: 22, reporters: ['medical source', 'AFP'] },
  ]],
  ['wire', 'Myanmar', 'Local media reported that 17 villagers were killed in an air strike on Kanan in Sagaing region.', [
    { category: 'killed', value: 17, reporters: ['Local media'] },
  ]],
  ['regional', 'Ethiopia', 'State broadcaster EBC said 3,000 people had been displaced by the fighting around Kobo.', [
    { category: 'displaced', value: 3000, reporters: ['EBC'] },
  ]],
];

/** An outlet quoting a source, a statement's issuer, a party as "the group", a source closing the clause. */
const RELAYED: Probe[] = [
  ['wire', 'Syria', 'SANA quoted a military source as saying that army units had taken control of Tal Touqan.', [
    { category: 'captured', value: null, places: ['Tal Touqan'], reporters: ['military source', 'SANA'] },
  ]],
  ['regional', 'Sudan', 'Radio Dabanga quoted residents as saying that 30 people were killed in the raid on Tawila.', [
    { category: 'killed', value: 30, reporters: ['residents', 'Radio Dabanga'] },
  ]],
  ['wire', 'Syria', 'According to a statement by the Turkish defence ministry, 33 soldiers were killed in the air strike.', [
    { category: 'killed', value: 33, reporters: ['Turkish defence ministry'] },
  ]],
  ['sitrep', 'Ukraine', 'A statement from the Kharkiv Regional Military Administration said 1,200 people had been evacuated from Vovchansk.', [
    { category: 'displaced', value: 1200, reporters: ['Kharkiv Regional Military Administration'] },
  ]],
  ['wire', 'Sudan', 'The RSF took control of the Al-Jili refinery, the group said in a post on Telegram.', [
    { category: 'captured', value: null, reporters: ['RSF'] },
  ]],
  ['encyclopedic', 'Syria', 'On 14 May, rebels captured Tal Malah, per the SOHR.', [
    { category: 'captured', value: null, places: ['Tal Malah'], reporters: ['SOHR'] },
  ]],
  ['monitor', 'Syria', 'At least 9 civilians were killed in air strikes on Ariha, according to local sources and the SOHR.', [
    { category: 'killed', value: 9, reporters: ['local sources', 'SOHR'] },
  ]],
  ['sitrep', 'DR Congo', 'Some 4,000 people were displaced from Rutshuru, according to local authorities cited by OCHA.', [
    { category: 'displaced', value: 4000, reporters: ['local authorities', 'OCHA'] },
  ]],
  ['wire', 'Syria', 'A military source said 7 soldiers were killed near Hama, according to the state news agency SANA.', [
    { category: 'killed', value: 7, reporters: ['military source', 'SANA'] },
  ]],
  ['regional', 'DR Congo', 'Local officials said 300 families fled Sake, according to Radio Okapi.', [
    { category: 'displaced', value: 300, reporters: ['Local officials', 'Radio Okapi'] },
  ]],
  ['wire', 'Nagorno-Karabakh', "Azerbaijan's President Ilham Aliyev said his forces had taken the town of Jabrayil.", [
    { category: 'captured', value: null, places: ['Jabrayil'], reporters: ['Ilham Aliyev'] },
  ]],
];

/** Situation reports and monitors: named sources, back-references, lists and carried attributions. */
const AGENCIES: Probe[] = [
  ['sitrep', 'Syria', 'According to the CCCM Cluster, 12,400 people were displaced from southern Idlib between 1 and 10 February.', [
    { category: 'displaced', value: 12400, reporters: ['CCCM Cluster'] },
  ]],
  ['sitrep', 'Sudan', 'IOM DTM estimates that 6,800 households were displaced from Wad Madani to Sennar. The agency also said 2,100 people had fled to Kassala.', [
    { category: 'displaced', value: 6800, unit: 'households', reporters: ['IOM DTM'] },
    { category: 'displaced', value: 2100, reporters: ['IOM'] },
  ]],
  ['sitrep', 'DR Congo', 'UNHCR said more than 35,000 people had crossed into Burundi since 26 January. The agency said another 4,000 people fled to Rwanda on Monday.', [
    { category: 'displaced', value: 35000, reporters: ['UNHCR'] },
    { category: 'displaced', value: 4000, reporters: ['UNHCR'] },
  ]],
  ['monitor', 'Syria', 'The Syrian Observatory for Human Rights said 27 civilians were killed in air strikes on Ariha. The Britain-based monitor said 9 of them were children.', [
    { category: 'killed', value: 27, reporters: ['Syrian Observatory'] },
    { category: 'killed', value: 9, reporters: ['Syrian Observatory'] },
  ]],
  ['monitor', 'Ukraine', 'The UN Human Rights Monitoring Mission in Ukraine said 43 civilians were killed and 178 injured in Ukraine in November.', [
    { category: 'killed', value: 43, reporters: ['Human Rights Monitoring Mission'] },
    { category: 'injured', value: 178, reporters: ['Human Rights Monitoring Mission'] },
  ]],
  ['monitor', 'Myanmar', 'The Assistance Association for Political Prisoners has recorded 5,350 people killed by the junta since the coup.', [
    { category: 'killed', value: 5350, reporters: ['Assistance Association for Political Prisoners'] },
  ]],
  ['sitrep', 'Yemen', 'Some 2,300 families were displaced in Marib governorate in March (Source: IOM DTM).', [
    { category: 'displaced', value: 2300, reporters: ['IOM DTM'] },
  ]],
  ['sitrep', 'Ethiopia', 'Partners on the ground report that 14,000 people have arrived in Shire from western Tigray.', [
    { category: 'displaced', value: 14000, reporters: ['Partners'] },
  ]],
  ['monitor', 'Gaza', 'The Gaza health ministry said 92 people had been killed in the past 24 hours, bringing the death toll to 31,184.', [
    { category: 'killed', value: 92, reporters: ['health ministry'] },
    { category: 'killed', value: 31184, reporters: ['health ministry'] },
  ]],
  ['monitor', 'Sudan', 'In a statement on Sunday, the Sudan Doctors Network said 19 civilians were killed in RSF shelling of El Fasher.', [
    { category: 'killed', value: 19, reporters: ['Sudan Doctors Network'] },
  ]],
  ['wire', 'Libya', '"We counted 47 bodies at the morgue," said Malek Merset, a spokesman for the Red Crescent in Tripoli.', [
    { category: 'killed', value: 47, reporters: ['Malek Merset'] },
  ]],
  ['wire', 'DR Congo', 'The fighting has displaced more than 400,000 people since January, the UN refugee agency said on Tuesday.', [
    { category: 'displaced', value: 400000, reporters: ['UN refugee agency'] },
  ]],
];

/** Witnesses, residents, local people: who the figure is from, not a group named elsewhere in the sentence. */
const LOCALS: Probe[] = [
  ['regional', 'Sudan', 'Residents of Al-Gezira said at least 50 people were killed when the RSF stormed the village of Wad al-Noura.', [
    { category: 'killed', value: 50, reporters: ['Residents'] },
    { category: 'entered', value: null, places: ['Wad al-Noura'], reporters: ['Residents'] },
  ]],
  ['wire', 'Syria', 'Witnesses and local officials said rebels had entered the town of Saraqeb on Thursday.', [
    { category: 'entered', value: null, places: ['Saraqeb'], reporters: ['Witnesses', 'local officials'] },
  ]],
  ['regional', 'Iraq', 'A local official in Tal Afar said about 3,000 families had fled toward Sinjar.', [
    { category: 'displaced', value: 3000, reporters: ['local official'] },
  ]],
  ['wire', 'Yemen', 'Tribal sources said the Houthis had taken control of the Al-Abdiyah district.', [
    { category: 'captured', value: null, reporters: ['Tribal sources'] },
  ]],
];

/** Figures the text states on its own: nobody is credited. */
const UNCREDITED: Probe[] = [
  ['encyclopedic', 'Syria', 'On 24 December, government forces captured the village of Jarjnaz after heavy fighting.', [
    { category: 'captured', value: null, places: ['Jarjnaz'], reporters: [] },
  ]],
  ['regional', 'Yemen', 'Fighting in Hodeidah has displaced about 3,500 families since the start of June.', [
    { category: 'displaced', value: 3500, reporters: [] },
  ]],
  ['encyclopedic', 'Nagorno-Karabakh', 'By 9 November, Azerbaijani forces had taken the town of Shusha.', [
    { category: 'captured', value: null, places: ['Shusha'], reporters: [] },
  ]],
  ['encyclopedic', 'Mali', 'In January 2012, the MNLA captured Menaka and then laid siege to Tessalit.', [
    { category: 'captured', value: null, places: ['Menaka'], reporters: [] },
  ]],
  // A source in an earlier sentence does not reach a sentence on something else.
  ['wire', 'Ukraine', 'The governor said two people were injured in Sumy. Elsewhere, Russian forces advanced near Toretsk.', [
    { category: 'injured', value: 2, reporters: ['governor'] },
    { category: 'advanced', value: null, places: ['Toretsk'], reporters: [] },
  ]],
  // Nothing reported: no facts at all.
  ['wire', 'Sudan', 'The army said it would continue its operations in Khartoum until the RSF withdrew.', []],
  ['regional', 'Syria', 'The Observatory said it could not confirm the reports of an advance.', []],
  ['wire', 'Ethiopia', 'Government spokesman Legesse Tulu declined to comment on the fighting in Tigray.', []],
];

const SETS: Record<string, Probe[]> = {
  'a modifier before a known name': MODIFIED,
  'speakers and their quotes': SPEAKERS,
  'claimants of gains': CLAIMS,
  'media, investigations, outlets': MEDIA,
  'relayed, issued, closing': RELAYED,
  'agencies and monitors': AGENCIES,
  'local people': LOCALS,
  'figures nobody is credited with': UNCREDITED,
};
for (const [name, probes] of Object.entries(SETS)) {
  describe(`reporters: ${name}`, () => {
    for (const p of probes) probe(ALL, p);
  });
}
