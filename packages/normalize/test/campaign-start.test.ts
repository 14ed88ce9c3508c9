/**
 * A campaign's start before a participle of consequence (issue 9, fresh wire texts): "launched an offensive in May,
 * killing 300" counts the dead from May to the report's day, a running total, not May's toll. Without the participle
 * the date stays the start's own. Every sentence is written for this file, in several wars and genres; none comes from
 * the fresh texts or the corpus. Each runs through ingest, extract and normalize, the publication date in front matter.
 */
import { describe, expect, it } from 'vitest';
import { facts, on, periodOf, type Case } from './dated-text.ts';

const RUNNING: Case[] = [
  ['wire, Sudan: "launched ... offensive ... in May, killing"',
    on('2024-09-12', 'KHARTOUM (AFP) - The paramilitaries launched a sweeping offensive on El Obeid in May, killing at least 600 civilians, according to the UN.'),
    'killed', 600, ['2024-05-01', '2024-09-12']],
  ['outlet, Myanmar: "started its crackdown in March 2021, killing"',
    on('2022-02-01', 'The junta started its brutal crackdown in March 2021, killing more than 1,500 protesters, a rights group said.'),
    'killed', 1500, ['2021-03-01', '2022-02-01']],
  ['wire, Ethiopia: "the war began in November 2020, forcing N to flee"',
    on('2021-08-20', 'The war in Tigray began in November 2020, forcing some 2,000,000 people to flee their homes, the UN says.'),
    'displaced', 2000000, ['2020-11-01', '2021-08-20']],
  ['encyclopedic, Nagorno-Karabakh: "mounted a siege ... on 12 December, leaving N dead"',
    on('2023-06-30', 'Azerbaijani forces mounted a blockade and began a siege of the enclave on 12 December 2022, leaving 40 people dead.'),
    'killed', 40, ['2022-12-12', '2023-06-30']],
];

const OWN_DATE: Case[] = [
  ['wire, Mali: a start without a participle of consequence keeps its month',
    on('2022-07-04', 'Jihadists launched an offensive near Menaka in March and killed 30 villagers, officials said.'),
    'killed', 30, ['2022-03-01', '2022-03-31']],
  ['wire, Gaza: a one-day attack is no campaign',
    on('2023-11-08', 'Militants launched an attack on the crossing on Monday, killing 7 soldiers, the army said.'),
    'killed', 7, ['2023-11-06', '2023-11-06']],
];

describe('a campaign start before "killing N" starts a running total', () => {
  it.each(RUNNING)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });

  it('the fact keeps the phrase as written and counts as a running total (Libya)', () => {
    const got = facts(on('2020-06-05', 'Haftar\'s forces launched their campaign against Tripoli in April 2019, displacing more than 200,000 people.'));
    const f = got.find((x) => x.category === 'displaced')!;
    expect(f.time_phrase).toBe('launched their campaign against Tripoli in April 2019');
    expect([f.period_start, f.period_end, f.cumulative]).toEqual(['2019-04-01', '2020-06-05', true]);
  });
});

describe('without the construction the date is the event\'s own', () => {
  it.each(OWN_DATE)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });
});
