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

describe('an outlet dateline: place, day, dash (or day, place in brackets, dash)', () => {
  it.each([
    ['GAO, 14 February 2020 - Gunmen attacked a convoy north of the town on Wednesday, officials said.', '2020-02-14'],
    ['Khartoum, June 5, 2023 — Residents of southern districts fled on Sunday as clashes spread.', '2023-06-05'],
    ['MARIB, Yemen, 2 March 2021 – Houthi forces pushed towards the city on Monday, tribal sources said.', '2021-03-02'],
    ['Goma, Jan. 24, 2025 - Thousands crossed into Rwanda on Thursday.', '2025-01-24'],
    // the day first, the place in brackets after it
    ['March 3, 2024 (KHARTOUM) - Shelling hit two markets in Omdurman on Saturday, medics said.', '2024-03-03'],
    ['11 June 2023 (Kramatorsk) – A missile struck a school on Friday, regional officials said.', '2023-06-11'],
    ['Feb. 9, 2019 (HODEIDAH) — Clashes resumed south of the port on Thursday, residents said.', '2019-02-09'],
    // the outlet named in brackets: the country may stand before the day, the story may follow the dash unspaced
    ['BOSASO, Puntland Jan 12, 2017 (Puntland Post)-Militants attacked a checkpoint west of the town on Wednesday.', '2017-01-12'],
    ['JUBA, South Sudan March 9, 2016 (Eye Radio)-Fighting spread to Yei on Monday, residents said.', '2016-03-09'],
    ['BENI/OICHA, DR Congo Feb 2, 2021 (Radio Okapi) - Rebels raided two villages overnight, officials said.', '2021-02-02'],
  ])('%s', (text, day) => {
    const got = publishedOf(text);
    expect(got).toMatchObject({ published: day, published_precision: 'day' });
    expect(got.published_evidence).toContain('dateline');
  });

  it('a weekday counts back from a day-first dateline', () => {
    const text = 'Shelling kills five in Nyala\n\nOctober 4, 2024 (NYALA) - Five people were killed on Tuesday when ' +
      'shells fell on the livestock market, witnesses said.';
    expect(publishedOf(text).published).toBe('2024-10-04');
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
    // a day and a wire service in brackets is a wire opening without its place (published-yearless-own-day.test.ts)
    // words that are not a day alone before the bracket
    'Fighting on 3 March 2016 (Aleppo) - a city of ruins - went on.',
    // a name, then story words, then a day: only a country may stand before the day
    'MOSUL, Iraq fell on 10 June 2014 (a Tuesday) - a shock to Baghdad.',
    // a country before the day with no outlet in brackets is a story line's shape as well
    'Aleppo, Syria 3 March 2016 - the day the siege began.',
  ])('no dateline in %s', (text) => expect(findDateline(text)).toBeNull());
});
