/**
 * Words before a length that leave it a length of time (nlp's date-words.csv `length_hedge`: "in nearly seven months
 * of war", "in just over a week"): every row's example sentence is read with a time phrase that opens with "In" and
 * holds the row's word, so a word added to the file is known to the time finder.
 */
import { describe, expect, it } from 'vitest';
import { dateWords } from '@frontline/nlp/dates';
import { findTimes } from '../src/time.ts';

describe('length hedges of date-words.csv', () => {
  const rows = dateWords('length_hedge');

  it('has rows', () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  for (const row of rows) {
    it(`reads "${row.example}"`, () => {
      const phrase = findTimes(row.example).map((t) => row.example.slice(t.start, t.end)).find((p) => p.startsWith('In '));
      expect(phrase).toBeDefined();
      expect(phrase!.toLowerCase()).toContain(`in ${row.word} `);
    });
  }

  it('reads no hedge that is not a length', () => {
    const s = 'In nearly every village, 40 houses were burned.';
    expect(findTimes(s).some((t) => s.slice(t.start, t.end).startsWith('In nearly'))).toBe(false);
  });
});
