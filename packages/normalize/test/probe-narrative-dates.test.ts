/**
 * Long campaign narratives as probes for dates (issue 9): encyclopedic pages of twenty to fifty sentences, in
 * sections, the way the frozen test part's narratives are written: a title and an infobox, a lead giving the
 * campaign's span ("(October 2016 – July 2017)"), a Background section recalling earlier years, one section per phase,
 * an Aftermath with tolls for the whole campaign. Every page was written for this file, in wars the other probes seldom
 * visit; none is taken from the seeds or the corpus. They cover on purpose: a campaign crossing a year boundary
 * ("On 29 December" then "On 2 January"), days without a year after a background of other years, "On the night of
 * 4–5 March", "In early/mid/late February", "By 20 January", "Between 3 and 7 May", "Over the following week", "Later
 * that month", "The next day", "Two days later", "the same day", a fact with no time phrase of its own (the paragraph's
 * date), a section heading that is a period ("January 2013 offensive"), a weekday with no date, and a toll for the
 * whole campaign (it ends with the campaign). Recall probes (document-probe.ts): each names the facts an analyst would
 * record, with the period's end; other facts are not judged here. The score is asserted at the end.
 */
import { describe, expect, it } from 'vitest';
import { docPasses, docProbe, type DocProbe } from './document-probe.ts';

const MOSUL = `Battle of Mosul (2016–2017)
Date 17 October 2016 – 20 July 2017
Location Mosul, Nineveh Governorate, Iraq
Result Iraqi government victory

The Battle of Mosul (October 2016 – July 2017) was a military campaign by Iraqi government forces, Kurdish Peshmerga and allied militias to retake Mosul from the Islamic State. It was the largest urban battle fought in Iraq since the invasion of 2003.

## Background

ISIL fighters overran Mosul in June 2014, when two Iraqi army divisions collapsed within days. In 2015, Kurdish forces retook the town of Sinjar from the group. In March 2016, the army began clearing villages in the Makhmur district, and in June 2016 it recaptured Fallujah.

## Eastern Mosul

On 17 October 2016, Iraqi forces launched the offensive on three fronts. The Peshmerga advanced from the east and the north. On 1 November, the Counter Terrorism Service entered the district of Gogjali on the eastern edge of the city. Over the following week, suicide car bombs killed 57 soldiers in the eastern districts.

In mid-November, federal police captured the town of Hammam al-Alil, south of the city. Progress inside the city slowed as winter came.

On 29 December, the army launched the second phase of the eastern offensive. On 2 January, Iraqi troops captured the Wahda district. By 24 January, the army had captured the district of al-Muthanna.

## Western Mosul

The western half of the city, with its narrow streets, was defended by a few thousand militants. On 19 February 2017, the army began its assault on western Mosul. Four days later, troops captured the Ghazlani base. On the night of 4–5 March, federal police captured the Dawasa district.

Between 3 and 7 May, air strikes killed 48 civilians in the Zanjili district. Later that month, the army captured the neighbourhood of Islah al-Zerai.

In mid-June, the army launched its assault on the Old City. Fighting went from house to house. ISIL snipers killed 300 civilians as they tried to flee.

## Aftermath

At least 10,000 civilians were killed during the battle, according to an Associated Press investigation. More than 900,000 people were displaced from the city during the battle. On 10 July, Prime Minister Haider al-Abadi arrived in the city to declare victory. The last pockets of resistance in the Old City were cleared on 20 July.`;

const MARAWI = `Siege of Marawi
Date 23 May – 23 October 2017
Location Marawi, Lanao del Sur, Philippines
Result Philippine government victory

The Siege of Marawi (May – October 2017) was a five-month armed conflict in Marawi between Philippine security forces and militants affiliated with the Islamic State, including the Maute and Abu Sayyaf groups.

## Background

The Maute group was founded in 2012 by the brothers Omar and Abdullah Maute. In February 2016, its fighters attacked an army outpost in Butig, and in November 2016 they occupied the town hall of Butig for a week. In 2016, the group pledged allegiance to the Islamic State.

## Outbreak

On 23 May 2017, soldiers raided a hideout in the Basak Malutlut district to arrest Isnilon Hapilon. Militants overran the city hospital and the city jail the same day. President Rodrigo Duterte declared martial law in Mindanao that evening. The next day, more than 100,000 residents fled Marawi to Iligan. Two days later, troops retook the hospital.

## Fighting in the city

On 9 June, the militants killed 13 marines in an ambush in the Lilod district. On Sunday, a stray air strike killed 10 soldiers near the Mapandi bridge.

In late June, government forces captured the village of Mapandi. Between 20 and 24 July, soldiers retook the Bangolo district.

In mid-August, the army cleared the streets around the Grand Mosque. Fighting continued for weeks in the lakeside districts. Around 40 militants were killed near the mosque.

## End of the siege

On 16 October, troops killed Hapilon and Omar Maute. Two days later Duterte declared the city liberated. On 23 October, the defence secretary announced the end of combat operations.

## Aftermath

The siege killed 920 militants, 165 soldiers and 47 civilians. More than 350,000 people were displaced from Marawi and the towns around it during the siege.`;

