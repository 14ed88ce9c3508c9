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
    ['a date line of its own', '12 March 2019\n\nFour people were killed in Taiz on Monday.'],
    ['a source opening a paragraph', 'Syrian Observatory (SOHR) - At least 9 people were killed in Idlib on 3 May.'],
    ['a story line with a dash', 'On 3 May, in Goma, fighting went on - and 20 people fled.'],
    ['an opening adverbial with a day', 'In Kharkiv, May 12 - the day the offensive began - brought shelling that killed nine.'],
  ])('%s: none', (_case, text) => expect(datelineEnd(text)).toBe(0));
});
