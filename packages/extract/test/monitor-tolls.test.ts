/**
 * Monitors' tolls (issue 9): the shapes SOHR, SNHR, Airwars, OHCHR/HRMMU, ACLED, the Yemen Data Project, Iraq Body Count
 * and civil-defence teams publish, written for these rules (none comes from the seed or corpus texts), tried in
 * several genres and wars. Each expected value is what the sentence says.
 */
import { rule } from './rule.ts';

rule('"N of them X", "N of whom were X": a part that names its group after its figure', [
  ['monitor', 'The Syrian Observatory documented 64 civilians who were killed on Friday, 22 of them children and 13 of them women.', [
    { category: 'killed', group: 'civilians', value: 64, time: 'on Friday', reporters: ['Syrian Observatory'] },
    { category: 'killed', group: 'children', value: 22, time: 'on Friday', reporters: ['Syrian Observatory'] },
    { category: 'killed', group: 'women', value: 13, time: 'on Friday', reporters: ['Syrian Observatory'] },
  ]],
  ['wire', 'Air strikes killed 19 civilians in Sanaa on Tuesday, 8 of them children, medics said.', [
    { category: 'killed', group: 'civilians', value: 19, places: ['Sanaa'] },
    { category: 'killed', group: 'children', value: 8, places: ['Sanaa'], reporters: ['medics'] },
  ]],
  ['monitor', 'ACLED recorded 212 fatalities in Rakhine last month, 140 of whom were civilians.', [
    { category: 'killed', group: 'people', value: 212, reporters: ['ACLED'] },
    { category: 'killed', group: 'civilians', value: 140, reporters: ['ACLED'] },
  ]],
  ['encyclopedic', 'The Observatory said 37 people were killed on Monday, 19 of whom were civilians, including 4 children.', [
    { category: 'killed', group: 'people', value: 37 },
    { category: 'killed', group: 'civilians', value: 19 },
    { category: 'killed', group: 'children', value: 4 },
  ]],
  // A partitive that names a place or a verb, not a group, is no part of the toll.
  ['wire', 'Twelve people were killed in Kharkiv region on Sunday, 3 of them in Kupiansk.', [
    { category: 'killed', group: 'people', value: 12 },
  ]],
]);

rule("a breakdown's list goes on past an age bound or the previous part's complement", [
  ['monitor', 'SOHR has documented the death of 312 civilians since the start of the escalation, among them 88 children under the age of 18 and 61 women over the age of 18.', [
    { category: 'killed', group: 'civilians', value: 312, cumulative: true, reporters: ['SOHR'] },
    { category: 'killed', group: 'children', value: 88, cumulative: true },
    { category: 'killed', group: 'women', value: 61, cumulative: true },
  ]],
  ['sitrep', 'Health partners reported 56 civilian deaths in Marib, among them 20 children (aged under 18) and 9 women.', [
    { category: 'killed', group: 'civilians', value: 56, places: ['Marib'] },
    { category: 'killed', group: 'children', value: 20 },
    { category: 'killed', group: 'women', value: 9 },
  ]],
  ['monitor', 'Accordingly, the number of people who were killed rose to 214, they are: 97 civilians including 30 children and 21 women, 70 members of regime forces and loyal militiamen, and 47 fighters of the factions.', [
    { category: 'killed', group: 'people', value: 214, cumulative: true },
    { category: 'killed', group: 'civilians', value: 97, cumulative: true },
    { category: 'killed', group: 'children', value: 30, cumulative: true },
    { category: 'killed', group: 'women', value: 21, cumulative: true },
    { category: 'killed', group: 'government_forces', value: 70, cumulative: true },
    { category: 'killed', group: 'opposition_fighters', value: 47, cumulative: true },
  ]],
  ['regional', 'The toll of the fighting in Sagaing has risen to 96, among them 41 civilians, including 12 children and 8 women, 30 members of the junta forces and 25 fighters of the resistance factions.', [
    { category: 'killed', value: 96, cumulative: true },
    { category: 'killed', group: 'civilians', value: 41 },
    { category: 'killed', group: 'children', value: 12 },
    { category: 'killed', group: 'women', value: 8 },
    { category: 'killed', group: 'government_forces', value: 30 },
    { category: 'killed', group: 'opposition_fighters', value: 25 },
  ]],
]);

