/**
 * An outlet or wire dateline whose dash a plain-text copy wrote as two hyphens ("KHARKIV, March 12, 2024 -- ..."), or
 * that sets the day between two of them after the place ("BAGHDAD, Iraq -- Tuesday, March 12, 2024 -- ..."), dates
 * the story to that day; before, neither was a dateline, and under a headline a weekday in the story was counted from a
 * later day (the whole documents are in normalize's probe-periods-untuned.test.ts). Lines written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { findDateline } from '../src/dateline.ts';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string) =>
  inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('a dateline with a doubled hyphen', () => {
  it.each([
    ['outlet (Ukraine)', 'KHARKIV, March 12, 2024 -- Russian shelling killed two people in the city on Monday, the mayor said.', '2024-03-12'],
    ['wire (Iraq)', 'BAGHDAD, Iraq -- Tuesday, March 12, 2024 -- Militants killed three soldiers in Diyala on Monday, police said.', '2024-03-12'],
    ['wire (Somalia)', 'MOGADISHU, Somalia -- Friday, June 7, 2019 -- Al-Shabaab fighters stormed a base near Afgoye on Thursday, officials said.', '2019-06-07'],
    ['outlet (Sudan)', 'EL FASHER, 3 May 2024 -- Shelling hit the city market on Thursday, medics said.', '2024-05-03'],
  ])('%s', (_name, text, day) => {
    const d = findDateline(text)?.date;
    expect(d && `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`).toBe(day);
    expect(publishedOf(text)).toMatchObject({ published: day, published_precision: 'day' });
  });

  it.each([
    // no day between the place and the hyphens
    'Kharkiv -- the city the offensive aimed at -- was shelled again on Monday.',
    // a day with more words than a day
    'BAGHDAD, Iraq -- since March 12, 2024 -- militants have killed dozens.',
    // a weekday the day does not fall on
    'BAGHDAD, Iraq -- Monday, March 12, 2024 -- Militants killed three soldiers.',
  ])('no dateline: %s', (text) => expect(findDateline(text)).toBeNull());
});
