/**
 * A page that gives the day it was updated above the day it was published ("Updated: 20 March 2024" then "Published:
 * 14 March 2024") is dated by the day it was published; before, the first line won and the story's weekdays were
 * counted from the update (the whole documents are in normalize's probe-periods-untuned.test.ts, group "labelled page
 * dates"). Lines written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { datelineDay } from './helpers.ts';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string) =>
  inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('an update line above the published line', () => {
  it.each([
    ['outlet (Myanmar)', 'Junta air strike in Sagaing\nUpdated: 20 March 2024\nPublished: 14 March 2024\n\nA junta air strike killed 12 villagers on Tuesday.', '2024-03-14'],
    ['wire (DRC)', 'M23 attack near Goma\nUpdated 20/03/2024\nPublished 14/03/2024\n\nM23 rebels killed 8 civilians near Sake on Tuesday.', '2024-03-14'],
    ['outlet (Haiti)', 'Gangs attack\nLast updated on 20 March 2024 at 10:45\nFirst published on 14 March 2024\n\nGangs killed 15 people on Tuesday.', '2024-03-14'],
    ['monitor (Yemen)', 'Weekly civilian impact\nLast modified: 9 June 2022\nPosted on 3 June 2022\n\nShelling killed 4 civilians in Taiz on Wednesday.', '2022-06-03'],
  ])('%s', (_name, text, day) => {
    expect(datelineDay(text)).toBe(day);
    expect(publishedOf(text)).toMatchObject({ published: day, published_precision: 'day' });
  });

  it.each([
    // the update line alone dates the page
    ['alone', 'Clashes in Tripoli\nUpdated: 20 March 2024\n\nClashes killed 5 people on Tuesday.', '2024-03-20'],
    // a day below that is later than the update is no publication day of it
    ['later day below', 'Clashes in Tripoli\nUpdated: 20 March 2024\n25 March 2024\n\nClashes killed 5 people on Tuesday.', '2024-03-20'],
    // the published line first: it was already the page's day
    ['published first', 'Clashes in Tripoli\nPublished: 14 March 2024\nUpdated: 20 March 2024\n\nClashes killed 5 people on Tuesday.', '2024-03-14'],
  ])('stays: %s', (_name, text, day) => expect(datelineDay(text)).toBe(day));
});
