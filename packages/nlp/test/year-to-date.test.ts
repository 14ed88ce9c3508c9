/**
 * A year-to-date count's "as of" day takes the year the count runs through (year-to-date.ts): one reading for
 * ingest's timeline and extract's time finder. Sentences written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { asOfDayStart, opensAsOf, yearToDate } from '../src/dates/index.ts';

/** The year `yearToDate` gives the day `day` of `sentence`. */
const countYear = (sentence: string, day: string) => {
  const at = sentence.indexOf(day);
  return yearToDate(sentence, at, at + day.length);
};

describe('yearToDate', () => {
  it.each([
    ['monitor', 'As of 9 June, 212 civilians had been killed in Kivu in 2022.', '9 June', 2022],
    ['sitrep', 'As at the end of Oct, some 64 aid workers have died so far in 2021.', 'end of Oct', 2021],
    ['wire', 'As of March 3, the ministry counted 1,150 people killed in 2025, officials said.', 'March 3', 2025],
  ])('%s: the day takes the year its count runs through', (_genre, sentence, day, year) => {
    expect(countYear(sentence, day)).toBe(year);
  });

  it.each([
    ['no "as of"', 'On 9 June, 212 civilians had been killed in Kivu in 2022.', '9 June'],
    ['a range of years', 'As of 9 June, 212 civilians had been killed in Kivu in 2021-2022.', '9 June'],
    ['years joined', 'As of 9 June, 212 civilians had been killed in 2021 and 2022.', '9 June'],
    ['the year in another sentence', 'As of 9 June, 212 civilians had been killed. Fighting began in 2022.', '9 June'],
    ['the day has its year', 'As of 9 June 2023, 212 civilians had been killed in 2022.', '9 June 2023'],
  ])('%s: no year-to-date count', (_case, sentence, day) => {
    expect(countYear(sentence, day)).toBeNull();
  });
});

describe('asOfDayStart', () => {
  it('finds the day after "as of" / "as at the", and nothing in another phrase', () => {
    expect(asOfDayStart('as of 4 April')).toBe(6);
    expect(asOfDayStart('As at the end of May')).toBe(10);
    expect(asOfDayStart('on 4 April')).toBe(-1);
  });
});

describe('opensAsOf', () => {
  it('tells a count\'s cutoff phrase from other date phrases', () => {
    expect(['as of 8 July', 'As at 2 February 2019', 'as of the end of March'].map(opensAsOf)).toEqual([true, true, true]);
    expect(['on 8 July', 'as often as not', 'has of late'].map(opensAsOf)).toEqual([false, false, false]);
  });
});
