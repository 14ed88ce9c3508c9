/**
 * A date line set with a comma after its day, as some outlets that repost wire copy print it above the lead:
 * "21, November 2023". The line dates the story, so "early Tuesday" under it is the Tuesday before. Lines written for
 * the rule, in several wars; a comma after a number in a sentence is no date line.
 */
import { describe, expect, it } from 'vitest';
import { dateOnlyLine } from '../src/dateline.ts';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string) =>
  inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('a date line with a comma after its day', () => {
  it.each([
    ['14, March 2024\nSeparatist fighters early Tuesday killed six gendarmes near Bamenda, officials said.', '2024-03-14'],
    ['3, October 2022\nJihadists killed 11 soldiers near Djibo on Monday, the army said.', '2022-10-03'],
    ['Published: 9, June 2021\nGunmen killed 23 villagers in Zurmi on Sunday, a local leader said.', '2021-06-09'],
  ])('%s', (text, day) => {
    const got = publishedOf(text);
    expect(got).toMatchObject({ published: day, published_precision: 'day' });
    expect(got.published_evidence).toContain('dateline');
  });

  it('reads the line alone as its day', () => {
    expect(dateOnlyLine('27, January 2025')).toMatchObject({ year: 2025, month: 1, day: 27 });
  });

  it.each([
    'Aged 21, November 2023 was her last month in Goma.',
    '21, the November 2023 offensive displaced thousands.',
  ])('no date line: %s', (line) => {
    expect(dateOnlyLine(line)).toBeNull();
  });
});
