/**
 * A header line giving a span of days ("Reporting period: 28 October - 3 November 2024") is one period, not a header
 * of two fields split at its dash: the span's last day alone is no page date read to the day (dateline.ts
 * `splitOutsideDates`). A header whose fields are a label and a single day still splits and dates the page. Lines
 * written for the rule, in several reports' shapes and wars.
 */
import { describe, expect, it } from 'vitest';
import { bylineLine } from '../src/dateline.ts';

describe('a span of days in a header line is not split at its dash', () => {
  it.each([
    // a weekly flash update on Lebanon
    'Reporting period: 28 October - 3 November 2024',
    // a monitor's weekly toll on Myanmar, the span month first
    'Weekly civilian harm: March 25 - April 2, 2024',
    // a cluster bulletin on Sudan
    'Covering 29 May - 4 June 2023',
  ])('%s', (line) => expect(bylineLine(line)).toBeNull());

  it('a label and one day still date the page', () => {
    expect(bylineLine('Flash update No. 3 - 4 June 2023')).toMatchObject({ year: 2023, month: 6, day: 4 });
  });
});
