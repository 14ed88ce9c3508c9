/**
 * A page's machine timestamp copied with its text: "2024-01-12T10:15:00+03:00", "2019-11-12T07:15:00.000Z". The "T"
 * joins the clock time to the date, and the offset follows bare. Lines written for the rule, in several outlets' shapes.
 */
import { describe, expect, it } from 'vitest';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string) =>
  inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('an ISO timestamp line', () => {
  it.each([
    ['Kurdish Desk\n2023-03-14T08:20:00+03:00\n\nTwo Peshmerga were killed near Makhmour on Monday, the ministry said.', '2023-03-14'],
    ['Yemen Now\nPublished: 2019-11-12T07:15:00.000Z\n\nShelling killed three civilians in Taiz on Tuesday, medics said.', '2019-11-12'],
    ['Sahel Wire\n2022-06-13T21:05:11Z\n\nGunmen killed 20 villagers near Seytenga on Saturday, the army said.', '2022-06-13'],
    ['Kyiv Daily\nUpdated 2024-01-02T18:40+02:00\n\nTwo people were killed in Kherson on Monday, the governor said.', '2024-01-02'],
  ])('%s', (text, day) => {
    const got = publishedOf(text);
    expect(got).toMatchObject({ published: day, published_precision: 'day' });
    expect(got.published_evidence).toMatch(/^dateline '/);
  });

  it('a clock time and offset alone date nothing', () => {
    const text = 'Sahel Wire\nT21:05:11Z\n\nGunmen killed 20 villagers near Seytenga on Saturday, the army said.';
    expect(publishedOf(text).published).toBe('');
  });
});
