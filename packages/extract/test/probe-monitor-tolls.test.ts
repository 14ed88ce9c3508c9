/**
 * Probe set for monitors' tolls (issue 9): the monitor genre scores far lower on the frozen test part than on dev, so
 * the rules fit the monitors tuned on rather than monitors in general. These are sentences in the styles monitors
 * publish (SOHR, SNHR, ACLED, UCDP, Airwars, HRW, Iraq Body Count, OHCHR's HRMMU, Yemen Data Project, Sudan Doctors
 * Network, local observatories in Mexico, Nigeria and Colombia): documented deaths with breakdowns, running totals,
 * monthly and weekly tallies, lists and tables as text, counts by perpetrator and cause, counts the monitor made vs
 * counts it cites. Every sentence was written for this file; none comes from the seeds or the corpus. Each states the
 * casualty and displacement facts a reader records from it (and no others of those kinds). A probe that fails for a
 * reason not fixed yet runs as `it.skip` with that reason; the score at the end counts all of them.
 */
import { describe, expect, it } from 'vitest';
import { passes, probe, type Probe } from './probe.ts';

const KINDS = ['killed', 'injured', 'displaced', 'idps_stock', 'returned'];

/** "documented the death of N people, including M children": the monitor's own count, with its parts. */
const DOCUMENTED: Probe[] = [
  ['monitor', 'Syria', 'SOHR documented the death of 14 people, including 3 children and 2 women, in regime shelling on Ariha.', [
    { category: 'killed', value: 14, places: ['Ariha'], reporters: ['SOHR'] },
    { category: 'killed', value: 3, group: 'children' },
    { category: 'killed', value: 2, group: 'women' },
  ]],
  ['monitor', 'Yemen', 'The Yemen Data Project documented the deaths of 26 civilians, among them 11 children, in air raids on Saada governorate.', [
    { category: 'killed', value: 26, group: 'civilians', places: ['Saada'], reporters: ['Yemen Data Project'] },
    { category: 'killed', value: 11, group: 'children' },
  ]],
  ['monitor', 'Myanmar', 'AAPP documented the killing of 42 civilians by junta troops in Sagaing Region last week.', [
    { category: 'killed', value: 42, group: 'civilians', actor: 'junta', places: ['Sagaing'], reporters: ['AAPP'] },
  ]],
  ['monitor', 'Sudan', 'The Sudan Doctors Network documented the death of 57 people and the injury of 113 others in RSF attacks on El Fasher.', [
    { category: 'killed', value: 57, places: ['El Fasher'], reporters: ['Sudan Doctors Network'] },
    { category: 'injured', value: 113, places: ['El Fasher'], reporters: ['Sudan Doctors Network'] },
  ]],
  ['monitor', 'Syria', 'SNHR documented the deaths of 37 combatants (22 of the regime forces and 15 of the factions) in Idlib.', [
    { category: 'killed', value: 37, places: ['Idlib'], reporters: ['SNHR'] },
    { category: 'killed', value: 22, group: 'government_forces' },
    { category: 'killed', value: 15 },
  ], "'(N of the regime forces and M of the factions)': a bracketed breakdown by side after a count of combatants is not read"],
];

/** Running totals: "the death toll has risen to N", "bringing the total ... to N". */
const RUNNING: Probe[] = [
  ['monitor', 'Syria', 'With these deaths, the death toll has risen to 213 since the start of the offensive on Idlib.', [
    { category: 'killed', value: 213, cumulative: true, places: ['Idlib'] },
  ]],
  ['monitor', 'Mexico', 'Eleven people were killed in Culiacan on Sunday, bringing the total number of fatalities since the beginning of the year to 1,092.', [
    { category: 'killed', value: 11, places: ['Culiacan'] },
    { category: 'killed', value: 1092, cumulative: true },
  ]],
  ['monitor', 'Nigeria', 'The latest attack in Borno brings to 486 the number of civilians killed by ISWAP this year.', [
    { category: 'killed', value: 486, group: 'civilians', cumulative: true, actor: 'ISWAP' },
  ], "'brings to N the number of civilians killed by X': the perpetrator after the fronted total is not read"],
  ['monitor', 'Ukraine', 'Since 24 February 2022, OHCHR has recorded 12,340 civilians killed and 27,836 injured in Ukraine.', [
    { category: 'killed', value: 12340, group: 'civilians', cumulative: true, reporters: ['OHCHR'] },
    { category: 'injured', value: 27836, group: 'civilians', cumulative: true, reporters: ['OHCHR'] },
  ]],
];

