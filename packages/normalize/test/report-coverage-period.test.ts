/**
 * A periodic report whose title dates its issue ("Humanitarian Bulletin No. 4 | 12 March 2023") often says, in a lead
 * of no figures of its own, which days it covers ("This bulletin, covering developments from 1 February to 7 March,
 * is produced by ..."; "This update covers the period 5–16 June 2024."; "Reporting period: 22 January – 4 February
 * 2024"). Its figures without a time phrase of their own, and its running totals ("remain displaced since ..."), are
 * of the last day covered, not of the issue day days later (issue 9; extract's `DateContext.coverageLead`). Every
 * text is written for this file; each runs through ingest, extract and normalize as `frontline all` does.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '@frontline/schema';
import { facts as factsOf, on } from './dated-text.ts';

const facts = (day: string, text: string): Fact[] => factsOf(on(day, text));
const ends = (found: Fact[]) => found.map((f) => [f.category, f.count_best, f.period_end]);

describe("a dated report's lead names the days it covers", () => {
  it('situation report, Myanmar: "covering developments from X to Y" after a dated title', () => {
    const text = [
      'Kachin Humanitarian Bulletin No. 4 | 12 March 2023',
      'This bulletin, covering developments in conflict-affected townships from 1 February to 7 March, is produced by OCHA with the Kachin cluster partners.',
      'About 6,200 people were displaced by clashes in Waingmaw Township, according to local partners.',
    ].join('\n\n');
    expect(ends(facts('2023-03-12', text))).toEqual([['displaced', 6200, '2023-03-07']]);
  });

  it('displacement update, Sudan: "This update covers the period 5-16 June"', () => {
    const text = [
      'Sudan Emergency: Chad Border Update, 20 June 2024',
      'This update covers the period from 5 to 16 June 2024.',
      'Some 12,000 refugees fled into Chad through the Adre crossing, UNHCR said.',
    ].join('\n\n');
    expect(ends(facts('2024-06-20', text))).toEqual([['displaced', 12000, '2024-06-16']]);
  });

  it('displacement update, DRC: a "Reporting period:" line under a dated title', () => {
    const text = [
      'North Kivu Displacement Flash, 9 February 2024',
      'Reporting period: 22 January – 4 February 2024.',
      'Fighting between the M23 and the army around Sake displaced 135,000 people towards Goma.',
    ].join('\n\n');
    expect(ends(facts('2024-02-09', text))).toEqual([['displaced', 135000, '2024-02-04']]);
  });

  it('situation report, Yemen: a running total "remain displaced since" is of the last day covered', () => {
    const text = [
      'Hudaydah Humanitarian Update No. 9 | 28 November 2018',
      'This update, which covers humanitarian developments from 1 to 22 November, is issued by OCHA Yemen.',
      'An estimated 18,500 people remain displaced in Hays District since June.',
    ].join('\n\n');
    expect(ends(facts('2018-11-28', text))).toEqual([['idps_stock', 18500, '2018-11-22']]);
  });
});

describe('a heading that labels a span dates "during the reporting period"', () => {
  it('assessment, Sahel: "Burkina Faso at a Glance: 3-30 June 2023" under a title of its month', () => {
    const text = [
      'Regional Update | July 2023',
      'Burkina Faso: Attacks Rise Around Djibo',
      'Burkina Faso at a Glance: 3-30 June 2023',
      'KEY TRENDS',
      '- Analysts recorded about 40 political violence events and approximately 120 fatalities in Burkina Faso during the reporting period.',
    ].join('\n');
    expect(ends(facts('2023-07-07', text))).toEqual([['killed', 120, '2023-06-30']]);
  });

  it('situation report, Ethiopia: "Key figures: 1-14 November 2021" dates the list under it', () => {
    const text = [
      'Northern Ethiopia Situation Report, 19 November 2021',
      'Key figures: 1-14 November 2021',
      'An estimated 31,000 people were displaced from Dessie and Kombolcha during the reporting period, according to IOM.',
    ].join('\n\n');
    expect(ends(facts('2021-11-19', text))).toEqual([['displaced', 31000, '2021-11-14']]);
  });
});

describe('what a coverage lead does not date', () => {
  it('monitor, Syria: a figure with its own day keeps it', () => {
    const text = [
      'Idlib Flash Update No. 3 | 14 May 2019',
      'This update, covering developments from 1 to 12 May, is produced by OCHA Turkey.',
      'On 13 May, air strikes killed 11 civilians in Kafr Nabudah.',
    ].join('\n\n');
    expect(ends(facts('2019-05-14', text))).toEqual([['killed', 11, '2019-05-13']]);
  });

  it('wire, Ukraine: a reporter "covering" a front is no report period', () => {
    const text = [
      'Shelling hits Kharkiv suburbs, 3 April 2024',
      'Journalists covering the front from 20 to 30 March said the shelling never stopped.',
      'Russian shelling killed 4 civilians in Kupiansk on Wednesday, the governor said.',
    ].join('\n\n');
    expect(ends(facts('2024-04-03', text))).toEqual([['killed', 4, '2024-04-03']]);
  });
});

describe("a news story's headline span is no coverage line", () => {
  it('wire, Syria: a total "since" a day under a headline naming a span runs to the story\'s day', () => {
    const text = [
      'Over 100,000 flee Daraa fighting between Dec. 1 and Dec. 30: UN',
      'DAMASCUS, Jan. 1 (Xinhua) -- More than 100,000 people have been displaced in southern Syria since Dec. 1 due to fighting between government forces and rebels, the UN said on Monday.',
    ].join('\n\n');
    expect(ends(facts('2018-01-01', text)).at(-1)).toEqual(['displaced', 100000, '2018-01-01']);
  });
});