rule('the monitor as the reporter of its own toll: a name with "of" or "for", "was able to document"', [
  ['monitor', 'The Syrian Observatory for Human Rights was able to document 43 civilian deaths today.', [
    { category: 'killed', group: 'civilians', value: 43, reporters: ['Syrian Observatory for Human Rights'] },
  ]],
  ['monitor', 'The Syrian Network for Human Rights documented on Monday the death of 16 civilians in Ariha.', [
    { category: 'killed', group: 'civilians', value: 16, places: ['Ariha'], reporters: ['Syrian Network for Human Rights'] },
  ]],
  ['sitrep', 'The Office of the High Commissioner managed to record 37 civilian deaths in Zaporizhzhia in April.', [
    { category: 'killed', group: 'civilians', value: 37, reporters: ['Office of the High Commissioner'] },
  ]],
]);

rule('a toll names its victims in its complement, or with a copula', [
  ['regional', 'The death toll of civilians in Wad Madani rose to 37, including 9 children, the Sudan Doctors Network said.', [
    { category: 'killed', group: 'civilians', value: 37, cumulative: true, reporters: ['Sudan Doctors Network'] },
    { category: 'killed', group: 'children', value: 9, cumulative: true },
  ]],
  ['wire', 'The death toll among civilians in Hodeidah has risen to 52, health officials said.', [
    { category: 'killed', group: 'civilians', value: 52, cumulative: true },
  ]],
  ['monitor', 'The total number of civilians killed in the siege of the town is 412, including 96 children.', [
    { category: 'killed', group: 'civilians', value: 412, cumulative: true },
    { category: 'killed', group: 'children', value: 96, cumulative: true },
  ]],
  ['encyclopedic', 'By the end of the month the number of soldiers wounded in the fighting for Bakhmut was 1,300.', [
    { category: 'injured', group: 'government_forces', value: 1300, cumulative: true },
  ]],
  // A copula states a stock as well as a movement: "the number of displaced ... is N" is left to the stock rules.
  ['sitrep', 'The number of people displaced by the fighting in Kalehe is now 40,000.', []],
]);

rule('an incident that adds to a running total keeps its own date, the total its start', [
  ['monitor', 'The strikes killed 12 civilians, including 3 children, bringing to 1,224 the number of civilians killed since Sunday.', [
    { category: 'killed', group: 'civilians', value: 12, time: '', cumulative: false },
    { category: 'killed', group: 'children', value: 3, time: '', cumulative: false },
    { category: 'killed', group: 'civilians', value: 1224, time: 'since Sunday', cumulative: true },
  ]],
  ['wire', 'Shelling killed 7 people in Kherson, raising the toll since the 3rd of June to 58.', [
    { category: 'killed', value: 7, places: ['Kherson'], time: '', cumulative: false },
    { category: 'killed', value: 58, time: 'since the 3rd of June', cumulative: true },
  ]],
  // "since ... until today": the period starts with the since-phrase; today is the report's day, not a second date.
  ['monitor', 'Since the 1st of March until today the 8th of March 2019, SOHR documented the death of 58 civilians in Deraa.', [
    { category: 'killed', group: 'civilians', value: 58, time: 'Since the 1st of March', cumulative: true, reporters: ['SOHR'] },
  ]],
  ['regional', 'Since the start of the war until today, the Yemen Data Project recorded 19,100 civilian casualties, with 8,900 killed.', [
    { category: 'killed', group: 'civilians', value: 8900, time: 'Since the start of the war', cumulative: true },
  ]],
]);

rule('fighters whose side is in their complement are the subject of the verb after it', [
  ['monitor', 'SOHR said 44 members of the regime forces and 29 fighters of the factions were killed in the clashes.', [
    { category: 'killed', group: 'government_forces', value: 44, reporters: ['SOHR'] },
    { category: 'killed', group: 'opposition_fighters', value: 29, reporters: ['SOHR'] },
  ]],
  ['encyclopedic', 'Some 60 fighters of the Islamic State were killed in the battle for Tal Afar.', [
    { category: 'killed', group: 'isis_fighters', value: 60 },
  ]],
  ['wire', 'At least 23 members of the Houthi forces died in the fighting near Marib, a military source said.', [
    { category: 'killed', group: 'opposition_fighters', value: 23 },
  ]],
]);