const KARABAKH = `2020 Nagorno-Karabakh war
Date 27 September – 10 November 2020
Location Nagorno-Karabakh and surrounding territories
Result Azerbaijani victory

The 2020 Nagorno-Karabakh war (September – November 2020) was an armed conflict between Azerbaijan and the self-declared Republic of Artsakh, backed by Armenia. It ended with a ceasefire agreement brokered by Russia.

## Background

The region's Armenian majority voted to join Armenia in 1988. The first war ended in May 1994 with Armenian forces in control of the region and seven surrounding districts. In April 2016, four days of fighting along the line of contact killed about 200 people. Clashes on the northern border in July 2020 killed 17 soldiers.

## Southern front

On 27 September 2020, Azerbaijan launched an offensive along the line of contact. Armenian officials said 16 servicemen were killed the same day. On 4 October, Azerbaijani forces captured Jabrayil. Over the following week, shelling killed 24 civilians in Stepanakert.

On the night of 16–17 October, a missile strike killed 13 people in Ganja. On Friday, Azerbaijan's army captured Fuzuli.

Between 20 and 22 October, Azerbaijani troops captured Zangilan. Later that month, they took Qubadli.

## Shusha

In early November, Azerbaijani special forces advanced towards Shusha through the forests. On 8 November, Azerbaijan's president announced that his forces had captured Shusha. Two days later, the leaders of Armenia, Azerbaijan and Russia signed a ceasefire.

## Aftermath

About 3,800 Armenian soldiers were killed in the war, according to Armenia's health ministry. About 90,000 people fled Nagorno-Karabakh during the war.`;

const KHARKIV = `2022 Kharkiv counteroffensive
Date 6 September – 2 October 2022
Location Kharkiv Oblast, Ukraine
Result Ukrainian victory

The Kharkiv counteroffensive (September – October 2022) was a Ukrainian offensive against Russian forces in Kharkiv Oblast during the Russian invasion of Ukraine.

## Background

Russian forces occupied much of Kharkiv Oblast in late February and March 2022, when they also besieged the city of Kharkiv. In May 2022, Ukrainian troops pushed them back from the city towards the border. Ukraine's forces in the region were thinly spread after the battles for Sievierodonetsk and Lysychansk in June.

## First week

On 6 September 2022, Ukrainian forces attacked near Balakliia. The next day, they captured Verbivka. On Thursday, Ukrainian troops entered Balakliia. The same day, a Russian missile strike killed three civilians in Kharkiv.

On 10 September, Ukrainian troops captured Kupiansk. Hours later, Russian forces withdrew from Izium. By 13 September, Ukrainian forces had captured 300 settlements, according to the general staff.

## Advance to the Oskil

In mid-September, investigators found 447 bodies at a burial site near Izium. Between 19 and 21 September, Ukrainian troops crossed the Oskil river and captured Kupiansk-Vuzlovyi. Over the following week, Russian shelling killed 11 civilians in Kupiansk.

Russian forces set up a new defensive line along the river.

On 1 October, Ukrainian forces captured Lyman.

## Aftermath

According to Ukrainian officials, 1,000 Ukrainian soldiers were killed during the counteroffensive. It was the largest Ukrainian advance since the Russian withdrawal from Kyiv Oblast in April.`;

