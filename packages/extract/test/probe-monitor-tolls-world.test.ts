/**
 * Second probe set for monitors' tolls (issue 9), in monitor styles from wars the first battery
 * (probe-monitor-tolls.test.ts) lacks or barely has: Mexico, Colombia, Nigeria, Myanmar, Burkina Faso, Iraq,
 * Afghanistan. Casualty lists by date, cumulative tolls, "at least N civilian fatalities", counts of incidents vs people,
 * injured and missing, tolls by state or province in a sentence list, and monitors as their own reporter. Every
 * sentence was written for this file; none comes from the seeds or the corpus. A probe that fails for a reason not
 * fixed yet runs as `it.skip` with that reason; the score at the end counts all of them.
 */
import { describe, expect, it } from 'vitest';
import { passes, probe, type Probe } from './probe.ts';

const KINDS = ['killed', 'injured', 'displaced', 'idps_stock', 'returned'];

const WORLD: Probe[] = [
  ['monitor', 'Burkina Faso', '12 March: 4 civilians killed in Djibo by unidentified gunmen.', [
    { category: 'killed', value: 4, group: 'civilians', places: ['Djibo'] },
  ]],
  ['monitor', 'Myanmar', '3 April: 7 villagers killed and 12 injured in a junta air strike on Kani township.', [
    { category: 'killed', value: 7, places: ['Kani'] },
    { category: 'injured', value: 12, places: ['Kani'] },
  ]],
  ['monitor', 'Mexico', 'Since 1 January, 2,341 deaths have been recorded in Guanajuato.', [
    { category: 'killed', value: 2341, cumulative: true, places: ['Guanajuato'] },
  ]],
  ['monitor', 'Afghanistan', 'Since the start of the year, UNAMA has documented 1,659 civilian casualties, including 468 killed and 1,191 injured.', [
    { category: 'killed', value: 468, group: 'civilians', reporters: ['UNAMA'] },
    { category: 'injured', value: 1191, group: 'civilians', reporters: ['UNAMA'] },
  ]],
  ['monitor', 'Nigeria', 'ACLED recorded at least 73 civilian fatalities in Zamfara State in February.', [
    { category: 'killed', value: 73, modifier: 'at_least', group: 'civilians', places: ['Zamfara'], reporters: ['ACLED'] },
  ]],
  ['monitor', 'Burkina Faso', 'The monitor recorded 38 attacks on civilians in the Sahel region in May, which killed 142 people.', [
    { category: 'killed', value: 142 },
  ]],
  ['monitor', 'Colombia', 'Indepaz registered 9 attacks in Cauca during the week, in which 14 people were killed and 6 wounded.', [
    { category: 'killed', value: 14, places: ['Cauca'], reporters: ['Indepaz'] },
    { category: 'injured', value: 6, places: ['Cauca'], reporters: ['Indepaz'] },
  ]],
  ['monitor', 'Iraq', 'Iraq Body Count recorded 31 civilians killed and 58 injured in bombings in Baghdad in August.', [
    { category: 'killed', value: 31, group: 'civilians', places: ['Baghdad'], reporters: ['Iraq Body Count'] },
    { category: 'injured', value: 58, group: 'civilians', places: ['Baghdad'], reporters: ['Iraq Body Count'] },
  ]],
  ['monitor', 'Mexico', 'In Sonora, 27 people were killed; in Chihuahua, 41; and in Michoacan, 33.', [
    { category: 'killed', value: 27, places: ['Sonora'] },
    { category: 'killed', value: 41, places: ['Chihuahua'] },
    { category: 'killed', value: 33, places: ['Michoacan'] },
  ]],
  ['monitor', 'Nigeria', 'Borno State accounted for 64 of the deaths, Yobe for 21 and Adamawa for 9.', [
    { category: 'killed', value: 64, places: ['Borno'] },
    { category: 'killed', value: 21, places: ['Yobe'] },
    { category: 'killed', value: 9, places: ['Adamawa'] },
  ]],
  ['monitor', 'Colombia', 'Since January, the Ombudsman has recorded 18,200 people displaced in Catatumbo.', [
    { category: 'displaced', value: 18200, cumulative: true, places: ['Catatumbo'], reporters: ['Ombudsman'] },
  ]],
  ['monitor', 'Myanmar', 'According to our records, at least 6,337 civilians have been killed by the junta since the coup.', [
    { category: 'killed', value: 6337, modifier: 'at_least', group: 'civilians', cumulative: true, actor: 'junta' },
  ]],
  ['monitor', 'Afghanistan', 'We documented 11 civilian deaths in Nangarhar province in the week to 14 May.', [
    { category: 'killed', value: 11, group: 'civilians', places: ['Nangarhar'] },
  ]],
  ['monitor', 'Iraq', 'The attack in Kirkuk left 5 soldiers dead, 9 wounded and 2 missing.', [
    { category: 'killed', value: 5, places: ['Kirkuk'] },
    { category: 'injured', value: 9, places: ['Kirkuk'] },
  ]],
  ['monitor', 'Burkina Faso', 'The toll for the month stands at 213 dead, of whom 97 were civilians.', [
    { category: 'killed', value: 213 },
    { category: 'killed', value: 97, group: 'civilians' },
  ]],
];

/**
 * On main before this round 12 of these 15 passed (the semicolon list by state, "accounted for" by state and "since the
 * coup" failed); all pass after it. Raise it as constructions are read, never lower it.
 */
const MIN_PASSING = 15;

describe('monitor tolls probes, second set: wars the first set lacks', () => { for (const p of WORLD) probe(KINDS, p); });

describe('monitor tolls probes, second set: score', () => {
  it(`at least ${MIN_PASSING} of ${WORLD.length} probes pass, skipped ones included`, () => {
    const failing = WORLD.filter((p) => !passes(KINDS, p)).map((p) => p[2]);
    expect(WORLD.length - failing.length, failing.join('\n')).toBeGreaterThanOrEqual(MIN_PASSING);
  });
});
