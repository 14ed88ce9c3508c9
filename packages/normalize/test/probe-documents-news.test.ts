/**
 * Whole-document probes for the news genres (issue 9): wire copy (datelines, updates, statements, background
 * paragraphs recalling earlier years), regional outlets (bylines, "Updated:" stamps, figures in headlines, texts with
 * no date at all) and think-tank assessments (key takeaways, "assessed", dated sections). Every text was written for
 * this file, about wars the other probes seldom visit; none is taken from the seeds or the corpus. Each names the facts
 * a careful analyst would record (document-probe.ts). The score is asserted at the end, so a change that loses a
 * probe fails here even while it is skipped.
 */
import { describe, expect, it } from 'vitest';
import { on } from './dated-text.ts';
import { docPasses, docProbe, type DocProbe } from './document-probe.ts';

const WIRE: DocProbe[] = [
  ['wire', 'Sudan', on('2024-06-10', `Sudan's RSF shells El Fasher hospital, killing nine

PORT SUDAN, June 10 (Reuters) - Shelling by the paramilitary Rapid Support Forces killed at least nine people at the main hospital in El Fasher on Sunday, the city's health authorities said in a statement.

Another 20 people were wounded in the attack, the statement said.

The RSF did not respond to a request for comment.

Fighting for El Fasher, the last big city in Darfur outside RSF control, has forced more than 130,000 people from their homes since mid-April, according to the International Organization for Migration.

The war between the army and the RSF began in April 2023. In December, the RSF seized Wad Madani, the capital of Gezira state.`), [
    { category: 'killed', value: 9, place: 'El Fasher', reporter: 'health', end: '2024-06-09' },
    { category: 'injured', value: 20, end: '2024-06-09' },
    { category: 'displaced', value: 130000, place: 'El Fasher', reporter: 'Migration', end: '2024-06-10' },
    { category: 'captured', place: 'Wad Madani', side: 'RSF', end: '2023-12-31' },
  ]],
  ['wire', 'Burkina Faso', `OUAGADOUGOU, Aug 26, 2024 (AFP) - Jihadists killed at least 80 people in an attack on the town of Barsalogho in central Burkina Faso on Saturday, security sources told AFP.

The attackers, from the al-Qaeda-linked JNIM group, opened fire on residents who were digging trenches around the town, a local official said.

"It is a massacre," he said, asking not to be named.

The security ministry said in a statement that the attack had been repelled, without giving a toll.

Burkina Faso has been ruled by a junta since 2022. Violence by jihadist groups has displaced more than two million people in the country, according to the United Nations.`, [
    { category: 'killed', value: 80, place: 'Barsalogho', reporter: 'security sources', end: '2024-08-24' },
    { category: 'displaced', value: 2000000, reporter: 'United Nations', end: '2024-08-26' },
  ]],
  ['wire', 'Lebanon', on('2024-09-24', `UPDATE 2-Israeli strikes on Lebanon kill 558, health ministry says

BEIRUT, Sept 24 (Reuters) - Israeli air strikes across southern and eastern Lebanon killed 558 people on Monday, including 50 children, Lebanon's health ministry said on Tuesday, the deadliest day of violence in the country since the 1975-90 civil war.

More than 1,800 people were wounded, Health Minister Firass Abiad told a news conference.

Tens of thousands of people fled the south, jamming the coastal highway to Beirut.

The Israeli military said it had struck 1,600 Hezbollah targets.

(Adds new toll in paragraph 1, minister's comments in paragraph 2)`), [
    { category: 'killed', value: 558, place: 'Lebanon', reporter: 'health', end: '2024-09-23' },
    { category: 'injured', value: 1800, end: '2024-09-23' },
  ]],
  ['wire', 'Ukraine (Kursk)', `KYIV, Aug 12, 2024 (Reuters) - Ukrainian forces control 1,000 square kilometres of Russia's Kursk region, commander-in-chief Oleksandr Syrskyi said on Monday, a week after launching a surprise cross-border incursion.

Ukrainian troops have taken 74 settlements in the region, Syrskyi told President Volodymyr Zelenskiy in a video call.

The acting governor of Kursk region, Alexei Smirnov, said 12 civilians had been killed and 121 wounded since the incursion began on Aug. 6.

More than 121,000 people have been evacuated from the border districts, he said.

Russia's defence ministry said its forces had repelled attacks near several villages.`, [
    { category: 'captured', value: 74, side: 'Ukrain', reporter: 'Syrskyi', end: '2024-08-12' },
    { category: 'killed', value: 12, reporter: 'Smirnov', end: '2024-08-12' },
    { category: 'injured', value: 121, reporter: 'Smirnov', end: '2024-08-12' },
    { category: 'displaced', value: 121000, end: '2024-08-12' },
  ]],
  ['wire', 'Ukraine (Pokrovsk)', on('2024-11-20', `Russia says it captured village near Pokrovsk

MOSCOW, Nov 20 (Reuters) - Russian forces have captured the village of Novooleksiivka in eastern Ukraine's Donetsk region, the Russian defence ministry said on Wednesday.

Reuters could not independently verify the battlefield reports.

Ukraine's general staff said its troops had repelled 43 Russian attacks near Pokrovsk over the past day.

Russian forces took the town of Avdiivka in February after months of fighting and have advanced steadily west since then.`), [
    { category: 'captured', place: 'Novooleksiivka', side: 'Russia', reporter: 'Ministry of Defence', end: '2024-11-20' },
    { category: 'captured', place: 'Avdiivka', side: 'Russia', end: '2024-02-29' },
  ]],
  ['wire', 'Karabakh', on('2023-09-20', `YEREVAN, Sept 20 (Reuters) - Azerbaijan said on Wednesday it had taken control of more than 60 military positions in Nagorno-Karabakh, a day after launching what it called an "anti-terrorist" operation.

Ethnic Armenian officials in the region said at least 32 people, including seven civilians, had been killed and more than 200 wounded since the offensive began on Tuesday.

About 2,000 people had been evacuated from villages near the front line, the officials said.

Azerbaijan and Armenia fought a six-week war over the region in 2020, in which more than 6,500 people were killed.`), [
    { category: 'captured', value: 60, side: 'Azerbaijan', reporter: 'Azerbaijan', end: '2023-09-20' },
    { category: 'killed', value: 32, reporter: 'officials', end: '2023-09-20' },
    { category: 'injured', value: 200, reporter: 'officials', end: '2023-09-20' },
    { category: 'killed', value: 6500, end: '2020-12-31' },
  ]],
  ['wire', 'Afghanistan', on('2021-08-13', `KABUL, Afghanistan (AP) — The Taliban captured Kandahar, the country's second-largest city, on Friday, a day after seizing Herat in the west, officials said.

The insurgents now hold 12 of Afghanistan's 34 provincial capitals.

Some 250,000 Afghans have been forced from their homes since the end of May, the U.N. refugee agency said in a statement.

The U.S.-led invasion toppled the Taliban in 2001.`), [
    { category: 'captured', place: 'Kandahar', side: 'Taliban', end: '2021-08-13' },
    { category: 'captured', place: 'Herat', side: 'Taliban', end: '2021-08-12' },
    { category: 'displaced', value: 250000, reporter: 'UNHCR', end: '2021-08-13' },
  ]],
];

