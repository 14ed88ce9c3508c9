/**
 * One block per rule of the extractor, each tried on sentences written for it in the genres the pipeline reads:
 * a UN or NGO situation report (sitrep), a monitor's toll (monitor), wire copy (wire), a regional outlet (regional),
 * an encyclopedic narrative (encyclopedic) and a think-tank assessment (thinktank). None of these sentences comes from
 * the seed or corpus texts, and no expected value is taken from a gold file: each is what the sentence says.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';
import { check, rule } from './rule.ts';

rule('a cue before the figure (object position)', [
  ['monitor', 'SNHR documented the killing of 61 civilians in Idlib governorate in March 2019.', [
    { category: 'killed', group: 'civilians', value: 61, places: ['Idlib'], time: 'in March 2019' },
  ]],
  ['wire', 'Russian air strikes killed at least 23 people in the town of Ariha on Tuesday, rescuers said.', [
    { category: 'killed', group: 'people', value: 23, modifier: 'at_least', places: ['Ariha'], time: 'on Tuesday', actor: 'Russian air strikes', reporters: ['rescuers'] },
  ]],
  ['regional', 'A car bomb in Azaz killed eight people and wounded 20 others on Wednesday.', [
    { category: 'killed', value: 8, places: ['Azaz'], time: 'on Wednesday' },
    { category: 'injured', value: 20, places: ['Azaz'], time: 'on Wednesday' },
  ]],
  ['encyclopedic', 'On 14 June, rebels executed 14 soldiers in the village of Ishtabraq.', [
    { category: 'killed', group: 'government_forces', value: 14, places: ['Ishtabraq'], actor: 'rebels', time: 'On 14 June' },
  ]],
  ['sitrep', 'Shelling on 3 May displaced 4,200 people from Kafr Zita towards northern Hama.', [
    { category: 'displaced', value: 4200, unit: 'persons', places: ['Kafr Zita', 'Hama'], time: 'on 3 May' },
  ]],
  ['thinktank', 'Airstrikes killed an estimated 1,000 civilians in the first month of the campaign, its deadliest phase.', [
    { category: 'killed', group: 'civilians', value: 1000, modifier: 'about', phrase: 'an estimated 1,000' },
  ]],
]);

rule('a cue after the figure (subject position)', [
  ['sitrep', 'Since 1 February, more than 30,000 people have fled Saraqib, according to OCHA.', [
    { category: 'displaced', value: 30000, modifier: 'more_than', places: ['Saraqib'], time: 'Since 1 February', cumulative: true, reporters: ['OCHA'] },
  ]],
  ['wire', 'At least 35 ISIS fighters were killed in Turkish strikes near Al-Bab, the Turkish army said.', [
    { category: 'killed', group: 'isis_fighters', value: 35, modifier: 'at_least', places: ['Al-Bab'], reporters: ['Turkish army'] },
  ]],
  ['regional', 'Some 2,500 families fled Atarib and nearby villages for the Turkish border over the weekend.', [
    { category: 'displaced', value: 2500, modifier: 'about', unit: 'families', places: ['Atarib'], time: 'over the weekend' },
  ]],
  ['thinktank', 'Roughly 900,000 civilians have been uprooted by the campaign since December.', [
    { category: 'displaced', value: 900000, modifier: 'about', time: 'since December', cumulative: true },
  ]],
  ['monitor', 'Nine members of the Syrian Civil Defence died in a double-tap strike on Khan Shaykhun.', [
    { category: 'killed', group: 'people', value: 9, places: ['Khan Shaykhun'] },
  ]],
  ['encyclopedic', 'During the battle for the town, about 400 soldiers were killed.', [
    { category: 'killed', group: 'government_forces', value: 400, modifier: 'about' },
  ]],
]);

rule('lists share their verb; a hedge applies where it is written', [
  ['monitor', 'The Observatory said about 20 civilians, 31 rebels and 12 soldiers died in the fighting on Friday.', [
    { category: 'killed', group: 'civilians', value: 20, modifier: 'about', time: 'on Friday' },
    { category: 'killed', group: 'opposition_fighters', value: 31, modifier: 'exact' },
    { category: 'killed', group: 'government_forces', value: 12, modifier: 'exact' },
  ]],
  ['encyclopedic', 'Clashes near Morek killed 17 regime soldiers and 22 rebels in April 2014.', [
    { category: 'killed', group: 'government_forces', value: 17, places: ['Morek'], time: 'in April 2014' },
    { category: 'killed', group: 'opposition_fighters', value: 22, places: ['Morek'] },
  ]],
  ['wire', 'Close to 1,500 families and as many as 9,000 people fled the area, aid workers said.', [
    { category: 'displaced', value: 1500, modifier: 'nearly', unit: 'families' },
    { category: 'displaced', value: 9000, modifier: 'up_to', unit: 'persons' },
  ]],
]);

rule('"including N" is a part of the fact before it', [
  ['monitor', 'A total of 70 civilians have died since the start of the assault, including 20 children.', [
    { category: 'killed', group: 'civilians', value: 70, time: 'since the start of the assault', cumulative: true },
    { category: 'killed', group: 'children', value: 20, cumulative: true },
  ]],
  ['wire', 'Shelling killed 27 people on Monday, including five children, the Syrian Civil Defence said.', [
    { category: 'killed', group: 'people', value: 27, time: 'on Monday', reporters: ['Syrian Civil Defence'] },
    { category: 'killed', group: 'children', value: 5, time: 'on Monday' },
  ]],
  ['sitrep', 'Partners recorded 48 people injured in Jisr al-Shughur, including 11 women.', [
    { category: 'injured', value: 48, places: ['Jisr al-Shughur'] },
    { category: 'injured', group: 'women', value: 11 },
  ]],
]);

rule('a death toll that has risen is a running total', [
  ['wire', 'The death toll from the strikes on Ariha has risen to 41, medics said.', [
    { category: 'killed', value: 41, cumulative: true, places: ['Ariha'], reporters: ['medics'] },
  ]],
  ['monitor', 'SOHR said the death toll in the province now stands at 312.', [
    { category: 'killed', value: 312, cumulative: true, reporters: ['SOHR'] },
  ]],
]);

rule('"X claimed / cost / took the lives of N": who died', [
  ['encyclopedic', 'The siege cost the lives of some 300 fighters on both sides.', [{ category: 'killed', value: 300, modifier: 'about' }]],
  ['thinktank', 'The air campaign has claimed the lives of more than 1,300 civilians since April.', [
    { category: 'killed', group: 'civilians', value: 1300, modifier: 'more_than', time: 'since April', cumulative: true },
  ]],
  ['regional', 'Barrel bombs took the lives of 12 villagers in Hass last night.', [{ category: 'killed', value: 12, places: ['Hass'] }]],
  ['monitor', 'The monitor said the raid claimed the lives of 7 people.', [{ category: 'killed', value: 7 }]],
]);

rule('a causing verb with an infinitive of leaving displaces', [
  ['wire', 'The bombardment forced hundreds of families to flee Kafr Nabl on Saturday.', [
    { category: 'displaced', vague: 'hundreds', unit: 'families', places: ['Kafr Nabl'], time: 'on Saturday' },
  ]],
  ['thinktank', 'The offensive has driven some 400,000 residents to leave the Idlib countryside since November.', [
    { category: 'displaced', value: 400000, modifier: 'about', places: ['Idlib'], time: 'since November' },
  ]],
  ['sitrep', 'Hostilities compelled 3,100 households to abandon their homes in Ma’arrat an Nu’man district.', [
    { category: 'displaced', value: 3100, unit: 'households' },
  ]],
]);

rule('people without a roof are displaced', [
  ['sitrep', 'An estimated 2,000 families are sleeping in the open near Sarmada.', [
    { category: 'displaced', value: 2000, modifier: 'about', unit: 'families', places: ['Sarmada'] },
  ]],
  ['regional', 'Tens of thousands of people are living in tents along the border, the UNHCR said.', [
    { category: 'displaced', vague: 'tens_of_thousands', reporters: ['UNHCR'] },
  ]],
  ['wire', 'Aid workers said at least 500 people were sleeping rough in olive groves.', [
    { category: 'displaced', value: 500, modifier: 'at_least', reporters: ['Aid workers'] },
  ]],
]);

rule('a stock of displaced people: "host", "home to ... including N who fled", "N are IDPs"', [
  ['sitrep', 'The camps in Atmeh host nearly 90,000 displaced people, the CCCM Cluster said.', [
    { category: 'idps_stock', value: 90000, modifier: 'nearly', places: ['Atmeh'], reporters: ['CCCM Cluster'] },
  ]],
  ['thinktank', 'Afrin district is home to some 300,000 people, including 120,000 who fled other parts of Aleppo.', [
    { category: 'idps_stock', value: 120000 },
  ]],
  ['regional', 'UNICEF estimates that about 500,000 people remain displaced in Hama.', [
    { category: 'idps_stock', value: 500000, modifier: 'about', places: ['Hama'], reporters: ['UNICEF'] },
  ]],
  ['sitrep', 'As of 30 April, 61,200 people are currently displaced in Tel Tamr.', [
    { category: 'idps_stock', value: 61200, places: ['Tel Tamr'] },
  ]],
  ['wire', 'Aid workers estimate that there are more than 90,000 displaced people in the district.', [
    { category: 'idps_stock', value: 90000, modifier: 'more_than' },
  ]],
  // The verb after the noun says what happened to the displaced: here they were wounded.
  ['sitrep', 'On 2 May, four internally displaced persons (IDPs) were wounded by shelling at a camp near Ariha.', [
    { category: 'injured', value: 4 },
  ]],
  // "were displaced" is the event, not the stock.
  ['sitrep', 'In Masisi, over 2,000 people were displaced on 4 March by clashes near Sake.', [
    { category: 'displaced', value: 2000, modifier: 'more_than' },
  ]],
]);

rule('returns', [
  ['sitrep', 'Around 4,000 people returned to Jisr al-Shughur last month, the IOM said.', [
    { category: 'returned', value: 4000, modifier: 'about', places: ['Jisr al-Shughur'], time: 'last month', reporters: ['IOM'] },
  ]],
  ['wire', 'About 300 families went back to Saraqib this week.', [
    { category: 'returned', value: 300, modifier: 'about', unit: 'families', places: ['Saraqib'], time: 'this week' },
  ]],
]);

rule('a capture or entry read off its verb, with the place as object or subject', [
  ['wire', 'Turkish-backed rebels captured the town of Tal Rifaat on Sunday.', [
    { category: 'captured', value: null, places: ['Tal Rifaat'], time: 'on Sunday', actor: 'Turkish-backed rebels', phrase: '' },
  ]],
  ['encyclopedic', 'In January 2013, the SDF seized the villages of Ain Issa, Tal Saman and Khnez from ISIS.', [
    { category: 'captured', places: ['Ain Issa', 'Tal Saman', 'Khnez'], actor: 'SDF', time: 'In January 2013' },
  ]],
  ['regional', 'Government troops entered Khan Shaykhun on Tuesday after a week of clashes.', [
    { category: 'entered', places: ['Khan Shaykhun'], actor: 'Government troops', time: 'on Tuesday' },
  ]],
  ['thinktank', 'The towns of Kafr Zita and Latamneh were retaken by the regime within days.', [
    { category: 'captured', places: ['Kafr Zita', 'Latamneh'], actor: 'the regime' },
  ]],
  ['encyclopedic', 'Saraqib fell to government forces on 8 February.', [
    { category: 'captured', places: ['Saraqib'], actor: 'government forces', time: 'on 8 February' },
  ]],
  ['wire', 'Turkish troops and allied rebels drove Kurdish fighters out of Afrin on March 18.', [
    { category: 'captured', places: ['Afrin'], actor: 'Turkish troops', time: 'on March 18' },
  ]],
  ['sitrep', 'Government forces took the village of Rasm al-Ward on 12 March, cutting the road to the camps.', [
    { category: 'captured', places: ['Rasm al-Ward'], actor: 'Government forces', time: 'on 12 March' },
  ]],
  ['monitor', 'Since 24 January, government forces have captured the towns of Maarat al-Numan and Saraqib, the Observatory said.', [
    { category: 'captured', places: ['Maarat al-Numan', 'Saraqib'], actor: 'government forces', time: 'Since 24 January', reporters: ['Observatory'] },
  ]],
  // A hyphenated sponsor ("Rwandan-backed", "Iranian-backed") modifies the actor after it; it is no "backed by" phrase.
  ['thinktank', 'Rwandan-backed M23 rebels seized Sake on Friday.', [{ category: 'captured', places: ['Sake'], actor: 'Rwandan-backed M23 rebels', time: 'on Friday' }]],
  // The subject of a reported clause is its own, after the reporting verb and its time.
  ['monitor', 'The Observatory said on Monday the army had taken 12 villages near Kafr Nabl since 3 May.', [
    { category: 'captured', value: 12, unit: 'places', places: ['Kafr Nabl'], actor: 'the army' },
  ]],
  // An actor after "alongside", "amid" or "despite" is not the subject.
  ['encyclopedic', 'Alongside Hezbollah, government forces seized the town of Qusayr in June 2013.', [
    { category: 'captured', places: ['Qusayr'], actor: 'government forces' },
  ]],
  ['wire', 'Iranian-aligned Hezbollah fighters took Qusayr in early June.', [{ category: 'captured', places: ['Qusayr'], actor: 'Iranian-aligned Hezbollah', time: 'in early June' }]],
]);

rule('"lost X to Y": Y gained the place', [
  ['encyclopedic', 'Rebels lost Morek to the regime in 2014.', [{ category: 'captured', places: ['Morek'], actor: 'the regime', time: 'in 2014' }]],
  ['thinktank', 'HTS lost two hills east of Kabani to the army in a week.', [
    { category: 'captured', value: 2, unit: 'places', places: ['Kabani'], actor: 'the army' },
  ]],
]);

rule('entering a town is an entry; entering an area is an advance; km are an advance', [
  ['thinktank', 'Loyalist forces broke into Jisr al-Shughur and pushed deeper into Latakia province.', [
    { category: 'entered', places: ['Jisr al-Shughur'], actor: 'Loyalist forces' },
    { category: 'advanced', places: ['Latakia'], actor: 'Loyalist forces' },
  ]],
  ['wire', 'Regime forces have advanced 15 km into southern Idlib since Tuesday.', [
    { category: 'advanced', value: 15, unit: 'km', places: ['Idlib'], time: 'since Tuesday', actor: 'Regime forces' },
  ]],
  ['regional', 'Pro-government forces pushed 8 miles toward Maarat al-Numan.', [
    { category: 'advanced', value: 12.9, unit: 'km', phrase: '8', places: ['Maarat al-Numan'], actor: 'Pro-government forces' },
  ]],
]);

rule('counted captures', [
  ['thinktank', 'Pro-regime forces have seized more than 70 villages in southern Idlib since mid-December.', [
    { category: 'captured', value: 70, modifier: 'more_than', unit: 'places', places: ['Idlib'], time: 'since mid-December', actor: 'Pro-regime forces' },
  ]],
  ['encyclopedic', 'Kurdish fighters recaptured several villages near Manbij, the SDF said.', [
    { category: 'captured', vague: 'several', unit: 'places', places: ['Manbij'], actor: 'Kurdish fighters', reporters: ['SDF'] },
  ]],
  ['wire', 'Troops have pushed 10km into Hama province, taking a dozen hamlets.', [
    { category: 'advanced', value: 10, unit: 'km', places: ['Hama'], actor: 'Troops' },
    { category: 'captured', value: 12, unit: 'places', places: ['Hama'], actor: 'Troops' },
  ]],
]);

rule('taking, regaining and clearing control: one fact for a coordinated list, "as well as" included', [
  ['encyclopedic', 'On 4 March, Ukrainian troops regained control over the villages of Hrakove, Verbivka and Shevchenkove.', [
    { category: 'captured', places: ['Hrakove', 'Verbivka', 'Shevchenkove'], actor: 'Ukrainian troops', time: 'On 4 March' },
  ]],
  ['wire', 'The Syrian army took control of Maarat al-Numan on Tuesday, a military source said.', [
    { category: 'captured', places: ['Maarat al-Numan'], actor: 'Syrian army', time: 'on Tuesday' },
  ]],
  ['regional', 'Kurdish fighters cleared the villages of Bir Hilu and Tal Arbush as well as the Sheikh Issa Monastery.', [
    { category: 'captured', places: ['Bir Hilu', 'Tal Arbush', 'Sheikh Issa Monastery'], actor: 'Kurdish fighters' },
  ]],
  ['thinktank', 'Russian forces took control of large parts of the eastern Vuhledar district in late October.', [
    { category: 'captured', places: ['Vuhledar'], actor: 'Russian forces', time: 'in late October' },
  ]],
  ['encyclopedic', 'The Syrian Army later recaptured the strategic heights of Jabal Zawiya.', [
    { category: 'captured', places: ['Jabal Zawiya'], actor: 'Syrian Army' },
  ]],
  ['wire', 'Engineers cleared the road to Kafr Nabl on Monday.', []],
  ['monitor', 'Since 2 May, rebels have taken control of the town of Kafr Nabudah, the Observatory said.', [
    { category: 'captured', places: ['Kafr Nabudah'], actor: 'rebels', reporters: ['Observatory'] },
  ]],
]);

rule('headlines in the present tense: "Rebels take X", "Army takes X"', [
  ['regional', 'Rebels take Kafr Nabl city', [{ category: 'captured', places: ['Kafr Nabl'], actor: 'Rebels' }]],
  ['wire', 'Army takes Saraqib after week-long battle', [{ category: 'captured', places: ['Saraqib'], actor: 'Army' }]],
  ['regional', 'Residents take shelter in Idlib city', []],
]);

rule('advancing to capture is the capture', [
  ['thinktank', 'M23 rebels advanced to capture Rubaya and Kibumba on 17 January.', [
    { category: 'captured', places: ['Rubaya', 'Kibumba'], time: 'on 17 January' },
  ]],
  ['wire', 'Troops advanced to capture three villages near Kupiansk.', [
    { category: 'captured', value: 3, unit: 'places', places: ['Kupiansk'], actor: 'Troops' },
  ]],
  ['regional', 'Rebels pushed into Idlib province but failed to capture Saraqib.', [{ category: 'advanced', places: ['Idlib'], actor: 'Rebels' }]],
]);

rule('now under the control of a side', [
  ['wire', 'Tal Tamr is now under army control, a military source said.', [{ category: 'captured', places: ['Tal Tamr'], actor: 'army' }]],
  ['sitrep', 'Residents said Manbij was now under the control of the SDF.', [{ category: 'captured', places: ['Manbij'], actor: 'the SDF' }]],
  ['sitrep', 'The Mabruka camp, now under control of Turkish-backed factions, was emptied on 20 October.', [
    { category: 'captured', places: ['Mabruka'], time: 'on 20 October' },
  ]],
  // A state, not a change: no "now", "came", "brought back".
  ['thinktank', 'The city is under army control.', []],
  ['regional', 'Civilians came under fire in Bakhmut.', []],
]);

rule('an absolute clause: "with all of X captured, along with much of Y"', [
  ['thinktank', 'The opposition pressed south, with all of Idlib governorate captured, along with much of Aleppo governorate.', [
    // Each region gained is a fact of its own (territory.ts regionsApart).
    { category: 'captured', places: ['Idlib'], actor: 'opposition' },
    { category: 'captured', places: ['Aleppo'], actor: 'opposition' },
  ]],
  ['encyclopedic', 'With the town of Tabqa captured, the SDF turned east.', [{ category: 'captured', places: ['Tabqa'], actor: 'SDF' }]],
  ['wire', 'The army, with Russian air support, captured Kafr Nabl.', [{ category: 'captured', places: ['Kafr Nabl'], actor: 'army' }]],
]);

rule('a side that withdraws or abandons a place lost it', [
  ['wire', 'Islamic State militants withdrew from Dabiq on Sunday as Turkish-backed rebels advanced.', [
    { category: 'captured', places: ['Dabiq'], actor: 'Turkish-backed rebels', time: 'on Sunday' },
  ]],
  ['regional', 'The FARDC capitulated and abandoned the towns of Sake and Kirotshe.', [
    { category: 'captured', places: ['Sake', 'Kirotshe'] },
  ]],
  ['encyclopedic', 'Russian forces pulled out of Kherson city in November 2022.', [
    { category: 'captured', places: ['Kherson'], time: 'in November 2022' },
  ]],
  // People who leave are displaced, not a side losing ground.
  ['sitrep', 'Thousands of families abandoned the town of Sake as fighting neared.', []],
  ['sitrep', 'Aid agencies withdrew from Minova on Monday.', []],
  ['wire', 'Government troops withdrew from positions near Bakhmut.', []],
]);

rule('a count of places with the places it names: the count, and one fact for the names', [
  ['wire', 'Iraqi forces took control of 15 villages south of Mosul, including Hammam al-Alil and Shura.', [
    { category: 'captured', value: 15, unit: 'places', places: ['Mosul'] },
    { category: 'captured', value: null, places: ['Hammam al-Alil', 'Shura'] },
  ]],
  ['encyclopedic', 'Numerous settlements were retaken over the weekend, including Lyman itself.', [
    { category: 'captured', vague: 'many', unit: 'places' },
    { category: 'captured', value: null, places: ['Lyman'] },
  ]],
  ['regional', 'Government troops regained control over 14 towns and villages in eastern Hama.', [
    { category: 'captured', value: 14, modifier: 'exact', unit: 'places', places: ['Hama'], actor: 'Government troops' },
  ]],
  ['encyclopedic', 'Later that day, the army said it captured three more villages: al-Hamra, Tal Sukkar and Umm Jalal.', [
    { category: 'captured', value: 3, unit: 'places', places: ['al-Hamra', 'Tal Sukkar', 'Umm Jalal'], actor: 'the army' },
  ]],
  ['thinktank', 'Ukrainian troops regained nine more settlements east of Kupiansk.', [
    { category: 'captured', value: 9, unit: 'places', places: ['Kupiansk'], actor: 'Ukrainian troops' },
  ]],
  // A person named after "including" in a casualty sentence is no place.
  ['monitor', 'Shelling killed 12 civilians, including Ahmad Khalil, in Ariha.', [{ category: 'killed', value: 12, places: ['Ariha'] }]],
]);

rule('a place taken, lost and retaken: one fact per date', [
  ['encyclopedic', 'On 3 May, rebels captured Kafr Nabudah. On 9 May, the army recaptured Kafr Nabudah.', [
    { category: 'captured', places: ['Kafr Nabudah'], actor: 'rebels', time: 'On 3 May' },
    { category: 'captured', places: ['Kafr Nabudah'], actor: 'the army', time: 'On 9 May' },
  ]],
  ['wire', 'Rebels captured Kafr Nabudah. The army said rebels captured Kafr Nabudah on Friday.', [
    { category: 'captured', places: ['Kafr Nabudah'], actor: 'Rebels' },
  ]],
]);

rule('an advance located by a place: "advanced west of X", "made marginal advances near X"', [
  ['thinktank', 'Russian forces recently advanced west of Marinka and captured Pobieda.', [
    { category: 'advanced', places: ['Marinka'], actor: 'Russian forces' },
    { category: 'captured', places: ['Pobieda'], actor: 'Russian forces' },
  ]],
  ['thinktank', 'Russian forces made marginal advances near Chasiv Yar on 3 April.', [
    { category: 'advanced', places: ['Chasiv Yar'], actor: 'Russian forces', time: 'on 3 April' },
  ]],
  ['wire', 'Government troops were advancing towards Saraqib on Sunday, a monitor said.', [
    { category: 'advanced', places: ['Saraqib'], actor: 'Government troops', time: 'on Sunday' },
  ]],
  ['regional', 'The army advanced in recent weeks.', []],
]);

rule('"another village": a count of one place', [
  ['wire', 'Russian forces had taken another settlement near Pokrovsk, the ministry said.', [
    { category: 'captured', value: 1, unit: 'places', places: ['Pokrovsk'], actor: 'Russian forces', phrase: 'another' },
  ]],
  ['encyclopedic', 'On 9 June, the militia seized one more village in the Kalehe hills.', [
    { category: 'captured', value: 1, unit: 'places', time: 'On 9 June' },
  ]],
  ['regional', 'Rebels took another approach in the talks.', []],
]);

rule('"the provincial capital" is the province’s city', [
  ['encyclopedic', 'Opposition fighters advanced across Deir ez-Zor province. By June the provincial capital had fallen to them.', [
    { category: 'captured', places: ['Deir ez-Zor'], actor: 'Opposition fighters', time: 'By June' },
  ]],
  ['wire', 'In 2015 insurgents stormed the capital of the province, known as Idlib, within four days.', [
    { category: 'entered', places: ['Idlib'], actor: 'insurgents' },
  ]],
]);

rule('a relative clause without an object takes its antecedent', [
  ['wire', 'Rebels said the town of Tell Mardikh, where troops entered Wednesday, was empty.', [
    { category: 'entered', places: ['Tell Mardikh'], actor: 'troops', time: 'Wednesday' },
  ]],
  ['regional', 'Residents returned to the centre of Saraqib where the army entered on Monday.', [
    { category: 'entered', places: ['Saraqib'], actor: 'the army', time: 'on Monday' },
  ]],
]);

rule('an achievement is a fact; an intention, a plan or a possibility is not', [
  ['regional', 'After heavy shelling, the army managed to enter Kafr Nabl on Sunday.', [{ category: 'entered', places: ['Kafr Nabl'], actor: 'the army' }]],
  ['thinktank', 'The regime aims to seize the M5 corridor towns of Maarat al-Numan and Saraqib before spring.', []],
  ['wire', 'A push on Idlib city could displace up to 700,000 people, the UN warned.', []],
  ['thinktank', 'By encircling Khan Shaykhun, the regime hopes to force the rebels into talks.', []],
  ['wire', 'Turkey is expected to enter Tal Rifaat within days.', []],
  ['sitrep', 'Partners anticipate that further hostilities could displace 200,000 more people.', []],
  ['monitor', 'The monitor warned that troops were preparing to storm Kafr Nabl.', []],
  ['encyclopedic', 'In 2016, rebels sought to capture the Kuweires airbase but failed.', []],
]);

rule('who reported it', [
  ['sitrep', 'According to the CCCM Cluster, 6,400 people fled to Dana between 2 and 9 March.', [
    { category: 'displaced', value: 6400, reporters: ['CCCM Cluster'], places: ['Dana'] },
  ]],
  ['wire', 'Twelve civilians died in Atarib, Reuters reported, citing local medics.', [{ category: 'killed', reporters: ['Reuters', 'local medics'] }]],
  ['monitor', 'The Syrian Observatory for Human Rights counted the victims. The monitor said 20 people were killed.', [
    { category: 'killed', value: 20, reporters: ['Syrian Observatory for Human Rights'] },
  ]],
  ['regional', 'Rami Hallaq, who heads a rescue team in Ariha, told reporters that 16 people were killed.', [
    { category: 'killed', value: 16, reporters: ['Rami Hallaq'] },
  ]],
  ['wire', 'At least 40 people died, said Hussein Badawi, a health official in the province.', [
    { category: 'killed', value: 40, reporters: ['Hussein Badawi'] },
  ]],
  ['encyclopedic', 'According to the Violations Documentation Center, 31 civilians were killed in Atarib in 2016.', [
    { category: 'killed', group: 'civilians', value: 31, places: ['Atarib'], time: 'in 2016', reporters: ['Violations Documentation Center'] },
  ]],
  ['thinktank', 'The offensive, according to Human Rights Watch, has displaced roughly 600,000 people since December.', [
    { category: 'displaced', value: 600000, modifier: 'about', time: 'since December', reporters: ['Human Rights Watch'] },
  ]],
  ['monitor', 'HTS fighters killed 12 soldiers near Kabani overnight, the Observatory said.', [
    { category: 'killed', group: 'government_forces', value: 12, places: ['Kabani'], time: 'overnight', actor: 'HTS', reporters: ['Observatory'] },
  ]],
  ['regional', 'In a UNICEF statement, a regional director said 30 children were killed.', [
    { category: 'killed', group: 'children', value: 30, reporters: ['UNICEF', 'regional director'] },
  ]],
]);

rule('places in an appositive after the fact describe a place, they are not where it happened', [
  ['sitrep', 'Some 1,200 families fled to Sarmada, a town near the border with Turkey.', [{ category: 'displaced', places: ['Sarmada'] }]],
  ['wire', 'Eleven people were killed in Hazano, which lies west of Idlib city.', [{ category: 'killed', places: ['Hazano'] }]],
]);

rule('places referred back to and stories that continue', [
  ['thinktank', 'Rebels hold the Taftanaz military airbase in Idlib province. Some 40,000 people have fled the province since Monday.', [
    { category: 'displaced', value: 40000, places: ['Idlib'], time: 'since Monday' },
  ]],
  // An oblast is a province: "in the oblast" is the one named before (Ukraine's and Russia's regions).
  ['regional', 'Russian troops shelled 14 settlements in Kherson Oblast overnight. Two people were injured in the oblast, the governor said.', [
    { category: 'injured', value: 2, places: ['Kherson'] },
  ]],
  ['wire', 'Drones struck Belgorod Oblast on Sunday. One man was killed in the oblast, the regional governor said.', [
    { category: 'killed', value: 1, places: ['Belgorod'] },
  ]],
  ['encyclopedic', 'Rebels seized the Taftanaz airbase in January 2013. After seizing the base, they executed 30 soldiers.', [
    { category: 'captured', places: ['Taftanaz'], time: 'in January 2013' },
    // No phrase of its own: the document layer carries the story's date (normalize dates it to January 2013).
    { category: 'killed', group: 'government_forces', value: 30, time: '', context: ['in January 2013'], places: ['Taftanaz'] },
  ]],
  ['wire', 'ISIS insurgents attacked Suran at dawn. The insurgents then took several hamlets.', [
    { category: 'captured', vague: 'several', unit: 'places', actor: 'ISIS insurgents' },
  ]],
  ['regional', 'Government forces launched a new push on Tuesday. They captured the town of Kafr Zita.', [
    { category: 'captured', places: ['Kafr Zita'], actor: 'Government forces' },
  ]],
]);

rule('other words of death and flight', [
  ['monitor', 'Volunteers recovered 18 bodies from the rubble in Maarat Misrin.', [{ category: 'killed', group: 'people', value: 18, places: ['Maarat Misrin'] }]],
  ['regional', 'Activists reported the massacre of 40 villagers in Tal Rifaat.', [{ category: 'killed', value: 40, places: ['Tal Rifaat'], reporters: ['Activists'] }]],
  ['wire', 'Nine Turkish soldiers lost their lives near Taftanaz on Monday.', [{ category: 'killed', group: 'people', value: 9, places: ['Taftanaz'], time: 'on Monday' }]],
  ['sitrep', 'Camps near Sarmada are struggling with the influx of more than 70,000 people.', [
    { category: 'displaced', value: 70000, modifier: 'more_than', places: ['Sarmada'] },
  ]],
  ['encyclopedic', 'Over 60 were killed and 120 injured in the raids on Ariha in 2016.', [
    { category: 'killed', value: 60, modifier: 'more_than', time: 'in 2016' },
    { category: 'injured', value: 120, time: 'in 2016' },
  ]],
  ['thinktank', 'More than 2,000 households were left homeless in Maarat al-Numan.', [
    { category: 'displaced', value: 2000, unit: 'households', places: ['Maarat al-Numan'] },
  ]],
]);

rule('figures in words, vague words and headlines', [
  ['wire', 'Twenty-five civilians were killed in Binnish.', [{ category: 'killed', group: 'civilians', value: 25, places: ['Binnish'] }]],
  ['thinktank', 'Regime bombardment has killed hundreds of civilians and dozens of children since 2015.', [
    { category: 'killed', group: 'civilians', vague: 'hundreds', value: null },
    { category: 'killed', group: 'children', vague: 'dozens' },
  ]],
  ['sitrep', 'Half a million people have been uprooted in Aleppo governorate this year, OCHA said.', [
    { category: 'displaced', value: 500000, places: ['Aleppo'], time: 'this year', reporters: ['OCHA'] },
  ]],
  ['regional', 'Thousands flee Ariha as shelling intensifies', [{ category: 'displaced', vague: 'thousands', places: ['Ariha'] }]],
  ['monitor', 'Roughly 200,000 of them are IDPs, the monitor estimated.', [{ category: 'idps_stock', value: 200000, modifier: 'about' }]],
]);

rule('a bracket opening a counted phrase is no phone number', [
  ['sitrep', 'The market in Atarib was shelled again (14 deaths reported) on Tuesday.', [{ category: 'killed', value: 14, places: ['Atarib'] }]],
]);

rule('not counts and not facts', [
  ['regional', 'A 12-year-old boy was among the wounded in Atarib.', []],
  ['sitrep', 'Prices in the camps have risen by 40 percent since December.', []],
  ['wire', 'Warplanes carried out 45 air strikes on Saraqib on Thursday.', []],
  ['encyclopedic', 'Hama is one of the largest cities of the country.', []],
  ['thinktank', 'Idlib province is home to about three million people.', []],
  ['thinktank', 'Of Aleppo’s two million residents, many live in poverty.', []],
  ['sitrep', 'Call the hotline on 0933 123 456 for help.', []],
  ['sitrep', 'For help call the camp office (0933) during the day.', []],
  ['wire', 'Route 5 and Route 6 remain closed.', []],
  ['sitrep', 'The Turkish Red Crescent built a camp with capacity for 800 tents near Sarmada.', []],
  ['regional', 'Four displaced residents of Saraqib described the bombing.', []],
  ['thinktank', 'Fewer than 200 fighters remain in the pocket.', []],
  ['monitor', 'SOHR counted 55 air strikes on the town on Sunday.', []],
  ['encyclopedic', 'The 2011 uprising began in Daraa.', []],
]);

describe('every fact points into its article', () => {
  const text = [
    'Situation update, 12 February',
    'Since 1 February, more than 30,000 people have fled Saraqib, according to OCHA.',
    'Government troops entered Khan Shaykhun on Tuesday after a week of clashes.',
    'SNHR documented the killing of 61 civilians, including 18 children, in Idlib governorate.',
  ].join('\n');

  it('spans, ids and the quote agree with the text, and a second run is identical', () => {
    const facts = extract(text);
    expect(facts.length).toBeGreaterThan(3);
    expect(new Set(facts.map((f) => f.fact_id)).size).toBe(facts.length);
    for (const f of facts) {
      expect(text.slice(f.char_start, f.char_end)).toBe(f.quote);
      expect(f.figure_start).toBeGreaterThanOrEqual(f.char_start);
      expect(f.figure_end).toBeLessThanOrEqual(f.char_end);
      if (f.count_phrase) expect(text.slice(f.figure_start, f.figure_end)).toBe(f.count_phrase);
      for (const p of f.place_mentions) expect(text.slice(p.start, p.end)).toBe(p.text);
    }
    expect(extract(text)).toEqual(facts);
  });

  it('a figure stated twice is one fact', () => {
    check('At least 50 people were killed in Saraqib on Monday. Rescuers said at least 50 people were killed in the strikes.', [
      { category: 'killed', value: 50, places: ['Saraqib'] },
    ]);
  });
});

rule('a breakdown of casualties: killed and injured take the group of the casualties they break down', [
  ['monitor', 'The network recorded 512 civilian casualties in Hama governorate in April: 203 killed and 309 injured.', [
    { category: 'killed', group: 'civilians', value: 203, time: 'in April' },
    { category: 'injured', group: 'civilians', value: 309, time: 'in April' },
  ]],
  ['sitrep', 'Health partners reported 86 civilian casualties (31 killed and 55 injured) in Ariha on 4 May.', [
    { category: 'killed', group: 'civilians', value: 31, places: ['Ariha'] },
    { category: 'injured', group: 'civilians', value: 55, places: ['Ariha'] },
  ]],
  ['wire', 'Hospital staff counted 40 casualties, 12 killed and 28 wounded, after the market blast in Azaz.', [
    { category: 'killed', group: 'people', value: 12, places: ['Azaz'] },
    { category: 'injured', group: 'people', value: 28, places: ['Azaz'] },
  ]],
]);

rule('a bracketed breakdown by sex and age: parts in a group of the schema, summed per group', [
  ['monitor', 'Since March the mission has verified a total of 95 killed (30 men, 22 women, 8 girls and 11 boys, as well as 24 children whose sex is unknown).', [
    { category: 'killed', group: 'people', value: 95, cumulative: true },
    { category: 'killed', group: 'women', value: 22, cumulative: true },
    { category: 'killed', group: 'children', value: 43, phrase: '8 girls and 11 boys, as well as 24', cumulative: true },
  ]],
  ['sitrep', 'Clinics treated 60 injured (12 women, 5 girls, and 4 boys, as well as 9 children and 30 adults) in Binnish.', [
    { category: 'injured', group: 'people', value: 60, places: ['Binnish'] },
    { category: 'injured', group: 'women', value: 12, places: ['Binnish'] },
    { category: 'injured', group: 'children', value: 18, places: ['Binnish'] },
  ]],
]);

rule('"including" lists are parts; a bare figure after ", and" is a clause of its own', [
  ['monitor', 'Witnesses said that between 30 and 38 civilians were killed, including 11 children and one woman, and more than 60 injured.', [
    { category: 'killed', group: 'civilians', value: 30, modifier: 'exact', phrase: 'between 30 and 38' },
    { category: 'killed', group: 'children', value: 11 },
    { category: 'killed', group: 'women', value: 1 },
    { category: 'injured', group: 'civilians', value: 60, modifier: 'more_than' },
  ]],
  ['encyclopedic', 'The shelling killed 14 soldiers, including two officers, and wounded 25.', [
    { category: 'killed', group: 'government_forces', value: 14 },
    { category: 'killed', group: 'government_forces', value: 2 },
    { category: 'injured', group: 'government_forces', value: 25 },
  ]],
]);

rule('victims named once are the victims of later figures that name none', [
  ['monitor', 'The group documented the killing of 310 civilians in May. The report records that 310 were killed. Of those, militia forces killed 96, including 21 children. Among the victims were four who died under torture.', [
    { category: 'killed', group: 'civilians', value: 310 },
    { category: 'killed', group: 'civilians', value: 96 },
    { category: 'killed', group: 'children', value: 21 },
    { category: 'killed', group: 'civilians', value: 4 },
  ]],
  ['sitrep', 'Partners recorded 240 civilian casualties since January.\nIn Kafr Nabl: 80 casualties (30 killed and 50 injured).', [
    { category: 'killed', group: 'civilians', value: 30, places: ['Kafr Nabl'] },
    { category: 'injured', group: 'civilians', value: 50, places: ['Kafr Nabl'] },
  ]],
  ['wire', 'At least 40 people died in the strikes on Sarmin. Another 9 died in Binnish.', [
    { category: 'killed', group: 'people', value: 40, places: ['Sarmin'] },
    { category: 'killed', group: 'people', value: 9, places: ['Binnish'] },
  ]],
  ['thinktank', 'Airstrikes caused at least 1,200 civilian deaths in the campaign; the coalition accepts responsibility for only 140 of the deaths.', [
    { category: 'killed', group: 'civilians', value: 1200, modifier: 'at_least' },
    { category: 'killed', group: 'civilians', value: 140 },
  ]],
]);

rule('tolls in wire copy: "N-plus", nominal tolls, quoted figures, hedges', [
  ['wire', '4,000-plus died in the siege of Raqqa, the monitor says.', [{ category: 'killed', value: 4000, modifier: 'more_than', phrase: '4,000-plus' }]],
  ['regional', 'The governor spoke of “about 80” dead and “more than 200 wounded” in Ariha.', [
    { category: 'killed', value: 80, modifier: 'about', places: ['Ariha'] },
    { category: 'injured', value: 200, modifier: 'more_than', places: ['Ariha'] },
  ]],
  ['encyclopedic', 'The fighting for the town led to over 300 fatalities and 1,200 injuries.', [
    { category: 'killed', value: 300, modifier: 'more_than' },
    { category: 'injured', value: 1200 },
  ]],
  ['wire', 'At least 15 people are believed to have died when the bakery in Sarmin was hit.', [
    { category: 'killed', value: 15, modifier: 'at_least', places: ['Sarmin'] },
  ]],
]);

rule('a noun phrase that says its people are dead or hurt counts casualties, whatever moves them', [
  ['sitrep', 'On 4 May, local responders evacuated 26 injured people and 3 bodies from Tal Tamr to Hasakah.', [
    { category: 'injured', value: 26, places: ['Tal Tamr', 'Hasakah'] },
    { category: 'killed', value: 3, places: ['Tal Tamr', 'Hasakah'] },
  ]],
  ['wire', 'A further 9 wounded and 14 bodies were brought out of Ariha on Monday.', [
    { category: 'injured', value: 9, places: ['Ariha'], time: 'on Monday' },
    { category: 'killed', value: 14, places: ['Ariha'], time: 'on Monday' },
  ]],
  ['regional', 'About 200 wounded fighters were moved to hospitals in Idlib.', [{ category: 'injured', value: 200, modifier: 'about' }]],
]);

rule('who the victims are: "N of them X", "N injuries among X"', [
  ['encyclopedic', 'By nightfall the clashes had killed 23 combatants, 14 of them Islamist rebels, near Latamneh.', [
    { category: 'killed', group: 'people', value: 23, places: ['Latamneh'] },
    { category: 'killed', group: 'opposition_fighters', value: 14, places: ['Latamneh'] },
  ]],
  ['thinktank', 'The shelling caused 3 injuries among army servicemen in the first week.', [
    { category: 'injured', group: 'government_forces', value: 3 },
  ]],
  ['sitrep', 'The health cluster recorded 40 deaths among civilians in Douma last week.', [
    { category: 'killed', group: 'civilians', value: 40, places: ['Douma'] },
  ]],
]);

rule('a toll stated by a verb of change names its victims in its complement', [
  ['monitor', 'The Observatory said it has risen to 212, the number of civilians whose death it documented in the province, including at least 53 children and 38 women.', [
    { category: 'killed', group: 'civilians', value: 212, cumulative: true, reporters: ['Observatory'] },
    { category: 'killed', group: 'children', value: 53, modifier: 'at_least', cumulative: true },
    { category: 'killed', group: 'women', value: 38, cumulative: true },
  ]],
  ['wire', 'The raid brought to 120 the number of civilians killed in Ariha since Sunday.', [
    { category: 'killed', group: 'civilians', value: 120, cumulative: true, places: ['Ariha'], time: 'since Sunday' },
  ]],
  ['regional', 'The new strikes brought the death toll in Sarmin to 95 on Friday.', [
    { category: 'killed', group: 'people', value: 95, cumulative: true, places: ['Sarmin'], time: 'on Friday' },
  ]],
  ['encyclopedic', 'The number of soldiers killed in the siege had increased to 48 by June.', [
    { category: 'killed', group: 'government_forces', value: 48, cumulative: true },
  ]],
]);

rule('fighters by side: a gapped noun, "rebel fighters", losses', [
  ['monitor', 'The Observatory said at least 44 pro-government and 39 rebel fighters had been killed in the fighting.', [
    { category: 'killed', group: 'government_forces', value: 44, modifier: 'at_least', reporters: ['Observatory'] },
    { category: 'killed', group: 'opposition_fighters', value: 39, reporters: ['Observatory'] },
  ]],
  ['encyclopedic', 'The army said it had killed 15 rebels in two days, while losing 11 servicemen.', [
    { category: 'killed', group: 'opposition_fighters', value: 15 },
    { category: 'killed', group: 'government_forces', value: 11 },
  ]],
  ['wire', 'Some 39 rebel fighters were killed near Latamneh on Sunday.', [
    { category: 'killed', group: 'opposition_fighters', value: 39, places: ['Latamneh'] },
  ]],
]);

rule('who the victims are: displaced people are civilians; a part list may open without a figure', [
  ['sitrep', 'On 7 May, three internally displaced persons (IDPs) were wounded in an attack on a camp in Sarmada.', [
    { category: 'injured', group: 'civilians', value: 3, places: ['Sarmada'], time: 'On 7 May' },
  ]],
  ['encyclopedic', 'Rebels shelled Mhardeh, reportedly killing six civilians, including a woman and five children.', [
    { category: 'killed', group: 'civilians', value: 6, places: ['Mhardeh'] },
    // "a woman" counts one (single-person.ts).
    { category: 'killed', group: 'women', value: 1, places: ['Mhardeh'] },
    { category: 'killed', group: 'children', value: 5, places: ['Mhardeh'] },
  ]],
]);

rule('time phrases: a counted week or a half of a month or year, the weekend', [
  ['sitrep', 'In the second week of June, some 12,000 people fled El Geneina towards the Chadian border.', [
    { category: 'displaced', value: 12000, modifier: 'about', time: 'In the second week of June' },
  ]],
  ['wire', 'Shelling killed at least 11 civilians in Kharkiv at the weekend, the regional governor said.', [
    { category: 'killed', group: 'civilians', value: 11, modifier: 'at_least', time: 'at the weekend' },
  ]],
  ['encyclopedic', 'During the last week of October 2023, the resistance forces captured 15 junta outposts in northern Shan.', [
    { category: 'captured', value: 15, time: 'During the last week of October 2023' },
  ]],
  ['monitor', 'The monitor documented 214 civilian deaths in Yemen in the first half of 2019.', [
    { category: 'killed', group: 'civilians', value: 214, time: 'in the first half of 2019' },
  ]],
]);
