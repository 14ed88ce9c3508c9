/**
 * Where a dateline that opens the first story line ends: extract dates no figure by the words before that offset.
 * Datelines written for this file, in several agencies' and outlets' styles and wars.
 */
import { describe, expect, it } from 'vitest';
import { datelineEnd } from '../src/dateline.ts';

describe('the end of a dateline opening', () => {
  it.each([
    ['Reuters, Myanmar', 'Junta loses outposts\n\nYANGON, March 4 (Reuters) - The rebels said on Sunday they took 14 outposts.', 'The rebels said'],
    ['AP, Mali, no date', 'BAMAKO, Mali (AP) — Militants killed 12 soldiers near Menaka, the army said.', 'Militants killed'],
    ['state agency, Syria', 'Damascus, Feb 7, SANA- Army units restored security to 12 villages.', 'Army units'],
    ['outlet, Ukraine', 'Kharkiv, 4 May 2022 — Russian shelling killed three civilians, the governor said on Tuesday.', 'Russian shelling'],
    ['outlet, day first, Sudan', 'June 14, 2024 (EL OBEID) - Drones struck the city airport on Thursday.', 'Drones struck'],
  ])('%s', (_style, text, story) => expect(text.slice(datelineEnd(text)).trimStart().startsWith(story)).toBe(true));

  it.each([
    ['a date line below a story line', 'Four people were killed in Taiz on Monday.\n12 March 2019\nThe clinic was hit twice.'],
    ['a source opening a paragraph', 'Syrian Observatory (SOHR) - At least 9 people were killed in Idlib on 3 May.'],
    ['a story line with a dash', 'On 3 May, in Goma, fighting went on - and 20 people fled.'],
    ['an opening adverbial with a day', 'In Kharkiv, May 12 - the day the offensive began - brought shelling that killed nine.'],
  ])('%s: none', (_case, text) => expect(datelineEnd(text)).toBe(0));
});

describe("a page's own date line above the story is the dateline, to the end of its line", () => {
  it.each([
    ['a bare day, Yemen', '12 March 2019\n\nFour people were killed in Taiz on Monday.', 'Four people'],
    ['under a headline, Myanmar', 'Airstrike kills nine in Sagaing\nPublished on 14 Jun 2023\nNine villagers were killed on Tuesday.', 'Nine villagers'],
    ['weekday and day, Ukraine', 'Shelling hits Kherson market\nWednesday, May 15, 2024\nThe governor said on Tuesday that six people died.', 'The governor'],
    ['with a clock time, Sudan', 'RSF shells El Obeid\n3 February 2025 - 14:20\nDrones struck the airport on Sunday.', 'Drones struck'],
  ])('%s', (_style, text, story) => expect(text.slice(datelineEnd(text)).trimStart().startsWith(story)).toBe(true));

  it('a wire opening below it ends the dateline instead', () => {
    const text = 'Rebels take outposts\nMarch 5, 2023\nYANGON, March 4 (Reuters) - The rebels said on Sunday they took 14 outposts.';
    expect(text.slice(datelineEnd(text)).trimStart().startsWith('The rebels said')).toBe(true);
  });
});