const KURSK = `Kursk offensive (2024–2025)
Date 6 August 2024 – 16 March 2025
Location Kursk Oblast, Russia
Result Russian victory

The Kursk offensive (August 2024 – March 2025) was a cross-border incursion by the Armed Forces of Ukraine into Russia's Kursk Oblast, and the Russian counter-offensive that followed.

## Background

Russia launched its full-scale invasion of Ukraine in February 2022. In 2023, groups of Russian volunteers fighting for Ukraine raided villages in Belgorod Oblast, and in March 2024 they attacked across the border again.

## Incursion

On 6 August 2024, Ukrainian troops crossed the border near Sudzha. Russia's acting governor said five civilians had been killed. On 14 August, Ukrainian troops captured Sudzha. Over the following week, 121,000 residents fled the border districts.

In late August, Ukrainian units captured Malaya Loknya.

## Russian counter-offensive

In mid-September, Russian forces began a counter-attack on the western flank. On 29 December, Russian troops recaptured Leonidovo. On 5 January, Ukraine launched a new attack towards Bolshoye Soldatskoye. Two days later, Russian forces retook Berdin. By 20 January, Russian troops had recaptured Malaya Loknya.

## March 2025 collapse

Russian troops advanced along a gas pipeline into Sudzha. On 12 March, Russia's defence ministry said its forces had recaptured Sudzha. The Ukrainian withdrawal was completed on 16 March.

## Aftermath

According to Russian officials, 310 civilians in Kursk Oblast were killed during the offensive.`;

const PALMA = `Battle of Palma
Date 24 March – 5 April 2021
Location Palma, Cabo Delgado Province, Mozambique
Result Insurgent withdrawal

The Battle of Palma (March – April 2021) was fought between Islamist insurgents and Mozambican security forces for the coastal town of Palma, near a liquefied natural gas project.

## Background

The insurgency in Cabo Delgado began in October 2017 with attacks on police stations in Mocímboa da Praia. The government hired Russian military contractors in September 2019, but they left within months. Insurgents captured Mocímboa da Praia in August 2020 and held it for a year. By the end of 2020, the conflict had displaced some 670,000 people in the province.

## Attack

On 24 March 2021, insurgents attacked Palma from three directions. At least 12 civilians were killed near the town's bank. Many residents hid in the bush for days. The next day, about 180 people sheltered at the Amarula hotel. On Friday, a convoy of 17 vehicles tried to break out of the hotel, and seven people were killed in an ambush.

Over the following week, more than 11,000 people fled Palma to Pemba and Nangade, according to the International Organization for Migration. On 29 March, the insurgents captured Palma.

## Government counter-attack

On the night of 3–4 April, government troops entered Palma. On 5 April, the army said it had recaptured Palma.

## Aftermath

The attack killed at least 55 people, according to ACLED. By the end of April, more than 30,000 people had fled the district. The company building the gas plant suspended its work and withdrew its staff.`;

const GEZIRA = `Gezira campaign (2023–2024)
Date 15 December 2023 – October 2024
Location Al Jazirah State, Sudan
Result Ongoing

The Gezira campaign (December 2023 – October 2024) was a series of offensives by the Rapid Support Forces into Al Jazirah State in Sudan, during the war between the paramilitary and the Sudanese Armed Forces.

## Background

Fighting between the army and the RSF broke out in Khartoum in April 2023. The RSF held most of the capital by the summer of 2023. By November 2023, more than 500,000 people displaced from Khartoum had taken shelter in Al Jazirah.

## Fall of Wad Madani

On 15 December 2023, RSF fighters attacked Abu Haraz, east of the state capital. Three days later, the army withdrew from Wad Madani and the RSF took the city. Between 15 and 19 December, some 300,000 people fled Wad Madani, according to the International Organization for Migration.

On 22 December, the RSF captured Rufaa. On 2 January, the RSF seized the town of Al Hasahisa.

## January 2024 offensive

RSF units captured the town of Al Managil. In mid-January, army drones killed 14 RSF fighters near Al Managil.

## Wad al-Nourah

On 5 June, RSF fighters attacked the village of Wad al-Nourah. At least 100 villagers were killed, according to local activists.

## October 2024 offensive

On 20 October, the RSF commander in the state, Abu Aqla Keikal, defected to the army. Over the following week, RSF fighters killed 124 people in the village of Al Sireha. Later that month, the RSF captured Tamboul.

## Aftermath

In total, more than 600,000 people were displaced from the state during the campaign.`;

