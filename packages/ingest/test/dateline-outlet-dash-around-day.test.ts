/**
 * An outlet's dateline that sets its day between two dashes after the place, as many outlets and wires write it with
 * em or en dashes: "YANGON — 3 June 2024 — ...", "ODESA – 12 May 2024 – ...", "MEKELLE — Tuesday, 5 March 2024 — ...".
 * It dates the story as "PLACE, day -" does (dateline.ts OUTLET); what stands between the dashes must still be a day
 * alone. Lines written for the rule, in several wars; none comes from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { findDateline } from '../src/dateline.ts';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string) =>
  inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('an outlet dateline with its day between dashes', () => {
  it.each([
    // regional outlet, Myanmar
    ['Clashes in Kachin\n\nYANGON — 3 June 2024 — The Kachin Independence Army captured Sumprabum on Thursday, a spokesman said.', '2024-06-03', 'YANGON — 3 June 2024'],
    // wire, Ukraine, en dashes
    ['Drone strikes on Odesa\n\nODESA – 12 May 2024 – Russian drones killed 4 people in the port on Saturday night, the governor said.', '2024-05-12', 'ODESA – 12 May 2024'],
    // regional outlet, Ethiopia: the weekday before the day
    ['Clashes in Tigray\n\nMEKELLE — Tuesday, 5 March 2024 — Federal troops retook Alamata on Sunday, residents said.', '2024-03-05', 'MEKELLE — Tuesday, 5 March 2024'],
  ])('dates the story: %#', (text, day, phrase) => {
    expect(findDateline(text)?.phrase).toBe(phrase);
    expect(publishedOf(text).published).toBe(day);
  });

  it.each([
    // a headline's dashes around a count, Sahel
    'Sahel attacks\n\nBurkina Faso — 3 killed — the army said on Monday that jihadists struck Djibo.',
    // a weekday alone between the dashes, DR Congo: no day to date by
    'Fighting near Goma\n\nGoma — Tuesday — M23 rebels seized Sake and 12 civilians were killed, officials said.',
  ])('not words that are no day: %#', (text) => {
    expect(findDateline(text)).toBeNull();
  });
});