rule('members of a coordinated "of" complement each count: "the death of N children and M women"', [
  ['monitor', 'SNHR documented the death of 12 children and 3 women in Idlib on Monday.', [
    { category: 'killed', group: 'children', value: 12, places: ['Idlib'], reporters: ['SNHR'] },
    { category: 'killed', group: 'women', value: 3, places: ['Idlib'], reporters: ['SNHR'] },
  ]],
  // "a child": one person with an article counts one (single-person.test.ts).
  ['monitor', 'Monitors documented the killing of a child and 5 women in the shelling of Kafr Batna.', [
    { category: 'killed', group: 'children', value: 1, places: ['Kafr Batna'] },
    { category: 'killed', group: 'women', value: 5, places: ['Kafr Batna'] },
  ]],
  ['wire', 'The raid caused the deaths of 14 civilians and 9 government soldiers near Sittwe.', [
    { category: 'killed', group: 'civilians', value: 14, places: ['Sittwe'] },
    { category: 'killed', group: 'government_forces', value: 9, places: ['Sittwe'] },
  ]],
]);

rule('"the deaths of N of its fighters": the subject\'s own people, on its side, with no perpetrator', [
  ['encyclopedic', 'On 3 June, the pro-government militia announced the deaths of 14 of its fighters in clashes near Kafr Nabudah.', [
    { category: 'killed', group: 'government_forces', value: 14, actor: '', time: 'On 3 June' },
  ]],
  ['wire', 'The rebels confirmed the deaths of 31 of their fighters in the battle for Kidal.', [
    { category: 'killed', group: 'opposition_fighters', value: 31, actor: '' },
  ]],
  ['wire', 'The army said two of its soldiers died in the ambush near Goma.', [
    { category: 'killed', group: 'government_forces', value: 2, actor: '' },
  ]],
]);

rule('"Of the N killed, M were children": parts named by a copula after a lead that names the toll', [
  ['monitor', 'Of the 1,412 civilians killed since February, 281 were children and 187 were women, the monitor said.', [
    { category: 'killed', group: 'civilians', value: 1412, cumulative: true },
    { category: 'killed', group: 'children', value: 281, cumulative: true },
    { category: 'killed', group: 'women', value: 187, cumulative: true },
  ]],
  ['sitrep', 'Among the 96 people killed in the attacks on El Geneina, 40 were children.', [
    { category: 'killed', group: 'people', value: 96, places: ['El Geneina'] },
    { category: 'killed', group: 'children', value: 40 },
  ]],
  // Without the lead, a copula figure is no part.
  ['wire', 'Strikes killed 30 people in Taiz; 12 were children, medics said.', [
    { category: 'killed', group: 'people', value: 30, places: ['Taiz'] },
  ]],
]);

rule('"raising the number of civilians who were killed since X to N": a caused toll whose noun has a clause of its own', [
  ['monitor', 'SOHR monitored the death of 23 more civilians, raising the total number of civilians killed since the 18th of February to 1,423.', [
    { category: 'killed', group: 'civilians', value: 23, time: '', cumulative: false },
    { category: 'killed', group: 'civilians', value: 1423, time: 'since the 18th of February', cumulative: true },
  ]],
  ['wire', 'The new strikes killed 6 people in Kramatorsk, bringing the number of people who have died in the city since Monday to 41.', [
    { category: 'killed', value: 6, places: ['Kramatorsk'], cumulative: false },
    { category: 'killed', value: 41, time: 'since Monday', cumulative: true },
  ]],
  // A causing verb with no toll noun before "to" is no toll: "brought 300 families to safety" counts nobody killed.
  ['sitrep', 'Volunteers brought the wounded from the villages around Sake to 3 hospitals in Goma.', []],
]);

rule('the parts of a toll read from the fact that stands, with its running total', [
  ['monitor', 'The death toll rose to 1,400 civilian martyrs, among them 281 children under the age of eighteen and 187 citizen women over the age of eighteen.', [
    { category: 'killed', group: 'civilians', value: 1400, cumulative: true },
    { category: 'killed', group: 'children', value: 281, cumulative: true },
    { category: 'killed', group: 'women', value: 187, cumulative: true },
  ]],
  ['regional', 'The death toll in Khan Younis has climbed to 230 civilians, among them 96 children aged under 18 and 51 women.', [
    { category: 'killed', group: 'civilians', value: 230, cumulative: true },
    { category: 'killed', group: 'children', value: 96, cumulative: true },
    { category: 'killed', group: 'women', value: 51, cumulative: true },
  ]],
]);

