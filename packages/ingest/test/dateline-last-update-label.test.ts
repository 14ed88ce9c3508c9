/**
 * A page date line labelled with the noun, "Last Update: 14/03/2024" or "Update: 2 May 2023", dates the page as
 * "Last updated: ..." does; before, the label was read as no label, the line as no date line, and a weekday in the
 * story was counted from a later day (the whole documents are in normalize's probe-periods-untuned.test.ts, group
 * "labelled page dates"). Lines written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { findDateline } from '../src/dateline.ts';
import { inferPublished } from '../src/published.ts';
import { splitSentences } from '../src/sentences.ts';

const publishedOf = (text: string) =>
  inferPublished({ text, sentences: splitSentences(text), removed: [], runDate: '2026-12-01' });

describe('a page date labelled "Last Update"', () => {
  it.each([
    ['outlet (Nigeria)', 'Gunmen kill villagers in Zamfara\nLast Update: 14/03/2024\n\nGunmen killed 16 villagers in Maru on Tuesday, residents said.', '2024-03-14'],
    ['wire (Somalia)', 'Al-Shabaab attack near Afgoye\nLast update: 17 May 2023\n\nAl-Shabaab fighters killed seven soldiers near Afgoye on Monday, officials said.', '2023-05-17'],
    ['monitor (Myanmar)', 'Weekly incident summary\nUpdate: 2 May 2023\n\nJunta air strikes killed 21 civilians in Sagaing on Sunday, the group said.', '2023-05-02'],
  ])('%s', (_name, text, day) => {
    const d = findDateline(text)?.date;
    expect(d && `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`).toBe(day);
    expect(publishedOf(text)).toMatchObject({ published: day, published_precision: 'day' });
  });

  it.each([
    // a report's title, not a label
    'Flash Update 14 March 2024\nFighting displaced 3,000 people in Kasai on Monday.',
    // a sentence about an update
    'Update on the situation in Gaza as of 3 March 2024, the agency said on Monday.',
  ])('no labelled date line: %s', (text) => expect(findDateline(text)?.phrase ?? '').not.toMatch(/^update/i));
});
