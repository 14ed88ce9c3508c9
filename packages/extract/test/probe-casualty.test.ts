/**
 * Probe set for casualties (issue 9): sentences written for this file in the voice of wires, outlets, situation
 * reports, monitors, encyclopedic narratives and assessments, about several wars, none taken from the seeds or the
 * corpus. Each states the casualty facts the sentence gives (and no more). A probe that fails for a reason not fixed
 * yet is an `it.skip` with its reason, so the gap stays visible.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';
import type { Genre } from './rule.ts';

type Expected = Partial<ReturnType<typeof brief>>;
type Probe = [Genre, string, string, Expected[], string?];

/** The casualty facts of a text, in order, each matching its expected fields. */
function checkCasualties(text: string, expected: Expected[]) {
  const got = extract(text).filter((f) => f.kind === 'casualty').map(brief);
  expect(got.length, JSON.stringify(got, null, 1)).toBe(expected.length);
  expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
}

function probes(name: string, cases: Probe[]) {
  describe(name, () => {
    for (const [genre, war, text, expected, skip] of cases) {
      const title = `${genre} (${war}): ${text}`;
      if (skip) it.skip(`${title} [gap: ${skip}]`, () => checkCasualties(text, expected));
      else it(title, () => checkCasualties(text, expected));
    }
  });
}

probes('numbers in words', [
  ['wire', 'Ukraine', 'Twenty-three people were killed when a Russian missile struck a shopping centre in Kremenchuk, regional officials said.', [
    { category: 'killed', group: 'people', value: 23, places: ['Kremenchuk'], reporters: ['regional officials'] },
  ]],
  ['wire', 'Yemen', 'A dozen civilians were killed in an air strike on a market in Saada province, medics said.', [
    { category: 'killed', group: 'civilians', value: 12, reporters: ['medics'] },
  ]],
  ['regional', 'Iraq', 'Three Iraqi soldiers were killed and five others wounded by a roadside bomb near Tarmiyah, security sources said.', [
    { category: 'killed', value: 3 },
    { category: 'injured', value: 5 },
  ]],
]);

probes('subgroups of a toll: children are part of the toll, not of civilians unless the text says so', [
  ['monitor', 'Syria', 'An air strike on a market in Ariha killed 38 people on Monday. The dead included 11 children and four women, the Syrian Observatory for Human Rights said.', [
    { category: 'killed', group: 'people', value: 38, places: ['Ariha'] },
    { category: 'killed', group: 'children', value: 11 },
    { category: 'killed', group: 'women', value: 4 },
  ]],
  ['sitrep', 'Sudan', 'At least 40 people were killed in the shelling of Abu Shouk camp near El Fasher. Fourteen of the victims were children.', [
    { category: 'killed', group: 'people', value: 40, modifier: 'at_least' },
    { category: 'killed', group: 'children', value: 14 },
  ]],
  ['monitor', 'Myanmar', 'Junta air strikes killed 62 civilians in Sagaing Region in April. Children accounted for 18 of the deaths.', [
    { category: 'killed', group: 'civilians', value: 62 },
    { category: 'killed', group: 'children', value: 18 },
  ]],
  ['wire', 'Myanmar', 'Nine people, including three children, were killed when military jets bombed a school in Sagaing Region, residents said.', [
    { category: 'killed', group: 'people', value: 9, reporters: ['residents'] },
    { category: 'killed', group: 'children', value: 3 },
  ]],
  ['sitrep', 'DR Congo', 'The attack on the Lushagala displacement site killed 12 people, among them six children, and injured 20 others.', [
    { category: 'killed', group: 'people', value: 12 },
    { category: 'killed', group: 'children', value: 6 },
    { category: 'injured', group: 'people', value: 20 },
  ]],
  ['encyclopedic', 'Syria', 'By the end of the siege, SOHR had documented the deaths of 1,412 people, among them 389 children and 210 women.', [
    { category: 'killed', group: 'people', value: 1412, reporters: ['SOHR'] },
    { category: 'killed', group: 'children', value: 389 },
    { category: 'killed', group: 'women', value: 210 },
  ]],
  ['regional', 'Yemen', 'Those killed in the strike on the Hodeidah fish market included eight children, local health officials said. In all, 26 people died.', [
    { category: 'killed', group: 'children', value: 8 },
    { category: 'killed', group: 'people', value: 26 },
  ]],
]);