rule("an appositive toll's complement: a relative after a comma, 'the citizens', a time phrase after it", [
  ['monitor', 'It has risen to 212, the number of civilians, who were killed in the bombardment on Idlib province, including 53 children and 38 women, since the 3rd of May.', [
    { category: 'killed', group: 'civilians', value: 212, time: 'since the 3rd of May', cumulative: true },
    { category: 'killed', group: 'children', value: 53, cumulative: true },
    { category: 'killed', group: 'women', value: 38, cumulative: true },
  ]],
  ['regional', 'The number of the citizens who were killed in the shelling of Kherson since the start of the month rose to 47, including 5 children.', [
    { category: 'killed', group: 'civilians', value: 47, time: 'since the start of the month', cumulative: true },
    { category: 'killed', group: 'children', value: 5, cumulative: true },
  ]],
  ['monitor', 'SOHR documented the killing of 9 civilians today, bringing to 212 the number of civilians who were killed since the 3rd of May, they are 53 children, 38 women and 121 men.', [
    { category: 'killed', group: 'civilians', value: 9, time: 'today', cumulative: false },
    { category: 'killed', group: 'civilians', value: 212, time: 'since the 3rd of May', cumulative: true },
    { category: 'killed', group: 'children', value: 53, time: 'since the 3rd of May' },
    { category: 'killed', group: 'women', value: 38, time: 'since the 3rd of May' },
  ]],
]);

rule('"in addition to N": a figure added to a casualty fact shares its verb, as a series of its own', [
  ['monitor', 'Also, 27 members of the regime forces were killed in the clashes on the fronts of Harasta, in addition to 31 fighters of the factions.', [
    { category: 'killed', group: 'government_forces', value: 27 },
    { category: 'killed', group: 'opposition_fighters', value: 31 },
  ]],
  ['wire', 'The drone strikes killed 12 soldiers near Bakhmut in addition to 4 civilians, officials said.', [
    { category: 'killed', group: 'government_forces', value: 12 },
    { category: 'killed', group: 'civilians', value: 4 },
  ]],
  // Not after a casualty fact: nothing to share.
  ['sitrep', 'Some 300 families arrived in Kalehe, in addition to 40 unaccompanied children.', [
    { category: 'displaced', value: 300, unit: 'families' },
  ]],
]);

rule('a toll without "death" before it is still a running total of the dead', [
  ['monitor', 'The toll of the regime escalation reached 1,412 civilians, who were killed since the 18th of February.', [
    { category: 'killed', group: 'civilians', value: 1412, cumulative: true },
  ]],
  ['regional', 'The toll of the shelling on Omdurman has risen to 64 people, the emergency room said.', [
    { category: 'killed', group: 'people', value: 64, cumulative: true },
  ]],
]);

rule('the next sentence names the toll\'s victims: "The martyrs are ...", "They are ..."', [
  ['monitor', 'SOHR documented the death of 23 civilians in Douma today. The martyrs are 9 children, 6 women and 8 men.', [
    { category: 'killed', group: 'civilians', value: 23, places: ['Douma'], reporters: ['SOHR'] },
    { category: 'killed', group: 'children', value: 9, places: ['Douma'], reporters: ['SOHR'] },
    { category: 'killed', group: 'women', value: 6, places: ['Douma'], reporters: ['SOHR'] },
  ]],
  ['wire', 'Air strikes killed 40 civilians in Saada on Monday. They are 12 children, 9 women and 19 men.', [
    { category: 'killed', group: 'civilians', value: 40, places: ['Saada'] },
    { category: 'killed', group: 'children', value: 12, places: ['Saada'] },
    { category: 'killed', group: 'women', value: 9, places: ['Saada'] },
  ]],
  // After a displacement figure, "they are" names no victims.
  ['sitrep', 'Some 2,000 families fled Sake on Monday. They are 600 women and 900 children, partners said.', [
    { category: 'displaced', value: 2000, unit: 'families' },
  ]],
]);
