/**
 * Casualty and displacement constructions of issue 9, and who reported them: one block per rule, each tried on
 * sentences written for it in several genres and wars. None comes from the seed or corpus texts; each expected value
 * is what the sentence says.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';
import { rule } from './rule.ts';
import { findTimes } from '../src/time.ts';

rule("a monitor's toll in apposition, with its subgroups as facts of the same series", [
  ['monitor', 'It has risen to 212, the number of civilians whose death was recorded by the Yemen Data Project since the start of March, including at least 48 children and 27 women.', [
    { category: 'killed', group: 'civilians', value: 212, cumulative: true, reporters: ['Yemen Data Project'] },
    { category: 'killed', group: 'children', value: 48, modifier: 'at_least', cumulative: true, reporters: ['Yemen Data Project'] },
    { category: 'killed', group: 'women', value: 27, cumulative: true, reporters: ['Yemen Data Project'] },
  ]],
  ['monitor', 'It has increased to 96, the number of civilians whose death was documented by the Sudan Monitor in El Fasher, including at least 30 children and 19 women.', [
    { category: 'killed', group: 'civilians', value: 96, places: ['El Fasher'], reporters: ['Sudan Monitor'] },
    { category: 'killed', group: 'children', value: 30, places: ['El Fasher'] },
    { category: 'killed', group: 'women', value: 19, places: ['El Fasher'] },
  ]],
  // The period: its start as the monitor writes it ("the 2nd of May"), shared by the subgroups; "until today" is the
  // report's day, which normalize takes as the end of a running total.
  ['monitor', 'It has increased to 96, the number of civilians whose death was documented by the Sudan Monitor, including at least 30 children and 19 women, since the 2nd of May until today the 30th of May 2024.', [
    { value: 96, time: 'since the 2nd of May', cumulative: true },
    { group: 'children', value: 30, time: 'since the 2nd of May', cumulative: true },
    { group: 'women', value: 19, time: 'since the 2nd of May', cumulative: true },
  ]],
  ['regional', 'It has risen to 212, the number of civilians whose death was recorded by the Yemen Data Project since the start of March until today the 9th of April 2020, including at least 48 children.', [
    { value: 212, time: 'since the start of March' },
    { group: 'children', value: 48, time: 'since the start of March' },
  ]],
]);

rule('a hedge is a certainty value, not a reason to drop the figure', [
  ['wire', 'At least 15 people are believed to have died when shells hit the market in Kherson, officials said.', [
    { category: 'killed', value: 15, modifier: 'at_least', places: ['Kherson'], reporters: ['officials'] },
  ]],
  ['sitrep', 'Some 300 households are reported to have fled the villages south of Kalehe.', [
    { category: 'displaced', value: 300, unit: 'households' },
  ]],
]);

rule('the same count in two places or by two perpetrators is two facts (item 8)', [
  ['wire', 'Seven people died in shelling on Kramatorsk on Tuesday. Another seven died in an attack in Sloviansk.', [
    { category: 'killed', value: 7, places: ['Kramatorsk'] },
    { category: 'killed', value: 7, places: ['Sloviansk'] },
  ]],
  ['monitor', 'ISIS killed 4 civilians in Deir ez-Zor. Kurdish-led forces killed 4 civilians, including one child.', [
    { category: 'killed', group: 'civilians', value: 4, actor: 'ISIS' },
    { category: 'killed', group: 'civilians', value: 4, actor: 'Kurdish-led forces' },
    { category: 'killed', group: 'children', value: 1 },
  ]],
  ['regional', 'RSF shelling killed 3 civilians in Omdurman on Monday. Army air strikes killed 3 civilians on Monday, residents said.', [
    { category: 'killed', group: 'civilians', value: 3, actor: 'RSF' },
    { category: 'killed', group: 'civilians', value: 3, actor: 'Army' },
  ]],
  // The same side told twice ("Russian strikes", "Russian forces") is the same fact restated.
  ['wire', 'Russian strikes killed 5 people in Kharkiv. Russian forces killed 5 people in Kharkiv, the governor said.', [
    { category: 'killed', value: 5, places: ['Kharkiv'], reporters: ['governor'] },
  ]],
]);

rule('"left N dead and M wounded": the verb after a list belongs to its last figure', [
  ['wire', 'The strike left 8 dead and 20 wounded in Kharkiv, the governor said.', [
    { category: 'killed', value: 8, places: ['Kharkiv'], reporters: ['governor'] },
    { category: 'injured', value: 20, places: ['Kharkiv'], reporters: ['governor'] },
  ]],
  ['sitrep', 'The attack on the camp near Marib left 4 dead and 11 injured.', [
    { category: 'killed', value: 4, places: ['Marib'] },
    { category: 'injured', value: 11, places: ['Marib'] },
  ]],
]);

rule('a toll noun with a long complement, and verbs of change the tagger misreads', [
  ['monitor', 'Accordingly, the number of people who have been forced to flee since the start of the assault on May 3 rose to 64,000 civilians.', [
    { category: 'displaced', value: 64000, cumulative: true, time: 'since the start of the assault on May 3' },
  ]],
  ['sitrep', 'The number of families who have fled the camps around Goma since the clashes in early January rose to 12,400.', [
    { category: 'displaced', value: 12400, unit: 'families', cumulative: true },
  ]],
  ['wire', 'The number of dead has reached 63, the health ministry in Gaza said.', [
    { category: 'killed', value: 63, cumulative: true, reporters: ['health ministry'] },
  ]],
  ['regional', 'The number of wounded rose to 140 on Sunday, the regional governor said.', [
    { category: 'injured', value: 140, cumulative: true, time: 'on Sunday' },
  ]],
  ['sitrep', 'The number of displaced in Kalehe has exceeded 25,000, OCHA said.', [
    { category: 'displaced', value: 25000, places: ['Kalehe'], reporters: ['OCHA'] },
  ]],
]);

rule('a breakdown after "they are" or "the victims are" gives parts of the toll in groups of the schema', [
  ['monitor', 'Thus, the number of people killed in the airstrikes on the city since yesterday rose to 30, they are 9 children, 5 women and 16 men.', [
    { category: 'killed', value: 30, cumulative: true },
    { category: 'killed', group: 'children', value: 9, cumulative: true },
    { category: 'killed', group: 'women', value: 5, cumulative: true },
  ]],
  ['monitor', 'Thus, the total number of fatalities rose to 56, they are: 20 civilians, 21 members of the regime forces and 15 men.', [
    { category: 'killed', value: 56 },
    { category: 'killed', group: 'civilians', value: 20 },
    { category: 'killed', group: 'government_forces', value: 21 },
  ]],
  ['regional', 'The death toll in Sittwe rose to 19, the victims are 7 children and 4 women, a local official said.', [
    { category: 'killed', value: 19, places: ['Sittwe'] },
    { category: 'killed', group: 'children', value: 7 },
    { category: 'killed', group: 'women', value: 4 },
  ]],
]);

rule("the next sentence's breakdown of a toll is part of the same series, stated by the same source", [
  ['monitor', 'OHCHR recorded 4,335 civilian casualties in Ukraine: 1,842 killed and 2,493 injured. Among those killed were 68 children.', [
    { category: 'killed', group: 'civilians', value: 1842, reporters: ['OHCHR'] },
    { category: 'injured', group: 'civilians', value: 2493, reporters: ['OHCHR'] },
    { category: 'killed', group: 'children', value: 68, places: ['Ukraine'], reporters: ['OHCHR'] },
  ]],
  ['monitor', 'The Syrian Observatory for Human Rights said 18 civilians were killed in Idlib. The Britain-based monitor added that 7 of them were children.', [
    { category: 'killed', group: 'civilians', value: 18, places: ['Idlib'] },
    { category: 'killed', group: 'children', value: 7, places: ['Idlib'], reporters: ['Syrian Observatory for Human Rights'] },
  ]],
  ['wire', 'Shelling killed 40 people in Goma on Monday. Of the dead, 12 were women and 9 were children.', [
    { category: 'killed', value: 40, places: ['Goma'] },
    { category: 'killed', group: 'women', value: 12, places: ['Goma'] },
    { category: 'killed', group: 'children', value: 9, places: ['Goma'] },
  ]],
  ['regional', 'Air strikes killed 31 people in Taiz, medics said. The victims include 11 children and 6 women.', [
    { category: 'killed', value: 31, places: ['Taiz'], reporters: ['medics'] },
    { category: 'killed', group: 'children', value: 11, reporters: ['medics'] },
    { category: 'killed', group: 'women', value: 6, reporters: ['medics'] },
  ]],
  ['wire', 'Thirty people were wounded in the attack in Kramatorsk. Among the injured were 5 children.', [
    { category: 'injured', value: 30 },
    { category: 'injured', group: 'children', value: 5, places: ['Kramatorsk'] },
  ]],
  // No group of the schema ("officers"), or no casualty toll before: nothing.
  ['sitrep', 'Some 2,000 families fled Sake. Among those who fled were 400 children.', [
    { category: 'displaced', value: 2000, unit: 'families' },
  ]],
]);

rule('a part after "including" names no group for a later bare figure', [
  ['monitor', 'White Helmets teams responded to 12 attacks that killed 17 people, including 5 children, and injured 42.', [
    { category: 'killed', value: 17 },
    { category: 'killed', group: 'children', value: 5 },
    { category: 'injured', group: 'people', value: 42 },
  ]],
  ['wire', 'The drone strike on the market in El Obeid killed 21 civilians, including 6 children, and wounded 35, activists said.', [
    { category: 'killed', group: 'civilians', value: 21 },
    { category: 'killed', group: 'children', value: 6 },
    { category: 'injured', group: 'civilians', value: 35 },
  ]],
]);

rule('"martyred" is killed, "martyrs" are dead', [
  ['monitor', 'Eleven civilians were martyred in the shelling on the town of Saqba.', [
    { category: 'killed', group: 'civilians', value: 11, places: ['Saqba'] },
  ]],
  ['regional', 'The number of those who were martyred in the raids on Rafah rose to 22, among them 6 children.', [
    { category: 'killed', value: 22, places: ['Rafah'], cumulative: true },
    { category: 'killed', group: 'children', value: 6 },
  ]],
]);

rule('who reported it: a document named after its source, a role before a name, never a fragment of a clause', [
  ['monitor', 'According to the SNHR report, 115 civilians were killed in February.', [
    { category: 'killed', value: 115, reporters: ['SNHR'] },
  ]],
  ['sitrep', 'According to a UNHCR report, 40,000 people fled Tawila in March.', [
    { category: 'displaced', value: 40000, reporters: ['UNHCR'] },
  ]],
  ['sitrep', 'According to the latest OCHA figures, 12,000 people have been displaced in Rutshuru.', [
    { category: 'displaced', value: 12000, reporters: ['OCHA'] },
  ]],
  ['wire', 'Health ministry spokesman Ashraf al-Qudra said 31 people were killed in Khan Younis.', [
    { category: 'killed', value: 31, reporters: ['Ashraf al-Qudra'] },
  ]],
  ['wire', 'An organisation that monitors the war and a pro-Damascus military source said 12 soldiers were killed in Kafr Zita.', [
    { category: 'killed', group: 'government_forces', value: 12, reporters: ['pro-Damascus military source'] },
  ]],
  ['regional', 'A group that tracks the violence and local officials said 30 people died in Ituri.', [
    { category: 'killed', value: 30, reporters: ['local officials'] },
  ]],
]);

rule('who reported it: "X spoke of N", "X put the toll at N", figures provided by X', [
  ['monitor', 'The Sudan Doctors Network also reported heavy losses in El Fasher. It spoke of about 300 dead and more than 400 wounded.', [
    { category: 'killed', value: 300, reporters: ['Sudan Doctors Network'] },
    { category: 'injured', value: 400, reporters: ['Sudan Doctors Network'] },
  ]],
  ['wire', 'The Ukrainian emergency service put the toll at 12, with 30 wounded.', [
    { category: 'killed', value: 12, reporters: ['Ukrainian emergency service'] },
    { category: 'injured', value: 30, reporters: ['Ukrainian emergency service'] },
  ]],
  ['regional', 'More than 130,000 people have fled to the border, according to figures provided this week by the Turkish Red Crescent.', [
    { category: 'displaced', value: 130000, reporters: ['Turkish Red Crescent'] },
  ]],
]);

rule('arrivals are displacement; fighters moving are not', [
  ['sitrep', 'Some 8000 people have arrived in Renk from Khartoum since Monday, UNHCR said.', [
    { category: 'displaced', value: 8000, places: ['Renk', 'Khartoum'], cumulative: true, reporters: ['UNHCR'] },
  ]],
  ['wire', 'About 2,000 fighters arrived in Idlib from Ghouta on Friday.', []],
  ['regional', 'Some 300 soldiers returned to their base in Kidal.', []],
  ['wire', 'Some 5,000 fighters and civilians fled Kherson across the river on Friday.', [
    { category: 'displaced', value: 5000, places: ['Kherson'] },
  ]],
  ['sitrep', 'About 1,500 families returned to Kalehe last week.', [
    { category: 'returned', value: 1500, unit: 'families', places: ['Kalehe'] },
  ]],
]);

rule('a range written with a hyphen, or hedged, is one figure', [
  ['monitor', 'Airwars assessed the incident as "Fair", with 8-13 civilians reportedly killed in Mosul.', [
    { category: 'killed', group: 'civilians', value: 8, phrase: '8-13', places: ['Mosul'] },
  ]],
  ['wire', 'Some 9,000 to 11,000 civilians died in the battle for Raqqa.', [
    { category: 'killed', group: 'civilians', value: 9000, modifier: 'about' },
  ]],
  ['sitrep', 'Approximately 14,000 – 16,000 people have been displaced from Sennar town.', [
    { category: 'displaced', value: 14000, modifier: 'about' },
  ]],
]);

rule("the brief's list: gapped lists by place, periods, families, killing and wounding, from X to Y", [
  ['sitrep', 'The Shelter Cluster tracked 14,200 arrivals in Marib, 6,310 in Taiz and 2,045 in Aden.', [
    { category: 'displaced', value: 14200, places: ['Marib'], time: '', reporters: ['Shelter Cluster'] },
    { category: 'displaced', value: 6310, places: ['Taiz'], reporters: ['Shelter Cluster'] },
    { category: 'displaced', value: 2045, places: ['Aden'], reporters: ['Shelter Cluster'] },
  ]],
  ['sitrep', 'The CCCM Cluster recorded 48,000 displacements to northern Rakhine between 3 March and 12 April.', [
    { category: 'displaced', value: 48000, time: 'between 3 March and 12 April', reporters: ['CCCM Cluster'] },
  ]],
  ['regional', 'Around 300 families fled the village of Kibumba on Monday, according to local authorities.', [
    { category: 'displaced', value: 300, unit: 'families', places: ['Kibumba'], reporters: ['local authorities'] },
  ]],
  ['wire', 'An air strike hit a market in Idlib on Sunday, killing 14 people and wounding 30, the Syrian Observatory said.', [
    { category: 'killed', value: 14, reporters: ['Syrian Observatory'] },
    { category: 'injured', value: 30, reporters: ['Syrian Observatory'] },
  ]],
  ['sitrep', 'An estimated 12,000 people were displaced from Kalehe to Minova last week.', [
    { category: 'displaced', value: 12000, places: ['Kalehe', 'Minova'], time: 'last week' },
  ]],
]);

describe('a month is a whole word', () => {
  it('"in Marib", "in Mariupol", "in Decani" are places, not months', () => {
    for (const s of ['Nine people were killed in Marib.', 'Five people were killed in Mariupol.', 'Two people died in Decani.']) {
      expect(findTimes(s), s).toEqual([]);
    }
  });
  it('"the 25th of December" is a day', () => {
    expect(findTimes('It rose to 144 since the 25th of December 2017.').map((t) => t.text)).toEqual(['since the 25th of December 2017']);
  });
  it('abbreviated months still read', () => {
    expect(findTimes('Since Mar. 3, some 400 people fled.').map((t) => t.text)).toEqual(['Since Mar. 3']);
    expect(findTimes('Fighting resumed in Jan 2019.').map((t) => t.text)).toEqual(['in Jan 2019']);
  });
  it('a casualty in a town whose name starts like a month is undated', () => {
    expect(extract('The attack killed at least 9 people in Marib, a local official said.')[0]!.time_phrase).toBe('');
  });
});
