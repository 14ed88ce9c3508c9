/**
 * Words the one date lexicon gives every finder: extract's time phrases and normalize's periods read the same month
 * abbreviations and parts of a month, so a form one finder knows is known to all.
 */
import { describe, expect, it } from 'vitest';
import { findTimes } from '@frontline/extract';
import { resolvePeriod } from '../src/period.ts';

const phrase = (s: string) => findTimes(s).map((t) => t.text);

describe('month abbreviations with a period, in every finder', () => {
  it('wire copy (Ukraine): "Jun. 14" and "Jul. 2" date the figure', () => {
    expect(phrase('Four civilians were killed in Kupiansk on Jun. 14, regional officials said.')).toContain('on Jun. 14');
    expect(resolvePeriod('on Jun. 14', '2023-06-20')).toMatchObject({ period_start: '2023-06-14', period_end: '2023-06-14' });
  });

  it('a situation report (Sudan): "since Jul. 2" is a running total from that day', () => {
    expect(phrase('Some 12,500 people have arrived in Kosti since Jul. 2.')).toContain('since Jul. 2');
    expect(resolvePeriod('since Jul. 2', '2024-07-30')).toMatchObject({ period_start: '2024-07-02', period_end: '2024-07-30' });
  });
});

describe('parts of a month from the lexicon: "the middle of" as well as "mid-"', () => {
  it('a monitor (DR Congo): "in the middle of March" is days 11-20', () => {
    const s = 'The monitor documented 37 deaths in Masisi in the middle of March.';
    expect(phrase(s)).toContain('in the middle of March');
    expect(resolvePeriod('in the middle of March', '2025-04-02')).toMatchObject({ period_start: '2025-03-11', period_end: '2025-03-20' });
  });

  it('an encyclopedic narrative (Myanmar): "by the middle of June 2021" names its year', () => {
    const s = 'By the middle of June 2021, the militia had taken three more towns.';
    expect(phrase(s)).toContain('By the middle of June 2021');
    expect(resolvePeriod('By the middle of June 2021', '')).toMatchObject({ period_start: '2021-06-11', period_end: '2021-06-20', date_precision: 'month' });
  });
});

describe('"since the beginning of the week / month": a running total from the first day of R\'s week or month', () => {
  it('a situation report (Myanmar): since the beginning of the month', () => {
    const s = 'Since the beginning of the month, 8,400 people have fled Lashio, partners reported.';
    expect(phrase(s)).toContain('Since the beginning of the month');
    expect(resolvePeriod('Since the beginning of the month', '2024-08-14')).toEqual({ period_start: '2024-08-01', period_end: '2024-08-14', date_precision: 'day' });
  });

  it('wire copy (Yemen): since the start of the week, counted from Monday', () => {
    const s = 'At least 23 civilians have been killed in Taiz since the start of the week, medics said.';
    expect(phrase(s)).toContain('since the start of the week');
    // 2019-03-14 was a Thursday: its week began on Monday 11 March.
    expect(resolvePeriod('since the start of the week', '2019-03-14')).toEqual({ period_start: '2019-03-11', period_end: '2019-03-14', date_precision: 'day' });
  });
});
