/**
 * The frame finder's constructions, end to end through extractArticle (so the merge with the cue finders is tested
 * too), on sentences written for each rule in the genres the pipeline reads. None comes from the seed or corpus texts.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (text: string) => extract(text).map(brief);

describe('counted event nouns under a reporting verb', () => {
  it('sitrep: a total of displacements, with its period', () => {
    expect(facts('The Shelter Cluster has tracked a total of 64,210 displacements to western Homs between 4 March and 2 April.')).toMatchObject([
      { category: 'displaced', value: 64210, unit: 'persons', places: ['Homs'], time: 'between 4 March and 2 April', reporters: ['Shelter Cluster'] },
    ]);
  });
  it('ngo bulletin: new displacements counted by monitors, the role as reporter (no organisation named)', () => {
    expect(facts('Monitors counted nearly 3,000 new displacements in the valley last week.')).toMatchObject([
      { category: 'displaced', value: 3000, modifier: 'nearly', reporters: ['Monitors'] },
    ]);
  });
  it('wire: deaths and injuries as nouns', () => {
    expect(facts('The clashes have led to over 300 fatalities and 1,100 injuries since March, officials said.')).toMatchObject([
      { category: 'killed', value: 300 },
      { category: 'injured', value: 1100 },
    ]);
  });
  it('an arrival counts only when a report counts it', () => {
    expect(facts('Queues formed as 3,400 arrivals waited at the gate.')).toEqual([]);
  });
});

describe('gapped lists: one fact per place', () => {
  it('sitrep: arrivals in three towns', () => {
    expect(facts('Partners registered 21,400 arrivals in Azaz, 9,655 in Afrin and 3,010 in Jarablus over the week.')).toMatchObject([
      { category: 'displaced', value: 21400, places: ['Azaz'] },
      { category: 'displaced', value: 9655, places: ['Afrin'] },
      { category: 'displaced', value: 3010, places: ['Jarablus'] },
    ]);
  });
  it('assessment: displacements to two districts', () => {
    expect(facts('The survey recorded 1,200 displacements to Jisr al-Shughur and 800 to Ariha in the first week of June.')).toMatchObject([
      { value: 1200, places: ['Jisr al-Shughur'] },
      { value: 800, places: ['Ariha'] },
    ]);
  });
  it('a figure with a different noun ends the list', () => {
    const got = facts('Teams registered 2,400 arrivals in Azaz, 60 trucks in Afrin and 300 tents in Jarablus.');
    expect(got.map((f) => f.value)).toEqual([2400]);
  });
});

describe('the count as an "of" complement', () => {
  it('monitor: documented the death of N', () => {
    expect(facts('Local volunteers documented the death of 37 civilians in Douma.')).toMatchObject([
      { category: 'killed', group: 'civilians', value: 37, places: ['Douma'] },
    ]);
  });
  it('outlet: the arrival of N families', () => {
    expect(facts('The camp near Atmeh saw the arrival of 1,200 families in one week.')).toMatchObject([
      { category: 'displaced', value: 1200, unit: 'families' },
    ]);
  });
});

describe('tolls stated by a verb of change', () => {
  it('wire: the toll rose to N', () => {
    expect(facts('The toll rose to 212 on Friday, the monitor said.')).toMatchObject([{ category: 'killed', value: 212, cumulative: true }]);
  });
  it('monitor: the number of people displaced has risen to N (category from the complement)', () => {
    expect(facts('The number of people displaced from the valley has risen to 12,000.')).toMatchObject([{ category: 'displaced', value: 12000, cumulative: true }]);
  });
  it('a number of strikes is no toll', () => {
    expect(facts('The number of air strikes on the district has risen to 40.')).toEqual([]);
  });
});

describe('subjects of intransitive and passive verbs, through hedges', () => {
  it('wire: are believed to have died', () => {
    expect(facts('At least 12 people are believed to have died when the market was hit.')).toMatchObject([{ category: 'killed', value: 12, modifier: 'at_least' }]);
  });
  it('outlet: are thought to have been killed (passive needs "be")', () => {
    expect(facts('Eleven fighters are thought to have been killed in the ambush near Kafr Nabl.')).toMatchObject([{ category: 'killed', value: 11 }]);
  });
  it('sitrep: are reported to have returned', () => {
    expect(facts('About 2,100 households are reported to have returned to the eastern villages.')).toMatchObject([{ category: 'returned', value: 2100, unit: 'households' }]);
  });
  it('a modal or a negation is no fact', () => {
    expect(facts('Up to 5,000 people could be believed to have fled by Friday.')).toEqual([]);
    expect(facts('Some 40 residents are not believed to have died.')).toEqual([]);
  });
});

describe('counted objects with "more", "another", "a further"', () => {
  it('encyclopedic: seized N more villages', () => {
    expect(facts('The following day, the rebels seized three more villages.')).toMatchObject([{ category: 'captured', value: 3, unit: 'places', actor: 'rebels' }]);
  });
  it('think-tank: retook a further N villages (a past tense the tagger reads as a noun)', () => {
    expect(facts('Kurdish units retook a further eight villages overnight.')).toMatchObject([{ category: 'captured', value: 8, unit: 'places' }]);
  });
  it('an intention is no capture', () => {
    expect(facts('The army aims to seize three more villages before winter.')).toEqual([]);
  });
});

describe('duplicates judged with place and period', () => {
  it('wire: the same count in two towns is two facts', () => {
    const got = facts('Seven people died in shelling on Saraqeb. Seven people also died in an air raid on Maarrat al-Numan.');
    expect(got.map((f) => f.places)).toEqual([['Saraqeb'], ['Maarrat al-Numan']]);
  });
  it('wire: "another seven" is another fact even without a place', () => {
    expect(facts('Seven people died in the shelling on Monday. Another seven died later in hospital.')).toHaveLength(2);
  });
  it('outlet: the same count on two days is two facts', () => {
    expect(facts('Nine civilians were killed on 3 May in Ariha. Nine civilians were killed on 5 May in Ariha.')).toHaveLength(2);
  });
  it('a headline restated in the body, with a governorate and a town, is one fact', () => {
    const got = facts('Over 30,000 flee Idlib in a week\nMore than 30,000 people fled Saraqib and Ariha in the past week, the monitor said.');
    expect(got).toHaveLength(1);
  });
});

describe('certainty: hedges mark a fact, they do not drop it', () => {
  const one = (text: string) => extract(text).map((f) => [f.count_phrase, f.certainty, f.hedge]);
  it('wire: believed to have died', () => {
    expect(one('At least 15 people are believed to have died in the blast.')).toEqual([['At least 15', 'hedged', 'believed to']]);
  });
  it('outlet: reportedly killed, from the cue finders', () => {
    expect(one('Government shelling reportedly killed 9 civilians in the town of Kafranbel.')).toEqual([['9', 'hedged', 'reportedly']]);
  });
  it('monitor: according to unconfirmed reports', () => {
    expect(one('According to unconfirmed reports, 22 fighters were killed near the dam.')).toEqual([['22', 'hedged', 'unconfirmed reports']]);
  });
  it('sitrep: a stated count, and "an estimated" is an approximation, not a hedge', () => {
    expect(one('An estimated 9,000 people fled the district between 2 and 9 June.')).toEqual([['An estimated 9,000', 'stated', '']]);
  });
  it('a hedge in another clause does not reach the figure', () => {
    expect(one('Residents reportedly fled at dawn; 6 civilians were killed in the afternoon.')).toEqual([['6', 'stated', '']]);
    expect(one('Nine people died in Sarmin; the toll in Ariha could not be verified.')).toEqual([['Nine', 'stated', '']]);
  });
  it('wire: a hedge phrase after the figure qualifies its clause', () => {
    expect(one('Some 60 fighters were killed in the fighting, according to unconfirmed reports.')).toEqual([['Some 60', 'hedged', 'unconfirmed reports']]);
  });
  it('outlet: a claim that could not be verified', () => {
    expect(one('Twelve civilians died in Ariha, a claim that could not be independently verified.')).toEqual([['Twelve', 'hedged', 'could not be independently verified']]);
  });
});

describe('parts of a fact by place', () => {
  const parts = (text: string) => extract(text).map((f) => [f.count_phrase, f.category, f.place_mentions.map((p) => p.text)]);
  it('monitor: killing N civilians, including N in A, N in B, and N in C', () => {
    expect(parts('Government forces were responsible for most deaths, killing 410 civilians, including 190 in Homs, 150 in Hama, and 70 in Tartous.')).toEqual([
      ['410', 'killed', ['Homs', 'Hama', 'Tartous']],
      ['190', 'killed', ['Homs']],
      ['150', 'killed', ['Hama']],
      ['70', 'killed', ['Tartous']],
    ]);
  });
  it('sitrep: returns after a dash, N to A and N to B', () => {
    expect(parts('To date, 9,300 people have returned to their homes – 4,100 to Manbij and 5,200 to Jarablus.').slice(1)).toEqual([
      ['4,100', 'returned', ['Manbij']],
      ['5,200', 'returned', ['Jarablus']],
    ]);
  });
  it('a figure with a verb of its own after the place is no part', () => {
    expect(parts('Over 5,000 people fled the fighting, the UN said: 3,000 in the north of the valley went to camps.').map((f) => f[0])).toEqual(['Over 5,000']);
  });
  it('sitrep: a thousands group cut short by a typo keeps the list together', () => {
    expect(parts('At sub-district level, the Cluster tracked 21,400 arrivals in Azaz, 12,88 in Mare and 3,010 in Jarablus.')).toEqual([
      ['21,400', 'displaced', ['Azaz']],
      ['12,88', 'displaced', ['Mare']],
      ['3,010', 'displaced', ['Jarablus']],
    ]);
  });
});

describe('capture lists join their places with "as well as" and "along with"', () => {
  const places = (text: string) => extract(text).map((f) => [f.category, f.place_mentions.map((p) => p.text)]);
  it('encyclopedic: A, B and C, as well as the village of D', () => {
    expect(places('On 14 May, the army captured Kafr Zita, Latamneh and Morek, as well as the village of Lahaya.')).toEqual([
      ['captured', ['Kafr Zita', 'Latamneh', 'Morek', 'Lahaya']],
    ]);
  });
  it('wire: A along with the nearby town of B', () => {
    expect(places('Kurdish units seized Tal Tamr along with the nearby town of Qahtaniyah on Sunday.')).toEqual([['captured', ['Tal Tamr', 'Qahtaniyah']]]);
  });
});

describe('nouns with an "of" complement (moved from the cue lists to the frames table) keep subgroups and perpetrators', () => {
  const got = (text: string) => extract(text).map((f) => [f.count_phrase, f.category, f.group, f.actor_text]);
  it('monitor: the killing of N, including N children and N women', () => {
    expect(got('SNHR documented the killing of 61 civilians, including 18 children and 9 women, in Idlib governorate.')).toEqual([
      ['61', 'killed', 'civilians', ''],
      ['18', 'killed', 'children', ''],
      ['9', 'killed', 'women', ''],
    ]);
  });
  it('outlet: the killing of N by X', () => {
    expect(got('Residents described the killing of 12 farmers by militiamen near Kafr Nabl.')).toEqual([['12', 'killed', 'civilians', 'militiamen']]);
  });
  it('wire: a hedged passive keeps its agent', () => {
    expect(got('At least 12 people are believed to have been killed by Russian strikes in Ariha.')).toEqual([['At least 12', 'killed', 'people', 'Russian strikes']]);
  });
});

describe('parts in brackets after places', () => {
  const parts = (text: string) => extract(text).map((f) => [f.count_phrase, f.category, f.place_mentions.map((p) => p.text)]);
  it('sitrep bullet: N displacements, including A (N), B (N)', () => {
    expect(parts('• 412,300 displacements from affected areas of the north, including Ariha (120,450), Saraqib (98,010) and Binnish (7,300).')).toEqual([
      ['412,300', 'displaced', expect.any(Array)],
      ['120,450', 'displaced', ['Ariha']],
      ['98,010', 'displaced', ['Saraqib']],
      ['7,300', 'displaced', ['Binnish']],
    ]);
  });
  it('a bracketed figure after a place with no breakdown before it is no part', () => {
    expect(parts('Fighters shelled Ariha (population 40,000) on Monday.')).toEqual([]);
  });
});

describe('a toll in apposition after its figure', () => {
  const got = (text: string) => extract(text).map((f) => [f.count_phrase, f.category, f.group, f.cumulative]);
  it('monitor: it has risen to N, the number of civilians whose death was documented', () => {
    expect(got('It has risen to 212, the number of civilians whose death was recorded by the network since March, including 40 children.')).toEqual([
      ['212', 'killed', 'civilians', true],
      ['40', 'killed', 'children', true],
    ]);
  });
  it('a number of something else is no toll', () => {
    expect(got('It has risen to 30, the number of checkpoints along the road since March.')).toEqual([]);
  });
});
