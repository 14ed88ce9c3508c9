/**
 * Constructions that published monitors' tolls and UN situation reports use and the rules missed (issue 9, a round of
 * fresh texts nobody tuned for: a Yemen air-raid monitor, a Sahel event-data release, a northern Ethiopia sitrep): a
 * round figure split after its thousands comma by PDF flattening, two months joined by "and", "by end of" without its
 * article, a list of figures each with its own place, a participle after a lone adverb that is no verb of saying.
 * Every sentence is written for its rule, in several genres and wars; none comes from the fresh texts, the seeds or
 * the corpus.
 */
import { describe, expect, it } from 'vitest';
import { brief, extract } from './helpers.ts';

const facts = (s: string) => extract(s).map(brief);

describe('a round figure split after its thousands comma ("391, 000")', () => {
  it.each([
    ['sitrep, Ethiopia', 'An estimated 212, 000 people were displaced in Afar in October.', 212000],
    ['sitrep, Sudan', 'More than 1, 500, 000 people have fled to Chad since April.', 1500000],
    ['monitor, Myanmar', 'Some 64, 000 civilians fled Sagaing townships after the air strikes.', 64000],
  ])('%s: %s', (_genre, s, value) => {
    const found = facts(s);
    expect(found.map((f) => f.value)).toEqual([value]);
  });

  it('a list of small numbers stays a list', () => {
    const found = facts('Air strikes killed 12, 145 and 300 people in three villages of Sagaing.');
    expect(found.map((f) => f.value)).not.toContain(12145);
  });
});

describe('two months joined by "and" date one span', () => {
  it.each([
    ['sitrep, Ethiopia', 'About 88,000 people were displaced in Amhara during October and November.', 'during October and November'],
    ['monitor, Yemen', 'At least 140 civilians were killed in Taiz in May and June 2019.', 'in May and June 2019'],
    ['monitor, Ukraine', 'HRMMU verified 310 civilian deaths in Donetsk throughout July and August.', 'throughout July and August'],
  ])('%s: %s', (_genre, s, time) => {
    expect(facts(s)[0]!.time).toBe(time);
  });

  it('a date after the second month is its day, not a span of months', () => {
    expect(facts('Some 2,000 people fled Mopti in May and June 12 saw more arrivals.')[0]?.time ?? '').not.toBe('in May and June');
  });
});

describe('"by end of" without its article dates the stock', () => {
  it.each([
    ['sitrep, Libya', 'Over 90,000 people were displaced from southern Tripoli by end of June.', 'by end of June'],
    ['UNHCR update, Karabakh', 'More than 100,000 refugees had arrived in Armenia by end of September.', 'by end of September'],
  ])('%s: %s', (_genre, s, time) => {
    expect(facts(s)[0]!.time).toBe(time);
  });
});

describe('a list of figures, each with its own place', () => {
  it.each([
    [
      'sitrep, Ethiopia',
      'About 1.2 million people displaced in Tigray, more than 300,000 people displaced in Amhara, and some 90,000 people displaced in Afar.',
      [['Tigray'], ['Amhara'], ['Afar']],
    ],
    ['monitor, Ukraine', 'Eleven civilians were killed in Kharkiv and 27 injured in Izium on Sunday.', [['Kharkiv'], ['Izium']]],
    ['sitrep, Sudan', 'Some 4,000 people arrived in Kassala on Monday and 1,500 people arrived in Gedaref.', [['Kassala'], ['Gedaref']]],
  ])('%s: %s', (_genre, s, places) => {
    expect(facts(s).map((f) => f.places)).toEqual(places);
  });

  it('a place the list shares stays with every figure', () => {
    const found = facts('Twelve people were killed and 30 injured in Mykolaiv on Friday.');
    expect(found.map((f) => f.places)).toEqual([['Mykolaiv'], ['Mykolaiv']]);
  });
});

describe('a participle after a lone adverb describes its noun: nobody is its subject', () => {
  it.each([
    ['monitor, Mali', 'Overall reported fatalities rose in the region, peaking with 640 fatalities in January 2020.'],
    ['monitor, Yemen', 'Cumulatively recorded deaths and injuries grew, with 212 civilians killed in Hodeidah in 2018.'],
  ])('%s: %s', (_genre, s) => {
    const found = facts(s);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.reporters).toEqual([]);
  });

  it('a subject before the verb still reports', () => {
    expect(facts('Overall, the health ministry reported 40 deaths in Sennar.')[0]!.reporters).toEqual(['health ministry']);
    expect(facts('Amnesty International documented the killing of 25 civilians in Tigray.')[0]!.reporters).toEqual(['Amnesty International']);
  });
});

describe('"that" after a date opens what was said only as a conjunction', () => {
  it.each([
    ['monitor, Yemen', 'The raid on the wedding was the worst this year, second only to a strike in Hajjah in March that killed 22.', 'in March'],
    ['outlet, Myanmar', 'Villagers still mourn an air strike in Kanbalu in April that left 160 people dead.', 'in April'],
  ])('%s: %s', (_genre, s, time) => {
    expect(facts(s)[0]!.time).toBe(time);
  });

  it('"said on Monday that" still dates the saying, and an event phrase after it wins', () => {
    const found = facts('The ministry said on Monday that 14 civilians were killed in Marib on Saturday.');
    expect(found[0]!.time).toBe('on Saturday');
  });
});

