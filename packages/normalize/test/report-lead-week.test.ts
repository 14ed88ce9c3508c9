/**
 * A weekly or monthly overview opens with a lead that names the period it covers and states no figure ("Fighting
 * dominated the region last week, with ..."): the figures after it without a time phrase of their own are of that
 * period (its end their period_end), not of the publication day days after it (issue 9, extract's `leadPeriod`).
 * Every text is written for this file; each runs through ingest, extract and normalize as `frontline all` does.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '@frontline/schema';
import { facts as factsOf, on } from './dated-text.ts';

/** The facts of a text published on `day`. */
const facts = (day: string, text: string): Fact[] => factsOf(on(day, text));

const ends = (found: Fact[]) => found.map((f) => [f.category, f.count_best, f.period_end]);

describe("an overview's lead names the period its undated figures are of", () => {
  it('assessment, Yemen: "last week" in a lead without figures, no title line', () => {
    const text = [
      'Fighting on the Hodeidah front dominated the region last week, with renewed clashes in Hays and air strikes around Saada.',
      'In Hays district, at least 23 combatants were killed in clashes between Houthi forces and the joint forces.',
    ].join('\n\n');
    // Published Thursday 14 March 2019: last week is 4-10 March.
    expect(ends(facts('2019-03-14', text))).toEqual([['killed', 23, '2019-03-10']]);
  });

  it('monitor, Ukraine: a titled weekly update whose lead says "last week"', () => {
    const text = [
      'Weekly protection update: eastern Ukraine',
      'Hostilities intensified along the front line in Donetsk Oblast last week, humanitarian partners reported.',
      'Shelling killed 11 civilians in Kostiantynivka and damaged the town’s water station.',
    ].join('\n\n');
    // Published Friday 5 May 2023: last week is 24-30 April.
    expect(ends(facts('2023-05-05', text))).toEqual([['killed', 11, '2023-04-30']]);
  });

  it('situation report, Sudan: "last month" in the lead dates the month\'s figures', () => {
    const text = [
      'Monthly overview: Darfur',
      'Insecurity in North Darfur worsened sharply last month, as fighting spread to the camps around El Fasher.',
      'About 4,500 people were displaced from Zamzam camp, according to the IOM.',
    ].join('\n\n');
    expect(ends(facts('2024-06-06', text))).toEqual([['displaced', 4500, '2024-05-31']]);
  });
});

describe('a lead that is no overview of a period', () => {
  it('wire, Syria: a lead stating figures "last week" dates its own figures only', () => {
    const text = [
      'Air strikes killed 40 people in Idlib province last week, a monitor said.',
      'Separately, shelling killed 6 civilians in Maarat al-Numan, residents said.',
    ].join('\n\n');
    expect(ends(facts('2019-05-15', text)).at(-1)).toEqual(['killed', 6, '2019-05-15']);
  });

  it('assessment, Sahel: a reporting word before the period, not next to it, still names the period', () => {
    const text = [
      'Central Sahel again recorded the most reported fatalities in the region last week, as militants struck army posts in Burkina Faso.',
      'In Soum province, at least 35 soldiers were killed when militants attacked an army base near Djibo.',
    ].join('\n\n');
    // Published Thursday 16 June 2022: last week is 6-12 June.
    expect(ends(facts('2022-06-16', text))).toEqual([['killed', 35, '2022-06-12']]);
  });

  it('outlet, Libya: the rest of the lead\'s paragraph is of the period too', () => {
    const text = [
      'The Tripoli front saw fewer reported clashes last week, while the LNA pressed east of Misrata. Forces loyal to the GNA captured the town of Gharyan after heavy clashes.',
      'In Tarhuna, at least 14 fighters were killed in air strikes on a weapons depot.',
    ].join('\n\n');
    // Published Wednesday 3 July 2019: last week is 24-30 June.
    expect(ends(facts('2019-07-03', text))).toEqual([['captured', null, '2019-06-30'], ['killed', 14, '2019-06-30']]);
  });

  it('wire, Sudan: "said last week" dates the saying, not the report\'s period', () => {
    const text = [
      'The United Nations said last week that fighting around Kadugli could force thousands from their homes.',
      'Shelling killed 9 people in the town, residents said.',
    ].join('\n\n');
    expect(ends(facts('2024-09-12', text)).at(-1)).toEqual(['killed', 9, '2024-09-12']);
  });

  it('outlet, Sudan: "last week" in a later paragraph is no lead', () => {
    const text = [
      'The RSF shelled the outskirts of El Obeid, residents said.',
      'Aid groups had warned of an assault last week.',
      'The shelling killed 9 people in the Kordofan capital.',
    ].join('\n\n');
    expect(ends(facts('2024-09-12', text)).at(-1)).toEqual(['killed', 9, '2024-09-12']);
  });
});