/** Monthly and weekly tallies, and parts of them. */
const TALLIES: Probe[] = [
  ['monitor', 'Syria', 'In May, the Network documented the killing of 84 civilians, among them 17 children.', [
    { category: 'killed', value: 84, group: 'civilians', reporters: ['Network'], time: 'In May' },
    { category: 'killed', value: 17, group: 'children' },
  ]],
  ['monitor', 'Yemen', 'Of the 312 fatalities recorded in March, 41 were civilians.', [
    { category: 'killed', value: 312 },
    { category: 'killed', value: 41, group: 'civilians' },
  ]],
  ['monitor', 'Colombia', 'Indepaz recorded 23 massacres in the first half of the year, in which 79 people were killed.', [
    { category: 'killed', value: 79, reporters: ['Indepaz'] },
  ]],
  ['monitor', 'Myanmar', 'During the week, ACLED recorded 96 fatalities in Myanmar, most of them in Sagaing and Magway.', [
    { category: 'killed', value: 96, reporters: ['ACLED'] },
  ]],
  ['monitor', 'Ukraine', 'In July, HRMMU recorded 219 civilian casualties in Ukraine: 56 killed and 163 injured.', [
    { category: 'killed', value: 56, group: 'civilians', reporters: ['HRMMU'] },
    { category: 'injured', value: 163, group: 'civilians', reporters: ['HRMMU'] },
  ]],
  ['monitor', 'Iraq', 'Iraq Body Count recorded 245 civilian deaths from violence in Nineveh in June.', [
    { category: 'killed', value: 245, group: 'civilians', places: ['Nineveh'], reporters: ['Iraq Body Count'] },
  ]],
  ['monitor', 'Sudan', 'UCDP counted 4,100 battle-related deaths in Sudan in the first three months of the war.', [
    { category: 'killed', value: 4100, reporters: ['UCDP'] },
  ]],
];

/** Lists and tables as text: "Label: N", "Label — N", "- N soldiers killed in X". */
const TABLES: Probe[] = [
  ['monitor', 'Syria', 'Death toll in January:\nCivilians: 1,204 (including 312 children)\nTotal killed: 5,430', [
    { category: 'killed', value: 1204, group: 'civilians' },
    { category: 'killed', value: 312, group: 'children' },
    { category: 'killed', value: 5430 },
  ]],
  ['monitor', 'Ukraine', 'Civilian casualties in Donetsk oblast, March\nKilled — 87\nInjured — 2,901', [
    { category: 'killed', value: 87, group: 'civilians' },
    { category: 'injured', value: 2901, group: 'civilians' },
  ]],
  ['monitor', 'Syria', "Losses on 3 June:\n- 23 soldiers killed in Dara'a\n- 9 fighters killed in Idlib", [
    { category: 'killed', value: 23, group: 'government_forces', places: ["Dara'a"] },
    { category: 'killed', value: 9, places: ['Idlib'] },
  ]],
  ['monitor', 'Nigeria', 'Weekly incident summary, Borno State\n- 14 civilians killed in Gwoza\n- 6 civilians injured in Bama', [
    { category: 'killed', value: 14, group: 'civilians', places: ['Gwoza'] },
    { category: 'injured', value: 6, group: 'civilians', places: ['Bama'] },
  ]],
];

