/**
 * A span of days joined by "to" with no preposition before it, as a report's header gives its period ("Reporting
 * period: 10 to 16 September 2023"): one time phrase, as the dashed span is. The year closing it keeps a count's
 * range ("10 to 16 people") out. Lines written for the rule, in several reports' shapes and wars.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '../src/time.ts';

const texts = (s: string) => findTimes(s).map((t) => t.text);

describe('a span of days joined by "to"', () => {
  it.each([
    // a situation report on Ethiopia
    ['Reporting period: 10 to 16 September 2023', '10 to 16 September 2023'],
    // a monitor's weekly toll on Myanmar, the months differing
    ['Weekly civilian toll, 27 February to 5 March 2024', '27 February to 5 March 2024'],
    // an assessment's covered period on Sudan
    ['Period covered: 1 to 14 May 2023', '1 to 14 May 2023'],
  ])('%s', (line, phrase) => expect(texts(line)).toEqual([phrase]));

  it('a range of counts before a month is no span', () => {
    expect(texts('Shelling killed 10 to 16 people in Kherson in September 2023.')).toEqual(['in September 2023']);
  });
});
