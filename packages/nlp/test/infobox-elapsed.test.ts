/** The length an open infobox span states, and the day it ends on (date-r49; `infoboxElapsed`, `afterElapsed`). */
import { describe, expect, it } from 'vitest';
import { afterElapsed, infoboxElapsed } from '../src/dates/index.ts';

describe('an infobox span open to "present" with its stated length', () => {
  it.each([
    ['March 8, 2021 – present (1 year, 3 months and 2 weeks)', '', '2021-03-08', '2022-06-22'],
    ['14 June 2020 – present', '(4 months, 1 week and 2 days)', '2020-06-14', '2020-10-23'],
    ['2 January 2023 – present (11 days)', '', '2023-01-02', '2023-01-13'],
    ['30 November 2019 – present (3 months)', '', '2019-11-30', '2020-02-29'],
  ])('%s %s', (value, next, start, end) => {
    const e = infoboxElapsed(value, next);
    expect(e).toBeDefined();
    expect(afterElapsed(start, e!)).toBe(end);
  });

  it.each([
    ['a closed span', '14 June – 2 September 2020', '(2 months and 19 days)'],
    ['open, no length', '14 June 2020 – present', 'Location Mueda'],
    ['a count in brackets is no length', '14 June 2020 – present', '(40 killed)'],
  ])('%s: none', (_c, value, next) => {
    expect(infoboxElapsed(value, next)).toBeUndefined();
  });
});
