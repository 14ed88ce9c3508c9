/**
 * Constructions of round 48, each on sentences written for this file in several wars and genres:
 * - a toll that changed names its earlier figure after a word of comparison ("rose to 63 in May, compared with 44 in
 *   April", "up from", "down from"), or a noun toll's next month after "followed by" ("312 civilian deaths in March,
 *   followed by 208 in April"): one fact for each figure, dated by its own month;
 * - a counted subject with the site it was at before its verb ("Five of the 40 soldiers at the outpost died");
 * - capitalised fighters' nouns ("40 Commandos", "Two Marines") count persons;
 * - a flattened infobox's "CasualtiesN" line counts the side of its "CombatantN" line, and a claim label ("Western
 *   estimate:", "Per Russia:") sources the figures after it only.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(`Title\n\n${s}`).map(brief).map((f) => [f.category, f.group, f.value, f.time]);

const told = (genre: string, sentence: string, expected: (string | number)[][]) => ({ genre, sentence, expected });

const CHANGED = [
  told('monitor, Syria', 'The group documented 312 civilian deaths in March, followed by 208 in April.', [['killed', 'civilians', 312, 'in March'], ['killed', 'civilians', 208, 'in April']]),
  told('sitrep, Ukraine', 'The monthly toll of civilians killed rose to 63 in May, compared with 44 in April, the UN mission said.', [['killed', 'civilians', 63, 'in May'], ['killed', 'civilians', 44, 'in April']]),
  told('sitrep, Sudan', 'The number of people displaced in July fell to 12,400, down from 19,800 in June, OCHA said.', [['displaced', '', 12400, 'in July'], ['displaced', '', 19800, 'in June']]),
  told('wire, Syria', 'Airstrikes killed 77 civilians in May, compared with 120 in April, the Observatory said.', [['killed', 'civilians', 77, 'in May'], ['killed', 'civilians', 120, 'in April']]),
  told('outlet, Sahel', 'The army said it killed 30 militants on Monday, up from 12 on Sunday.', [['killed', 'opposition_fighters', 30, 'on Monday'], ['killed', 'opposition_fighters', 12, 'on Sunday']]),
  // No month after the figure before: a list by date needs a member with its own date.
  told('thinktank, Yemen', 'The toll rose to 63 on Sunday, and 44 people were injured on Monday.', [['killed', 'people', 63, 'on Sunday'], ['injured', 'people', 44, 'on Monday']]),
];

const SITES = [
  told('outlet, Sahel', 'Five of the 40 soldiers at the outpost died in the attack on Tuesday.', [['killed', 'government_forces', 5, 'on Tuesday']]),
  told('wire, Nigeria', 'Six soldiers at the border post were killed overnight, the army said.', [['killed', 'government_forces', 6, 'overnight']]),
  told('sitrep, Sudan', 'Twelve patients in the hospital were killed when the shell hit, MSF said.', [['killed', 'people', 12, '']]),
  told('encyclopedic, Japan', 'Three of the 20 guards at the prison in Kobe were wounded.', [['injured', 'people', 3, '']]),
  // An event is no site: the phrase is not crossed.
  told('regional, Myanmar', '12 civilians in the attack were killed.', []),
];

const UNITS = [
  told('wire, Afghanistan', 'Between 25 and 60 Commandos are thought to have been killed in the raid on the base.', [['killed', 'government_forces', 25, '']]),
  told('encyclopedic, Afghanistan', 'Two Marines were wounded when the patrol came under fire near Sangin.', [['injured', 'government_forces', 2, '']]),
  // A unit's name in the singular ("40 Commando") counts no one.
  told('encyclopedic, Afghanistan', 'Marines of 40 Commando killed 12 insurgents near Sangin.', [['killed', 'opposition_fighters', 12, '']]),
];

const INFOBOX = `Battle of Example

Infobox
- Combatant1: Transitional Federal Government, Ethiopia
- Combatant2: Islamic Courts Union
- Casualties1: 400 killed
- Casualties2: 1,000 dead, 800+ wounded
- Casualties3: 45 civilians killed`;

const UNNAMED_FIRST = `Battle of Example

Infobox
- Combatant2: Republic of Example
- Casualties1: 2,000 soldiers killed
- Casualties2: 6,000+ killed`;

describe('a toll that changed: each figure with its own month', () => {
  for (const { genre, sentence, expected } of CHANGED) it(`${genre}: ${sentence}`, () => expect(facts(sentence)).toEqual(expected));
});

describe('a counted subject at a site before its verb', () => {
  for (const { genre, sentence, expected } of SITES) it(`${genre}: ${sentence}`, () => expect(facts(sentence)).toEqual(expected));
});

describe('capitalised fighters\' nouns', () => {
  for (const { genre, sentence, expected } of UNITS) it(`${genre}: ${sentence}`, () => expect(facts(sentence)).toEqual(expected));
});

describe('an infobox\'s numbered sides', () => {
  const groups = (text: string) => extract(text).map(brief).map((f) => [f.category, f.group, f.value]);

  it('encyclopedic, Somalia: CasualtiesN counts CombatantN\'s side; the unclassed side is the other\'s opponent', () => {
    expect(groups(INFOBOX)).toEqual([
      ['killed', 'government_forces', 400],
      ['killed', 'opposition_fighters', 1000],
      ['injured', 'opposition_fighters', 800],
      ['killed', 'civilians', 45],
    ]);
  });

  it('encyclopedic, Chechnya: a missing Combatant line\'s side is known by its own casualty line\'s nouns', () => {
    expect(groups(UNNAMED_FIRST)).toEqual([['killed', 'government_forces', 2000], ['killed', 'opposition_fighters', 6000]]);
  });

  it('encyclopedic, Iraq: the side the names do not class, against the Islamic State, is the state\'s', () => {
    const text = 'Siege of Example\n\nInfobox\n- Combatant1: Islamic State\n- Combatant2: Northern Example Command\n- Casualties1: 700 killed\n- Casualties2: 250 killed';
    expect(groups(text)).toEqual([['killed', 'isis_fighters', 700], ['killed', 'government_forces', 250]]);
  });

  it('encyclopedic, Ukraine: "Ukrainian estimate:" and "Per Russia:" each source the figures after them', () => {
    const got = extract('- Casualties2: Ukrainian estimate: 900 killed , Per Russia:, 300 killed').map(brief);
    expect(got.map((f) => [f.value, f.reporters])).toEqual([[900, ['Ukrainian government']], [300, ['Russia']]]);
  });

  it('encyclopedic, Chad: a prose sentence outside the fields keeps its own group', () => {
    expect(groups(`${INFOBOX}\n\nThe battle killed 30 people in the town.`).pop()).toEqual(['killed', 'people', 30]);
  });
});
