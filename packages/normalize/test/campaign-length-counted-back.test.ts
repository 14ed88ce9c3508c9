/**
 * A campaign's length written as its attribute ("In its more than 35-year terror campaign, the PKK has been
 * responsible for the deaths of at least 40,000 people", "during the 12-year war") counts back from the report as
 * "over the past 35 years" does: the toll is not dated by the report's day. Every text is written for this file.
 */
import { describe, expect, it } from 'vitest';
import { on, periodOf } from './dated-text.ts';

const TURKEY = on('2022-03-14', 'In its 38-year terror campaign, the PKK has killed more than 40,000 people, the ministry said.');
const SYRIA = on('2023-03-15', 'During the 12-year war, more than 300,000 civilians were killed, the UN rights office said.');
const SOMALIA = on('2021-05-02', 'Throughout its nearly 15-year insurgency, al-Shabaab has killed 4,000 soldiers, officials said.');
const COLOMBIA = on('2016-08-25', 'Over the 52-year-long conflict, 220,000 people were killed, the government said.');

describe('a campaign length counted back from the report', () => {
  it('Turkish outlet (PKK): "in its 38-year terror campaign"', () => expect(periodOf(TURKEY, 'killed', 40000)).toEqual(['1984-03-14', '2022-03-14']));
  it('wire (Syria): "during the 12-year war"', () => expect(periodOf(SYRIA, 'killed', 300000)).toEqual(['2011-03-15', '2023-03-15']));
  it('outlet (Somalia): "throughout its nearly 15-year insurgency"', () => expect(periodOf(SOMALIA, 'killed', 4000)).toEqual(['2006-05-02', '2021-05-02']));
  it('government (Colombia): "over the 52-year-long conflict"', () => expect(periodOf(COLOMBIA, 'killed', 220000)).toEqual(['1964-08-25', '2016-08-25']));
});