const OUTLETS: DocProbe[] = [
  ['outlet', 'Myanmar', `Junta airstrike kills 11 at monastery in Sagaing

By Myanmar Now staff

Updated: 15 March 2024

A junta airstrike on a monastery in Sagaing Region's Kani Township killed 11 people, including four children, on Wednesday afternoon, according to local resistance forces.

A member of the township's People's Defence Force said the jet dropped two bombs on the monastery, where villagers had been sheltering.

"We pulled the bodies out of the rubble all night," he said.

The military regime has not commented.

More than 2.6 million people have been displaced across Myanmar since the coup in February 2021, according to the UN.`, [
    { category: 'killed', value: 11, place: 'Kani', end: '2024-03-13' },
    { category: 'displaced', value: 2600000, reporter: 'United Nations', end: '2024-03-15' },
  ]],
  ['outlet', 'Mozambique', `Insurgents kill five in Macomia

PEMBA — Insurgents killed five people, including a village chief, in an attack on the village of Chai in Macomia district on Tuesday night, local sources told Zitamar News.

Residents said the attackers burned at least 30 houses before withdrawing into the bush.

The district administrator confirmed the attack but did not give a toll.

More than 1,000 people have fled Chai and neighbouring villages for the district capital, he said.`, [
    { category: 'killed', value: 5, place: 'Chai', reporter: 'local sources', end: '' },
    { category: 'displaced', value: 1000, place: 'Chai', reporter: 'administrator', end: '' },
  ], "'he said' after a speaker of a verb that reports no words ('The district administrator confirmed the attack'): the pronoun finds no person (it named the residents before this round)"],
  ['outlet', 'Haiti', `Gang attack in Pont-Sondé leaves 70 dead

By Jean-Robert Pierre

Published: October 4, 2024

At least 70 people, including 10 women and three infants, were killed and 16 seriously wounded when members of the Gran Grif gang opened fire on residents of Pont-Sondé, in the Artibonite department, early Thursday, the UN human rights office said on Friday.

Some 6,270 residents have fled the town since the attack, according to the International Organization for Migration.

The mayor of Saint-Marc, where many sought refuge, said the town could not cope.`, [
    { category: 'killed', value: 70, place: 'Pont-Sond', reporter: 'Human Rights', end: '2024-10-03' },
    { category: 'injured', value: 16, end: '2024-10-03' },
    { category: 'displaced', value: 6270, reporter: 'Migration', end: '2024-10-04' },
  ]],
  ['outlet', 'Somalia', `Al-Shabaab retakes Adan Yabaal after troops pull out

MOGADISHU (Garowe Online) - Updated: June 26, 2024

Al-Shabaab militants seized the town of Adan Yabaal in Middle Shabelle on Monday after government troops withdrew, residents said. At least 17 soldiers were killed in the fighting, a military officer told Garowe Online by phone.

The Somali army recaptured Adan Yabaal from the group in December 2022 during an offensive backed by clan militias.`, [
    { category: 'captured', place: 'Adan Yabaal', side: 'Shabaab', end: '2024-06-24' },
    { category: 'killed', value: 17, reporter: 'military officer', end: '2024-06-24' },
    { category: 'captured', place: 'Adan Yabaal', side: 'government', end: '2022-12-31' },
  ]],
  ['outlet', 'Colombia', `ELN truck bomb kills two soldiers in Arauca

By Adriaan Alsema | September 18, 2024

Two soldiers were killed and 26 others wounded when a truck loaded with explosives blew up at a military base in Puerto Jordán, Arauca, on Tuesday, the army said.

President Gustavo Petro blamed the National Liberation Army (ELN) and suspended peace talks with the guerrilla group.

In Catatumbo, clashes between the ELN and FARC dissidents displaced some 8,000 people in July, according to the ombudsman's office.`, [
    { category: 'killed', value: 2, place: 'Puerto Jord', reporter: 'army', end: '2024-09-17' },
    { category: 'injured', value: 26, end: '2024-09-17' },
    { category: 'displaced', value: 8000, place: 'Catatumbo', reporter: 'ombudsman', end: '2024-07-31' },
  ]],
  ['outlet', 'DR Congo', `M23 rebels take coltan town of Rubaya

GOMA — Updated 2 May 2024

M23 rebels took control of the mining town of Rubaya in Masisi territory on Tuesday after heavy fighting with Wazalendo militias, local civil society said.

At least 7,000 families have fled toward Minova and Sake since Tuesday, the chief of the Rubaya grouping said.

The rebels, whom UN experts say are backed by Rwanda, resurfaced in late 2021.`, [
    { category: 'captured', place: 'Rubaya', side: 'M23', end: '2024-04-30' },
    { category: 'displaced', value: 7000, end: '2024-05-02' },
  ]],
];

