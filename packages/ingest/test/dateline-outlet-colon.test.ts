/**
 * An outlet's dateline closed by a colon where others set a dash: "PLACE, Country – day: ...", "PLACE, day: ...". It
 * dates the story as "PLACE, day -" does (dateline.ts OUTLET_COLON); what stands before the colon must still be a day
 * alone, and the place is where the story was filed from. Lines written for the rule, in several wars and genres;
 * none comes from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { datelineEnd, datelinePlace, findDateline } from '../src/dateline.ts';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string) =>
  inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('an outlet dateline closed by a colon', () => {
  it.each([
    // NGO press release, Sudan: the country after the place, a dash before the day
    ['Shelling in Sennar\n\nSinga, Sudan – 14 July 2024: Shelling killed 9 people in the market on Saturday, volunteers said.', '2024-07-14', 'Singa, Sudan – 14 July 2024', 'Singa'],
    // regional outlet, Ukraine: the day after a comma, month first
    ['Night attack on Kharkiv\n\nKHARKIV, May 19, 2024: Russian glide bombs killed 6 people on Sunday, the regional governor said.', '2024-05-19', 'KHARKIV, May 19, 2024', 'Kharkiv'],
    // wire copy, Myanmar: an em dash and a weekday before the day
    ['Airstrike in Sagaing\n\nMONYWA, Myanmar — Friday, 8 March 2024: A junta airstrike killed 11 villagers on Thursday, residents said.', '2024-03-08', 'MONYWA, Myanmar — Friday, 8 March 2024', 'Monywa'],
    // aid agency statement, DR Congo
    ['Displacement near Goma\n\nGoma, DRC – 2 February 2024: More than 135,000 people fled Sake this week, the agency said.', '2024-02-02', 'Goma, DRC – 2 February 2024', 'Goma'],
  ])('dates the story: %#', (text, day, phrase, place) => {
    expect(findDateline(text)?.phrase).toBe(phrase);
    expect(publishedOf(text).published).toBe(day);
    expect(datelinePlace(text)).toBe(place);
    // The dateline's day is the story's, not a figure's: extract reads dates only after it.
    expect(text.slice(datelineEnd(text))).toMatch(/^\p{Lu}/u);
  });

  it.each([
    // a label and a colon, Yemen: no day before it
    'Strikes on Hodeidah\n\nHodeidah, Yemen – Latest: Air strikes killed 4 fishermen on Monday, medics said.',
    // a weekday alone before the colon, Sahel: no day to date by
    'Attack in Mali\n\nMopti, Mali – Tuesday: Gunmen killed 20 herders near Bandiagara, officials said.',
    // a sentence that names a place and a date, Gaza: not an opening
    'Strikes in Rafah\n\nIn Rafah, 3 June 2024: the day the crossing closed, and 17 people were killed.',
  ])('not words that are no dateline: %#', (text) => {
    expect(findDateline(text)).toBeNull();
  });
});