probes('tolls stated as a noun phrase', [
  ['wire', 'Sudan', 'The health ministry announced a death toll of 54 after the shelling of the market in El Obeid.', [
    { category: 'killed', value: 54, places: ['El Obeid'] },
  ]],
  ['regional', 'Iraq', 'The death toll from the twin suicide bombings in Baghdad stood at 32 on Friday, the health ministry said.', [
    { category: 'killed', value: 32, places: ['Baghdad'], reporters: ['health ministry'] },
  ]],
  ['wire', 'Sudan', 'The attack brought to 120 the number of people killed in Omdurman this week, according to the local resistance committee.', [
    { category: 'killed', group: 'people', value: 120, places: ['Omdurman'], cumulative: true },
  ]],
  ['wire', 'Libya', 'Medics put the death toll from the clashes in Tripoli at 47 on Tuesday.', [
    { category: 'killed', value: 47, places: ['Tripoli'] },
  ]],
  ['monitor', 'Ukraine', 'The toll of civilians killed in the Kharkiv region since February has reached 1,020, the regional prosecutor said.', [
    { category: 'killed', group: 'civilians', value: 1020, cumulative: true },
  ]],
]);

probes('verbs and phrasal predicates of death and injury', [
  ['wire', 'Syria', 'Seven people lost their lives when a car bomb exploded in Azaz on Sunday.', [
    { category: 'killed', group: 'people', value: 7, places: ['Azaz'] },
  ]],
  ['regional', 'Yemen', 'The missile attack on Marib claimed the lives of 21 civilians, including four children, officials said.', [
    { category: 'killed', group: 'civilians', value: 21, places: ['Marib'] },
    { category: 'killed', group: 'children', value: 4 },
  ]],
  ['wire', 'Ukraine', 'The strike on Chernihiv left 17 dead and 61 wounded, officials said.', [
    { category: 'killed', value: 17, places: ['Chernihiv'] },
    { category: 'injured', value: 61, places: ['Chernihiv'] },
  ]],
  ['regional', 'Libya', 'Clashes in the southern suburbs of Tripoli have left 32 people dead and 159 injured, the health ministry said.', [
    { category: 'killed', value: 32, places: ['Tripoli'] },
    { category: 'injured', value: 159, places: ['Tripoli'] },
  ]],
  ['wire', 'DR Congo', 'Nine killed, 30 hurt as shells hit camps near Goma', [
    { category: 'killed', value: 9, places: ['Goma'] },
    { category: 'injured', value: 30, places: ['Goma'] },
  ]],
  ['regional', 'Afghanistan', 'Gunmen shot dead 14 passengers on a bus in Ghor province, the provincial governor said.', [
    { category: 'killed', value: 14 },
  ]],
  ['encyclopedic', 'Iraq', 'ISIL militants executed 40 Yazidi men near Sinjar in August 2014.', [
    { category: 'killed', value: 40, places: ['Sinjar'] },
  ]],
  ['encyclopedic', 'Yemen', 'Coalition air strikes on a funeral hall in Sanaa killed 140 people and wounded more than 500.', [
    { category: 'killed', value: 140, places: ['Sanaa'] },
    { category: 'injured', value: 500, modifier: 'more_than', places: ['Sanaa'] },
  ]],
]);