describe('items of a list whose lead line gives a span are of that span', () => {
  const sahel = [
    'Attacks on civilians rose sharply across the region, the monitor said.',
    '',
    'Niger overview (January-June 2022):',
    '',
    '  • The monitor recorded 310 attacks targeting civilians resulting in 890 reported fatalities',
    '  • Fatalities peaked with 260 deaths in March 2022',
    '  • Armed groups were behind 120 fatalities in Tillaberi',
  ].join('\n');
  const ukraine = [
    'Civilian harm in Kherson oblast (November 2023 - January 2024):',
    '- 74 civilians were killed',
    '- 301 civilians were injured',
  ].join('\n');

  it('monitor, Niger: an undated item takes the lead line\'s span, not the item before it', () => {
    const found = facts(sahel);
    const byValue = new Map(found.map((f) => [f.value, f]));
    expect(byValue.get(890)!.context).toContain('January-June 2022');
    expect(byValue.get(260)!.time).toBe('in March 2022');
    const last = byValue.get(120)!.context;
    expect(last[last.length - 1]).toBe('January-June 2022');
  });

  it('sitrep, Ukraine: every item takes the lead line\'s span', () => {
    const found = facts(ukraine);
    expect(found.map((f) => f.value)).toEqual([74, 301]);
    for (const f of found) expect(f.context[f.context.length - 1]).toBe('November 2023 - January 2024');
  });

  it('a paragraph after the list no longer takes its span', () => {
    const found = facts(`${ukraine}\n\nIn a separate incident 5 civilians were killed in Beryslav.`);
    const context = found.find((f) => f.value === 5)!.context;
    expect(context[context.length - 1]).not.toBe('November 2023 - January 2024');
  });
});

describe('a monitor naming itself a paragraph into its own summary states its unattributed figures', () => {
  it.each([
    [
      'monitor, Yemen',
      'Air raids kill 40 civilians in Saada\n\nCivilian deaths rose sharply in March.\n\nBombings were concentrated in the north. Hajjah and Saada were the most targeted. Sanaa saw fewer raids than in February. Marib was calm.\n\nYemen Data Project recorded 180 air raids in March. At least 40 civilians were killed in a single raid on a market in Saada on 9 March.',
      'Yemen Data Project',
    ],
    [
      'monitor, Syria',
      'Civilian toll rises in Idlib\n\nThe month was the deadliest of the year.\n\nShelling hit Ariha and Jisr al-Shughur. Markets were struck twice. Schools were closed. Roads were cut.\n\nThe Syrian Network for Human Rights documented 95 attacks in May. At least 31 civilians were killed in the shelling of Ariha on 12 May.',
      'Syrian Network for Human Rights',
    ],
  ])('%s', (_genre, text, monitor) => {
    const killed = facts(text).find((f) => f.category === 'killed' && f.value !== null && f.value < 100)!;
    expect(killed.reporters).toEqual([monitor]);
  });

  it('a news story quoting a monitor late in its lead is not the monitor\'s own', () => {
    const text = 'Strikes hit Idlib market\n\nAt least 12 people were killed in Ariha on Sunday.\n\nThe market was crowded. Rescuers searched the rubble. Shops burned. Families fled.\n\nThe Syrian Observatory for Human Rights said it had counted 40 strikes.';
    expect(facts(text).find((f) => f.value === 12)!.reporters).toEqual([]);
  });
});

describe('the figure before broken down by place ("This includes N in X, M in Y")', () => {
  it.each([
    [
      'sitrep, Ethiopia',
      'Nearly 1.9 million people were displaced in Tigray, Amhara and Afar by mid-August. This includes 1.5 million people in Tigray, 240,000 people in Amhara and 110,000 in Afar.',
      [[1500000, ['Tigray']], [240000, ['Amhara']], [110000, ['Afar']]],
    ],
    [
      'UNHCR update, Myanmar',
      'About 380,000 people have fled their homes in Sagaing since May. These include 210,000 people in Kale and 70,000 in Tamu.',
      [[210000, ['Kale']], [70000, ['Tamu']]],
    ],
    [
      'monitor, Sudan',
      'At least 420 civilians were killed in Darfur last month. Of these, 150 were killed in El Geneina.',
      [[150, ['El Geneina']]],
    ],
  ])('%s', (_genre, text, parts) => {
    const found = facts(text);
    const whole = found[0]!;
    const got = found.slice(1).map((f) => [f.value, f.places]);
    expect(got).toEqual(parts);
    for (const f of found.slice(1)) expect(f.category).toBe(whole.category);
  });

  it('a breakdown by group is no breakdown by place', () => {
    const found = facts('At least 300 civilians were killed in Darfur last week. This includes 40 children in El Geneina.');
    expect(found.filter((f) => f.value === 40 && f.category === 'killed' && f.group === 'civilians')).toEqual([]);
  });

  it('without the opening words, a next sentence\'s figure is its own', () => {
    const found = facts('About 380,000 people have fled their homes in Sagaing since May. Aid reached 210,000 people in Kale.');
    expect(found.map((f) => f.value)).toEqual([380000]);
  });
});

describe('the displaced together with those who host them are no count of the displaced', () => {
  it.each([
    ['sitrep, Ethiopia', 'More than 15,000 displaced and host community children attend temporary learning spaces in Shire.'],
    ['NGO update, Yemen', 'WFP reached 45,000 displaced and non-displaced people in Marib last month.'],
    ['sitrep, DR Congo', 'Some 6,000 displaced and local households received seeds in Rutshuru.'],
  ])('%s: %s', (_genre, s) => {
    expect(facts(s).filter((f) => f.category === 'displaced' || f.category === 'idps_stock')).toEqual([]);
  });

  it('displaced children alone are still counted', () => {
    expect(facts('About 3,000 displaced children were enrolled in schools in Goma.').map((f) => [f.category, f.value])).toEqual([['displaced', 3000]]);
  });
});