const MALI = `Northern Mali campaign (2012–2013)
Date 17 January 2012 – 8 February 2013
Location Northern Mali
Result French and Malian victory

The Northern Mali campaign (January 2012 – February 2013) was the rebellion of the National Movement for the Liberation of Azawad (MNLA) and Islamist groups in northern Mali, and the French and Malian offensive that ended it.

## Background

Tuareg rebellions broke out in northern Mali in 1963, 1990 and 2006. After the fall of Muammar Gaddafi in October 2011, hundreds of Tuareg fighters returned from Libya with heavy weapons.

## Rebellion

On 17 January 2012, MNLA fighters attacked Ménaka. On 24 January, the rebels captured Aguelhok, where about 70 soldiers were killed. By 1 February, more than 20,000 people had fled the fighting into Niger and Mauritania, according to the UNHCR.

On 22 March, mutinous soldiers overthrew President Amadou Toumani Touré in Bamako. Between 30 March and 1 April, the rebels captured Kidal, Gao and Timbuktu. On 6 April, the MNLA declared the independence of Azawad.

In late June, Islamist fighters of the MUJAO captured Gao from the MNLA after a battle that killed 21 people.

## January 2013 offensive

Islamist fighters advanced south towards Mopti. On 10 January, they captured Konna. The next day, France launched Operation Serval. French air strikes killed more than 100 militants around Konna.

On 14 January, militants captured Diabaly. On Friday, Malian troops retook Konna. On 28 January, French troops entered Timbuktu.

## Aftermath

About 475,000 people were displaced by the fighting in 2012, according to the United Nations.`;

const TRIPOLI = `Western Libya campaign
Date 4 April 2019 – 4 June 2020
Location Tripolitania, Libya
Result Government of National Accord victory

The Western Libya campaign (April 2019 – June 2020) was a military offensive by Khalifa Haftar's Libyan National Army (LNA) to capture Tripoli from the Government of National Accord (GNA).

## Background

After the overthrow of Muammar Gaddafi in 2011, Libya split between rival governments in Tripoli and the east. The LNA took Benghazi in July 2017 after a three-year battle and captured Derna in June 2018. In January 2019, it launched a campaign in the southern Fezzan.

## Advance on Tripoli

On 4 April 2019, the LNA captured Gharyan. The next day, its forces reached the outskirts of Tripoli. On Sunday, LNA troops took the town of Qasr bin Ghashir. By 10 April, the fighting had displaced 8,000 people, according to the United Nations.

On 26 June, GNA forces recaptured Gharyan. On the night of 2–3 July, an air strike on the Tajoura detention centre killed 53 migrants.

## Stalemate

Fighting on the southern edge of Tripoli continued through the autumn. In mid-December, Turkey's parliament agreed to send troops to support the GNA. On 6 January, the LNA captured Sirte. A ceasefire brokered by Russia and Turkey took effect on 12 January.

## GNA counter-offensive

In mid-April, GNA forces captured Sabratha and Surman. On 18 May, the GNA took al-Watiya air base. Between 1 and 4 June, GNA forces recaptured Tarhuna.

## Aftermath

The campaign killed 280 civilians, according to the United Nations. Some 200,000 people were displaced during the offensive.`;

const DEBALTSEVE = `Battle of Debaltseve
Date 14 January – 20 February 2015
Location Debaltseve, Donetsk Oblast, Ukraine
Result Separatist victory

The Battle of Debaltseve (January – February 2015) was fought between the Armed Forces of Ukraine and the forces of the self-proclaimed Donetsk and Luhansk people's republics, backed by Russia, for the railway town of Debaltseve.

## Background

The war in Donbas began in April 2014, when armed separatists seized government buildings in Donetsk and Luhansk oblasts. Ukrainian forces retook Sloviansk in July 2014. The first Minsk agreement was signed in September 2014, but the fighting never fully stopped.

## Encirclement

On 14 January 2015, separatist forces began shelling Ukrainian positions around the town. On 22 January, they captured Vuhlehirsk. Over the following week, shelling killed 12 civilians in Debaltseve. The town was an important rail junction between Donetsk and Luhansk.

On 28 January, separatist fighters entered Chornukhyne. On Friday, about 7,000 civilians fled Debaltseve in buses.

## February 2015

Separatist forces cut the road between Debaltseve and Artemivsk. In early February, shelling killed 16 civilians in Debaltseve. On 12 February, the leaders of Russia, Ukraine, France and Germany agreed a ceasefire in Minsk. Fighting around the town continued after the ceasefire took effect.

Between 16 and 18 February, at least 13 Ukrainian soldiers were killed near the town. On the night of 17–18 February, Ukrainian forces withdrew from Debaltseve, and separatist fighters captured the town.

## Aftermath

Ukraine said 179 of its soldiers were killed during the battle. President Petro Poroshenko said the withdrawal had been planned and orderly.`;

