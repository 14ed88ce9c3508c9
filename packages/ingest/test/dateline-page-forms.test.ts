/**
 * Page date lines as users copy them with the story: the month's name between hyphens ("12-Mar-2019"), a slash before
 * the clock time ("March 12, 2019 / 14:05"), an outlet naming itself in brackets after its dateline ("QAMISHLI, 4 May
 * 2021 (North Press) -"), and a numeric line whose weekday fits one reading of day and month. Lines written for the
 * rules, in several outlets' shapes and wars.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../src/dates.ts';
import { findDateline } from '../src/dateline.ts';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string) =>
  inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('page date lines', () => {
  it.each([
    ['Iraq Daily\nDate: 21-Oct-2020\n\nTwo soldiers were killed in an ambush near Tarmiyah on Monday, police said.', '2020-10-21'],
    ['Sahel Watch\n07/Feb/2022 09:30\n\nJihadists killed five villagers near Djibo on Saturday, residents said.', '2022-02-07'],
    ['Kyiv Daily\nMay 30, 2023 / 18:45\n\nShelling wounded three people in Kherson on Sunday, the governor said.', '2023-05-30'],
    ['QAMISHLI, 4 May 2021 (North Press) - Gunmen shot dead a tribal elder in Shaheel on Monday, a local source said.', '2021-05-04'],
    ['Sanaa, Jan 18, 2022 (Saba) - Coalition air strikes killed 14 people in the capital on Monday, medics said.', '2022-01-18'],
    // 9 March 2019 was a Saturday, 3 September 2019 a Tuesday
    ['Sudan Monitor\nSaturday 09/03/2019\n\nSecurity forces killed two protesters in Omdurman on Thursday, doctors said.', '2019-03-09'],
  ])('%s', (text, day) => {
    expect(publishedOf(text)).toMatchObject({ published: day, published_precision: 'day' });
  });

  it('the month between hyphens is a date in the text too', () => {
    expect(findDates('The strike of 03-Jun-2017 hit a market.').map((d) => [d.year, d.month, d.day])).toEqual([[2017, 6, 3]]);
    expect(findDates('Route 12-Mar-Road')).toEqual([]);
  });

  it.each([
    // a place, a bracketed source, no day: no dateline
    'Aleppo (SOHR) - Shelling killed four civilians on Sunday.',
    // words, not a day, before the bracket
    'Raqqa, the former capital (of the group) - is quiet now.',
  ])('no dateline in %s', (text) => expect(findDateline(text)).toBeNull());

  it('a weekday that fits both readings decides nothing', () => {
    // 12 March 2019 and 3 December 2019 were both Tuesdays; the text dates nothing with its year
    const got = publishedOf('Tuesday 12/03/2019\n\nA car bomb killed six people in Afrin on Monday, officials said.');
    expect(['2019-03-12', '2019-12-03']).not.toContain(got.published);
  });
});
