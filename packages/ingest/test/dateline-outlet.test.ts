/**
 * An outlet's own dateline, with no agency after the place: "BAMAKO, 9 March 2022 - ...". It dates the story to that
 * day; weekdays in the story then count back from it (before, the day was taken as the latest date in the text and a
 * later "on Monday" moved publication past it). Lines written for the rule, in several outlets' shapes and wars.
 */
import { describe, expect, it } from 'vitest';
import { findDateline } from '../src/dateline.ts';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string) =>
  inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('an outlet dateline: place, day, dash', () => {
  it.each([
    ['GAO, 14 February 2020 - Gunmen attacked a convoy north of the town on Wednesday, officials said.', '2020-02-14'],
    ['Khartoum, June 5, 2023 — Residents of southern districts fled on Sunday as clashes spread.', '2023-06-05'],
    ['MARIB, Yemen, 2 March 2021 – Houthi forces pushed towards the city on Monday, tribal sources said.', '2021-03-02'],
    ['Goma, Jan. 24, 2025 - Thousands crossed into Rwanda on Thursday.', '2025-01-24'],
  ])('%s', (text, day) => {
    const got = publishedOf(text);
    expect(got).toMatchObject({ published: day, published_precision: 'day' });
    expect(got.published_evidence).toContain('dateline');
  });

  it('a weekday in the story counts back from the dateline, not forward from it', () => {
    const text = 'Fighters seize army post near Menaka\n\nTOMBOUCTOU, 9 March 2022 - Jihadist fighters overran an army post ' +
      'west of the town on Monday, a local official said.';
    expect(publishedOf(text).published).toBe('2022-03-09');
  });

  it.each([
    // a story line: the words between the place and the dash are not a day alone
    'Aleppo, where fighting resumed on 3 March 2016 - a city of ruins - lies quiet.',
    'Mosul, Tal Afar and Sinjar - three towns the group took in 2014 - are now held by the army.',
    // a place and a month, no day
    'JUBA, March 2014 - Fighting spread along the Nile.',
  ])('no dateline in %s', (text) => expect(findDateline(text)).toBeNull());
});