const TIGRAY = `Tigray campaign (2020–2021)
Date 4 November 2020 – 28 June 2021
Location Tigray Region, Ethiopia
Result Tigrayan forces retake Mekelle

The Tigray campaign (November 2020 – June 2021) was the first phase of the Tigray War, fought between the Ethiopian federal government, allied with Eritrea and Amhara forces, and the Tigray People's Liberation Front (TPLF).

## Background

The TPLF dominated Ethiopian politics from 1991 to 2018. In 2018, Abiy Ahmed became prime minister and the TPLF left the ruling coalition. In September 2020, Tigray held regional elections that the federal government declared illegal.

## November 2020 offensive

On 4 November 2020, Abiy ordered an offensive after an attack on the army's Northern Command. On the night of 9–10 November, militiamen killed at least 600 civilians in Mai Kadra. In mid-November, federal forces captured Humera.

On 17 November, federal troops took Shire. Two days later, they captured Axum. By 28 November, federal forces had captured Mekelle. Over the following week, more than 45,000 refugees fled to Sudan, according to the UNHCR.

## Occupation

On 30 December, Tigrayan fighters ambushed an army convoy near Samre, killing 20 soldiers. On 8 January, federal troops killed the former foreign minister Seyoum Mesfin. In mid-February, Eritrean soldiers killed 110 civilians in Dengelat.

## Operation Alula

On 22 June, an air strike on the market of Togoga killed 64 people. On 28 June, the Tigray Defense Forces recaptured Mekelle.

## Aftermath

The fighting displaced some 2.1 million people in Tigray, according to the United Nations.`;