probes('passives with an agent, and active tolls', [
  ['wire', 'Afghanistan', 'Eleven civilians were killed by a drone strike on a wedding party in Kunduz province, local officials said.', [
    { category: 'killed', group: 'civilians', value: 11, reporters: ['local officials'] },
  ]],
  ['encyclopedic', 'Ethiopia', 'During the assault on Mekelle, at least 27 civilians were killed by artillery fire.', [
    { category: 'killed', group: 'civilians', value: 27, modifier: 'at_least', places: ['Mekelle'] },
  ]],
  ['encyclopedic', 'Iraq', 'The battle for western Mosul killed an estimated 5,800 civilians between February and July 2017.', [
    { category: 'killed', group: 'civilians', value: 5800, places: ['Mosul'] },
  ]],
  ['wire', 'Sudan', 'Fighting in Khartoum has killed more than 500 people over the past week, the Sudan Doctors Network said.', [
    { category: 'killed', group: 'people', value: 500, modifier: 'more_than', places: ['Khartoum'], time: 'over the past week' },
  ]],
  ['regional', 'Burkina Faso', 'Jihadists killed at least 50 civilians in an attack on the village of Seytenga, the government said.', [
    { category: 'killed', group: 'civilians', value: 50, modifier: 'at_least', places: ['Seytenga'] },
  ]],
]);

probes("fighters, foreign soldiers and a side's own losses", [
  ['wire', 'Syria', 'Two Turkish soldiers were killed in a government air strike in Idlib province, the Turkish defence ministry said.', [
    { category: 'killed', value: 2 },
  ]],
  ['wire', 'Ukraine', 'The army said it had lost 14 soldiers in the fighting around Bakhmut over the past week.', [
    { category: 'killed', group: 'government_forces', value: 14, time: 'over the past week' },
  ]],
  ['regional', 'Nagorno-Karabakh', "Azerbaijan's defence ministry said 192 of its servicemen had been killed in the two-day operation.", [
    { category: 'killed', group: 'government_forces', value: 192 },
  ]],
  ['regional', 'Afghanistan', 'Four soldiers and two civilians were killed in a Taliban attack on a checkpoint in Helmand province.', [
    { category: 'killed', group: 'government_forces', value: 4 },
    { category: 'killed', group: 'civilians', value: 2 },
  ]],
  ['wire', 'Myanmar', 'Two soldiers died and 11 were wounded when resistance fighters attacked the base in Lashio.', [
    { category: 'killed', group: 'government_forces', value: 2, places: ['Lashio'] },
    { category: 'injured', group: 'government_forces', value: 11, places: ['Lashio'] },
  ]],
  ['encyclopedic', 'Syria', 'By the end of the offensive, 320 soldiers and 410 rebels had been killed.', [
    { category: 'killed', group: 'government_forces', value: 320 },
    { category: 'killed', group: 'opposition_fighters', value: 410 },
  ]],
  // "N casualties" is one figure giving both facts (data contract); the sufferer is no perpetrator.
  ['thinktank', 'Ukraine', 'Russian forces likely suffered over 400 casualties in the failed assault on Vuhledar.', [
    { category: 'injured', value: 400, modifier: 'more_than', actor: '' },
    { category: 'killed', value: 400, modifier: 'more_than', actor: '' },
  ]],
  ['encyclopedic', 'Syria', 'Government troops suffered 30 casualties near Khan Shaykhun on 12 August.', [
    { category: 'injured', group: 'government_forces', value: 30, actor: '' },
    { category: 'killed', group: 'government_forces', value: 30, actor: '' },
  ]],
  ['wire', 'DR Congo', 'Three UN peacekeepers were killed in an ambush near Beni, the mission said.', [
    { category: 'killed', value: 3, places: ['Beni'] },
  ]],
]);

