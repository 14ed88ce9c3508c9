/**
 * A blog-style byline that ends with the section the story is filed in ("By Staff Reporter on March 12, 2024 in
 * Security") dates the story as a byline that ends in its date does; before, the words after the date made the line
 * no byline, and a weekday in the story was counted from a later day. Lines written for the rule, in several wars.
 */
import { describe, expect, it } from 'vitest';
import { bylineLine } from '../src/dateline.ts';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const iso = (line: string) => {
  const d = bylineLine(line);
  return d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null;
};
const publishedOf = (text: string) =>
  inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('a byline with its section after the date', () => {
  it.each([
    ['By Staff Reporter on March 12, 2024 in Security', '2024-03-12'],
    ['Posted by Newsroom on 4 June 2019 in News', '2019-06-04'],
    ['Written by Amina Yusuf on 21 October 2021 in Northeast & Borno', '2021-10-21'],
  ])('%s', (line, day) => expect(iso(line)).toBe(day));

  it.each([
    // a story line: the words after "by" are no name, or the line ends a sentence
    'By late evening on 4 March 2019 in Kharkiv',
    'By Staff Reporter on 4 March 2019 in Kharkiv, shelling killed two people.',
    // more than a section after the date
    'By Staff Reporter on 4 March 2019 in Kharkiv where shelling killed two people on Sunday',
  ])('no byline: %s', (line) => expect(bylineLine(line)).toBeNull());

  it.each([
    ['outlet (Mali)', 'Attack in central Mali\n\nBy Staff Reporter on March 12, 2024 in Security\n\nJihadists killed 14 soldiers in Segou region on Monday, the army said.', '2024-03-12'],
    ['outlet (Somalia)', 'Militants storm base\n\nPosted by Newsroom on 4 June 2019 in Somalia\n\nAl-Shabaab fighters killed 9 soldiers near Afgoye on Sunday, officials said.', '2019-06-04'],
    ['monitor (Myanmar)', 'Weekly incident note\n\nBy Research Team on 21 October 2021 in Sagaing\n\nJunta troops burned 80 houses in Kani township on Tuesday, residents said.', '2021-10-21'],
  ])('%s: the byline dates the story', (_name, text, day) =>
    expect(publishedOf(text)).toMatchObject({ published: day, published_precision: 'day' }));
});