const NARRATIVES: DocProbe[] = [
  ['encyclopedic', 'Iraq (Mosul)', MOSUL, [
    { category: 'killed', value: 57, end: '2016-11-08' },
    { category: 'captured', place: 'Hammam al-Alil', end: '2016-11-20' },
    { category: 'captured', place: 'Wahda', side: 'government', end: '2017-01-02' },
    { category: 'captured', place: 'Muthanna', end: '2017-01-24' },
    { category: 'captured', place: 'Dawasa', end: '2017-03-05' },
    { category: 'killed', value: 48, place: 'Zanjili', end: '2017-05-07' },
    { category: 'captured', place: 'Islah al-Zerai', end: '2017-05-31' },
    { category: 'killed', value: 300, end: '2017-06-20' },
    { category: 'killed', value: 10000, end: '2017-07-20' },
    { category: 'displaced', value: 900000, end: '2017-07-20' },
  ]],
  ['encyclopedic', 'Philippines (Marawi)', MARAWI, [
    { category: 'displaced', value: 100000, place: 'Marawi', end: '2017-05-24' },
    { category: 'killed', value: 13, end: '2017-06-09' },
    { category: 'killed', value: 10, end: '2017-06-11' },
    { category: 'captured', place: 'Mapandi', end: '2017-06-30' },
    { category: 'captured', place: 'Bangolo', end: '2017-07-24' },
    { category: 'killed', value: 40, end: '2017-08-20' },
    { category: 'killed', value: 920, end: '2017-10-23' },
    { category: 'killed', value: 165, end: '2017-10-23' },
    { category: 'killed', value: 47, end: '2017-10-23' },
    { category: 'displaced', value: 350000, end: '2017-10-23' },
  ]],
  ['encyclopedic', 'Nagorno-Karabakh', KARABAKH, [
    { category: 'killed', value: 200, optional: true },
    { category: 'killed', value: 17, optional: true },
    { category: 'killed', value: 16, end: '2020-09-27' },
    { category: 'captured', place: 'Jabrayil', side: 'Azerbaijan', end: '2020-10-04' },
    { category: 'killed', value: 24, place: 'Stepanakert', end: '2020-10-11' },
    { category: 'killed', value: 13, place: 'Ganja', end: '2020-10-17' },
    { category: 'captured', place: 'Fuzuli', end: '2020-10-23' },
    { category: 'captured', place: 'Zangilan', end: '2020-10-22' },
    { category: 'captured', place: 'Qubadli', end: '2020-10-31' },
    { category: 'captured', place: 'Shusha', end: '2020-11-08' },
    { category: 'killed', value: 3800, end: '2020-11-10' },
    { category: 'displaced', value: 90000, end: '2020-11-10' },
  ]],
  ['encyclopedic', 'Ukraine (Kharkiv)', KHARKIV, [
    { category: 'captured', place: 'Verbivka', side: 'Ukrain', end: '2022-09-07' },
    { category: 'entered', place: 'Balakliia', end: '2022-09-08' },
    { category: 'killed', value: 3, place: 'Kharkiv', end: '2022-09-08' },
    { category: 'captured', place: 'Kupiansk', side: 'Ukrain', end: '2022-09-10' },
    { category: 'captured', value: 300, end: '2022-09-13' },
    { category: 'captured', place: 'Kupiansk-Vuzlovyi', end: '2022-09-21' },
    { category: 'killed', value: 11, place: 'Kupiansk', end: '2022-09-28' },
    { category: 'captured', place: 'Lyman', end: '2022-10-01' },
    { category: 'killed', value: 1000, end: '2022-10-02' },
  ]],
  ['encyclopedic', 'Russia (Kursk)', KURSK, [
    { category: 'killed', value: 5, end: '2024-08-06' },
    { category: 'captured', place: 'Sudzha', side: 'Ukrain', end: '2024-08-14' },
    { category: 'displaced', value: 121000, end: '2024-08-21' },
    { category: 'captured', place: 'Malaya Loknya', side: 'Ukrain', end: '2024-08-31' },
    { category: 'captured', place: 'Leonidovo', side: 'Russia', end: '2024-12-29' },
    { category: 'captured', place: 'Berdin', side: 'Russia', end: '2025-01-07' },
    { category: 'captured', place: 'Malaya Loknya', side: 'Russia', end: '2025-01-20' },
    { category: 'captured', place: 'Sudzha', side: 'Russia', end: '2025-03-12' },
    { category: 'killed', value: 310, end: '2025-03-16' },
  ]],
  ['encyclopedic', 'Mozambique (Cabo Delgado)', PALMA, [
    { category: 'displaced', value: 670000, optional: true },
    { category: 'killed', value: 12, end: '2021-03-24' },
    { category: 'killed', value: 7, end: '2021-03-26' },
    { category: 'displaced', value: 11000, place: 'Palma', reporter: 'Migration', end: '2021-04-02' },
    { category: 'captured', place: 'Palma', side: 'opposition', end: '2021-03-29' },
    { category: 'entered', place: 'Palma', end: '2021-04-04' },
    { category: 'captured', place: 'Palma', side: 'government', end: '2021-04-05' },
    { category: 'killed', value: 55, reporter: 'ACLED', end: '2021-04-05' },
    { category: 'displaced', value: 30000, end: '2021-04-30' },
  ]],
  ['encyclopedic', 'Sudan (Gezira)', GEZIRA, [
    { category: 'displaced', value: 500000, optional: true },
    { category: 'captured', place: 'Wad Madani', side: 'RSF', end: '2023-12-18' },
    { category: 'displaced', value: 300000, place: 'Wad Madani', end: '2023-12-19' },
    { category: 'captured', place: 'Rufaa', side: 'RSF', end: '2023-12-22' },
    { category: 'captured', place: 'Hasahisa', side: 'RSF', end: '2024-01-02' },
    { category: 'captured', place: 'Managil', side: 'RSF', end: '2024-01-31' },
    { category: 'killed', value: 14, end: '2024-01-20' },
    { category: 'killed', value: 100, place: 'Wad al-Nourah', end: '2024-06-05' },
    { category: 'killed', value: 124, place: 'Sireha', end: '2024-10-27' },
    { category: 'captured', place: 'Tamboul', side: 'RSF', end: '2024-10-31' },
    { category: 'displaced', value: 600000, end: '2024-10-31' },
  ], "a toll given by the sentence after its place ('attacked the village of Wad al-Nourah. At least 100 villagers were killed') has no place; " +
    "an infobox span from a day to a month ('15 December 2023 – October 2024') is not read as a span, so the campaign total ends on the story's last day"],
  ['encyclopedic', 'Mali', MALI, [
    { category: 'captured', place: 'Aguelhok', end: '2012-01-24' },
    { category: 'killed', value: 70, end: '2012-01-24' },
    { category: 'displaced', value: 20000, reporter: 'UNHCR', end: '2012-02-01' },
    { category: 'captured', place: 'Timbuktu', end: '2012-04-01' },
    { category: 'captured', place: 'Gao', end: '2012-06-30' },
    { category: 'killed', value: 21, end: '2012-06-30' },
    { category: 'captured', place: 'Konna', side: 'opposition', end: '2013-01-10' },
    { category: 'killed', value: 100, end: '2013-01-11' },
    { category: 'captured', place: 'Diabaly', end: '2013-01-14' },
    { category: 'captured', place: 'Konna', side: 'government', end: '2013-01-18' },
    { category: 'entered', place: 'Timbuktu', end: '2013-01-28' },
    { category: 'displaced', value: 475000, end: '2012-12-31' },
  ], "a toll in a 'where' clause ('captured Aguelhok, where about 70 soldiers were killed') takes the date before its sentence, not the main clause's; " +
    "'they captured Konna' gives no side (the pronoun's antecedent is the sentence before)"],
  ['encyclopedic', 'Libya', TRIPOLI, [
    { category: 'captured', place: 'Gharyan', side: 'LNA', end: '2019-04-04' },
    { category: 'captured', place: 'Qasr bin Ghashir', end: '2019-04-07' },
    { category: 'displaced', value: 8000, end: '2019-04-10' },
    { category: 'captured', place: 'Gharyan', side: 'GNA', end: '2019-06-26' },
    { category: 'killed', value: 53, end: '2019-07-03' },
    { category: 'captured', place: 'Sirte', side: 'LNA', end: '2020-01-06' },
    { category: 'captured', place: 'Sabratha', end: '2020-04-20' },
    { category: 'captured', place: 'Tarhuna', end: '2020-06-04' },
    { category: 'killed', value: 280, end: '2020-06-04' },
    { category: 'displaced', value: 200000, end: '2020-06-04' },
  ]],
  ['encyclopedic', 'Ukraine (Debaltseve)', DEBALTSEVE, [
    { category: 'captured', place: 'Vuhlehirsk', end: '2015-01-22' },
    { category: 'killed', value: 12, place: 'Debaltseve', end: '2015-01-29' },
    { category: 'entered', place: 'Chornukhyne', end: '2015-01-28' },
    { category: 'displaced', value: 7000, end: '2015-01-30' },
    { category: 'killed', value: 16, end: '2015-02-10' },
    { category: 'killed', value: 13, end: '2015-02-18' },
    { category: 'captured', place: 'Debaltseve', end: '2015-02-18' },
    { category: 'killed', value: 179, end: '2015-02-20' },
  ]],
  ['encyclopedic', 'Ethiopia (Tigray)', TIGRAY, [
    { category: 'killed', value: 600, place: 'Mai Kadra', end: '2020-11-10' },
    { category: 'captured', place: 'Humera', end: '2020-11-20' },
    { category: 'captured', place: 'Axum', end: '2020-11-19' },
    { category: 'captured', place: 'Mekelle', side: 'government', end: '2020-11-28' },
    { category: 'displaced', value: 45000, reporter: 'UNHCR', end: '2020-12-05' },
    { category: 'killed', value: 20, end: '2020-12-30' },
    { category: 'killed', value: 110, place: 'Dengelat', end: '2021-02-20' },
    { category: 'killed', value: 64, place: 'Togoga', end: '2021-06-22' },
    { category: 'captured', place: 'Mekelle', side: 'Tigray', end: '2021-06-28' },
    { category: 'displaced', value: 2100000, end: '2021-06-28' },
  ], "'an air strike on the market of Togoga killed 64 people' places the toll nowhere (the place after 'the market of')"],
];

/** On main before this round: 0 of these 11. Raise it as constructions are read, never lower it. */
const MIN_PASSING = 8;

describe('long campaign narratives: dates', () => { for (const p of NARRATIVES) docProbe(p); });

describe('long campaign narratives: score', () => {
  it(`at least ${MIN_PASSING} of ${NARRATIVES.length} narratives pass, skipped ones included`, () => {
    const failing = NARRATIVES.filter((p) => !docPasses(p)).map((p) => p[2].split('\n')[0]);
    expect(NARRATIVES.length - failing.length, failing.join('\n')).toBeGreaterThanOrEqual(MIN_PASSING);
  });
});
