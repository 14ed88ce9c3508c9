/**
 * A report's numbered section heading ("2. Returnees as at 16 May 2021", "III. Displacement as of 30 April") is a
 * heading as an unnumbered one is: the cutoff it closes on dates the section's undated lines, not the report's period
 * or issue day. A numbered line stating a figure ("1. 12 civilians killed in Kalehe") stays a list's item. Found on a
 * dev situation report written in numbered sections; the texts are written for this file, several wars and genres.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf, type Case } from './dated-text.ts';

describe('a numbered heading closing on a cutoff dates its section', () => {
  it.each<Case>([
    ['UNHCR situation report, a numbered returns section (South Sudan)',
      on('2016-09-30', 'South Sudan: Upper Nile Situation Report No. 14 (24 - 30 September 2016)\n\n' +
        'Fighting continued around Malakal over the reporting week.\n\n' +
        '2. Returnees as at 21 September 2016\nPartners have recorded 2,140 returnees in Malakal since the start of the year.\n\n' +
        '3. Protection\nPartners visited the protection site twice.'),
      'returned', 2140, ['2016-01-01', '2016-09-21']],
    ['OCHA situation report, roman numbering (Yemen)',
      on('2021-06-10', 'Yemen: Taiz Situation Report No. 7 (4 - 10 June 2021)\n\n' +
        'Hostilities between the parties continued across the governorate this week.\n\n' +
        'II. Displacement as of 6 June 2021\nIOM DTM: 3,400 households displaced in Taiz Governorate since January.\n'),
      'displaced', 3400, ['2021-01-01', '2021-06-06']],
    ['IOM displacement update, numbered with a bracket (Sudan)',
      on('2023-11-20', 'Sudan: North Darfur Displacement Update (20 November 2023)\n\n' +
        'Clashes between the SAF and the RSF went on around El Fasher.\n\n' +
        '1) IDPs as at 15 November 2023\nIOM DTM: an estimated 12,600 people displaced in El Fasher locality.\n'),
      'displaced', 12600, ['2023-11-15', '2023-11-15']],
  ])('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });

  it('a numbered line that states a figure is a list item, not a heading (DR Congo)', () => {
    // Were "1. 12 civilians ..." a heading, its figure would wait for its section's first date (14 March).
    const text = on('2022-03-18', 'DRC: South Kivu Flash Update No. 3 (18 March 2022)\n\n' +
      'Armed groups attacked several villages in Kalehe Territory this week.\n\n' +
      '1. 12 civilians killed in Kalehe Territory\n2. Houses burned in Bunyakiri on 14 March.\n');
    expect(periodOf(text, 'killed', 12)).toEqual(['2022-03-18', '2022-03-18']);
  });
});

describe('a running total under a heading closing on a cutoff counts to the cutoff', () => {
  it.each<Case>([
    ['UNHCR update, unnumbered heading (Myanmar)',
      on('2023-05-05', 'Myanmar: Sagaing Emergency Update (5 May 2023)\n\n' +
        'Airstrikes and clashes went on in several townships of Sagaing Region.\n\n' +
        'Key figures as of 30 April 2023\n\n' +
        'UNHCR: 8,900 people displaced in Kani Township since 1 February.\n'),
      'displaced', 8900, ['2023-02-01', '2023-04-30']],
    ['OCHA situation report, numbered heading (Ethiopia)',
      on('2021-01-22', 'Ethiopia: Tigray Situation Report (22 January 2021)\n\n' +
        'Fighting was reported around Mekelle and in the central zone.\n\n' +
        '3. Displacement as at 18 January 2021\nLocal authorities: 12,300 people displaced in Adigrat since 4 November.\n'),
      'displaced', 12300, ['2020-11-04', '2021-01-18']],
  ])('%s', (_name, text, category, value, period) => {
    expect(periodOf(text, category, value)).toEqual(period);
  });
});
