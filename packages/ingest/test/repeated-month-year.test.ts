/**
 * A yearless month that repeats the month the text last wrote with its year ("January 2022 was the deadliest month
 * ... killed in January") is that month, even when a later heading month ("SUMMARY FEBRUARY 2022") would otherwise
 * put it in the next year (timeline.ts, repeatedMonth). Texts written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../src/timeline.ts';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const monthOf = (text: string, phrase: string) => {
  const dates = buildTimeline(text, splitSentences(text), []).dates;
  return dates.find((d) => d.phrase === phrase && d.source === 'text')?.first.slice(0, 7);
};
const publishedOf = (text: string) => inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('a yearless month repeating a month written with its year', () => {
  it.each([
    ['Yemen monitor digest', 'CIVILIAN HARM DIGEST APRIL 2019\n\nMarch 2019 was the worst month of the year. The group recorded 61 civilian deaths in March in air raids on Hajjah.', 'in March', '2019-03'],
    ['Sudan tracker', 'MONTHLY UPDATE - JULY 2023\n\nJune 2023 saw heavy fighting in Darfur. Monitors counted 212 people killed in June across the region.', 'in June', '2023-06'],
    ['Myanmar briefing', 'BRIEFING NOVEMBER 2021\n\nOctober 2021 was the deadliest month in Sagaing. At least 40 villagers were killed in October in army raids.', 'in October', '2021-10'],
  ])('%s', (_genre, text, bare, month) => {
    expect(monthOf(text, bare)).toBe(month);
  });

  it('the article is dated by its heading month, not a year after it', () => {
    const got = publishedOf('CIVILIAN HARM DIGEST APRIL 2019\n\nMarch 2019 was the worst month of the year. The group recorded 61 civilian deaths in March in air raids on Hajjah.');
    expect(got.published_earliest.slice(0, 7)).toBe('2019-04');
  });

  it('a month written as a running total\'s start gives no year to a later bare month', () => {
    const text = 'YEMEN UPDATE FEBRUARY 2022\n\nOver 19,000 civilians have been hit since March 2015. Air raids rose in March.';
    expect(monthOf(text, 'in March')).toBe('2022-03');
  });

  it('another month written with its year leaves the bare month to the other rules', () => {
    const text = 'DIGEST AUGUST 2020\n\nJune 2020 was calm in Idlib. Shelling rose in July.';
    expect(monthOf(text, 'in July')).toBe('2020-07');
  });
});