probes('two places in one sentence are two facts', [
  ['wire', 'Ukraine', 'Five people died in Mariupol and another three in Volnovakha, the regional governor said.', [
    { category: 'killed', value: 5, places: ['Mariupol'] },
    { category: 'killed', value: 3, places: ['Volnovakha'] },
  ]],
  ['sitrep', 'Sudan', 'Shelling killed 11 civilians in Omdurman and seven in Bahri on 3 June.', [
    { category: 'killed', group: 'civilians', value: 11, places: ['Omdurman'] },
    { category: 'killed', group: 'civilians', value: 7, places: ['Bahri'] },
  ]],
]);

probes('figures with a period', [
  ['monitor', 'Syria', 'Since the start of the month, 96 civilians have been killed in Idlib governorate, the Syrian Network for Human Rights said.', [
    { category: 'killed', group: 'civilians', value: 96, places: ['Idlib'], time: 'Since the start of the month' },
  ]],
  ['sitrep', 'Yemen', 'In the first six months of 2024, 85 civilians were killed and 210 injured in Taiz governorate.', [
    { category: 'killed', group: 'civilians', value: 85, places: ['Taiz'], time: 'In the first six months of 2024' },
    { category: 'injured', group: 'civilians', value: 210, places: ['Taiz'], time: 'In the first six months of 2024' },
  ], "the date module (time.ts) reads 'the first half of 2024' but not 'the first six months of 2024'"],
  ['sitrep', 'Ukraine', 'Between 1 and 31 May, OHCHR recorded 174 civilians killed and 690 injured in Ukraine.', [
    { category: 'killed', group: 'civilians', value: 174, reporters: ['OHCHR'] },
    { category: 'injured', group: 'civilians', value: 690, reporters: ['OHCHR'] },
  ]],
  ['sitrep', 'DR Congo', 'Since 1 January, 230 civilians have been killed in Ituri province by armed groups, according to OCHA.', [
    { category: 'killed', group: 'civilians', value: 230, places: ['Ituri'], reporters: ['OCHA'] },
  ]],
  ['regional', 'Ethiopia', 'At least 80 people have been killed in ethnic violence in Oromia in the past three days, according to residents.', [
    { category: 'killed', group: 'people', value: 80, modifier: 'at_least', places: ['Oromia'], reporters: ['residents'] },
  ]],
]);

probes("monitors' cumulative tolls and breakdowns", [
  ['monitor', 'Libya', 'The UN mission documented 284 civilian casualties in the first quarter, including 113 deaths and 171 injuries.', [
    { category: 'killed', group: 'civilians', value: 113 },
    { category: 'injured', group: 'civilians', value: 171 },
  ]],
  ['thinktank', 'Sudan', 'ACLED recorded more than 1,200 fatalities from political violence in Sudan in January.', [
    { category: 'killed', value: 1200, modifier: 'more_than', reporters: ['ACLED'] },
  ]],
  ['monitor', 'Syria', 'The Observatory said the number of civilians killed since the offensive began had risen to 1,143, among them 291 children.', [
    { category: 'killed', group: 'civilians', value: 1143, cumulative: true },
    { category: 'killed', group: 'children', value: 291, cumulative: true },
  ]],
  ['wire', 'Ukraine', 'A Russian missile hit an apartment block in Dnipro on Saturday. Forty people were killed, the regional governor said.', [
    { category: 'killed', group: 'people', value: 40 },
  ]],
]);

