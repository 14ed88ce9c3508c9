/**
 * A report's covered period and a toll's stretch, in forms the reader missed: a span of days with no year after a
 * report says it covers them ("It covers the period from 14-21 August", "Reporting period: 01–07 May"), a range whose
 * first date carries a relative clause ("from 24 February 2022, which marked the start of ..., to 5 March 2023"), and
 * a war's length counted approximately ("In nearly seven months of war"). Texts written for the rules, in several
 * genres and wars.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '@frontline/extract';
import { on, periodOf } from './dated-text.ts';

type Dated = readonly [name: string, text: string, category: string, value: number, period: readonly [string, string]];
const datesEach = (cases: readonly Dated[]) =>
  it.each(cases)('%s', (_name, text, category, value, period) => expect(periodOf(text, category, value)).toEqual(period));

describe("a report's yearless covered span dates its figures with no phrase of their own", () => {
  datesEach([
    ['sitrep, "It covers" (South Sudan)', on('2014-08-22', 'South Sudan Crisis Situation Report No. 50\n\nThis report is produced by OCHA in collaboration with partners. It covers the period from 14-21 August. The next report will be issued on or around 28 August.\n\nClashes in Bentiu wounded 12 people, partners said.'), 'injured', 12, ['2014-08-14', '2014-08-21']],
    ['weekly update, a label (Myanmar)', on('2024-05-10', 'Myanmar: Weekly Update\n\nReporting period: 01–07 May\n\nAirstrikes on villages in Sagaing killed 17 people and displaced 3,000.'), 'displaced', 3000, ['2024-05-01', '2024-05-07']],
    ['flash update, "covers" (Sahel)', on('2023-03-17', 'Burkina Faso: Flash Update No. 4\n\nThis update covers 6-13 March. It is produced by OCHA Burkina Faso.\n\nAttacks near Djibo killed 28 civilians, local authorities said.'), 'killed', 28, ['2023-03-06', '2023-03-13']],
  ]);

  it('"from" or "covers" before a range of people, no month after it, is no span of days', () => {
    const phrases = (s: string) => findTimes(s).map((t) => t.text);
    expect(phrases('Clashes displaced from 10-15 families a day in Ituri, partners said.')).toEqual([]);
    expect(phrases('The aid covers 20-30 families in each camp near Goma.')).toEqual([]);
    expect(phrases('The bulletin covers 20-26 June, when 40 people were killed.')).toContain('20-26 June');
  });
});

describe('a range whose first date carries a relative clause', () => {
  datesEach([
    ['monitor (Ukraine)', on('2023-03-07', 'Ukraine: civilian casualties\n\nOHCHR recorded 21,793 civilian casualties in Ukraine – 8,173 killed and 13,620 injured – from 24 February 2022, which marked the start of the armed attack, to 5 March 2023.'), 'killed', 8173, ['2022-02-24', '2023-03-05']],
    ['sitrep (Sudan)', on('2023-10-20', 'Sudan: Situation Report\n\nSome 5.8 million people were displaced from 15 April 2023, which saw fighting erupt in Khartoum, to 15 October 2023, IOM said.'), 'displaced', 5800000, ['2023-04-15', '2023-10-15']],
  ]);
});

describe("a war's length counted approximately runs to the report's day", () => {
  datesEach([
    ['wire (Sudan), after a lead dated Saturday', on('2023-11-05', 'Sudan shelling\n\nShelling killed 15 civilians in Omdurman on Saturday, a medical source said.\n\nIn nearly seven months of war, more than 10,400 people have been killed, according to ACLED.'), 'killed', 10400, ['2023-04-05', '2023-11-05']],
    ['outlet (Myanmar)', on('2021-12-28', 'Kayah fighting\n\nTroops burned 30 villagers near Hpruso on Friday, a rights group said.\n\nIn almost ten months of conflict, troops have killed more than 1,300 civilians, the group said.'), 'killed', 1300, ['2021-02-28', '2021-12-28']],
  ]);
});

describe("a report's part labelled by its period dates the part's figures", () => {
  datesEach([
    ['annex by month (Sudan, monitor)', on('2024-03-10', 'Civilian harm in Sudan: annual report\n\nThe monitor recorded attacks across the country.\n\nAnnex 1: January 2024\n\nAir strikes killed 45 civilians in Nyala.\n\nAnnex 2: February 2024\n\nDrone strikes killed 31 civilians in El Fasher.'), 'killed', 31, ['2024-02-01', '2024-02-29']],
    ['table by month (Yemen, monitor)', on('2023-07-02', 'Yemen civilian impact monitoring\n\nThe project recorded incidents in every governorate.\n\nTable 3 – May 2023\n\nShelling killed 12 civilians in Taiz.\n\nTable 4 – June 2023\n\nLandmines killed 9 civilians in Hodeidah.'), 'killed', 12, ['2023-05-01', '2023-05-31']],
    ['appendix by quarter (Afghanistan, assessment)', on('2019-05-02', 'Afghanistan: protection of civilians\n\nThe mission documented incidents.\n\nAppendix B: January–March 2019\n\nAir strikes killed 150 civilians in Helmand.'), 'killed', 150, ['2019-01-01', '2019-03-31']],
    ['a part labelled by no date dates nothing (Mali, sitrep)', on('2022-04-05', 'Mali: Situation Report\n\nThe report gives figures of the crisis.\n\nSection 2: Protection\n\nArmed men killed 30 villagers near Moura, partners said.'), 'killed', 30, ['2022-04-05', '2022-04-05']],
  ]);
});