const ASSESSMENTS: DocProbe[] = [
  ['assessment', 'Ukraine', `Russian Offensive Campaign Assessment, November 27, 2024

Key Takeaways:

Russian forces recently advanced near Pokrovsk and Kurakhove.

ISW assesses that Russian forces likely seized Illinka (east of Kurakhove) by November 25.

The Ukrainian General Staff reported that Ukrainian forces repelled 36 Russian assaults in the Pokrovsk direction on November 26.

Kharkiv Oblast Military Administration Head Oleh Syniehubov stated that Russian strikes killed three civilians in Kupyansk on November 26.`, [
    { category: 'advanced', place: 'Pokrovsk', side: 'Russia', end: '2024-11-27' },
    { category: 'captured', place: 'Illinka', side: 'Russia', end: '2024-11-25' },
    { category: 'killed', value: 3, place: 'Kupyansk', reporter: 'Syniehubov', end: '2024-11-26' },
  ]],
  ['assessment', 'Gaza', `Iran Update, October 14, 2024

Key Takeaways

Israeli forces advanced west of Jabalia refugee camp in the northern Gaza Strip on October 13, according to geolocated footage.

The Lebanese Health Ministry reported that Israeli strikes killed 51 people across Lebanon on October 13.

Hezbollah claimed 23 attacks on Israeli forces in northern Israel and southern Lebanon on October 13.`, [
    { category: 'advanced', place: 'Jabalia', side: 'Israel', end: '2024-10-13' },
    { category: 'killed', value: 51, place: 'Lebanon', reporter: 'health', end: '2024-10-13' },
  ]],
  ['assessment', 'Mali', `Africa File, July 31, 2024: Rebels rout Malian and Wagner forces in the north

Key Takeaways

Mali. Tuareg rebels and al Qaeda's Sahelian affiliate ambushed a convoy of Malian soldiers and Wagner Group fighters near Tinzaouaten on the Algerian border between July 25 and 27. The rebel coalition claimed that it killed 47 Malian soldiers and 84 Wagner fighters. CTP assesses that this is the worst defeat of Russian forces in Africa.

Burkina Faso. JNIM fighters killed at least 20 soldiers in an attack on an army post in Djibo on July 28, according to local security sources.`, [
    { category: 'killed', value: 47, place: 'Tinzaouaten', end: '2024-07-27' },
    { category: 'killed', value: 84, end: '2024-07-27' },
    { category: 'killed', value: 20, place: 'Djibo', reporter: 'security sources', end: '2024-07-28' },
  ]],
];

const ALL = [...WIRE, ...OUTLETS, ...ASSESSMENTS];
/** On main before this round: 9 of these 16 (14 after pr2; 15 after pr3: a claim that goes on telling the incident before). Raise it as constructions are read, never lower it. */
const MIN_PASSING = 15;

describe('document probes: wire copy', () => { for (const p of WIRE) docProbe(p); });
describe('document probes: regional outlets', () => { for (const p of OUTLETS) docProbe(p); });
describe('document probes: think-tank assessments', () => { for (const p of ASSESSMENTS) docProbe(p); });

describe('document probes (news): score', () => {
  it(`at least ${MIN_PASSING} of ${ALL.length} probes pass, skipped ones included`, () => {
    const failing = ALL.filter((p) => !docPasses(p)).map((p) => p[2].slice(0, 80));
    expect(ALL.length - failing.length, failing.join('\n')).toBeGreaterThanOrEqual(MIN_PASSING);
  });
});