probes('hedged and phrasal deaths', [
  ['wire', 'Ukraine', 'Nine people are feared dead after a drone hit a bus near Nikopol, the regional governor said.', [
    { category: 'killed', value: 9, places: ['Nikopol'], reporters: ['regional governor'] },
  ]],
  ['regional', 'DR Congo', 'At least 30 miners are presumed dead after the attack on the gold mine in Ituri province.', [
    { category: 'killed', value: 30, modifier: 'at_least', places: ['Ituri'] },
  ]],
  ['sitrep', 'DR Congo', 'Fourteen civilians were gunned down at a checkpoint near Bunia on 3 March, local authorities reported.', [
    { category: 'killed', group: 'civilians', value: 14, places: ['Bunia'] },
  ]],
  ['encyclopedic', 'Nigeria', 'On 5 June, militants gunned down 22 villagers in Zamfara State.', [
    { category: 'killed', value: 22, places: ['Zamfara'], time: 'On 5 June' },
  ]],
  ['regional', 'Yemen', 'An air strike hit a wedding party in Hajjah, killing 31 people. Those killed in the attack included 13 children, the UN said.', [
    { category: 'killed', group: 'people', value: 31, places: ['Hajjah'] },
    { category: 'killed', group: 'children', value: 13 },
  ]],
  ['monitor', 'Ukraine', 'OHCHR verified 150 civilian deaths in Kharkiv oblast in March. Children made up 11 of the deaths.', [
    { category: 'killed', group: 'civilians', value: 150 },
    { category: 'killed', group: 'children', value: 11 },
  ]],
  ['sitrep', 'Sudan', 'The shelling of a market in Omdurman left 40 people dead. Women represented 12 of the victims, according to medics.', [
    { category: 'killed', group: 'people', value: 40 },
    { category: 'killed', group: 'women', value: 12 },
  ]],
  ['wire', 'Iraq', 'Two people were killed in Tikrit and four more in Samarra when roadside bombs went off on Monday.', [
    { category: 'killed', value: 2, places: ['Tikrit'] },
    { category: 'killed', value: 4, places: ['Samarra'] },
  ]],
]);

probes('headlines, kin groups and lists by date', [
  ['wire', 'Ukraine', 'Russian strike on Odesa kills 8, injures 20', [
    { category: 'killed', value: 8, places: ['Odesa'] },
    { category: 'injured', value: 20, places: ['Odesa'] },
  ]],
  ['regional', 'DR Congo', 'Shelling of Goma camp kills 5 and wounds 14', [
    { category: 'killed', value: 5, places: ['Goma'] },
    { category: 'injured', value: 14, places: ['Goma'] },
  ]],
  ['wire', 'Ukraine', 'Eight members of one family were killed when a shell hit their home in Kharkiv.', [
    { category: 'killed', group: 'people', value: 8, places: ['Kharkiv'] },
  ]],
  ['monitor', 'Syria', 'Five members of the same family were killed in an air strike on Maarat al-Numan, the Observatory said.', [
    { category: 'killed', group: 'people', value: 5, places: ['Maarat al-Numan'] },
  ]],
  ['encyclopedic', 'Sudan', 'Clashes between the army and the RSF in El Obeid killed 19 people on 2 May and another 23 on 3 May.', [
    { category: 'killed', value: 19, places: ['El Obeid'], time: 'on 2 May' },
    { category: 'killed', value: 23, places: ['El Obeid'], time: 'on 3 May' },
  ]],
  ['wire', 'Ukraine', 'Russian shelling killed four civilians in Kherson on Monday and three more on Tuesday, the governor said.', [
    { category: 'killed', group: 'civilians', value: 4, places: ['Kherson'], time: 'on Monday' },
    { category: 'killed', group: 'civilians', value: 3, places: ['Kherson'], time: 'on Tuesday' },
  ]],
  ['regional', 'Yemen', 'The wounded numbered at least 60, hospital sources in Taiz said.', [
    { category: 'injured', value: 60, modifier: 'at_least' },
  ], "a toll stated by 'the dead / the wounded numbered N': no noun frame reads 'the wounded' as a toll"],
  ['wire', 'Yemen', 'Houthi officials said 17 of their fighters were killed in the battle for Marib.', [
    { category: 'killed', group: 'opposition_fighters', value: 17, places: ['Marib'] },
  ], "'their' refers to the subject of the reporting verb ('Houthi officials'), which subjectActor does not read as the side"],
  ['encyclopedic', 'Myanmar', 'A drone strike on a wedding in Sagaing Region killed a family of five.', [
    { category: 'killed', value: 5 },
  ], "'a family of five': the figure counts the persons of a family noun, which the noun reader takes for one family"],
]);
