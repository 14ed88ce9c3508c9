/** Explicit dates as written (dates.ts): rules that had no test of their own, each on sentences from two genres. */
import { describe, expect, it } from 'vitest';
import { findDates } from '../src/dates.ts';

const parts = (text: string) => findDates(text).map((d) => [d.phrase, d.year, d.month, d.day, d.precision]);

describe('two days of one month: both days, the month written once', () => {
  it('wire copy (Iraq): "on March 11 and 12"', () => {
    expect(parts('Air strikes on March 11 and 12 killed at least 20 civilians in west Mosul, officials said.')).toEqual([
      ['March 11 and 12', null, 3, 11, 'day'],
      ['March 11 and 12', null, 3, 12, 'day'],
    ]);
  });

  it('a situation report (Yemen): "between December 15-17, 2018", with its year', () => {
    expect(parts('Partners registered 3,100 displaced families in Hodeidah between December 15-17, 2018.')).toEqual([
      ['December 15-17, 2018', 2018, 12, 15, 'day'],
      ['December 15-17, 2018', 2018, 12, 17, 'day'],
    ]);
  });

  it('a count right after the day is not a second day: "By March 11 12 people"', () => {
    expect(parts('By March 11 12 people had died.').map((p) => p[0])).toEqual(['March 11']);
  });
});

describe("fixed holidays from the lexicon: Christmas and New Year's, either apostrophe", () => {
  it("an encyclopedic narrative (Ukraine): \"On New Year's Eve\" is 31 December", () => {
    expect(parts("On New Year's Eve, Russian drones struck the city centre.")).toEqual([["New Year's Eve", null, 12, 31, 'day']]);
  });

  it('a monitor (Myanmar): "on New Year’s Day" and "Christmas Eve" in one toll', () => {
    expect(parts('The group documented 14 deaths on Christmas Eve and nine more on New Year’s Day.')).toEqual([
      ['Christmas Eve', null, 12, 24, 'day'],
      ['New Year’s Day', null, 1, 1, 'day'],
    ]);
  });
});

describe('a month alone is a date only with a cue; an abbreviation alone only with its period', () => {
  it('wire copy (Sudan): "since October" is a month; the name "Jan Egeland" is not', () => {
    expect(parts('Jan Egeland said fighting since October had uprooted 300,000 people.')).toEqual([['since October', null, 10, null, 'month']]);
  });

  it('an assessment (DR Congo): "mid-Feb." is a month, "mid-Feb" without its period and "may" as a verb are not', () => {
    expect(parts('Rebels may reach the town by mid-Feb. if the road stays open.')).toEqual([['mid-Feb.', null, 2, null, 'month']]);
    expect(parts('Rebels may reach the town by mid-Feb if the road stays open.')).toEqual([]);
  });
});

describe('a heading in capitals: the month in capitals is a date beside its year only', () => {
  it('a monitor\'s monthly report (DR Congo): "MONTHLY REPORT N°7 - JUNE 2021" gives June 2021', () => {
    expect(parts('MONTHLY REPORT N°7 - JUNE 2021')).toEqual([['JUNE 2021', 2021, 6, null, 'month']]);
  });

  it('a situation report (Yemen): "SITUATION REPORT NO. 4 - 9 MAY 2019" gives the day', () => {
    expect(parts('SITUATION REPORT NO. 4 - 9 MAY 2019')).toEqual([['9 MAY 2019', 2019, 5, 9, 'day']]);
  });

  it('a headline in capitals (Ukraine): "MAY" and "MARCH" without a year are words, not months', () => {
    expect(parts('TROOPS MAY MARCH ON 20 TOWNS, OFFICIALS SAY')).toEqual([]);
  });
});
