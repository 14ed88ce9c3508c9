/**
 * Dates a text gives itself when its page gives none (date-r49, issue 9): an encyclopedic infobox's open span with
 * its length ("Date 14 June 2020 – present (4 months, 1 week and 2 days)") dates the copy, so its infobox tolls are of
 * that day; a tracker's year-to-date count ("As of end of Sept, ... in 2021") gives its yearless days their year and
 * closes on its "as of" day; a tracker's telegraphic day before a place or a hedge ("clash 5 Mar at X", "raid 9 Apr,
 * reportedly ...") dates its clause; a report named with the period it is about ("a report on harm from March 2022")
 * dates its undated figures to that period, however long after it the page went up. Every text is written for this
 * file; each runs through ingest, extract and normalize as `frontline all` does.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '@frontline/schema';
import { facts, on } from './dated-text.ts';

const ends = (found: Fact[]) => found.map((f) => [f.category, f.count_best, f.period_end]);

describe('an infobox span still open, with its length, dates the copy', () => {
  it('encyclopedic, Mozambique: "– present" and the length on the next line', () => {
    const text = [
      'Siege of Mueda',
      'Date 14 June 2020 – present',
      '(4 months, 1 week and 2 days)',
      'Location Mueda, Cabo Delgado',
      'Belligerents Mozambique; insurgents',
      'Casualties and losses',
      '210 killed',
      '31,000 displaced',
    ].join('\n');
    expect(ends(facts(text))).toEqual([['killed', 210, '2020-10-23'], ['displaced', 31000, '2020-10-23']]);
  });

  it('encyclopedic, Yemen: the length on the Date line itself, in years', () => {
    const text = [
      'Battle of Harib',
      'Date March 2, 2019 – present (1 year, 2 months and 5 days)',
      'Location Harib, Marib Governorate',
      'Result Ongoing',
      'Casualties and losses',
      '640 killed',
      'The Battle of Harib is a military engagement that began on March 2, 2019.',
    ].join('\n');
    expect(ends(facts(text))).toEqual([['killed', 640, '2020-05-07']]);
  });

  it('a closed span dates no copy: the infobox toll keeps no day of its own', () => {
    const text = [
      'Battle of Harib',
      'Date March 2 – May 9, 2019',
      'Location Harib, Marib Governorate',
      'Result Government victory',
      'Casualties and losses',
      '640 killed',
      'The Battle of Harib was a military engagement that began on March 2, 2019.',
    ].join('\n');
    expect(facts(text).find((f) => f.count_best === 640)?.period_end).not.toBe('2020-05-07');
  });
});

describe("a tracker's year-to-date count places its yearless days", () => {
  it('monitor, Honduras: "As of end of Sept ... in 2021" dates the entry and closes the count', () => {
    const text = [
      'Honduras',
      'Gang violence rose in the north; bus attacks went on.',
      'Gunmen 12 Sept killed seven people at a bar in San Pedro Sula city. As of end of Sept, at least 41 people had died in gang attacks on buses in 2021.',
    ].join('\n\n');
    expect(ends(facts(text))).toEqual([['killed', 7, '2021-09-12'], ['killed', 41, '2021-09-30']]);
  });

  it('assessment, Burkina Faso: telegraphic days before a place or a hedge', () => {
    const text = [
      'Burkina Faso',
      'Jihadist attacks continued in the north. As of end of Feb, over 300 civilians had been killed in attacks in 2023.',
      'Militant ambush 9 Feb near Djibo killed 11 soldiers. Another raid 21 Feb, reportedly by JNIM fighters, killed 14 villagers.',
    ].join('\n\n');
    expect(ends(facts(text)).filter(([, n]) => n !== 300)).toEqual([['killed', 11, '2023-02-09'], ['killed', 14, '2023-02-21']]);
  });
});

describe('a report named with the period it is about', () => {
  it('monitor, Ukraine: "a report on harm from March 2022" published two years later', () => {
    const text = [
      'Kharkiv strikes: data annex',
      'Published 12 April 2024',
      'This appendix gathers the data from a report on harm to civilians from March 2022, in Kharkiv Oblast.',
      'At least 412 civilians were killed in the incidents we assessed.',
    ].join('\n\n');
    expect(ends(facts(text))).toEqual([['killed', 412, '2022-03-31']]);
  });

  it('situation report, Sudan: "in its report for the first half of 2024"', () => {
    const text = [
      'Darfur protection brief, 9 September 2024',
      'The monitoring network presents here its report for the first half of 2024.',
      'Some 86,000 people were displaced from villages around Kutum.',
    ].join('\n\n');
    expect(ends(facts(text))).toEqual([['displaced', 86000, '2024-06-30']]);
  });

  it('a news story about a report dates nothing by it: the figure there is its own sentence\'s', () => {
    const text = on('2024-04-10', [
      'Rights group reports on strikes',
      'On Monday, a drone strike killed 9 people in Sumy, officials said.',
    ].join('\n\n'));
    expect(ends(facts(text))).toEqual([['killed', 9, '2024-04-08']]);
  });
});
