/**
 * A campaign's start with its date fronted, or with the sides or the target between the date and the participle of
 * consequence (issue 9, probe of outlet and wire pages outside the corpus): "In April 2023, war broke out between the
 * army and the RSF, leaving N dead" counts the dead from April 2023 to the report's day, as "the war began in April
 * 2023, leaving N dead" does (extract time.ts FRONTED_START, START_COMPLEMENT; the date module's frontedCampaignStart). A fronted
 * weekday dates a day's toll, and a bout of fighting is no campaign. Every sentence is written for this file, in several
 * wars and genres; none comes from the probe pages or the corpus.
 */
import { describe, expect, it } from 'vitest';
import { facts, on, periodOf, type Case } from './dated-text.ts';

const RUNNING: Case[] = [
  ['outlet, Sudan: the date fronted, the sides after the verb',
    on('2024-09-16', 'In April 2023, war broke out between the army and the paramilitary Rapid Support Forces, leaving at least 15,000 people dead, according to the UN.'),
    'killed', 15000, ['2023-04-01', '2024-09-16']],
  ['wire, Ukraine: a fronted day, a transitive start with its target',
    on('2023-02-20', 'On 24 February 2022, Russia launched its full-scale invasion of Ukraine, forcing more than 8,000,000 people to flee abroad.'),
    'displaced', 8000000, ['2022-02-24', '2023-02-20']],
  ['think-tank assessment, Myanmar: a fronted month-first day with its year',
    on('2022-11-30', 'On February 1, 2021, the military launched a crackdown on the opposition across the country, killing more than 2,400 civilians.'),
    'killed', 2400, ['2021-02-01', '2022-11-30']],
  ['regional outlet, Ethiopia: the sides between the dated start and its participle',
    on('2021-09-01', 'The war began in November 2020 between federal troops and forces loyal to the Tigrayan leadership, uprooting some 2,000,000 people.'),
    'displaced', 2000000, ['2020-11-01', '2021-09-01']],
];

const OWN_DATE: Case[] = [
  ['wire, Gaza: a fronted weekday dates a day\'s toll',
    on('2024-03-06', 'On Monday, the offensive began in the east of Rafah, killing 12 people, medics said.'),
    'killed', 12, ['2024-03-04', '2024-03-04']],
  ['outlet, Sahel: a bout of fighting fronted by its day is that day\'s toll',
    on('2024-03-08', 'On 3 March 2024, fighting broke out between the army and jihadists near Djibo, killing 14 soldiers.'),
    'killed', 14, ['2024-03-03', '2024-03-03']],
  ['UN situation report, DR Congo: a fronted start with no participle of consequence',
    on('2024-02-10', 'In January 2024, the M23 offensive began around Sake. 40 civilians were killed in Mweso on 5 February.'),
    'killed', 40, ['2024-02-05', '2024-02-05']],
];

describe('a fronted campaign start before "leaving N dead" starts a running total', () => {
  it.each(RUNNING)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });

  it('the fact keeps the phrase from the date to the start and counts as a running total (Yemen)', () => {
    const got = facts(on('2016-03-26', 'In March 2015, the Saudi-led campaign began in Yemen, killing more than 6,000 people, the UN says.'));
    const f = got.find((x) => x.category === 'killed')!;
    expect(f.time_phrase).toBe('In March 2015, the Saudi-led campaign began');
    expect([f.period_start, f.period_end, f.cumulative]).toEqual(['2015-03-01', '2016-03-26', true]);
  });
});

describe('without the construction the date is the event\'s own', () => {
  it.each(OWN_DATE)('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });
});