/** Breakdowns by perpetrator or cause. */
const BREAKDOWNS: Probe[] = [
  ['monitor', 'Syria', 'SNHR documented the killing of 13 civilians in Idlib in April; Russian forces killed 9 of them, and regime forces 4.', [
    { category: 'killed', value: 13, group: 'civilians', places: ['Idlib'], reporters: ['SNHR'] },
    { category: 'killed', value: 9, actor: 'Russian' },
    { category: 'killed', value: 4, actor: 'regime' },
  ], "'X killed 9 of them, and Y 4': a gapped verb's second part is not read"],
  ['monitor', 'Syria', 'Among the victims, 11 died under torture in regime detention centres.', [
    { category: 'killed', value: 11 },
  ]],
  ['monitor', 'Myanmar', 'Of the 68 civilians killed in Rakhine in May, 44 died in junta air strikes and 24 in shelling.', [
    { category: 'killed', value: 68, group: 'civilians', places: ['Rakhine'] },
    { category: 'killed', value: 44 },
    { category: 'killed', value: 24 },
  ]],
  ['monitor', 'Ukraine', 'Most of the 164 civilian deaths, 150, were caused by explosive weapons with wide area effects.', [
    { category: 'killed', value: 164, group: 'civilians' },
    { category: 'killed', value: 150, group: 'civilians' },
  ], "'Most of the N deaths, M, were caused by': an apposed part of a toll is not read"],
  ['monitor', 'Sudan', 'RSF fighters killed 31 civilians in Al Jazirah State, and SAF air strikes killed 18 in Nyala.', [
    { category: 'killed', value: 31, group: 'civilians', actor: 'RSF', places: ['Al Jazirah'] },
    { category: 'killed', value: 18, places: ['Nyala'] },
  ]],
];

/** The monitor's count vs a count it cites. */
const CITED: Probe[] = [
  ['monitor', 'Gaza', 'According to the Ministry of Health, 38,295 Palestinians have been killed in Gaza since 7 October.', [
    { category: 'killed', value: 38295, cumulative: true, places: ['Gaza'], reporters: ['Ministry of Health'] },
  ]],
  ['monitor', 'Yemen', 'The Ministry of Public Health reported that 17 people were killed in Taiz, while the monitor verified 12 of these deaths.', [
    { category: 'killed', value: 17, places: ['Taiz'], reporters: ['Ministry of Public Health'] },
    { category: 'killed', value: 12 },
  ]],
  ['monitor', 'Iraq', 'Airwars tracked 34 civilian deaths alleged from Coalition strikes in Mosul this week, of which 19 were fairly reported.', [
    { category: 'killed', value: 34, group: 'civilians', places: ['Mosul'], reporters: ['Airwars'] },
    { category: 'killed', value: 19, group: 'civilians' },
  ], "'of which M were fairly reported': a part of a toll in a relative clause is not read"],
  ['monitor', 'Ethiopia', 'HRW said at least 200 ethnic Amhara civilians were killed in Mai Kadra on 9 and 10 November.', [
    { category: 'killed', value: 200, modifier: 'at_least', group: 'civilians', places: ['Mai Kadra'], reporters: ['HRW'] },
  ]],
  ['monitor', 'Mexico', 'ACLED recorded 312 fatalities in Sinaloa in September, more than in any month since 2018.', [
    { category: 'killed', value: 312, places: ['Sinaloa'], reporters: ['ACLED'] },
  ]],
  ['monitor', 'Nigeria', 'Amnesty International said at least 1,500 people had been displaced from Zamfara villages after the raids.', [
    { category: 'displaced', value: 1500, modifier: 'at_least', places: ['Zamfara'], reporters: ['Amnesty International'] },
  ]],
];

const ALL = [...DOCUMENTED, ...RUNNING, ...TALLIES, ...TABLES, ...BREAKDOWNS, ...CITED];
/** On main before this round: 22 of these 31. Raise it as constructions are read, never lower it. */
const MIN_PASSING = 26;

describe("monitor tolls probes: documented deaths", () => { for (const p of DOCUMENTED) probe(KINDS, p); });
describe('monitor tolls probes: running totals', () => { for (const p of RUNNING) probe(KINDS, p); });
describe('monitor tolls probes: monthly and weekly tallies', () => { for (const p of TALLIES) probe(KINDS, p); });
describe('monitor tolls probes: lists and tables', () => { for (const p of TABLES) probe(KINDS, p); });
describe('monitor tolls probes: breakdowns by perpetrator and cause', () => { for (const p of BREAKDOWNS) probe(KINDS, p); });
describe('monitor tolls probes: own counts and cited ones', () => { for (const p of CITED) probe(KINDS, p); });

describe('monitor tolls probes: score', () => {
  it(`at least ${MIN_PASSING} of ${ALL.length} probes pass, skipped ones included`, () => {
    const failing = ALL.filter((p) => !passes(KINDS, p)).map((p) => p[2]);
    expect(ALL.length - failing.length, failing.join('\n')).toBeGreaterThanOrEqual(MIN_PASSING);
  });
});
