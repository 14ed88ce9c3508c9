/**
 * A month or a year written with its year after the latest day the text names ("the offensive began on 3 May 2021 ...
 * 912 deaths in June 2021") tells of a later period: that day is background, and the report is not dated from it
 * (published.ts, laterPeriod). A month a running total starts from ("since July 2023") is no later event. Texts
 * written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string) => inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('a later month or year makes the latest day background', () => {
  it.each([
    ['Ukraine monitor', 'Casualty update\n\nSince the invasion launched on 24 February 2022, the mission has counted 9,000 civilian deaths. It recorded 512 deaths in June 2022.', '2022-06'],
    ['Sudan tracker', 'War toll\n\nFighting broke out on 15 April 2023. The tracker counted 1,200 deaths in August 2023 across Darfur.', '2023-08'],
    ['Myanmar monitor', 'Coup toll\n\nThe army seized power on 1 February 2021. The group recorded 90 killings in May 2021 in Sagaing.', '2021-05'],
  ])('%s: dated by the month, not a week after the day', (_genre, text, month) => {
    expect(publishedOf(text).published.slice(0, 7)).toBe(month);
  });

  it('a later year written in the text leaves the article undated from its days', () => {
    const got = publishedOf('Two years of war\n\nThe offensive began on 24 February 2022. The monitor said deaths fell in 2023.');
    expect(got.published).toBe('');
    expect(got.published_earliest >= '2023-01-01').toBe(true);
  });

  it('a month a running total starts from is no later event: the day still dates the report', () => {
    const got = publishedOf('Gaza toll\n\nThe ministry said on 12 November 2023 that 11,000 people had been killed since October 2023.');
    expect(got.published_earliest).toBe('2023-11-12');
  });
});
