/**
 * Situation reports' dates the rules missed (fresh UN and NGO reports nobody tuned for): a figure whose cause is a
 * campaign dated by its start in a relative clause ("displaced due to the conflict that erupted on 15 April") is a
 * running total from that start, and a sentence that strings two incidents together ("a strike on 2 June on X,
 * killing 6, and an attack on Y on 4 June that killed 3") dates each figure by its own incident. Every sentence is
 * written for this file, in several wars and genres; none comes from the fresh texts or the corpus. Each runs through
 * ingest, extract and normalize, the publication date in front matter.
 */
import { describe, expect, it } from 'vitest';
import { facts, on, periodOf, type Case } from './dated-text.ts';

const CAUSED_SINCE: Case[] = [
  ['sitrep, Ethiopia: "because of the conflict that erupted in November 2020"',
    on('2021-06-10', 'Some 700,000 people have fled their homes in Tigray because of the conflict that erupted in November 2020.'),
    'displaced', 700000, ['2020-11-01', '2021-06-10']],
  ['flash update, Gaza: "as a result of the hostilities that began on 7 October"',
    on('2023-11-20', 'More than 1.7 million people have been displaced across the Gaza Strip as a result of the hostilities that began on 7 October.'),
    'displaced', 1700000, ['2023-10-07', '2023-11-20']],
  ['NGO statement, Libya: "in the fighting that erupted in Tripoli in April"',
    on('2019-06-02', 'More than 300 people have died in the fighting that erupted in Tripoli in April, the medical charity said.'),
    'killed', 300, ['2019-04-01', '2019-06-02']],
  ['UNHCR update, Myanmar: "due to the escalation that began on 27 October"',
    on('2023-11-15', 'Over 90,000 people have been displaced due to the escalation that began on 27 October in northern Shan.'),
    'displaced', 90000, ['2023-10-27', '2023-11-15']],
];

const OWN_DATE: Case[] = [
  ['wire, Sudan: a weekday dates a bout of fighting, not a campaign',
    on('2023-04-18', 'At least 56 people have been killed in the fighting that broke out on Saturday in Khartoum.'),
    'killed', 56, ['2023-04-15', '2023-04-15']],
  ['outlet, Syria: a date in a clause set off by commas stays background',
    on('2016-03-28', 'Nine soldiers were killed on Sunday near Palmyra, which the militants had seized in May 2015, the army said.'),
    'killed', 9, ['2016-03-27', '2016-03-27']],
];

describe('a campaign dated by its start in a relative clause starts a running total', () => {
  it.each(CAUSED_SINCE)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });

  it('the fact keeps the start verb and its date as written and is cumulative (Sudan)', () => {
    const got = facts(on('2023-09-01', 'Nearly 1.2 million people have crossed into neighbouring countries because of the war that broke out on 15 April.'));
    const f = got.find((x) => x.category === 'displaced')!;
    expect(f.time_phrase).toBe('broke out on 15 April');
    expect([f.period_start, f.period_end, f.cumulative]).toEqual(['2023-04-15', '2023-09-01', true]);
  });
});

describe('without the construction the date is the event\'s own', () => {
  it.each(OWN_DATE)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });
});

describe('two incidents strung in one sentence: each figure takes its own incident\'s date', () => {
  const strung = (text: string, cases: [string, number, string][]) => {
    for (const [category, value, day] of cases) expect(periodOf(text, category, value)).toEqual([day, day]);
  };
  it('sitrep, Ukraine: "a strike on 2 June on X, killing 6 and injuring 30, and an attack on Y on 4 June that killed 3"', () => {
    strung(on('2023-06-08', 'The week followed a missile strike on 2 June on Kramatorsk, killing 6 people and injuring 30, and an attack on Kherson on 4 June that killed 3 civilians.'),
      [['killed', 6, '2023-06-02'], ['injured', 30, '2023-06-02'], ['killed', 3, '2023-06-04']]);
  });
  it('flash update, Sudan: "a drone strike on 12 May on X killing 14 and the shelling of Y on 15 May that killed 9"', () => {
    strung(on('2024-05-20', 'This came after a drone strike on 12 May on a market in Kassala killing 14 people and the shelling of a camp near El Fasher on 15 May that killed 9 people.'),
      [['killed', 14, '2024-05-12'], ['killed', 9, '2024-05-15']]);
  });
  it('wire, Ukraine: one incident keeps the one date after its figures', () => {
    strung(on('2023-02-14', 'Shelling killed 12 people and wounded 30 in Horlivka on Monday, officials said.'),
      [['killed', 12, '2023-02-13'], ['injured', 30, '2023-02-13']]);
  });
});
