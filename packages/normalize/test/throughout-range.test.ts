/**
 * A monitor's counting period opened by "throughout" and closed by "to" ("Throughout September, 2014 to September
 * 30, 2017, the center documented ...") runs from the first date to the second, as "from ... to ..." does; extract
 * keeps the whole range as the time phrase (time.ts) and normalize reads it as one (period.ts). Sentences written for
 * the rule.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '@frontline/extract';
import { resolvePeriod } from '../src/period.ts';

describe('a "throughout ... to ..." counting period', () => {
  it.each([
    ['Syria monitor', 'Throughout September, 2014 to September 30, 2017, the center documented 2,100 deaths in air raids.', '2014-09-01', '2017-09-30'],
    ['Yemen tracker', 'Throughout March 26, 2015 to December 31, 2019, the project recorded 17,500 civilian casualties.', '2015-03-26', '2019-12-31'],
    ['Afghanistan mission', 'Throughout January 2018 to June 2018, the mission documented 1,692 civilian deaths.', '2018-01-01', '2018-06-30'],
  ])('%s', (_genre, sentence, start, end) => {
    const times = findTimes(sentence).map((t) => t.text);
    expect(times).toHaveLength(1);
    expect(resolvePeriod(times[0]!, '2020-03-01')).toMatchObject({ period_start: start, period_end: end });
  });

  it('"throughout" a single month still spans that month', () => {
    expect(resolvePeriod('throughout May 2019', '2019-07-01')).toMatchObject({ period_start: '2019-05-01', period_end: '2019-05-31' });
  });
});
