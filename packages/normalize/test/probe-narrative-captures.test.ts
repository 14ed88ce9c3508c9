/**
 * Whole-document probes for changes of control in long encyclopedic campaign narratives (issue 9): who took each place
 * (the side carried across sentences, a side named by a possessive or an adjective, passive and inverted forms,
 * pronoun objects), who said so (claims and denials, attribution inside the narrative) and every place (lists with
 * "as well as" and "including", counts of unnamed places). Every text was written for this file, about wars the other
 * probes seldom visit; none is taken from the seeds or the corpus. Each names the facts a careful analyst would record
 * (document-probe.ts); a side is the class the registry gives it. A list of places taken together is one fact
 * ("took Timbuktu as well as the town of Bourem"), so one want names one of its places. The score is asserted at the end, so a change that
 * loses a probe fails here even while it is skipped.
 */
import { describe, expect, it } from 'vitest';
import { docPasses, docProbe, type DocProbe } from './document-probe.ts';

const GOV = 'government';
const OPP = 'opposition';

export const NARRATIVES: DocProbe[] = [
  ['encyclopedic', 'Myanmar', 'Northern Shan offensive (2023)\nDate 27 October 2023 – 11 January 2024\nLocation Northern Shan State, Myanmar\nResult Alliance victory\n\n' +
    '## Background\n\n' +
    'The ethnic armed groups of northern Shan State had fought the military intermittently since the 1960s. In 2019 three of them formed an alliance. ' +
    'Cross-border scam centres along the Chinese frontier had strained relations between Beijing and the junta.\n\n' +
    '## Opening phase\n\n' +
    'On 27 October 2023, the alliance launched coordinated attacks on junta positions across northern Shan State. ' +
    'On 28 October, MNDAA fighters overran a police station in Chinshwehaw. ' +
    'The following day they seized the border gate at Mong Ko as well as two army outposts nearby. ' +
    'The junta admitted on 2 November that it had lost control of Chinshwehaw. ' +
    'On 5 November, the rebels captured the town of Hseni. ' +
    'Pro-junta media reported that the army had abandoned Kunlong on 12 November. ' +
    'Later that month, the alliance took Monekoe, which the military denied.\n\n' +
    '## Laukkai\n\n' +
    'In December the offensive turned towards Laukkai, the capital of the Kokang zone. ' +
    'On 26 December, MNDAA forces entered the outskirts of the town. ' +
    'The junta\'s troops held out in the regional command headquarters for another week. ' +
    'On 5 January 2024, Laukkai fell to the MNDAA after the surrender of six brigadier generals. ' +
    'According to the alliance, its fighters had by then taken more than 400 junta outposts.\n\n' +
    '## Aftermath\n\n' +
    'A ceasefire brokered by China took effect on 11 January 2024. ' +
    'Fighting resumed in June, and the TNLA captured Mogoke on 24 July 2024.',
  [{ category: 'captured', place: 'Mong Ko', side: OPP, end: '2023-10-29' },
    { category: 'captured', place: 'Chinshwehaw', side: OPP },
    { category: 'captured', place: 'Hseni', side: OPP, end: '2023-11-05' },
    { category: 'captured', place: 'Kunlong', side: OPP, reporter: 'media' },
    { category: 'captured', place: 'Monekoe', side: OPP },
    { category: 'entered', place: 'Laukkai', side: OPP, end: '2023-12-26' },
    { category: 'captured', place: 'Laukkai', side: OPP, end: '2024-01-05' },
    { category: 'captured', place: 'Mogoke', side: OPP, end: '2024-07-24' }],
  "a site located by 'at' ('seized the border gate at Mong Ko') is not ground taken in the place; 'the town' goes back to a place written with its noun ('the town of Hseni'), not to one named bare with an apposition ('Laukkai, the capital of the Kokang zone')"],

  ['encyclopedic', 'Tigray', 'Tigray War, northern front (2020)\nDate 4 – 28 November 2020\nLocation Tigray Region, Ethiopia\nResult Federal victory\n\n' +
    'Relations between the federal government and the Tigray People\'s Liberation Front had broken down after the 2020 regional election, which Addis Ababa declared illegal.\n\n' +
    '## Western Tigray\n\n' +
    'On 4 November 2020, Tigrayan forces attacked the Northern Command of the Ethiopian army in Mekelle. ' +
    'The prime minister ordered a military response the same day. ' +
    'Federal troops, backed by Amhara special forces, crossed into western Tigray on 6 November. ' +
    'On 9 November, the Ethiopian army captured Humera, the government said. ' +
    'Three days later, it took Dansha as well as the airport of Humera. ' +
    'Amhara militias entered Mai Kadra on 10 November, a day after a massacre in the town. ' +
    'The Ethiopian Human Rights Commission said at least 600 civilians had been killed in Mai Kadra.\n\n' +
    '## Advance on Mekelle\n\n' +
    'On 17 November, federal forces seized Shire and Axum, according to the government. ' +
    'The TPLF denied that Axum had fallen. ' +
    'The next day, they took Adwa. ' +
    'On 21 November, Adigrat was captured by the army after two days of shelling. ' +
    'The army then advanced on Mekelle from three directions. ' +
    'On 28 November, Prime Minister Abiy Ahmed announced the capture of Mekelle. ' +
    'Tigrayan leaders said they had withdrawn from the city to spare its population.\n\n' +
    '## Reversal\n\n' +
    'In June 2021, Tigrayan forces recaptured Mekelle after federal troops pulled out.',
  [{ category: 'captured', place: 'Humera', side: GOV, reporter: 'government', end: '2020-11-09' },
    { category: 'captured', place: 'Dansha', side: GOV, end: '2020-11-12' },
    { category: 'entered', place: 'Mai Kadra', end: '2020-11-10' },
    { category: 'killed', value: 600, place: 'Mai Kadra', reporter: 'Human Rights Commission' },
    { category: 'captured', place: 'Axum', side: GOV, reporter: 'government', end: '2020-11-17' },
    { category: 'captured', place: 'Adwa', side: GOV, end: '2020-11-18' },
    { category: 'captured', place: 'Adigrat', side: GOV, end: '2020-11-21' },
    { category: 'captured', place: 'Mekelle', side: GOV, reporter: 'Abiy', end: '2020-11-28' },
    { category: 'captured', place: 'Mekelle', side: OPP, end: '2021-06-30' }]],

  ['encyclopedic', 'Karabakh', 'Southern front of the 2020 Nagorno-Karabakh war\nDate 27 September – 9 November 2020\nLocation Jabrayil, Fuzuli and Zangilan districts\nResult Azerbaijani victory\n\n' +
    'The districts along the Araz river had been held by Armenian forces since the war of the early 1990s.\n\n' +
    '## Jabrayil\n\n' +
    'On 27 September 2020, Azerbaijani forces launched an offensive along the line of contact. ' +
    'The Azerbaijani Ministry of Defence announced on 3 October that its troops had captured the village of Mehdili as well as several heights. ' +
    'The Armenian Ministry of Defence denied the claim. ' +
    'On 4 October, President Aliyev announced that the army had taken Jabrayil. ' +
    'The next day they took nine more villages in the district. ' +
    'Armenian officials said the fighting for the town continued.\n\n' +
    '## Fuzuli and the Araz valley\n\n' +
    'On 17 October, Aliyev announced the capture of Fuzuli. ' +
    'Azerbaijani units then pushed west along the Araz river. ' +
    'On 20 October, they seized Zangilan, including the villages of Mincivan and Khurama. ' +
    'Two days later, Azerbaijani troops entered Gubadli district. ' +
    'Armenian forces retook the village of Kovsakan on 23 October, according to the Armenian defence ministry.\n\n' +
    '## Shusha\n\n' +
    'By early November the Azerbaijani army was fighting in the forests south of Shusha. ' +
    'The town fell to Azerbaijani forces on 8 November. ' +
    'A ceasefire agreement signed on 9 November ended the war.',
  [{ category: 'captured', place: 'Mehdili', side: GOV, reporter: 'Ministry of Defence', end: '2020-10-03' },
    { category: 'captured', place: 'Jabrayil', side: GOV, reporter: 'Aliyev', end: '2020-10-04' },
    { category: 'captured', value: 9, side: GOV, end: '2020-10-05' },
    { category: 'captured', place: 'Fuzuli', side: GOV, reporter: 'Aliyev', end: '2020-10-17' },
    { category: 'captured', place: 'Zangilan', side: GOV, end: '2020-10-20' },
    { category: 'captured', place: 'Mincivan', side: GOV, end: '2020-10-20', optional: true },
    { category: 'entered', place: 'Gubadli', side: GOV, end: '2020-10-22' },
    { category: 'captured', place: 'Kovsakan', reporter: 'defence ministry', end: '2020-10-23' },
    { category: 'captured', place: 'Shusha', side: GOV, end: '2020-11-08' }]],

  ['encyclopedic', 'Kharkiv', '2022 Kharkiv counteroffensive\nDate 6 – 12 September 2022\nLocation Kharkiv Oblast, Ukraine\nResult Ukrainian victory\n\n' +
    'Russian troops had occupied much of Kharkiv Oblast in the first weeks of the invasion, including Izium and Kupiansk.\n\n' +
    '## Breakthrough\n\n' +
    'On 6 September 2022, Ukrainian forces broke through Russian lines near Balakliia. ' +
    'By the evening they had advanced 20 kilometres and entered Verbivka. ' +
    'On 8 September, the Ukrainian army liberated Balakliia, the General Staff said. ' +
    'The next day, Ukrainian units reached the outskirts of Kupiansk. ' +
    'Russian-installed officials announced an evacuation of civilians from the oblast.\n\n' +
    '## Collapse of the front\n\n' +
    'On 10 September, Ukrainian troops took Kupiansk. ' +
    'The same day, the Russian defence ministry announced that its forces were regrouping and withdrew from Izium. ' +
    'Ukrainian forces entered the city hours later. ' +
    'Zelensky said on 11 September that the army had liberated more than 30 settlements, including Shevchenkove and Vovchansk. ' +
    'The Institute for the Study of War reported that Ukrainian forces had retaken over 3,000 square kilometres.\n\n' +
    '## Lyman\n\n' +
    'Ukrainian forces then pressed east across the Oskil river. ' +
    'On 1 October, Lyman was retaken by Ukrainian troops after a week of encirclement. ' +
    'Russia later recaptured several villages near Kupiansk in 2023.',
  [{ category: 'entered', place: 'Verbivka', side: GOV, end: '2022-09-06' },
    { category: 'captured', place: 'Balakliia', side: GOV, reporter: 'General Staff', end: '2022-09-08' },
    { category: 'advanced', place: 'Kupiansk', side: GOV, end: '2022-09-09' },
    { category: 'captured', place: 'Kupiansk', side: GOV, end: '2022-09-10' },
    { category: 'entered', place: 'Izium', side: GOV, end: '2022-09-10' },
    { category: 'captured', place: 'Vovchansk', side: GOV, reporter: 'Zelensky' },
    { category: 'captured', place: 'Lyman', side: GOV, end: '2022-10-01' }]],

  ['encyclopedic', 'Mali', 'Northern Mali conflict (2012)\nDate 17 January – 6 April 2012\nLocation Northern Mali\nResult Rebel victory\n\n' +
    'Tuareg fighters returning from Libya in late 2011 formed the National Movement for the Liberation of Azawad.\n\n' +
    '## Offensive\n\n' +
    'On 17 January 2012, MNLA rebels attacked Ménaka. ' +
    'Over the following weeks they besieged the garrison at Aguelhok. ' +
    'On 24 January, the rebels captured Aguelhok, where dozens of soldiers were executed. ' +
    'The government said the army had retaken Ménaka, which the MNLA denied. ' +
    'In February, the MNLA claimed to have captured Tessalit, which the army denied. ' +
    'On 22 March 2012, mutinous soldiers overthrew President Amadou Toumani Touré in Bamako.\n\n' +
    '## Fall of the north\n\n' +
    'The coup left the army in disarray. ' +
    'On 30 March, rebels entered Kidal. They then seized the military camp outside the town. ' +
    'Gao fell to the MNLA and Ansar Dine on 31 March. ' +
    'The next day the rebels took Timbuktu as well as the town of Bourem. ' +
    'On 6 April, the MNLA declared the independence of Azawad.\n\n' +
    '## Islamist takeover\n\n' +
    'Relations between the Tuareg rebels and the Islamists soon broke down. ' +
    'In June 2012, Islamist fighters drove the MNLA out of Gao. ' +
    'Control of Timbuktu passed to Ansar Dine in the following days.',
  [{ category: 'captured', place: 'Aguelhok', side: OPP, end: '2012-01-24' },
    { category: 'captured', place: 'Tessalit', side: OPP, reporter: 'MNLA' },
    { category: 'entered', place: 'Kidal', side: OPP, end: '2012-03-30' },
    { category: 'captured', place: 'Gao', side: OPP, end: '2012-03-31' },
    { category: 'captured', place: 'Bourem', side: OPP, end: '2012-04-01' },
    { category: 'captured', place: 'Ménaka', side: GOV, reporter: 'government' },
    { category: 'captured', place: 'Timbuktu', side: 'Ansar Dine' }]],

  ['encyclopedic', 'Libya', 'Western Libya campaign (2019–2020)\nDate 4 April 2019 – 5 June 2020\nLocation Tripolitania, Libya\nResult GNA victory\n\n' +
    'After 2014 Libya was divided between rival governments in Tripoli and Tobruk.\n\n' +
    '## LNA advance\n\n' +
    'On 4 April 2019, Khalifa Haftar ordered the Libyan National Army to march on Tripoli. ' +
    'Within hours LNA forces had taken Gharyan, a town in the Nafusa mountains. ' +
    'The next day, they seized the checkpoint at Gate 27 west of the capital. ' +
    'On 7 April, Haftar\'s forces captured the disused Tripoli International Airport, the LNA said. ' +
    'Pro-government militias recaptured the airport the following day. ' +
    'On 26 June, GNA forces retook Gharyan in a surprise attack.\n\n' +
    '## Stalemate\n\n' +
    'The front lines in the southern suburbs of Tripoli changed little for the rest of 2019. ' +
    'In January 2020, the LNA took the coastal city of Sirte after a local militia switched sides. ' +
    'The United Nations said that more than 140,000 people had fled their homes in and around Tripoli.\n\n' +
    '## GNA counteroffensive\n\n' +
    'With Turkish drone support, the GNA launched Operation Peace Storm in March 2020. ' +
    'On 13 April, government forces seized Sabratha and Surman, according to the GNA. ' +
    'On 18 May, they captured al-Watiya airbase. ' +
    'Tarhuna was retaken by the GNA on 5 June, ending the offensive.',
  [{ category: 'captured', place: 'Gharyan', side: OPP, end: '2019-04-04' },
    { category: 'captured', place: 'Tripoli International', side: OPP, reporter: 'LNA', end: '2019-04-07' },
    { category: 'captured', place: 'Tripoli International', side: GOV, end: '2019-04-08' },
    { category: 'captured', place: 'Gharyan', side: GOV, end: '2019-06-26' },
    { category: 'captured', place: 'Sirte', side: OPP },
    { category: 'displaced', value: 140000, reporter: 'United Nations' },
    { category: 'captured', place: 'Surman', side: GOV, reporter: 'GNA', end: '2020-04-13' },
    { category: 'captured', place: 'Watiya', side: GOV, end: '2020-05-18' },
    { category: 'captured', place: 'Tarhuna', side: GOV, end: '2020-06-05' }]],

  ['encyclopedic', 'Iraq', 'Northern Iraq offensive (June 2014)\nDate 4 – 29 June 2014\nLocation Nineveh and Salahuddin governorates, Iraq\nResult ISIL victory\n\n' +
    'The Islamic State of Iraq and the Levant had held Fallujah since January 2014.\n\n' +
    '## Mosul\n\n' +
    'On 4 June 2014, ISIL fighters attacked Samarra. ' +
    'Two days later, they entered western Mosul. ' +
    'The army and police abandoned their positions in the city on the night of 9 June. ' +
    'On 10 June, Mosul fell to ISIL. ' +
    'The militants also seized the city\'s airport as well as several military bases. ' +
    'The International Organization for Migration said some 500,000 people had fled Mosul.\n\n' +
    '## Southward advance\n\n' +
    'On 11 June, ISIL captured Tikrit. ' +
    'The jihadists then took Baiji and its oil refinery, according to local officials. ' +
    'Kurdish Peshmerga forces took control of Kirkuk on 12 June after the army withdrew. ' +
    'On 14 June, the militants claimed to have executed 1,700 air force cadets at Camp Speicher. ' +
    'Tal Afar was captured by ISIL on 16 June. ' +
    'The Iraqi army retook the town of Muqdadiyah the following week, the defence ministry said.\n\n' +
    '## Aftermath\n\n' +
    'On 29 June, the group declared a caliphate.',
  [{ category: 'entered', place: 'Mosul', side: 'isis', end: '2014-06-06' },
    { category: 'captured', place: 'Mosul', side: 'isis', end: '2014-06-10' },
    { category: 'displaced', value: 500000, place: 'Mosul', reporter: 'Migration' },
    { category: 'captured', place: 'Tikrit', side: 'isis', end: '2014-06-11' },
    { category: 'captured', place: 'Baiji', side: 'isis', reporter: 'local officials' },
    { category: 'captured', place: 'Kirkuk', side: 'Peshmerga', end: '2014-06-12' },
    { category: 'captured', place: 'Tal Afar', side: 'isis', end: '2014-06-16' },
    { category: 'captured', place: 'Muqdadiyah', side: GOV, reporter: 'defence ministry' }],
  "a bare generic noun after a named side ('The jihadists then took Baiji' after ISIL's captures) is read as the country's unnamed opposition, not the side the story follows"],

  ['encyclopedic', 'Yemen', 'Houthi advance on Aden (2015)\nDate 19 March – 17 July 2015\nLocation Southern Yemen\nResult Coalition victory\n\n' +
    'The Houthis had taken Sanaa in September 2014.\n\n' +
    '## Houthi advance\n\n' +
    'On 19 March 2015, forces loyal to former president Saleh attacked Aden airport. ' +
    'On 22 March, the Houthis captured Taiz. ' +
    'Three days later, Houthi fighters seized al-Anad air base, the largest in the country. ' +
    'They then entered Lahij. ' +
    'On 26 March, a Saudi-led coalition began air strikes against the Houthis. ' +
    'On 2 April, Houthi forces advanced into the Crater district of Aden. ' +
    'Al Qaeda in the Arabian Peninsula took Mukalla the same day. ' +
    'The World Health Organization said at least 540 people had been killed in the first three weeks of fighting.\n\n' +
    '## Operation Golden Arrow\n\n' +
    'On 14 July, pro-Hadi forces launched an offensive in Aden. ' +
    'Three days later, they retook the airport as well as the port, according to the Saudi-led coalition. ' +
    'The southern resistance then pushed the Houthis out of Crater. ' +
    'On 4 August, pro-government forces recaptured al-Anad air base.',
  [{ category: 'captured', place: 'Taiz', side: OPP, end: '2015-03-22' },
    { category: 'captured', place: 'Anad', side: OPP, end: '2015-03-25' },
    { category: 'entered', place: 'Lahij', side: OPP },
    { category: 'advanced', place: 'Crater', side: OPP, end: '2015-04-02' },
    { category: 'killed', value: 540, reporter: 'World Health Organization' },
    { category: 'captured', place: 'Aden', side: GOV, reporter: 'coalition', end: '2015-07-17' },
    { category: 'captured', place: 'Anad', side: GOV, end: '2015-08-04' }],
  "'advanced into the Crater district of Aden' takes the city, not the district; 'they retook the airport as well as the port' after 'an offensive in Aden' goes back to the air base named earlier, and 'pro-Hadi forces' name no side"],

  ['encyclopedic', 'DR Congo', 'M23 offensive (2024)\nDate February – December 2024\nLocation North Kivu, Democratic Republic of the Congo\nResult Ongoing\n\n' +
    'The M23 rebellion resumed in late 2021 after nearly a decade of inactivity.\n\n' +
    '## Masisi\n\n' +
    'In February 2024, M23 rebels encircled Sake, a town on the road to Goma. ' +
    'On 30 April, they captured Rubaya, home to one of the largest coltan mines in the world. ' +
    'The Congolese army said it had killed dozens of rebels near the mine. ' +
    'UN experts reported that Rwandan troops were fighting alongside the rebels.\n\n' +
    '## Lubero\n\n' +
    'On 27 June 2024, M23 fighters took Kanyabayonga, a gateway to the north. ' +
    'The following day, they entered Kirumba. ' +
    'On 29 June, the rebels seized three more villages on the road to Lubero. ' +
    'A truce negotiated by the United States took effect in August. ' +
    'The OCHA said 1.7 million people were displaced in North Kivu.\n\n' +
    '## Renewed fighting\n\n' +
    'In October, the Wazalendo militias retook Kalembe, according to local sources. ' +
    'M23 forces recaptured it three days later. ' +
    'Matembe was retaken by the army on 20 November.',
  [{ category: 'captured', place: 'Rubaya', side: OPP, end: '2024-04-30' },
    { category: 'captured', place: 'Kanyabayonga', side: OPP, end: '2024-06-27' },
    { category: 'entered', place: 'Kirumba', side: OPP, end: '2024-06-28' },
    { category: 'captured', value: 3, side: OPP, end: '2024-06-29' },
    { category: 'displaced', value: 1700000, reporter: 'OCHA' },
    { category: 'captured', place: 'Kalembe', side: GOV, reporter: 'local sources' },
    { category: 'captured', place: 'Kalembe', side: OPP },
    { category: 'captured', place: 'Matembe', side: GOV, end: '2024-11-20' }]],

  ['encyclopedic', 'Sudan', 'Battle of Wad Madani (2023)\nDate 15 – 19 December 2023\nLocation Gezira State, Sudan\nResult RSF victory\n\n' +
    'War broke out between the Sudanese Armed Forces and the Rapid Support Forces in April 2023.\n\n' +
    '## Offensive\n\n' +
    'On 15 December 2023, RSF fighters crossed the Rufaa bridge and advanced towards Wad Madani. ' +
    'The next day they took Hantoub on the eastern bank of the Blue Nile. ' +
    'The army\'s 1st Infantry Division withdrew from Wad Madani on 18 December. ' +
    'The RSF announced the capture of the city on 19 December. ' +
    'The army said it was investigating why its troops had left. ' +
    'In the following days, the paramilitaries took Rufaa as well as the town of al-Hasaheisa. ' +
    'Sudan Tribune reported that the RSF had seized more than 20 villages in Gezira state by the end of December. ' +
    'The IOM said that up to 300,000 people fled Wad Madani.\n\n' +
    '## Counteroffensive\n\n' +
    'In September 2024, the army launched an offensive in Khartoum. ' +
    'On 11 January 2025, the Sudanese army recaptured Wad Madani. ' +
    'Pro-army militias were accused of killing civilians in the city afterwards.',
  [{ category: 'advanced', place: 'Wad Madani', side: OPP, end: '2023-12-15' },
    { category: 'captured', place: 'Hantoub', side: OPP, end: '2023-12-16' },
    { category: 'captured', place: 'Wad Madani', side: OPP, reporter: 'RSF', end: '2023-12-19' },
    { category: 'captured', place: 'Hasaheisa', side: OPP },
    { category: 'displaced', value: 300000, place: 'Wad Madani', reporter: 'Migration' },
    { category: 'captured', place: 'Wad Madani', side: GOV, end: '2025-01-11' }]],
];

/** On main before this round: 2 of these 10 (Kharkiv, Libya). Raise it as constructions are read, never lower it. */
const MIN_PASSING = 7;

describe('document probes: captures in campaign narratives', () => { for (const p of NARRATIVES) docProbe(p); });

describe('document probes (captures): score', () => {
  it(`at least ${MIN_PASSING} of ${NARRATIVES.length} documents pass, skipped ones included`, () => {
    const failing = NARRATIVES.filter((p) => !docPasses(p)).map((p) => p[2].split('\n')[0]);
    expect(NARRATIVES.length - failing.length, failing.join('\n')).toBeGreaterThanOrEqual(MIN_PASSING);
  });
});
