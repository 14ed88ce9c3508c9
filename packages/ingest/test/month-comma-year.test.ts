/**
 * A month's year after a comma ("September, 2014"), as some monitors write their counting periods, is a month with
 * its year; a number after "In March," that a noun follows is a count, not a year (dates.ts). Sentences written for
 * the rule.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../src/dates.ts';

const months = (text: string) => findDates(text).filter((d) => d.precision === 'month').map((d) => [d.month, d.year]);

describe('a month with its year after a comma', () => {
  it.each([
    ['Syria monitor', 'Throughout June, 2016 to May 31, 2017, the center documented 4,100 deaths.', [[6, 2016]]],
    ['Iraq tracker', 'In October, 2016, the offensive on Mosul began.', [[10, 2016]]],
    ['Libya mission', 'Between April, 2019 and June, 2020, the mission recorded 1,200 civilian casualties.', [[4, 2019], [6, 2020]]],
    ['Yemen digest', 'Air raids peaked in March, 2018.', [[3, 2018]]],
  ])('%s', (_genre, text, expected) => {
    expect(months(text)).toEqual(expected);
  });

  it.each([
    ['Sudan', 'In March, 2000 people fled El Geneina.'],
    ['DRC', 'By June, 2019 families had reached Bunia.'],
  ])('a count after the comma stays a count (%s)', (_war, text) => {
    expect(findDates(text).some((d) => d.year !== null)).toBe(false);
  });
});
