/**
 * A press release's dateline with its em dash closed up, American style: "NEW YORK, June 16, 2022—The group said".
 * NGOs (MSF, IRC, NRC) file from two offices at once, joined by a slash. The dateline dates the release, so "yesterday"
 * in it counts back from that day. Lines written for the rule, in several agencies' shapes and wars.
 */
import { describe, expect, it } from 'vitest';
import { datelineEnd, datelinePlace, findDateline } from '../src/dateline.ts';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string) =>
  inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('an outlet dateline whose em dash is closed up', () => {
  it.each([
    ['AMMAN/NEW YORK, March 3, 2024—Aid groups said shelling killed 12 people in Rafah yesterday.', '2024-03-03', 'Amman'],
    ['NAIROBI, 9 May 2023—The agency said 20,000 people fled Khartoum in the past week.', '2023-05-09', 'Nairobi'],
    ['KYIV/GENEVA, Oct. 11, 2022—Strikes on power plants left two medics dead, the group said.', '2022-10-11', 'Kyiv'],
    ['BANGUI, February 2, 2021—Fighters attacked a clinic in Bangassou on Sunday, staff said.', '2021-02-02', 'Bangui'],
  ])('%s', (text, day, place) => {
    const got = publishedOf(text);
    expect(got).toMatchObject({ published: day, published_precision: 'day' });
    expect(got.published_evidence).toContain('dateline');
    expect(datelinePlace(text)).toBe(place);
    expect(text.slice(datelineEnd(text))).toMatch(/^\p{Lu}/u);
  });

  it('the day the release names as yesterday is the day before the dateline', () => {
    const text = 'Statement on the strike\n\nBEIRUT/GENEVA, June 4, 2024—Our team received nine wounded after an airstrike yesterday.';
    expect(publishedOf(text).published).toBe('2024-06-04');
  });

  it.each([
    // a story line: words other than a day before the dash
    'Aleppo, where clashes raged on 3 March 2016—The army said it held the citadel.',
    // a closed-up hyphen is no dash
    'GAO, 14-February 2020-Gunmen attacked a convoy.',
    // a closed-up em dash before a lower-case word goes on a sentence, it opens no story
    'KHARTOUM, 5 June 2023—at least ten died.',
  ])('no dateline: %s', (text) => {
    expect(findDateline(text)).toBeNull();
    expect(datelineEnd(text)).toBe(0);
  });
});
